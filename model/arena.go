package model

import "slices"

// arena hands out lists (claims' source notes, speaker lists) from shared
// chunks: one allocation per few thousand entries instead of one per claim.
// A list handed out is never written again (its capacity ends at its
// length, and the arena only writes past the lists it handed out), so
// snapshots can share it while the analysis goes on.
type arena[T any] struct {
	chunk []T // handed-out lists, then free room up to cap
}

// arenaChunk is how many entries one chunk holds.
const arenaChunk = 4096

// room returns an empty list with room for n entries, to build a list in.
func (ar *arena[T]) room(n int) []T {
	if cap(ar.chunk)-len(ar.chunk) < n {
		ar.chunk = make([]T, 0, max(arenaChunk, n))
	}
	return ar.chunk[len(ar.chunk):len(ar.chunk)]
}

// keep hands out list, built in the list room returned: its slots are
// taken, and the list is capped so nothing appended to it can reach the
// next one. A list that outgrew its room is its own allocation and takes
// nothing from the chunk. Empty lists are nil.
func (ar *arena[T]) keep(list []T) []T {
	if len(list) == 0 {
		return nil
	}
	free := ar.chunk[len(ar.chunk):cap(ar.chunk)]
	if len(list) <= len(free) && &free[0] == &list[0] {
		ar.chunk = ar.chunk[:len(ar.chunk)+len(list)]
	}
	return list[:len(list):len(list)]
}

// copyOf hands out a copy of xs (nil when empty): a scratch list whose
// contents outlive it (a sentence's speakers, which a quotation's later
// sentences take).
func (ar *arena[T]) copyOf(xs []T) []T {
	return ar.keep(append(ar.room(len(xs)), xs...))
}

// uniqueInts hands out xs without repeats, first occurrences in order.
func uniqueInts(ar *arena[int], xs []int) []int {
	out := ar.room(len(xs))
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return ar.keep(out)
}
