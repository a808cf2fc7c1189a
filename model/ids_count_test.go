package model

import "testing"

// The ID table keeps every count through its growth, and hashes that share
// their low bits (the bits that pick a slot) stay apart.
func TestIDCountsCountEachHashThroughGrowth(t *testing.T) {
	var c idCounts // the zero value works: it grows on first use
	const n = 5000
	for round := 1; round <= 3; round++ {
		for i := range n {
			key := uint64(i)<<20 | 7 // equal low bits: every key probes the same slot first
			if got := c.add(key); got != round {
				t.Fatalf("round %d, key %d: count %d", round, i, got)
			}
		}
	}
	if got := c.add(idHashMask); got != 1 {
		t.Errorf("the largest hash: count %d on its first appearance", got)
	}
}
