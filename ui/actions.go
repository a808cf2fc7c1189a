package ui

import (
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// The reader's actions: what the keys do to the current claim, the search,
// the filter and the panes.

func (m *Model) handleNavKey(k tea.KeyPressMsg) {
	if m.cur < 0 {
		return
	}
	n := m.navKeys
	switch {
	case keyIs(k, n.Next):
		m.moveTo(m.nav.Step(m.cur, +1))
	case keyIs(k, n.Prev):
		m.moveTo(m.nav.Step(m.cur, -1))
	case keyIs(k, n.NextPara):
		if c, ok := m.nav.NextParagraph(m.art, m.cur); ok {
			m.moveTo(c)
		}
	case keyIs(k, n.PrevPara):
		if c, ok := m.nav.PrevParagraph(m.art, m.cur); ok {
			m.moveTo(c)
		}
	case keyIs(k, n.First):
		if m.nav.Len() > 0 {
			m.moveTo(m.nav.At(0))
		}
	case keyIs(k, n.Last):
		if m.nav.Len() > 0 {
			m.moveTo(m.nav.At(m.nav.Len() - 1))
		}
	case keyIs(k, n.PageDown):
		m.page(m.article.height)
	case keyIs(k, n.PageUp):
		m.page(-m.article.height)
	case keyIs(k, n.HalfDown):
		m.page(max(m.article.height/2, 1))
	case keyIs(k, n.HalfUp):
		m.page(-max(m.article.height/2, 1))
	}
}

// moveTo makes claim c current and scrolls it into view.
func (m *Model) moveTo(c int) {
	m.cur = c
	m.article.reveal(m.art, c)
}

// back undoes the innermost thing that is on: the search, then the filter.
// Overlays handle esc themselves. With nothing on, it does nothing.
func (m *Model) back() {
	switch {
	case m.search.active():
		m.search.cancel()
	case m.filter.Active():
		m.setFilter(model.Filter{})
	}
}

// findMatch moves to the next (dir +1) or previous matching claim; from the
// search input (atCurrent) the current claim itself counts.
func (m *Model) findMatch(dir int, atCurrent bool) {
	if m.search.query == "" || m.cur < 0 {
		return
	}
	from := m.cur + dir
	if atCurrent {
		from = m.cur
	}
	c, wrapped, ok := m.search.find(m.art, m.nav, from, dir)
	if !ok {
		m.status = statusText("no match for “" + m.search.query + "”")
		m.search.query = ""
		m.search.syncKeys()
		return
	}
	if wrapped {
		if dir > 0 {
			m.status = "search wrapped to the top"
		} else {
			m.status = "search wrapped to the bottom"
		}
	}
	m.moveTo(c)
}

// setFilter applies a speaker filter, or clears it with the zero Filter.
func (m *Model) setFilter(f model.Filter) tea.Cmd {
	nav := newNavigator(m.art, f)
	if f.Active() && nav.Len() == 0 && m.done {
		return m.setStatus("no claim matches " + f.Label(m.art))
	}
	m.filter, m.nav = f, nav
	m.pages = nil
	if m.cur < 0 {
		m.placeStart()
	} else if c, ok := nav.Nearest(m.cur); ok {
		m.moveTo(c)
	}
	return nil
}

func (m *Model) isPageKey(k tea.KeyPressMsg) bool {
	n := m.navKeys
	return keyIs(k, n.PageDown) || keyIs(k, n.PageUp) || keyIs(k, n.HalfDown) || keyIs(k, n.HalfUp)
}

func (m *Model) isToggle(k tea.KeyPressMsg) bool {
	return keyIs(k, m.keys.ToggleNotes) || keyIs(k, m.keys.ToggleAttribution)
}

// togglePane shows or hides a pane. The same toggle pressed again right
// away brings back the scroll position from before the first press.
func (m *Model) togglePane(i int) {
	restore := m.toggle != nil && m.toggle.pane == i
	memo := &toggleMemo{pane: i, top: m.article.top}
	if restore {
		memo = m.toggle
	}
	m.panes[i].visible = !m.panes[i].visible
	m.relayout()
	if restore {
		m.article.top = memo.top
		m.toggle = nil
		return
	}
	if m.cur >= 0 {
		m.article.reveal(m.art, m.cur)
	}
	m.toggle = memo
}

// paneScrollStep is how many lines J and K scroll the panes.
const paneScrollStep = 3

// scrollPanes scrolls every visible pane, for content longer than its box.
func (m *Model) scrollPanes(n int) {
	for i := range m.panes {
		if m.panes[i].visible {
			m.panes[i].scroll(n)
		}
	}
}
