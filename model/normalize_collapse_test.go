package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// isCollapsedPlain is the byte-by-byte definition isCollapsed implements
// with whole-string searches.
func isCollapsedPlain(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	for i, r := range text {
		switch {
		case r == ' ' && text[i+1] == ' ', r == '\t', r >= utf8.RuneSelf && isUnicodeSpace(r):
			return false
		}
	}
	return true
}

func TestIsCollapsedMatchesItsDefinition(t *testing.T) {
	texts := []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "“Quoted,” she said — twice…",
		"no\u00a0break", "thin\u2009space", "hair\u200aspace", "em\u2003space", "ideo\u3000graphic",
		"ogham\u1680space", "narrow\u202fnbsp", "math\u205fspace", "zero\u200bwidth is no space",
		"Ünïcödé wörds ¢ ‰ ‹› ぁ", strings.Repeat("word ", 40) + "end", strings.Repeat("word ", 40) + " end",
	}
	for _, s := range texts {
		if got, want := isCollapsed(s), isCollapsedPlain(s); got != want {
			t.Errorf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
	}
}
