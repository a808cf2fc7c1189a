package ui

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"
)

// Minimum terminal size for the reader; below it a one-line message is shown.
const (
	minWidth  = 40
	minHeight = 8
	// sideBySideWidth is the width from which the panes stand to the right
	// of the article instead of below it.
	sideBySideWidth = 100
)

// rect is a region of the screen in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout places the header, article, panes and footer. It depends only on
// the terminal size and which panes are shown, so toggling a pane twice gives
// back exactly the same screen.
type layout struct {
	tooSmall    bool
	width       int
	height      int
	body        rect // everything between header and footer
	article     rect
	notes       rect // zero when hidden
	attribution rect // zero when hidden
	beside      bool // panes to the right of the article (else below)
}

func computeLayout(w, h int, showNotes, showAttribution bool) layout {
	l := layout{width: max(w, 0), height: max(h, 0)}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.body = rect{0, 1, w, h - 2}
	l.article = l.body
	panes := 0
	if showNotes {
		panes++
	}
	if showAttribution {
		panes++
	}
	if panes == 0 {
		return l
	}
	if w >= sideBySideWidth {
		l.beside = true
		side := min(max(w*2/5, 36), 60)
		l.article.w = w - side - 1 // one blank column between article and panes
		col := rect{w - side, l.body.y, side, l.body.h}
		l.notes, l.attribution = split(col, showNotes, showAttribution, false)
		return l
	}
	paneH := min(max(l.body.h*2/5, 3), l.body.h-3)
	l.article.h = l.body.h - paneH
	row := rect{0, l.body.y + l.article.h, w, paneH}
	l.notes, l.attribution = split(row, showNotes, showAttribution, true)
	return l
}

// split shares r between the shown panes: side by side when horizontal,
// stacked otherwise.
func split(r rect, first, second, horizontal bool) (a, b rect) {
	switch {
	case first && second && horizontal:
		a, b = r, r
		a.w = r.w / 2
		b.x, b.w = r.x+a.w, r.w-a.w
	case first && second:
		a, b = r, r
		a.h = (r.h + 1) / 2
		b.y, b.h = r.y+a.h, r.h-a.h
	case first:
		a = r
	case second:
		b = r
	}
	return a, b
}

// tooSmallText is the one line shown on a terminal below minWidth×minHeight:
// the longest wording that fits, so the size needed stays readable on a
// narrow terminal instead of being cut off at the end.
func tooSmallText(width int) string {
	need := fmt.Sprintf("%d×%d", minWidth, minHeight)
	for _, s := range []string{
		"terminal too small: marginalia needs " + need,
		"too small: needs " + need,
		"needs " + need,
	} {
		if ansi.StringWidth(s) <= width {
			return s
		}
	}
	return ansi.Truncate(need, width, "…")
}
