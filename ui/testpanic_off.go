//go:build !marginalia_testpanic

package ui

import tea "charm.land/bubbletea/v2"

// testPanics is the test-only panic hook (see testpanic_on.go); in every
// normal build it returns the reader's command untouched.
func testPanics(_ tea.Msg, cmd tea.Cmd) tea.Cmd { return cmd }
