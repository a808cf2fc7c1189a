package ui

import tea "charm.land/bubbletea/v2"

func (m *Model) handleWheel(ev tea.Mouse) {
	if len(m.overlays) > 0 || m.layout.tooSmall {
		return
	}
	n := 0
	switch ev.Button {
	case tea.MouseWheelDown:
		n = 3
	case tea.MouseWheelUp:
		n = -3
	default:
		return
	}
	m.toggle = nil
	switch {
	case m.layout.notes.contains(ev.X, ev.Y):
		m.panes[paneNotes].scroll(n)
	case m.layout.attribution.contains(ev.X, ev.Y):
		m.panes[paneAttribution].scroll(n)
	default:
		m.article.scroll(m.art, n)
	}
}

func (m *Model) handleClick(ev tea.Mouse) {
	r := m.layout.article
	if ev.Button != tea.MouseLeft || len(m.overlays) > 0 || m.layout.tooSmall || !r.contains(ev.X, ev.Y) {
		return
	}
	if c, ok := m.article.claimAt(m.art, ev.X-r.x, ev.Y-r.y); ok && m.nav.Contains(c) {
		m.toggle = nil
		m.status = "" // as a key press clears it
		m.cur = c     // already on screen: no scrolling under the pointer
	} else if ok {
		m.status = outsideFilterStatus // a dimmed claim: see filter_keys.go
	}
}
