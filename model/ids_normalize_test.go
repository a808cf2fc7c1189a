package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// normalizedForIDPlain is the rune-by-rune definition appendNormalizedForID
// implements with an ASCII fast path: the words, lower case, single-spaced.
func normalizedForIDPlain(text string) string {
	var b []byte
	pendingSpace := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pendingSpace && len(b) > 0 {
				b = append(b, ' ')
			}
			pendingSpace = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		pendingSpace = true
	}
	return string(b)
}

func TestNormalizedForIDMatchesItsDefinition(t *testing.T) {
	texts := []string{
		"", " ", "“Hello,” she said.", "\"hello\" she said", "A  B\tC", "Ünïcödé — Wörds!",
		"ȺȺȺ grows when lowered", "x Ⱥ y", "…", "éa", "a,é", "3.5% of 1,000", "\xff\xfe broken",
		strings.Repeat("Ⱥ ", 50) + strings.Repeat("a, ", 50),
	}
	for _, s := range texts {
		if got, want := string(appendNormalizedForID(nil, s)), normalizedForIDPlain(s); got != want {
			t.Errorf("appendNormalizedForID(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizedForID(f *testing.F) {
	for _, s := range []string{"", "“Hello,” she said.", "ȺȺȺ grows when lowered", "a — b", "\xff x", "A  B\tC."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormalizedForID([]byte("kept "), s)), "kept "+normalizedForIDPlain(s); got != want {
			t.Errorf("appendNormalizedForID(%q) = %q, want %q", s, got, want)
		}
	})
}
