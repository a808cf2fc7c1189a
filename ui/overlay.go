package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// overlay is a model drawn over the article (help now; the speaker picker,
// overview and note editor later). The top overlay gets every key and every
// message the reader does not handle itself; every overlay gets the body
// size as a tea.WindowSizeMsg when opened and on resize, and the
// tea.BackgroundColorMsg; it closes itself by reporting
// done, typically on esc, or by sending a closing message (PickerClosedMsg,
// OverviewClosedMsg, FilterChosenMsg). To apply something to the reader (a
// filter, a status line), an overlay returns a command producing the
// matching message (FilterChosenMsg, StatusMsg, …).
type overlay interface {
	update(msg tea.Msg) (overlay, tea.Cmd)
	done() bool
	// view draws the overlay for a body of w×h cells; it is centred there.
	view(t *theme, w, h int) string
	help.KeyMap
}

func (m *Model) topOverlay() overlay {
	if len(m.overlays) == 0 {
		return nil
	}
	return m.overlays[len(m.overlays)-1]
}

// pushOverlay opens an overlay on top of the others and tells it its size.
func (m *Model) pushOverlay(o overlay) tea.Cmd {
	m.overlays = append(m.overlays, o)
	return m.updateOverlay(m.overlaySize())
}

// overlaySize is the size overlays get: the body between header and footer,
// as a WindowSizeMsg so components size themselves as they always do.
func (m *Model) overlaySize() tea.WindowSizeMsg {
	return tea.WindowSizeMsg{Width: m.layout.body.w, Height: m.layout.body.h}
}

// broadcastToOverlays gives msg (a size or a background colour) to every
// open overlay, not only the top one.
func (m *Model) broadcastToOverlays(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range m.overlays {
		next, cmd := m.overlays[i].update(msg)
		m.overlays[i] = next
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// closeTopOverlay removes the top overlay, if any.
func (m *Model) closeTopOverlay() {
	if len(m.overlays) > 0 {
		m.overlays = withoutTop(m.overlays)
	}
}

// withoutTop is the overlays below the top one, in a slice of their own:
// cut from the same array, the closed overlay stayed reachable past its
// end until another one was opened (a speaker picker holds some 300 KB on
// the 5 MB article). The array is not cleared in place, as a copy of the
// Model may still show the overlay (guard.Update's from before the
// message, which draws the last frame after a panic).
func withoutTop(overlays []overlay) []overlay {
	if len(overlays) <= 1 {
		return nil
	}
	return append([]overlay(nil), overlays[:len(overlays)-1]...)
}

// updateOverlay gives msg to the top overlay and closes it when it is done.
func (m *Model) updateOverlay(msg tea.Msg) tea.Cmd {
	i := len(m.overlays) - 1
	next, cmd := m.overlays[i].update(msg)
	if next.done() {
		m.overlays = withoutTop(m.overlays)
	} else {
		m.overlays[i] = next
	}
	return cmd
}

// placeOverlay centres the overlay in the body, cut to fit.
func placeOverlay(s string, w, h int) []string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "")
	}
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
	return strings.Split(placed, "\n")
}

// helpOverlay is the full key help (`?`) with the legend of source colours.
// On a terminal too short for all of it, it scrolls (j/k, pgdown/pgup) and
// says so, so no binding is ever out of reach.
type helpOverlay struct {
	groups [][]key.Binding
	keys   helpOverlayKeys
	closed bool
	w, h   int // the body size, from the last tea.WindowSizeMsg
	offset int // first content line shown when the help does not fit
	// measure lays the help out to count its lines; only whether colour is
	// off matters (it drops the legend), so it is fixed when the help opens.
	measure *theme
	// lines is the count of content lines at width w. It changes only with
	// w, so it is counted on a resize rather than laid out again on every
	// key and, through ShortHelp, every frame.
	lines int
}

type helpOverlayKeys struct {
	Down, Up, PageDown, PageUp key.Binding
	Close                      key.Binding
	Quit                       key.Binding
}

