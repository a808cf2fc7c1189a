package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// mouseKeys are the mouse's bindings. They are matched against the button
// of a mouse message (tea.Mouse names them "wheelup", "left", …), never
// against a key press, so the `?` help lists the mouse from the same
// bindings that handle it, as it lists the keys.
type mouseKeys struct {
	Scroll key.Binding
	Select key.Binding
}

func newMouseKeys() mouseKeys {
	return mouseKeys{
		Scroll: key.NewBinding(key.WithKeys("wheeldown", "wheelup"), key.WithHelp("wheel", "scroll article or pane")),
		Select: key.NewBinding(key.WithKeys("left"), key.WithHelp("click", "select the claim")),
	}
}

// mouseIs reports whether ev's button is one of b's. Modifiers are left
// out: shift or ctrl held with the wheel still scrolls.
func mouseIs(ev tea.Mouse, b key.Binding) bool {
	return key.Matches(tea.Mouse{Button: ev.Button}, b)
}

func (m *Model) handleWheel(ev tea.Mouse) {
	if len(m.overlays) > 0 || m.layout.tooSmall || !mouseIs(ev, m.mouseKeys.Scroll) {
		return
	}
	n := 3
	if ev.Button == tea.MouseWheelUp {
		n = -3
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
	if !mouseIs(ev, m.mouseKeys.Select) || len(m.overlays) > 0 || m.layout.tooSmall || !r.contains(ev.X, ev.Y) {
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
