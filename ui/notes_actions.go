package ui

import tea "charm.land/bubbletea/v2"

// The reader's side of the notes: the m, v and e keys, the reading
// position, and the replies of save and export commands.

// attachNotes sets up the reader's notes from opts: the store's notes, the
// gutter mark and the Source notes pane's "Your note" section (unless the
// caller supplied its own hooks), and a warning from opening the store.
func (m *Model) attachNotes() {
	book := newNoteBook(m.opts.Notes)
	book.position = m.opts.StartClaimID
	m.notes = book
	if m.opts.Annotated == nil {
		m.opts.Annotated = book.annotated
	}
	if m.opts.ExtraNotes == nil {
		m.opts.ExtraNotes = func(id string) string { return userNoteMarkdown(book.note(id)) }
	}
	if m.opts.Status != "" {
		m.status = statusText(m.opts.Status)
	}
}

// handleNotesKey handles the keys that work on the current claim's note.
func (m *Model) handleNotesKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case keyIs(k, m.keys.EditNote):
		if m.cur < 0 {
			return nil, true
		}
		ed, focus := newNoteEditor(m.notes, m.art, m.cur, m.theme)
		return tea.Batch(m.pushOverlay(ed), focus), true
	case keyIs(k, m.keys.CycleVerdict):
		if m.cur < 0 {
			return nil, true
		}
		c := m.art.Claims[m.cur]
		v, save := m.notes.cycleVerdict(c.ID(), c.Text)
		return tea.Batch(save, m.setStatus("verdict: "+v.String())), true
	case keyIs(k, m.keys.Export):
		return m.exportNotes(), true
	}
	return nil, false
}

// quit writes the notes and the reading position before the reader quits,
// so a save command still on its way cannot be cut off. A failure does not
// keep the user in: Run tries again and prints the notes it could not save.
func (m *Model) quit() tea.Cmd {
	_ = m.notes.flush()
	return tea.Quit
}

// trackPosition records the current claim as the reading position, once a
// remembered start position is settled: while the analysis may still find
// it, the reader stands on a stand-in claim that must not overwrite it.
func (m *Model) trackPosition() tea.Cmd {
	if m.pendingStart != "" && !m.done {
		return nil
	}
	return m.notes.setPosition(m.CurrentClaimID())
}

// updateNotes handles the replies of notes commands.
func (m *Model) updateNotes(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case notesSavedMsg:
		next := m.notes.saved(msg)
		if msg.err != nil {
			return tea.Batch(next, m.setStatus(saveFailureText(msg.err)))
		}
		return next
	case positionDueMsg:
		m.notes.positionTimer = false
		return m.notes.save()
	case exportedMsg:
		return m.setStatus(msg.statusText())
	}
	return nil
}

// saveFailureText is the status line for a failed save (or the warning that
// a damaged notes file was moved aside, after which the save went through).
func saveFailureText(err error) string {
	if isMovedAside(err) {
		return "warning: " + err.Error()
	}
	return "notes not saved" + reasonInParens(err) + ", kept in memory (retried on the next change and at quit): " + err.Error()
}

// flushNotes writes what the final model's notes hold once more after the
// program has ended, whichever way it ended (a quit from an overlay, a
// panic, a signal). An *UnsavedNotesError carries the notes it could not
// save, for the caller to print.
func flushNotes(final tea.Model) error {
	g, ok := final.(*guard)
	if !ok || g.m.notes == nil {
		return nil
	}
	// A note being typed when the program ends (a signal: the terminal
	// closed, a kill) is kept, as ctrl+c in the editor keeps it.
	for _, o := range g.m.overlays {
		if e, ok := o.(*noteEditor); ok && !e.closed {
			e.keepDraft()
		}
	}
	return g.m.notes.flush()
}
