package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// overlayFrame draws the picker's and the overview's box: the theme's
// overlay border (rounded, one cell of padding each side) around lines, in
// exactly width×height cells. It is drawn by hand because lipgloss would
// re-wrap every line of content to measure it, which costs more than the
// rest of the frame together.
type overlayFrame struct {
	top, bottom, side string // styled border pieces for the current width
	width             int
}

func newOverlayFrame(border lipgloss.Style, width int) overlayFrame {
	b := lipgloss.RoundedBorder()
	st := lipgloss.NewStyle().Foreground(border.GetBorderTopForeground())
	inner := max(width-2, 0)
	return overlayFrame{
		top:    st.Render(b.TopLeft + strings.Repeat(b.Top, inner) + b.TopRight),
		bottom: st.Render(b.BottomLeft + strings.Repeat(b.Bottom, inner) + b.BottomRight),
		side:   st.Render(b.Left),
		width:  width,
	}
}

// overlayFrameSize is what the frame takes from each dimension.
const overlayFrameWidth, overlayFrameHeight = 4, 2

// draw frames the content lines, which must already fit width-4 cells;
// missing lines are left blank and extra ones dropped.
func (f overlayFrame) draw(lines []string, height int) string {
	inner := f.width - overlayFrameWidth
	var b strings.Builder
	b.WriteString(f.top)
	for i := range max(height-overlayFrameHeight, 0) {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString("\n" + f.side + " " + line)
		b.WriteString(strings.Repeat(" ", max(inner-ansi.StringWidth(line), 0)))
		b.WriteString(" " + f.side)
	}
	b.WriteString("\n" + f.bottom)
	return b.String()
}

// clipLines cuts lines to at most height lines of at most width cells each,
// so a component never draws outside the space it was given.
func clipLines(lines []string, width, height int) []string {
	if len(lines) > height {
		lines = lines[:max(height, 0)]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return lines
}
