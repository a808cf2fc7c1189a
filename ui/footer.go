package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// footerView is the bottom line: the search input while typing; otherwise a
// status message or the active search on the left and short help, generated
// from the key bindings of whatever has focus, on the right.
func (m *Model) footerView() string {
	if m.search.typing {
		return ansi.Truncate(m.search.input.View(), m.width, "…")
	}
	left := ""
	switch {
	case m.status != "":
		left = m.theme.status.Render(middleTruncate(m.status, m.width))
	case m.search.query != "":
		left = m.theme.muted.Render("/" + oneLine(m.search.query))
	}
	lw := ansi.StringWidth(left)
	if lw > 0 {
		lw += 2
	}
	h := m.theme.footerHelp
	h.ShowAll = false
	h.SetWidth(max(m.width-lw, 0))
	var k string
	if top := m.topOverlay(); top != nil {
		k = h.ShortHelpView(top.ShortHelp())
	} else {
		k = m.shortHelp.line(h, m.theme, m.ShortHelp(), max(m.width-lw, 0))
	}
	line := left
	if k != "" && lw+ansi.StringWidth(k) <= m.width {
		if left != "" {
			line += "  "
		}
		line += k
	}
	return ansi.Truncate(line, m.width, "…")
}

// readerShortHelp is the reader's short help in width cells. When it does
// not all fit, entries are dropped from the end of the list but before the
// last two ("? help", "q quit"), so a narrow terminal still says how to get
// help and how to leave, instead of cutting them off.
func readerShortHelp(h help.Model, bindings []key.Binding, width int) string {
	const kept = 2
	h.SetWidth(0) // measure without truncation
	for len(bindings) > kept && ansi.StringWidth(h.ShortHelpView(bindings)) > width {
		i := len(bindings) - kept - 1
		bindings = append(bindings[:i:i], bindings[i+1:]...)
	}
	h.SetWidth(width)
	return h.ShortHelpView(bindings)
}

// helpMemo is the reader's last short help line. The footer is drawn for
// every message, and laying the help out again (bubbles/help styles every
// entry, readerShortHelp twice) was about a twentieth of what a move
// allocates, for a line that changes only with the width, the theme and the
// keys shown.
type helpMemo struct {
	width int
	theme *theme
	keys  []helpEntry
	text  string
}

// helpEntry is what the short help shows of a binding.
type helpEntry struct {
	key, desc string
	enabled   bool
}

// line is readerShortHelp(h, bindings, width), laid out again only when
// the width, the theme or a binding's help or enabled state changed. A nil
// memo lays it out every time.
func (c *helpMemo) line(h help.Model, t *theme, bindings []key.Binding, width int) string {
	if c == nil {
		return readerShortHelp(h, bindings, width)
	}
	if c.width == width && c.theme == t && c.keys != nil && sameHelp(c.keys, bindings) {
		return c.text
	}
	c.width, c.theme, c.keys = width, t, c.keys[:0]
	for _, b := range bindings {
		c.keys = append(c.keys, helpEntry{b.Help().Key, b.Help().Desc, b.Enabled()})
	}
	c.text = readerShortHelp(h, bindings, width)
	return c.text
}

func sameHelp(keys []helpEntry, bindings []key.Binding) bool {
	if len(keys) != len(bindings) {
		return false
	}
	for i, b := range bindings {
		if keys[i] != (helpEntry{b.Help().Key, b.Help().Desc, b.Enabled()}) {
			return false
		}
	}
	return true
}

// middleTruncate fits a status message in width cells by cutting its
// middle, keeping its last word (up to half the width): messages end with
// what they are about, such as an exported file's name, which may end in
// -2, while their start says what happened.
func middleTruncate(s string, width int) string {
	w := ansi.StringWidth(s)
	if w <= width {
		return s
	}
	if width < 8 {
		return ansi.Truncate(s, width, "…")
	}
	last := s[strings.LastIndex(s, " ")+1:]
	tail := min(ansi.StringWidth(last), (width-1)/2)
	return ansi.Truncate(s, width-1-tail, "") + "…" + ansi.TruncateLeft(s, w-tail, "")
}

// statusText makes a status message safe and one line long.
func statusText(s string) string { return oneLine(model.Sanitize(s)) }
