package model

import (
	"fmt"
	"testing"

	"github.com/cespare/xxhash/v2"
)

// claimHash is the ID a claim with this text gets on its first appearance,
// computed apart from the analysis's claimIDs.
func claimHash(text string) string {
	key := xxhash.Sum64(appendNormalizedForID(nil, text)) >> (64 - idHashBits)
	return string(appendID(nil, key, 1))
}

// Notes are stored under claim IDs, so the ID of a text must never change
// between runs, machines or versions. The values are the first 10 hex digits
// of XXH64 (seed 0) of the normalized text as the reference implementation
// prints them (printf '%s' "the bridge is closed" | xxhsum -H1); if this test
// fails, saved notes would lose their claims.
func TestClaimIDsArePinned(t *testing.T) {
	for text, want := range map[string]string{
		"":                             "ef46db3751",
		"a":                            "d24ec4f1a9",
		"the bridge is closed":         "2a300d456c",
		"officials said it was unsafe": "a674563ed6",
		// Typography, case and spacing are normalized away first.
		"“Officials  said” it was UNSAFE!": "a674563ed6",
	} {
		if got := claimHash(text); got != want {
			t.Errorf("claimHash(%q) = %s, want %s", text, got, want)
		}
	}
}

// IDs keep 40 bits of the hash: texts that differ in one word, in a number
// or in their length only still get different IDs.
func TestClaimIDsTellNearTextsApart(t *testing.T) {
	seen := map[string]string{}
	add := func(s string) {
		id := claimHash(s)
		if other, ok := seen[id]; ok {
			t.Errorf("%q and %q share the ID %s", s, other, id)
		}
		seen[id] = s
	}
	for n := 1; n <= 20; n++ {
		add(fmt.Sprintf("%0*d", n, 0)) // only the length tells them apart
	}
	for i := range 2000 {
		add(fmt.Sprintf("the bridge is closed %d", i))
		add(fmt.Sprintf("%d officials said it was unsafe", i))
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
