package ui

import tea "charm.land/bubbletea/v2"

// guardCmd runs cmd through safeCmd and does the same for every command of a
// batch it returns, so a panic in any command of the reader, however deeply
// batched, ends the reader through the guard: terminal restored, the error
// sanitized and the status non-zero. Left to Bubble Tea, a panic in a batched
// command is printed raw (escape sequences included) while the terminal is
// still in the reader's modes. (The commands of a tea.Sequence cannot be
// wrapped, its message type being unexported; the reader uses none.)
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := safeCmd(cmd)()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guarded := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guarded[i] = guardCmd(c)
			}
			return guarded
		}
		return msg
	}
}
