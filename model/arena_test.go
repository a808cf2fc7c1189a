package model

import "testing"

// Lists handed out by the arena never share a slot, appending to one cannot
// reach the next, and a list built outside the chunk takes no slot.
func TestArenaListsStayApart(t *testing.T) {
	var na arena[string]
	a := na.keep(append(na.room(2), "a1", "a2"))
	var elsewhere []string // built outside the chunk, as a list that outgrew its room is
	grown := na.keep(append(elsewhere, "g1", "g2", "g3"))
	b := na.keep(append(na.room(3), "b1"))
	if cap(a) != 2 || cap(b) != 1 {
		t.Fatalf("lists not capped: cap %d and %d", cap(a), cap(b))
	}
	_ = append(a, "x") // must reallocate, not write b's slot
	if b[0] != "b1" || a[1] != "a2" || grown[2] != "g3" {
		t.Errorf("lists overlap: a %v, grown %v, b %v", a, grown, b)
	}
	if &a[1] == &b[0] || &b[0] != &na.chunk[2] {
		t.Error("b should take the slot right after a's in the chunk")
	}
	if na.keep(na.room(2)) != nil {
		t.Error("an empty list should be nil")
	}
	for range arenaChunk {
		na.keep(append(na.room(2), "n"))
	}
	if c := na.keep(append(na.room(2), "last")); c[0] != "last" || b[0] != "b1" {
		t.Error("a new chunk changed earlier lists")
	}
}
