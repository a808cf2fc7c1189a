package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Web-chrome leftovers: the lines a copied or converted web page carries
// besides the article (share buttons, ads, newsletter prompts, navigation).
// They are recognised per physical line, as whole lines, so a sentence that
// merely contains "read more" is never touched.

// chromeLines are whole lines of web chrome, lowercase, without trailing
// punctuation. A line matches when it equals one of them ignoring case,
// surrounding punctuation and bullets.
var chromeLines = []string{
	// sharing
	"share", "share this", "share this article", "share this story",
	"share this post", "share this page", "share on facebook",
	"share on twitter", "share on x", "share on linkedin", "share via email",
	"share via", "tweet", "email", "print", "facebook", "twitter", "linkedin",
	"whatsapp", "reddit", "pinterest", "telegram", "copy link", "link copied",
	"copy the link", "email this article", "print this article",
	// advertising
	"advertisement", "advertisements", "advert", "ad", "sponsored",
	"sponsored content", "paid content", "story continues below advertisement",
	"article continues below advertisement", "continue reading below",
	"scroll to continue with content", "ad feedback",
	// navigation
	"exit mobile version", "skip to content", "skip to main content",
	"skip to navigation", "jump to content", "back to top", "scroll to top",
	"toggle navigation", "menu", "main menu", "search", "close", "home",
	"next", "previous", "next article", "previous article", "next story",
	"previous story", "go to comments", "comments", "leave a comment",
	"view comments", "show comments", "post a comment", "add a comment",
	// more links
	"read more", "read more here", "continue reading", "read the full story",
	"read the full article", "show more", "load more", "see more", "view more",
	"more", "related", "related articles", "related stories", "related posts",
	"related content", "related topics", "recommended", "recommended for you",
	"you may also like", "you might also like", "more stories", "more news",
	"trending", "trending now", "most read", "most popular", "popular stories",
	"top stories", "latest news", "editor's picks", "tags", "topics",
	// subscriptions and accounts
	"sign up for our newsletter", "subscribe to our newsletter",
	"sign up for our newsletters", "subscribe to our newsletters",
	"newsletter", "get our newsletter", "sign up", "subscribe",
	"subscribe now", "subscribe today", "log in", "login", "sign in",
	"register", "create an account", "already a subscriber", "follow us",
	"follow us on twitter", "follow us on facebook", "like us on facebook",
	"listen to this article", "listen to article", "listen", "audio",
	"watch", "video", "click here", "click to share", "report an error",
	"report a correction", "contact us", "about us", "privacy policy",
	"cookie policy", "cookie settings", "manage cookies", "accept cookies",
	"accept all cookies", "accept all", "reject all", "terms of use",
	"terms of service", "terms and conditions", "all rights reserved",
}

// chromePrefixes start a short line of web chrome: "Read more: <headline>",
// "Sign up for our daily briefing", "© 2024 Example Media". A line matches
// when it has at most chromePrefixWords words.
var chromePrefixes = []string{
	"read more:", "read more about", "read also:", "also read:", "see also:",
	"related:", "recommended:", "watch:", "listen:", "sign up for",
	"subscribe to", "subscribe for", "follow us on", "share on", "click here to",
	"© ", "(c) ", "copyright ©", "copyright (c)", "photo:", "image:",
	"credit:", "photograph:", "illustration:", "getty images",
}

// chromePrefixWords bounds a prefixed chrome line: longer lines are prose.
const chromePrefixWords = 14

// cookiePrefixes start a cookie notice, which may run to a few sentences.
var cookiePrefixes = []string{
	"we use cookies", "this site uses cookies", "this website uses cookies",
	"our site uses cookies", "our website uses cookies",
	"by continuing to use this site", "by using this site",
	"by using our site", "by continuing to browse",
}

// cookieNoticeWords bounds a cookie notice line.
const cookieNoticeWords = 80

// maxChromeLine is longer than any chrome line but a cookie notice, in
// bytes.
const maxChromeLine = 160

// hasCookiePrefix reports whether a line starts like a cookie notice, before
// any lowercasing.
func hasCookiePrefix(line string) bool {
	line = strings.TrimLeft(line, " \t")
	if len(line) > cookieNoticeWords*12 {
		return false
	}
	for _, p := range cookiePrefixes {
		if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			return true
		}
	}
	return false
}

// shortLineWords is the most words a trailing line may have to be taken for
// chrome when only such lines follow it to the end of the text ("Related
// Topics", "Politics", "World").
const shortLineWords = 3

var chromeLineSet = wordSet(chromeLines)

// isChromeLine reports whether a whole (sanitized, markup-free) line is web
// chrome by the lexicon above.
func isChromeLine(line string) bool {
	if !mayStartChrome(line) {
		return false // the common case: no chrome starts like this
	}
	if (len(line) > maxChromeLine || wordCount(line, chromePrefixWords+1) > chromePrefixWords) && !hasCookiePrefix(line) {
		return false // a line of prose
	}
	var buf [cookieNoticeWords * 12]byte
	key := appendChromeKey(buf[:0], line)
	if len(key) == 0 {
		return false
	}
	if _, ok := chromeLineSet[string(key)]; ok {
		return true
	}
	words := 1
	for _, c := range key {
		if c == ' ' {
			words++
		}
	}
	for _, p := range chromePrefixes {
		if words <= chromePrefixWords && len(key) >= len(p) && string(key[:len(p)]) == p {
			return true
		}
	}
	for _, p := range cookiePrefixes {
		if words <= cookieNoticeWords && len(key) >= len(p) && string(key[:len(p)]) == p {
			return true
		}
	}
	return false
}

