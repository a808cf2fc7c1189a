package ui

import (
	"runtime"
	"testing"
	"weak"

	tea "charm.land/bubbletea/v2"
)

// The analysis's first command holds the analyzer; once Init has handed it
// to Bubble Tea the reader must not keep it (issue 7: the reader's memory
// after the analysis).
func TestTheStartCommandIsNotKeptAfterInit(t *testing.T) {
	start, gone := commandHolding()
	m := New(Options{Article: embedded(t), Start: start})
	if m.Init() == nil {
		t.Fatal("Init returned no command")
	}
	runtime.GC()
	if gone.Value() != nil {
		t.Error("the model still holds the start command after Init")
	}
	runtime.KeepAlive(m)
}

// commandHolding returns a command whose closure holds an object, standing
// for the analyzer, and a weak pointer to the object.
func commandHolding() (tea.Cmd, weak.Pointer[[1 << 16]byte]) {
	held := new([1 << 16]byte)
	return func() tea.Msg { held[0]++; return nil }, weak.Make(held)
}