// newHelpOverlay opens the help on groups. The reader's page keys
// (navKeys) page it too. Its lines are counted when it gets its size
// (pushOverlay sends it at once), not here at no width as well.
func newHelpOverlay(t *theme, groups [][]key.Binding) *helpOverlay {
	return &helpOverlay{groups: groups, measure: t, keys: helpOverlayKeys{
		Down:     key.NewBinding(key.WithKeys("j", "down", "J"), key.WithHelp("j/k", "scroll")),
		Up:       key.NewBinding(key.WithKeys("k", "up", "K")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "space", "ctrl+f")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u", "b", "ctrl+b")),
		Close:    key.NewBinding(key.WithKeys("esc", "?"), key.WithHelp("esc/?", "close help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}}
}

func (o *helpOverlay) countLines() { o.lines = len(o.contentLines(o.measure, o.w)) }

func (o *helpOverlay) update(msg tea.Msg) (overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		o.w, o.h = msg.Width, msg.Height
		o.countLines()
	case tea.KeyPressMsg:
		page := max(o.visibleLines()-1, 1)
		switch {
		case key.Matches(msg, o.keys.Close):
			o.closed = true
		case key.Matches(msg, o.keys.Quit):
			return o, tea.Quit
		case key.Matches(msg, o.keys.Down):
			o.offset++
		case key.Matches(msg, o.keys.Up):
			o.offset--
		case key.Matches(msg, o.keys.PageDown):
			o.offset += page
		case key.Matches(msg, o.keys.PageUp):
			o.offset -= page
		}
	}
	o.offset = max(min(o.offset, o.maxOffset()), 0)
	return o, nil
}

func (o *helpOverlay) done() bool { return o.closed }

func (o *helpOverlay) ShortHelp() []key.Binding {
	if o.maxOffset() > 0 {
		return []key.Binding{o.keys.Down, o.keys.Close, o.keys.Quit}
	}
	return []key.Binding{o.keys.Close, o.keys.Quit}
}

func (o *helpOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// visibleLines is how many content lines fit inside the border.
func (o *helpOverlay) visibleLines() int { return max(o.h-2, 1) }

// maxOffset is the furthest the help can scroll: 0 when it all fits. The
// last visible line is kept for the "more" marker when it does not.
func (o *helpOverlay) maxOffset() int {
	if o.lines <= o.visibleLines() {
		return 0
	}
	return o.lines - max(o.visibleLines()-1, 1)
}

func (o *helpOverlay) contentLines(t *theme, w int) []string {
	inner := max(w-4, 1) // border and padding
	var b strings.Builder
	b.WriteString(t.paneTitle.Render("Keys") + "\n\n")
	b.WriteString(helpColumns(t, o.groups, inner))
	if !t.noColor {
		b.WriteString("\n\n" + t.paneTitle.Render("Claims are coloured by their strongest source") + "\n")
		var items []string
		for _, k := range legendOrder {
			items = append(items, t.legend[k].Render("■ "+kindLabel(k)))
		}
		b.WriteString(flowItems(items, inner, "  "))
	}
	return strings.Split(b.String(), "\n")
}

func (o *helpOverlay) view(t *theme, w, h int) string {
	lines := o.contentLines(t, w)
	if avail := max(h-2, 1); len(lines) > avail {
		shown := max(avail-1, 1)
		off := max(min(o.offset, len(lines)-shown), 0)
		more := "⋯ more: j/k"
		if off+shown >= len(lines) {
			more = "⋯ end: k scrolls back"
		}
		// The box keeps the width of the whole help, so it does not jump
		// about as it scrolls.
		width := 0
		for _, l := range lines {
			width = max(width, ansi.StringWidth(l))
		}
		lines = append(lines[off:off+shown:off+shown], t.paneTitle.Render(more))
		for i, l := range lines {
			lines[i] = l + strings.Repeat(" ", max(width-ansi.StringWidth(l), 0))
		}
	}
	return t.overlay.Render(strings.Join(lines, "\n"))
}

// helpColumns lays the key groups out side by side, in as many columns as
// the width allows (all, half, or one), so no binding is ever left out.
func helpColumns(t *theme, groups [][]key.Binding, width int) string {
	blocks := make([]string, len(groups))
	for i, g := range groups {
		var lines []string
		keyW := 0
		for _, b := range g {
			keyW = max(keyW, ansi.StringWidth(b.Help().Key))
		}
		for _, b := range g {
			if !b.Enabled() && b.Help().Key == "" {
				continue
			}
			k := b.Help().Key
			lines = append(lines, t.help.FullKey.Render(k+strings.Repeat(" ", keyW-ansi.StringWidth(k)))+" "+t.help.FullDesc.Render(b.Help().Desc))
		}
		blocks[i] = strings.Join(lines, "\n")
	}
	for perRow := len(blocks); perRow > 1; perRow = (perRow + 1) / 2 {
		if s, ok := gridOf(blocks, perRow, width); ok {
			return s
		}
	}
	return strings.Join(blocks, "\n\n")
}

// gridOf joins blocks perRow to a row; ok is false when a row is too wide.
func gridOf(blocks []string, perRow, width int) (string, bool) {
	var rows []string
	for i := 0; i < len(blocks); i += perRow {
		var row []string
		for j, b := range blocks[i:min(i+perRow, len(blocks))] {
			if j > 0 {
				b = lipgloss.NewStyle().PaddingLeft(3).Render(b)
			}
			row = append(row, b)
		}
		r := lipgloss.JoinHorizontal(lipgloss.Top, row...)
		if lipgloss.Width(r) > width {
			return "", false
		}
		rows = append(rows, r)
	}
	return strings.Join(rows, "\n\n"), true
}

// flowItems joins items with sep, breaking lines so none exceeds width.
func flowItems(items []string, width int, sep string) string {
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case ansi.StringWidth(line+sep+it) <= width:
			line += sep + it
		default:
			lines = append(lines, line)
			line = it
		}
	}
	return strings.Join(append(lines, line), "\n")
}
