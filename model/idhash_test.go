package model

import (
	"fmt"
	"testing"
)

// Notes are stored under claim IDs, so the ID of a text must never change
// between runs, machines or versions. These values were computed from the
// algorithm as idHash's comment describes it, by a separate implementation
// (Python); if this test fails, saved notes would lose their claims.
func TestClaimIDsArePinned(t *testing.T) {
	for text, want := range map[string]string{
		"":                             "ae854c852e",
		"a":                            "a3ab266621",
		"the bridge is closed":         "4478540f91",
		"officials said it was unsafe": "ed8ba9740d",
		// Typography, case and spacing are normalized away first.
		"“Officials  said” it was UNSAFE!": "ed8ba9740d",
	} {
		if got := claimHash(text); got != want {
			t.Errorf("claimHash(%q) = %s, want %s", text, got, want)
		}
	}
}

// Texts that differ in one byte, in their length only, or in the padding of
// their last block get different hashes.
func TestIDHashTellsNearTextsApart(t *testing.T) {
	seen := map[uint64]string{}
	add := func(s string) {
		h := idHash([]byte(s))
		if other, ok := seen[h]; ok {
			t.Errorf("%q and %q share the hash %#x", s, other, h)
		}
		seen[h] = s
	}
	for n := range 20 {
		add(string(make([]byte, n))) // zero bytes: only the length tells them apart
	}
	for i := range 2000 {
		add(fmt.Sprintf("the bridge is closed %d", i))
		add(fmt.Sprintf("%d officials said it was unsafe", i))
	}
}

func BenchmarkIDHash(b *testing.B) {
	text := []byte("officials said the bridge would stay closed until engineers had inspected every cable")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		idHash(text)
	}
}

// BenchmarkClaimIDs is the IDs of a generated 1 MB article's claims:
// normalizing, hashing and counting.
func BenchmarkClaimIDs(b *testing.B) {
	sentences, size := signalBenchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		g := claimIDs{seen: newIDCounts(len(sentences))}
		for _, s := range sentences {
			g.seen.add(g.hash(s))
		}
	}
}
