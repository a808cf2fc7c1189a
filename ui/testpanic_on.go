//go:build marginalia_testpanic

package ui

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

// This file exists only in binaries built with -tags marginalia_testpanic,
// which only e2e_panic_test.go builds: a user's marginalia never reads
// MARGINALIA_TEST_PANIC. In such a binary the key P makes the reader panic
// where MARGINALIA_TEST_PANIC says, so the test can watch the terminal being
// restored:
//
//	update  in Update (recovered by guard)
//	cmd     in one of the reader's commands, which all run through safeCmd
//	teacmd  in a bare command inside a batch, not wrapped in safeCmd (a
//	        command that forgot it; guardCmd must catch it all the same)
var testPanicWhere = os.Getenv("MARGINALIA_TEST_PANIC")

const testPanicValue = "test panic \x1b]0;pwned\x07 (MARGINALIA_TEST_PANIC)"

// testPanics is called by guard.Update for every message with the command
// the reader returned for it.
func testPanics(msg tea.Msg, cmd tea.Cmd) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); !ok || k.String() != "P" {
		return cmd
	}
	boom := func() tea.Msg { panic(testPanicValue + " in " + testPanicWhere) }
	switch testPanicWhere {
	case "update":
		boom()
	case "cmd":
		return tea.Batch(cmd, safeCmd(boom))
	case "teacmd":
		return tea.Batch(cmd, boom)
	}
	return cmd
}