// chromeHeads is a Bloom filter of the first four bytes of every chrome line
// and prefix of at least four bytes, so most short lines of prose are ruled
// out by four bytes, without counting their words or building their key.
var chromeHeads = func() (t [chromeHeadBits / 64]uint64) {
	for _, list := range [][]string{chromeLines, chromePrefixes, cookiePrefixes} {
		for _, k := range list {
			if len(k) >= 4 {
				h := chromeHeadBit(k[0], k[1], k[2], k[3])
				t[h/64] |= 1 << (h % 64)
			}
		}
	}
	return t
}()

const chromeHeadBits = 1 << 12

// chromeHeadBit is the filter bit of four lower-case bytes.
func chromeHeadBit(c0, c1, c2, c3 byte) uint32 {
	v := uint32(c0) | uint32(c1)<<8 | uint32(c2)<<16 | uint32(c3)<<24
	return v * 0x9E3779B1 >> (32 - 12)
}

// mayStartChrome reports whether the line's key (appendChromeKey) may start
// like a chrome line or prefix. It answers false only when the key surely
// starts with the line's next four bytes, plain ASCII (no space, control
// byte or mark the key trims), lower-cased, and no entry starts with them;
// an entry shorter than four bytes is matched only by a key that short,
// which plain bytes rule out. Anything else says true and leaves the
// decision to the key.
func mayStartChrome(line string) bool {
	i := 0
	for i < len(line) && strings.IndexByte(" \t|-*>", line[i]) >= 0 {
		i++
	}
	if i+4 > len(line) {
		return true
	}
	var b [4]byte
	for k := range b {
		c := line[i+k]
		if c <= ' ' || c >= utf8.RuneSelf || (k > 0 && strings.IndexByte(".:!|>-", c) >= 0) {
			return true
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	h := chromeHeadBit(b[0], b[1], b[2], b[3])
	return chromeHeads[h/64]&(1<<(h%64)) != 0
}

// appendChromeKey appends the line's lookup key to dst: lowercased,
// single-spaced, without leading bullets or pipes and without trailing
// punctuation and arrows. It allocates only when dst is too small.
func appendChromeKey(dst []byte, line string) []byte {
	if isASCII(line) {
		return appendASCIIChromeKey(dst, line)
	}
	line = strings.TrimFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' || r == '-' || r == '*' || r == '>'
	})
	line = strings.TrimRightFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ':' || r == '!' || r == '|' ||
			r == '»' || r == '›' || r == '→' || r == '…' || r == '>' || r == '-'
	})
	space := false
	for _, r := range line {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// appendASCIIChromeKey is appendChromeKey for an ASCII line, byte by byte.
func appendASCIIChromeKey(dst []byte, line string) []byte {
	start := len(dst)
	i := 0
	for i < len(line) && strings.IndexByte(" \t|-*>", line[i]) >= 0 {
		i++
	}
	space := false
	for ; i < len(line); i++ {
		c := line[i]
		if c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	for len(dst) > start && strings.IndexByte(" .:!|>-", dst[len(dst)-1]) >= 0 {
		dst = dst[:len(dst)-1]
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Byline and dateline lines at the top of an article, before its first
// paragraph: "By Jane Doe and Tom Reyes", "Updated 4:05 PM EST, March 3,
// 2024". They say who wrote the article and when, and are never claims.
var (
	bylinePrefixes   = []string{"By "}
	datelinePrefixes = []string{
		"published", "updated", "posted", "last updated", "first published",
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "jan.",
		"feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday",
	}
)

// Bounds of a byline or dateline line, in words.
const (
	maxBylineWords   = 8
	maxDatelineWords = 12
)

// isLeadingChrome reports whether a line before the first paragraph is a
// byline or a dateline (a date or time without terminal punctuation).
func isLeadingChrome(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > 160 {
		return false
	}
	words := strings.Fields(line)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(line, p) && len(words) >= 2 && len(words) <= maxBylineWords {
			first, _ := utf8.DecodeRuneInString(words[1])
			last, _ := utf8.DecodeLastRuneInString(line)
			return unicode.IsUpper(first) && !strings.ContainsRune(".!?,;:", last)
		}
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if len(words) > maxDatelineWords || !strings.ContainsAny(line, "0123456789") || strings.ContainsRune(".!?;", last) {
		return false
	}
	lower := strings.ToLower(line)
	for _, p := range datelinePrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// isShortLine reports whether the line is short enough to be trailing
// chrome: at most shortLineWords words, and not a sentence (no terminal
// punctuation; a chrome phrase with one, like "Share.", is in the lexicon).
func isShortLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 60 {
		return false
	}
	if wordCount(line, shortLineWords+1) > shortLineWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, "\"'”’)"))
	return !strings.ContainsRune(".!?", last)
}

// wordCount counts the space-separated words of s, stopping at limit.
func wordCount(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		space := s[i] == ' ' || s[i] == '\t'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}
