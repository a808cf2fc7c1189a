package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// kindGlyphs draw the overview's bars and strip. Their density follows the
// strength of the source, so the chart still reads without colour: solid for
// a named person, light shade for the article's own voice.
var kindGlyphs = map[model.Kind]string{
	model.KindPerson:       "█",
	model.KindOrganization: "▓",
	model.KindDocument:     "▓",
	model.KindAnonymous:    "▒",
	model.KindGroup:        "▒",
	"":                     "░",
}

const (
	stripLabel     = "By paragraph "
	barLabelWidth  = 12 // the longest KindLabel: "named person", "organization"
	maxBarWidth    = 48 // wider bars read no better and push the numbers away
	minSpeakerRows = 1  // with one row the list still scrolls to the cursor
	maxRowWidth    = 72 // keeps a speaker's claim count near the name on wide screens
)

// View draws the overview in exactly its size: sections are dropped, least
// useful first, when the height is short, and every line is cut to the width.
// The frame is cached until the cursor, size or colours change, because the
// host redraws on every message.
func (o Overview) View() string {
	if o.width <= 0 || o.height <= 0 {
		return ""
	}
	key := overviewViewKey{o.cursor, o.width, o.height, o.hideHelp, o.th, o.partial}
	if o.cache != nil && o.cache.key == key {
		return o.cache.view
	}
	width, height := o.inner()
	lines := clipLines(o.layout(width, height), width, height)
	view := strings.Join(lines, "\n")
	if o.framed() {
		view = o.frame.draw(lines, o.height)
	}
	if o.cache != nil {
		o.cache.key, o.cache.view = key, view
	}
	return view
}

// overviewViewKey is everything the overview's frame depends on besides the
// article, which never changes.
type overviewViewKey struct {
	cursor, width, height int
	hideHelp              bool
	th                    *theme
	partial               string
}

type overviewViewCache struct {
	key  overviewViewKey
	view string

	// rows holds lines already drawn, for the width and theme named, so a
	// cursor move redraws only the two rows whose selection changed.
	rows      map[overviewRowKey]string
	rowsWidth int
	rowsTheme *theme
}

// overviewRowKey names one line of the overview: a section, the row in it,
// and whether the cursor is on it.
type overviewRowKey struct {
	section  string
	row      int
	selected bool
}

// memo returns the line named by k, drawing it only the first time for the
// overview's current width and theme.
func (o Overview) memo(k overviewRowKey, draw func() string) string {
	c := o.cache
	if c == nil {
		return draw()
	}
	if c.rows == nil || c.rowsWidth != o.width || c.rowsTheme != o.th {
		c.rows, c.rowsWidth, c.rowsTheme = map[overviewRowKey]string{}, o.width, o.th
	}
	if line, ok := c.rows[k]; ok {
		return line
	}
	line := draw()
	c.rows[k] = line
	return line
}

// layout chooses the lines for a width×height box. The title, the bars, the
// counts and the strip come first; the help line next; the speakers take
// what is left; blank lines separate the sections when there is room.
func (o Overview) layout(width, height int) []string {
	bars := o.barLines(width)
	fixed := 1 + len(bars) + 2 // title, bars, counts, strip
	if o.partial != "" {
		fixed++ // the note under the title
	}
	withHelp := height >= fixed+1 && !o.hideHelp
	rest := height - fixed
	if withHelp {
		rest--
	}
	speakerRows := min(len(o.ranked), max(rest-1, 0)) // one line for the header
	if speakerRows < min(minSpeakerRows, len(o.ranked)) {
		speakerRows = 0
	}
	used := fixed + speakerRows
	if speakerRows > 0 {
		used++
	}
	if withHelp {
		used++
	}
	blanks := height - used // at most three: after the title, the strip, the counts

	var lines []string
	add := func(l ...string) { lines = append(lines, l...) }
	blank := func() {
		if blanks > 0 {
			add("")
			blanks--
		}
	}
	add(o.memo(overviewRowKey{section: "title"}, o.titleLine))
	if o.partial != "" {
		add(o.th.status.Render(o.partial))
	}
	blank()
	add(bars...)
	add(o.memo(overviewRowKey{section: "strip"}, func() string { return o.stripLine(width) }))
	blank()
	add(o.memo(overviewRowKey{section: "counts"}, o.countsLine))
	if speakerRows > 0 {
		blank()
		add(o.speakerLines(width, speakerRows)...)
	}
	if withHelp {
		for len(lines) < height-1 {
			add("")
		}
		add(o.memo(overviewRowKey{section: "help"}, func() string { return o.help.View(o.keys) }))
	}
	return lines
}

