package ui

import (
	"strings"

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
		left = m.theme.status.Render(m.status)
	case m.search.query != "":
		left = m.theme.muted.Render("/" + oneLine(m.search.query))
	}
	lw := ansi.StringWidth(left)
	if lw > 0 {
		lw += 2
	}
	h := m.help
	h.ShowAll = false
	h.SetWidth(max(m.width-lw, 0))
	var keys []string
	if top := m.topOverlay(); top != nil {
		keys = append(keys, h.ShortHelpView(top.ShortHelp()))
	} else {
		keys = append(keys, h.ShortHelpView(m.ShortHelp()))
	}
	line := left
	if k := strings.Join(keys, ""); k != "" && lw+ansi.StringWidth(k) <= m.width {
		if left != "" {
			line += "  "
		}
		line += k
	}
	return ansi.Truncate(line, m.width, "…")
}

// statusText makes a status message safe and one line long.
func statusText(s string) string { return oneLine(model.Sanitize(s)) }
