package data

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"marginalia/model"
)

// extractHTML finds the article in an HTML page and returns its text (one
// paragraph per block element, blank lines between) and what the page says
// about itself: title, byline, date and canonical URL. contentType is the
// server's Content-Type header ("" for files); pageURL may be nil.
//
// The text is plain: links keep their words and lose their targets, so no
// link of any scheme (javascript:, data:, file:) ever becomes clickable.
func extractHTML(b []byte, contentType string, pageURL *url.URL) (string, model.Meta, error) {
	doc, err := html.Parse(strings.NewReader(flattenDeepHTML(htmlToUTF8(b, contentType))))
	if err != nil {
		return "", model.Meta{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta := model.Meta{Format: formatHTML, URL: canonicalURL(doc, pageURL)}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return "", model.Meta{}, fmt.Errorf("find the article in the HTML page: %w", err)
	}
	meta.Title = oneLine(article.Title())
	meta.Byline = strings.TrimSpace(trimPrefixFold(oneLine(article.Byline()), "by ")) // "By Jane Doe" names Jane Doe
	if t, err := article.PublishedTime(); err == nil {
		meta.Date = formatDate(t)
	}
	if article.Node == nil {
		return "", model.Meta{}, ErrNoArticle
	}
	blocks := withoutMetaBlocks(articleBlocks(article.Node), meta)
	if len(blocks) == 0 {
		return "", model.Meta{}, ErrNoArticle
	}
	return strings.Join(blocks, "\n\n"), meta, nil
}

// withoutMetaBlocks drops the blocks that repeat the headline or the byline
// ("By Jane Doe"): they are metadata, shown in the header, never claims.
func withoutMetaBlocks(blocks []string, meta model.Meta) []string {
	kept := blocks[:0]
	for _, b := range blocks {
		if !repeatsMeta(b, meta) {
			kept = append(kept, b)
		}
	}
	return kept
}

func repeatsMeta(block string, meta model.Meta) bool {
	block = strings.TrimPrefix(block, headingMark)
	if strings.EqualFold(block, meta.Title) {
		return true
	}
	if meta.Byline == "" {
		return false
	}
	byline := strings.TrimSpace(trimPrefixFold(meta.Byline, "by "))
	return strings.EqualFold(strings.TrimSpace(trimPrefixFold(block, "by ")), byline)
}

func trimPrefixFold(s, prefix string) string {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):]
	}
	return s
}

// htmlToUTF8 decodes an HTML page by the usual precedence: byte-order mark,
// the server's Content-Type charset, then a <meta> charset in the page's
// head (the library only looks in the first kilobyte; real pages often put
// a kilobyte of scripts before it). A page that is valid UTF-8 throughout is
// UTF-8 whatever its <meta> says: a legacy encoding almost never is valid
// UTF-8 by accident, while pages re-saved as UTF-8 often keep their old
// declaration. Without any declaration, looksUTF8 decides between UTF-8 and
// Windows-1252.
func htmlToUTF8(b []byte, contentType string) string {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain {
		declared, declaredName := charset.Lookup(metaCharset(b))
		switch {
		case utf8.Valid(b):
			return string(b)
		case declared != nil:
			enc, name = declared, declaredName
		case looksUTF8(b):
			return string(b)
		}
	}
	if enc == encoding.Nop || name == "utf-8" {
		return string(b)
	}
	return decodeWith(enc, b)
}

// metaScanLimit is how far into a page metaCharset looks for a declaration.
const metaScanLimit = 64 << 10

// metaCharset is the charset a <meta charset> or <meta http-equiv
// content="…; charset=…"> declares before the page's body, or "".
func metaCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), metaScanLimit)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			switch string(tag) {
			case "body":
				return ""
			case "meta":
				if cs := metaTagCharset(z, hasAttr); cs != "" {
					return cs
				}
			}
		}
	}
}

func metaTagCharset(z *html.Tokenizer, more bool) string {
	var content string
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "content":
			content = string(val)
		}
	}
	_, params, err := mime.ParseMediaType(content)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// canonicalURL is the page's <link rel="canonical"> if it is an absolute
// http(s) URL, else the address the page was fetched from, else "".
func canonicalURL(doc *html.Node, pageURL *url.URL) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "link" && hasToken(attr(n, "rel"), "canonical") {
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && isWebURL(u) {
				found = u.String()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == "" && pageURL != nil {
		found = pageURL.String()
	}
	return oneLine(found)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// formatDate prints a publication date as a day, or a full timestamp when
// the page gave a time of day.
func formatDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