func (o Overview) titleLine() string {
	t := o.th.paneTitle.Render("Sourcing overview") +
		o.th.muted.Render(fmt.Sprintf(" · %s in %d paragraphs", claimCount(o.summary.Claims), len(o.article.Paragraphs)))
	if o.current.Active() {
		t += o.th.muted.Render(" · filter: ") + o.th.filter.Render(o.current.Label(o.article))
	}
	return t
}

// barLines are the claims by kind, one bar per kind in model.SummaryKinds
// order, so they add up to every claim.
func (o Overview) barLines(width int) []string {
	total := o.summary.Claims
	countWidth := len(fmt.Sprint(total))
	// cursor(2) label space bar space count space percent(4)
	room := width - 2 - barLabelWidth - 1 - 1 - countWidth
	showPercent := room-5 >= 8
	if showPercent {
		room -= 5
	}
	barWidth := min(max(room, 0), maxBarWidth)

	lines := make([]string, 0, len(model.SummaryKinds))
	for i, k := range model.SummaryKinds {
		selected := o.selectedKind(k)
		lines = append(lines, o.memo(overviewRowKey{"bar", i, selected}, func() string {
			return o.barLine(k, selected, barWidth, countWidth, showPercent)
		}))
	}
	return lines
}

// barLine is one kind's bar: label, bar scaled to barWidth, count and share.
func (o Overview) barLine(k model.Kind, selected bool, barWidth, countWidth int, showPercent bool) string {
	total := o.summary.Claims
	n := o.summary.ByKind[k]
	label := fmt.Sprintf("%-*s", barLabelWidth, model.KindLabel(k))
	labelStyle := o.th.title
	if n == 0 {
		labelStyle = o.th.muted
	}
	cursor := "  "
	if selected {
		cursor = o.th.paneTitle.Render("›") + " "
		labelStyle = labelStyle.Bold(true)
		if o.th.noColor {
			labelStyle = labelStyle.Reverse(true)
		}
	}
	cells := 0
	if total > 0 {
		cells = (n*barWidth + total/2) / total
		if n > 0 && cells == 0 {
			cells = 1 // a kind that exists never vanishes from the chart
		}
		cells = min(cells, barWidth)
	}
	bar := o.th.legend[k].Render(strings.Repeat(kindGlyphs[k], cells)) + strings.Repeat(" ", barWidth-cells)
	line := cursor + labelStyle.Render(label) + " " + bar + " " + fmt.Sprintf("%*d", countWidth, n)
	if showPercent {
		line += o.th.muted.Render(fmt.Sprintf(" %3d%%", percent(n, total)))
	}
	return line
}

func percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

func (o Overview) selectedKind(k model.Kind) bool {
	if o.cursor >= len(o.choices) {
		return false
	}
	c := o.choices[o.cursor]
	return c.isKind && c.kind == k
}

// stripWidth is the room the strip has after its label.
func (o Overview) stripWidth() int {
	width, _ := o.inner()
	if width >= 3*len(stripLabel) {
		return width - len(stripLabel)
	}
	return width
}

func (o Overview) stripLine(width int) string {
	if width >= 3*len(stripLabel) {
		return o.th.muted.Render(stripLabel) + o.strip
	}
	return o.strip
}

