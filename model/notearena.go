package model

// noteArena hands out claims' source-note lists from shared chunks: one
// allocation per few thousand notes instead of one per claim. A list handed
// out is never written again (its capacity ends at its length, and the
// arena only writes past the lists it handed out), so snapshots can share
// it while the analysis goes on.
type noteArena struct {
	chunk []string // handed-out lists, then free room up to cap
}

// noteChunk is how many notes one chunk holds.
const noteChunk = 4096

// room returns an empty list with room for n notes, to build a claim's
// notes in.
func (na *noteArena) room(n int) []string {
	if cap(na.chunk)-len(na.chunk) < n {
		na.chunk = make([]string, 0, max(noteChunk, n))
	}
	return na.chunk[len(na.chunk):len(na.chunk)]
}

// keep hands out notes, built in the list room returned: their slots are
// taken, and the list is capped so nothing appended to it can reach the
// next claim's. A list that outgrew its room is its own allocation and
// takes nothing from the chunk. Empty lists are nil.
func (na *noteArena) keep(notes []string) []string {
	if len(notes) == 0 {
		return nil
	}
	free := na.chunk[len(na.chunk):cap(na.chunk)]
	if len(notes) <= len(free) && &free[0] == &notes[0] {
		na.chunk = na.chunk[:len(na.chunk)+len(notes)]
	}
	return notes[:len(notes):len(notes)]
}
