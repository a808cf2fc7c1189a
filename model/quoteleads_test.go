package model

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The finder remembers where each lead byte comes next; asked for
// increasing positions it must answer as a fresh search would.
func TestQuoteLeadFinderAgreesWithAFreshSearch(t *testing.T) {
	pieces := []string{"a", " ", "\"", "“", "”", "’", "«", "»", "—", "é", "said"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		p := b.String()
		f := newQuoteLeadFinder(p)
		for i := 0; i <= len(p); i += 1 + rng.IntN(3) {
			want := len(p)
			for j := i; j < len(p); j++ {
				if p[j] == '"' || p[j] == 0xE2 || p[j] == 0xC2 {
					want = j
					break
				}
			}
			if got := f.from(i); got != want {
				t.Fatalf("in %q from %d: %d, want %d", p, i, got, want)
			}
		}
	}
}
