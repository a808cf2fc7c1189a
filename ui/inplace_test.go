package ui

import (
	"runtime"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"
)

// Issue 7: the program keeps the reader in the guard and updates it in
// place. Returned as a tea.Model value, the reader (about 9 KB, most of it
// the search input) was copied to the heap for every message, twice through
// the guard: each copy a sixth of what BenchmarkStep's keypress allocated.
func TestGuardUpdatesTheReaderWithoutCopyingItToTheHeap(t *testing.T) {
	g := &guard{m: open(t, Options{Article: embedded(t)}, 120, 40), f: &failure{}}
	nothing := statusExpiredMsg{id: -1} // no status has this id: nothing changes
	next, _ := g.Update(nothing)
	if next != tea.Model(g) {
		t.Fatalf("Update returned %T %p, not the guard %p the program holds", next, next, g)
	}
	const n = 200
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		g.Update(nothing)
	}
	runtime.ReadMemStats(&after)
	perMessage := (after.TotalAlloc - before.TotalAlloc) / n
	if size := uint64(unsafe.Sizeof(g.m)); perMessage >= size/2 {
		t.Errorf("a message that changes nothing allocates %d bytes; the reader is %d bytes: it is copied to the heap", perMessage, size)
	}
}

// Updated in place, the reader still behaves as one that Update returns:
// the guard's reader moves and draws as Model.Update's does, and a panic
// leaves it as it was before the message.
func TestGuardInPlaceMatchesModelUpdate(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	g := &guard{m: m, f: &failure{}}
	moved := false
	for _, k := range []string{"j", "j", "]", "k", "G", "/", "s", "a", "i", "d", "enter", "n", "esc", "g", "J"} {
		m = send(m, keyPress(k))
		g.Update(keyPress(k))
		if got, want := g.View().Content, m.View().Content; got != want {
			t.Fatalf("after %q the guard's reader shows\n%s\nwhere Model.Update's shows\n%s", k, got, want)
		}
		moved = moved || g.m.cur != 0
	}
	if !moved {
		t.Fatal("the keys never moved the reader: nothing was compared")
	}

	armed := false // opening asks for the neighbours' notes too
	opts := Options{Article: a, ExtraNotes: func(string) string {
		if armed {
			panic("notes while moving")
		}
		return ""
	}}
	g = &guard{m: open(t, opts, 120, 40), f: &failure{}}
	armed = true
	before := g.View().Content
	if _, cmd := g.Update(keyPress("j")); !isQuit(cmd) || g.f.get() == nil {
		t.Fatal("the panic while moving to the second claim was not caught")
	}
	if g.m.cur != 0 || g.View().Content != before {
		t.Errorf("after the panic the reader is on claim %d, not the one before the message (1)", g.m.cur+1)
	}
}
