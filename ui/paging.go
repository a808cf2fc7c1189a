package ui

import "marginalia/model"

// Paging: pgdown/pgup a screen, ctrl+d/ctrl+u half a screen.
//
// As in less and vim, a page key turns the view by exactly that many lines,
// so a page up shows again the screen a page down left, except where an end
// of the article stopped the view short. The current claim is then the one
// on the new screen at the row it held on the old one, chosen so the view
// does not have to move again to show it with its context.
//
// Which claim was current cannot always be read back from the screen:
// several claims may start on one row and many rows start none, so the
// same rule run backwards may land on a neighbour. The page moves made
// since the last other key are therefore remembered, and a page key of the
// opposite direction and size retraces the last of them exactly: pgdown
// pgdown pgup pgup comes back to the very screen and claim it started
// from, as a pane toggle pressed twice does.

// readingSpot is what a page move changes: the first line shown and the
// current claim.
type readingSpot struct {
	top linePos
	cur int
}

// pageTurn is one page move: the lines asked for (negative: up) and the
// spots before and after it.
type pageTurn struct {
	n        int
	from, to readingSpot
}

// maxPageTurns bounds the remembered page moves. Holding pgdown through a
// huge article would otherwise keep one per screen; nobody retraces more
// than a few dozen by pressing pgup.
const maxPageTurns = 64

func (m *Model) spot() readingSpot { return readingSpot{m.article.top, m.cur} }

// page moves a screen (n = ±height) or half a screen (n = ±height/2).
func (m *Model) page(n int) {
	if n == 0 || m.cur < 0 || m.nav.Len() == 0 || m.article.height <= 0 {
		return
	}
	here := m.spot()
	if last := len(m.pages) - 1; last >= 0 {
		if t := m.pages[last]; t.n == -n && t.to == here && m.nav.Contains(t.from.cur) {
			m.pages = m.pages[:last]
			m.cur = t.from.cur
			m.article.top = m.article.clampTop(m.art, t.from.top)
			return
		}
	}
	m.turnPage(n)
	if there := m.spot(); there != here {
		m.pages = pushTurn(m.pages, pageTurn{n: n, from: here, to: there})
	}
}

// pushTurn appends t to turns in an array of their own, so the Model that
// guard.Update keeps from before the message (and copies a test holds)
// never see it, dropping the oldest move past maxPageTurns.
func pushTurn(turns []pageTurn, t pageTurn) []pageTurn {
	if len(turns) >= maxPageTurns {
		turns = turns[len(turns)-maxPageTurns+1:]
	}
	out := make([]pageTurn, len(turns), len(turns)+1)
	copy(out, turns)
	return append(out, t)
}

// turnPage turns the view n lines and picks the current claim on the new
// screen. At the end the view cannot leave, the key goes to the first or
// last claim instead, as G and g do.
func (m *Model) turnPage(n int) {
	a, ap := m.art, &m.article
	row, onScreen := ap.rowOf(a, m.cur)
	top := ap.top
	if n > 0 {
		top = ap.down(a, top, n)
		if maxTop := ap.maxTop(a); maxTop.before(top) {
			top = maxTop
		}
	} else {
		top = ap.up(a, top, -n)
	}
	if top == ap.top {
		if n > 0 {
			m.moveTo(m.nav.At(m.nav.Len() - 1))
		} else {
			m.moveTo(m.nav.At(0))
		}
		return
	}
	ap.top = top
	target := ap.down(a, top, row)
	c, ok := m.claimOnPage(target, n, onScreen)
	if !ok {
		c = m.claimPastPage(target, n, onScreen)
	}
	m.moveTo(c)
}

// claimOnPage is the navigable claim the view shows as it stands: the first
// one starting at or after target, else the last one before it. While the
// current claim was on screen (anchored), a page down only takes a claim
// after it and a page up one before it, so the keys always move on.
func (m *Model) claimOnPage(target linePos, dir int, anchored bool) (int, bool) {
	a, ap := m.art, &m.article
	bottom := ap.down(a, ap.top, ap.height-1)
	best, found := 0, false
	for i := m.nav.Search(ap.claimAtOrAfter(a, ap.top)); i < m.nav.Len(); i++ {
		c := m.nav.At(i)
		first, _ := ap.claimLines(a, c)
		if bottom.before(first) {
			break
		}
		if anchored && (dir > 0 && c <= m.cur || dir < 0 && c >= m.cur) || !ap.shownInPlace(a, c) {
			continue
		}
		if !first.before(target) {
			return c, true
		}
		best, found = c, true
	}
	return best, found
}

// claimPastPage is the current claim when the screen shows no navigable
// claim in full (a filter leaving few, a claim taller than the pane): the
// first one starting at or after target going down, the last one starting
// before it going up, or the claim next to the current one when that would
// not move on. Showing it moves the view further than a page.
func (m *Model) claimPastPage(target linePos, dir int, anchored bool) int {
	at := m.article.claimAtOrAfter(m.art, target)
	var c int
	var ok bool
	if dir > 0 {
		if c, ok = m.nav.AtOrAfter(at); !ok {
			c = m.nav.At(m.nav.Len() - 1)
		}
	} else if c, ok = m.nav.Before(at); !ok {
		c = m.nav.At(0)
	}
	if anchored && (dir > 0 && c <= m.cur || dir < 0 && c >= m.cur) {
		c = m.nav.Step(m.cur, dir)
	}
	return c
}

// rowOf is the pane row where claim ci starts, held within the pane when
// the claim is above or below it; onScreen says whether it starts on it.
func (ap *articlePane) rowOf(a *model.Article, ci int) (row int, onScreen bool) {
	first, _ := ap.claimLines(a, ci)
	if d, ok := ap.distance(a, ap.top, first, ap.height-1); ok {
		return d, true
	}
	if first.before(ap.top) {
		return 0, false
	}
	return ap.height - 1, false
}

// shownInPlace reports whether making claim ci current leaves the view
// where it is: reveal finds it in view with its context.
func (ap *articlePane) shownInPlace(a *model.Article, ci int) bool {
	top := ap.top
	ap.reveal(a, ci)
	still := ap.top == top
	ap.top = top
	return still
}

// clampTop is pos made a first line the pane can show in the article as it
// is now (a remembered spot may predate a newer snapshot of it).
func (ap *articlePane) clampTop(a *model.Article, pos linePos) linePos {
	if len(a.Paragraphs) == 0 {
		return linePos{}
	}
	if pos.para >= len(a.Paragraphs) {
		return ap.maxTop(a)
	}
	pos.line = min(pos.line, ap.blockLen(a, pos.para)-1)
	if maxTop := ap.maxTop(a); maxTop.before(pos) {
		return maxTop
	}
	return pos
}
