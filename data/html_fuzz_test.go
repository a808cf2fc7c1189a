package data

import (
	"errors"
	"strings"
	"testing"
)

// FuzzLoadHTML feeds arbitrary bytes through the HTML path: it must never
// panic, and what it returns must be inert (no control character but the
// paragraph breaks in the text, none at all in the metadata) and made of
// non-empty paragraphs.
func FuzzLoadHTML(f *testing.F) {
	for _, name := range []string{"news_page.html", "escapes.html", "latin1_page.html", "no_article.html"} {
		b, err := readFixtureBytes("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	f.Add([]byte(newsPage), "text/html; charset=iso-8859-1")
	f.Add([]byte(nested(600, deepArticle)), "text/html")
	f.Add([]byte("<p>&#27;]0;x&#7;<a href=javascript:x>&#x9b;31m</a>&amp;#27;"), "")
	f.Add([]byte("<table><tr><td>a<td>b</table><ul><li>c<li>d"), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		text, meta, err := extractHTML(page, contentType, nil)
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for i, para := range strings.Split(text, "\n\n") {
			if strings.TrimSpace(para) == "" || strings.ContainsFunc(para, isControlOrBidi) {
				t.Fatalf("paragraph %d is blank or carries a control: %q", i, para)
			}
		}
		for _, s := range []string{meta.Title, meta.Byline, meta.Date, meta.URL} {
			if strings.ContainsFunc(s, isControlOrBidi) {
				t.Fatalf("metadata carries a control: %q", s)
			}
		}
	})
}
