package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldQuery finds a search query in text regardless of case, for every
// script Unicode gives case to: each query rune matches any rune in its
// simple case-folding orbit ("k" matches "K" and the Kelvin sign "K",
// "σ" matches "Σ" and "ς"). Matches are reported as byte offsets into the
// text searched, so they can be highlighted in place.
type foldQuery struct {
	orbits [][]rune // per query rune, every rune it matches
	first  string   // the first rune's orbit, for strings.IndexAny
}

func newFoldQuery(q string) foldQuery {
	var fq foldQuery
	for _, r := range q {
		fq.orbits = append(fq.orbits, foldOrbit(r))
	}
	if len(fq.orbits) > 0 {
		fq.first = string(fq.orbits[0])
	}
	return fq
}

// foldOrbit is r with every rune that simple case folding makes equal to it.
func foldOrbit(r rune) []rune {
	orbit := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		orbit = append(orbit, f)
	}
	return orbit
}

func (fq foldQuery) empty() bool { return len(fq.orbits) == 0 }

// index finds the first match starting at or after byte offset from.
func (fq foldQuery) index(s string, from int) (span, bool) {
	if fq.empty() {
		return span{}, false
	}
	for from < len(s) {
		i := strings.IndexAny(s[from:], fq.first)
		if i < 0 {
			return span{}, false
		}
		start := from + i
		if end, ok := fq.matchAt(s, start); ok {
			return span{start, end}, true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		from = start + size
	}
	return span{}, false
}

// matchAt reports whether the query matches s at byte offset i, and where
// the match ends.
func (fq foldQuery) matchAt(s string, i int) (int, bool) {
	for _, orbit := range fq.orbits {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inOrbit(orbit, r) {
			return 0, false
		}
		i += size
	}
	return i, true
}

func inOrbit(orbit []rune, r rune) bool {
	for _, o := range orbit {
		if o == r {
			return true
		}
	}
	return false
}

// all finds every non-overlapping match in s.
func (fq foldQuery) all(s string) []span {
	var out []span
	for from := 0; ; {
		m, ok := fq.index(s, from)
		if !ok {
			return out
		}
		out = append(out, m)
		from = m.end
	}
}
