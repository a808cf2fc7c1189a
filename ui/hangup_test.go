package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A program ended by a signal (a kill, or the terminal closing) while a
// note is being typed keeps the note: Run's last write includes the draft.
func TestANoteBeingTypedIsKeptWhenASignalEndsTheProgram(t *testing.T) {
	a, dir, tm := startReaderWithNotes(t)
	tm.Send(keyPress("m"))
	waitOutput(t, tm, "Your note on claim 1")
	tm.Type("typed when the window closed")
	tm.Send(tea.QuitMsg{}) // what Bubble Tea sends on SIGTERM, and quitOnHangup on SIGHUP
	final := finalModel(t, tm)

	if err := flushNotes(&guard{m: final}); err != nil {
		t.Fatal(err)
	}
	n, ok := openStore(t, dir).Note(a.Claims[0].ID())
	if !ok || n.Text != "typed when the window closed" {
		t.Errorf("draft after the program was ended: %+v (found %v)", n, ok)
	}
}
