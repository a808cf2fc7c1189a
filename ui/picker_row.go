package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// currentMark marks the speakers of the filter applied when the picker
// opened.
const currentMark = "●"

// pickerDelegate draws one picker row:
//
//	› ✓ Morgan Lerette · person · Former US Army Captain     2 claims
//
// a cursor, a mark (✓ chosen with tab, ● in the filter applied now), the name
// in its kind's colour with the letters the search matched underlined, kind
// and role, and the claim count at the right edge.
type pickerDelegate struct {
	th      *theme
	chosen  map[int]bool
	current map[int]bool
}

func (d pickerDelegate) Height() int                         { return 1 }
func (d pickerDelegate) Spacing() int                        { return 0 }
func (d pickerDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d pickerDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	e, ok := item.(pickerEntry)
	if !ok {
		return
	}
	width := m.Width()
	if e.heading() {
		fmt.Fprint(w, ansi.Truncate(d.th.muted.Bold(true).Render(e.name), width, "…"))
		return
	}
	selected := index == m.Index()
	cursor, mark := "  ", "  "
	if selected {
		cursor = d.th.paneTitle.Render("›") + " "
	}
	switch {
	case d.chosen[e.speaker]:
		mark = d.th.paneTitle.Render("✓") + " "
	case d.current[e.speaker]:
		mark = d.th.muted.Render(currentMark) + " "
	}
	count := d.th.muted.Render(claimCount(e.claims))

	nameStyle := d.th.legend[e.kind]
	if selected {
		nameStyle = nameStyle.Bold(true)
		if d.th.noColor {
			nameStyle = nameStyle.Reverse(true)
		}
	}
	text := underlineMatches(e.name, m.MatchesForItem(index), nameStyle)
	if detail := entryDetail(e); detail != "" {
		text += d.th.muted.Render(" · " + detail)
	}

	room := width - 4 - lipgloss.Width(count) - 1
	if room < 1 {
		fmt.Fprint(w, ansi.Truncate(cursor+mark+text, width, "…"))
		return
	}
	text = ansi.Truncate(text, room, "…")
	gap := strings.Repeat(" ", room-lipgloss.Width(text)+1)
	fmt.Fprint(w, cursor+mark+text+gap+count)
}

// entryDetail is the kind and role shown after a speaker's name.
func entryDetail(e pickerEntry) string {
	if e.speaker == entryUnattributed {
		return ""
	}
	parts := []string{model.KindLabel(e.kind)}
	if e.role != "" {
		parts = append(parts, e.role)
	}
	return strings.Join(parts, " · ")
}

func claimCount(n int) string {
	if n == 1 {
		return "1 claim"
	}
	return fmt.Sprintf("%d claims", n)
}

// underlineMatches styles name, underlining the runes the fuzzy search
// matched. matches are byte offsets into the entry's search text, which
// starts with the name; offsets past the name (in an alias) are ignored.
func underlineMatches(name string, matches []int, style lipgloss.Style) string {
	if len(matches) == 0 {
		return style.Render(name)
	}
	hit := make(map[int]bool, len(matches))
	for _, b := range matches {
		hit[b] = true
	}
	var out strings.Builder
	var run strings.Builder
	runHit := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		st := style
		if runHit {
			st = st.Underline(true)
		}
		out.WriteString(st.Render(run.String()))
		run.Reset()
	}
	for b, r := range name {
		if hit[b] != runHit {
			flush()
			runHit = hit[b]
		}
		run.WriteRune(r)
	}
	flush()
	return out.String()
}