// drawStrip draws the paragraphs in width cells, coloured and shaded by the
// sourcing of their claims, in the finest detail that fits: a cell per claim
// with a gap between paragraphs; else a cell per paragraph, in the kind most
// of its claims count under; else a cell per run of paragraphs.
func (o Overview) drawStrip(width int) string {
	if width <= 0 || o.th == nil {
		return ""
	}
	a := o.article
	withClaims := 0
	for _, p := range a.Paragraphs {
		if len(p.Claims) > 0 {
			withClaims++
		}
	}
	var b strings.Builder
	if withClaims > 0 && len(a.Claims)+withClaims-1 <= width {
		first := true
		for _, p := range a.Paragraphs {
			if len(p.Claims) == 0 {
				continue
			}
			if !first {
				b.WriteString(" ")
			}
			first = false
			for _, ci := range p.Claims {
				b.WriteString(o.cell(o.claimKinds[ci], true))
			}
		}
		return b.String()
	}
	per := max((len(a.Paragraphs)+width-1)/width, 1)
	byKind := map[model.Kind]int{} // reused: one map for the whole strip
	for start := 0; start < len(a.Paragraphs); start += per {
		clear(byKind)
		claims := 0
		for _, p := range a.Paragraphs[start:min(start+per, len(a.Paragraphs))] {
			for _, ci := range p.Claims {
				byKind[o.claimKinds[ci]]++
			}
			claims += len(p.Claims)
		}
		s := model.Summary{Claims: claims, ByKind: byKind}
		b.WriteString(o.cell(s.Dominant(), claims > 0))
	}
	return b.String()
}

// cell is one strip cell: the kind's glyph in its colour, or a dot for
// paragraphs without claims.
func (o Overview) cell(k model.Kind, hasClaims bool) string {
	if !hasClaims {
		return o.th.muted.Render("·")
	}
	return o.th.legend[k].Render(kindGlyphs[k])
}

func (o Overview) countsLine() string {
	n := o.summary.Claims
	return fmt.Sprintf("%s %s %s  %s %s %s",
		o.th.title.Render("Hedged"), o.th.position.Render(fmt.Sprint(o.summary.Hedged)), o.th.muted.Render(fmt.Sprintf("of %d", n)),
		o.th.title.Render("Check-worthy"), o.th.position.Render(fmt.Sprint(o.summary.CheckWorthy)), o.th.muted.Render(fmt.Sprintf("of %d", n)))
}

// speakerLines are the header and rows of speakers ranked by claims,
// scrolled so the cursor's speaker is on screen.
func (o Overview) speakerLines(width, rows int) []string {
	width = min(width, maxRowWidth)
	lines := []string{o.th.muted.Bold(true).Render("Speakers by claims")}
	selected := -1
	if o.cursor < len(o.choices) && !o.choices[o.cursor].isKind {
		selected = o.cursor - (len(o.choices) - len(o.ranked))
	}
	top := max(selected-rows+1, 0)
	countWidth := 0
	if len(o.ranked) > 0 {
		countWidth = len(claimCount(len(o.article.Speakers[o.ranked[0]].Claims)))
	}
	for r := top; r < min(top+rows, len(o.ranked)); r++ {
		lines = append(lines, o.memo(overviewRowKey{"speaker", r, r == selected}, func() string {
			return o.speakerLine(r, r == selected, width, countWidth)
		}))
	}
	return lines
}

// speakerLine is the row of the speaker ranked r: name in its kind's colour,
// kind, and claim count at the right.
func (o Overview) speakerLine(r int, selected bool, width, countWidth int) string {
	s := o.article.Speakers[o.ranked[r]]
	cursor := "  "
	nameStyle := o.th.legend[s.Kind]
	if selected {
		cursor = o.th.paneTitle.Render("›") + " "
		nameStyle = nameStyle.Bold(true)
		if o.th.noColor {
			nameStyle = nameStyle.Reverse(true)
		}
	}
	count := o.th.muted.Render(fmt.Sprintf("%*s", countWidth, claimCount(len(s.Claims))))
	name := nameStyle.Render(s.Name) + o.th.muted.Render(" · "+model.KindLabel(s.Kind))
	room := width - 2 - countWidth - 1
	if room < 4 {
		return cursor + name
	}
	name = ansi.Truncate(name, room, "…")
	return cursor + name + strings.Repeat(" ", room-lipgloss.Width(name)+1) + count
}
