package ui

// settlePendingStart gives up a remembered start claim that is not analysed
// yet once the reader moves away from the claim shown meanwhile: they chose
// where to read, and the analysis must not pull them back when the
// remembered claim arrives. (Their new position is then the one remembered.)
func (m *Model) settlePendingStart(before int) {
	if m.pendingStart != "" && m.cur != before {
		m.pendingStart = ""
	}
}
