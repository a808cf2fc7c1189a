package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the word scanner shared by the claim signals (Hedges in
// hedges.go, CheckWorthiness in checkworthy.go). Both run on every sentence
// of an article of any size, so they scan bytes in place: no regular
// expressions, no per-sentence copies, and lexicon lookups keyed by a
// lower-cased copy of the word kept on the stack.

// signalKeyMax is the longest word looked up in a signal lexicon; longer
// words are in none of them.
const signalKeyMax = 24

// nextSignalWord returns the byte span of the first word of s at or after i,
// or (-1, -1) when there is none. A word is a run of letters and digits,
// glued by the marks that belong inside it: apostrophes and hyphens between
// letters ("can't", "first-ever", "mid-2023"), periods inside abbreviations
// and decimals ("U.S", "a.m", "3.5"; a final period is punctuation), commas
// and colons between digits ("1,200", "10:30"), a leading currency sign
// before a digit ("$3.5") and a trailing percent sign ("49%").
func nextSignalWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if signalAlnum(c) || (c == '$' && i+1 < len(s) && signalDigit(s[i+1])) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) ||
			((r == '€' || r == '£' || r == '¥') && i+n < len(s) && signalDigit(s[i+n])) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, -1
	}
	start = i
	_, n := utf8.DecodeRuneInString(s[i:])
	i += n
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				i += n
				continue
			case r == '’' && i+n < len(s) && signalLetter(s[i+n]):
				i += n
				continue
			}
			return start, i
		}
		prev := s[i-1]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case signalAlnum(c):
		case c == '%' && signalDigit(prev):
			return start, i + 1
		case (c == '.' || c == ',' || c == ':') && signalDigit(prev) && signalDigit(next):
		case c == '.' && signalLetter(prev) && signalLetter(next):
		case (c == '-' || c == '\'') && signalAlnum(prev) && (signalAlnum(next) || next >= utf8.RuneSelf):
		default:
			return start, i
		}
		i++
	}
	return start, i
}

// signalNumberAt reports whether the word at s[i:] is a figure: it starts
// with a digit or a currency sign.
func signalNumberAt(s string, i int) bool {
	c := s[i]
	return signalDigit(c) || c == '$' ||
		strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "£") || strings.HasPrefix(s[i:], "¥")
}

func signalDigit(c byte) bool  { return '0' <= c && c <= '9' }
func signalLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func signalAlnum(c byte) bool  { return signalDigit(c) || signalLetter(c) }

// signalKey lower-cases an ASCII word into buf for a lexicon lookup, with a
// typographic apostrophe read as a plain one. It reports false for a word no
// lexicon can hold (too long, or other non-ASCII letters). Looking a map up
// with string(key) does not allocate.
func signalKey(w string, buf *[signalKeyMax]byte) ([]byte, bool) {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			if !strings.HasPrefix(w[i:], "’") {
				return nil, false
			}
			c = '\''
			i += len("’") - 1
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == signalKeyMax {
			return nil, false
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}

// signalWordIs reports whether the word w is the lexicon word lower (which
// is lower case, with plain apostrophes), ignoring case and the apostrophe's
// typography.
func signalWordIs(w, lower string) bool {
	j := 0
	for i := 0; i < len(w); i++ {
		if j == len(lower) {
			return false
		}
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			if !strings.HasPrefix(w[i:], "’") {
				return false
			}
			c = '\''
			i += len("’") - 1
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if c != lower[j] {
			return false
		}
		j++
	}
	return j == len(lower)
}

// signalPhrase is one entry of a phrase lexicon: the words after the first
// (the first is the map key), what is reported when all of them match, and
// the rule that must also hold for the match to count.
type signalPhrase struct {
	rest []string
	text string
	rule uint8
}

// signalLexicon maps a phrase's first word to its phrases, longest first,
// so the longest phrase that matches wins.
type signalLexicon map[string][]signalPhrase

// add expands each pattern (see expandPattern) and files every expansion
// under its first word with the given rule.
func (l signalLexicon) add(rule uint8, patterns ...string) {
	for _, pattern := range patterns {
		for _, text := range expandPattern(pattern) {
			words := strings.Fields(text)
			l[words[0]] = append(l[words[0]], signalPhrase{rest: words[1:], text: text, rule: rule})
		}
	}
	for key, phrases := range l {
		// Stable and by length only, so the lexicon's own order breaks ties.
		for i := 1; i < len(phrases); i++ {
			for j := i; j > 0 && len(phrases[j].rest) > len(phrases[j-1].rest); j-- {
				phrases[j], phrases[j-1] = phrases[j-1], phrases[j]
			}
		}
		l[key] = phrases
	}
}

// follows reports whether the phrase's remaining words come next in s after
// byte end, and where the last of them ends.
func (p signalPhrase) follows(s string, end int) (int, bool) {
	for _, w := range p.rest {
		st, en := nextSignalWord(s, end)
		if st < 0 || !signalOnlySpaces(s[end:st]) || !signalWordIs(s[st:en], w) {
			return end, false
		}
		end = en
	}
	return end, true
}

// signalOnlySpaces reports whether the gap between two words of a phrase is
// plain white space, so a phrase never matches across a comma or a quote.
func signalOnlySpaces(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] != ' ' && gap[i] != '\t' && gap[i] != '\n' {
			return false
		}
	}
	return true
}

// expandPattern turns a lexicon pattern into the phrases it stands for:
// "{a|b}" is a choice, and an empty choice makes a part optional, so
// "it {is|was} said {that|}" is four phrases. Keeping variants in one line
// keeps the lexicon short and reviewable.
func expandPattern(pattern string) []string {
	open := strings.IndexByte(pattern, '{')
	if open < 0 {
		return []string{strings.Join(strings.Fields(pattern), " ")}
	}
	end := open + strings.IndexByte(pattern[open:], '}')
	var out []string
	for _, choice := range strings.Split(pattern[open+1:end], "|") {
		out = append(out, expandPattern(pattern[:open]+choice+pattern[end+1:])...)
	}
	return out
}

// appendSignal appends s unless it is already there: signals are reported
// once per sentence, in order of first appearance.
func appendSignal(list []string, s string) []string {
	for _, have := range list {
		if have == s {
			return list
		}
	}
	return append(list, s)
}
