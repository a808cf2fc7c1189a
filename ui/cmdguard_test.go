package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestGuardCmdCatchesPanicsInBatchedCommands(t *testing.T) {
	type okMsg struct{}
	boom := func() tea.Msg { panic("deep \x1b[2J") }
	fine := func() tea.Msg { return okMsg{} }
	cmd := guardCmd(tea.Batch(fine, tea.Batch(fine, boom)))
	outer, ok := cmd().(tea.BatchMsg)
	if !ok || len(outer) != 2 {
		t.Fatalf("the batch was not kept: %#v", outer)
	}
	if _, ok := outer[0]().(okMsg); !ok {
		t.Error("a command that does not panic lost its message")
	}
	inner, ok := outer[1]().(tea.BatchMsg)
	if !ok || len(inner) != 2 {
		t.Fatalf("the inner batch was not kept: %#v", inner)
	}
	pm, ok := inner[1]().(panicMsg)
	if !ok || pm.err.Value != "deep" {
		t.Errorf("a panic in a batched command gave %#v, want a sanitized panicMsg", pm)
	}
	if guardCmd(nil) != nil {
		t.Error("guardCmd(nil) is not nil: Bubble Tea would run an empty command")
	}
}
