package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// The reader's side of filtering: `f` opens the speaker picker, `o` the
// sourcing overview, both over the article. They apply a filter by sending
// FilterChosenMsg (handled in Update); esc outside any overlay clears the
// filter (back). With a filter active every movement goes through the
// navigator, so it only lands on matching claims; a mouse click on a claim
// outside the filter (drawn dimmed) does not select it, as the filter
// promises the current claim is always a matching one; the footer says why.

// outsideFilterStatus answers a click on a claim outside the filter.
const outsideFilterStatus = "that claim is outside the filter (esc clears it)"

// openPicker opens the speaker picker (f).
func (m *Model) openPicker() tea.Cmd {
	o := newPickerOverlay(m.art, m.filter, m.theme)
	o.pane.SetShowHelp(false) // the footer shows its keys
	o.pane.SetPartial(partialNote(m.done, m.progress, "list is"))
	return m.pushOverlay(o)
}

// openOverview opens the sourcing overview (o).
func (m *Model) openOverview() tea.Cmd {
	o := newOverviewOverlay(m.art, m.filter, m.theme)
	o.pane.SetShowHelp(false) // the footer shows its keys
	o.pane.SetPartial(partialNote(m.done, m.progress, "counts are"))
	return m.pushOverlay(o)
}

// partialNote is the line the picker and the overview show while the article
// is still being analysed: what they list is only what has been analysed so
// far. It is "" once the analysis is done.
func partialNote(done bool, progress float64, what string) string {
	if done {
		return ""
	}
	pct := int(min(max(progress, 0), 1) * 100)
	return fmt.Sprintf("analysing… %d%% — %s partial", pct, what)
}

// articleUpdateMsg tells the open overlays that the reader has a newer
// snapshot of the article, so the picker and the overview list it (and drop
// their partial note once the analysis is done).
type articleUpdateMsg struct {
	art      *model.Article
	filter   model.Filter // the reader's filter, unchanged while an overlay is open
	done     bool
	progress float64
}

// articleChanged runs after the reader took a newer snapshot: a kind filter
// learns the kinds of speakers found since, and the open overlays are
// brought up to date.
func (m *Model) articleChanged() tea.Cmd {
	if len(m.filter.Kinds) > 0 {
		m.filter = refreshKindFilter(m.art, m.filter)
		m.nav = newNavigator(m.art, m.filter)
	}
	if len(m.overlays) == 0 {
		return nil
	}
	return m.broadcastToOverlays(articleUpdateMsg{art: m.art, filter: m.filter, done: m.done, progress: m.progress})
}

// refreshKindFilter rebuilds a filter holding source kinds for a newer
// snapshot: KindFilter copies each speaker's kind, and speakers found later
// in the article (or given a kind later) would otherwise be missed.
func refreshKindFilter(a *model.Article, f model.Filter) model.Filter {
	kinds := f.Kinds
	if f.Unattributed {
		kinds = append(kinds[:len(kinds):len(kinds)], "")
	}
	out := model.KindFilter(a, kinds...)
	out.Speakers = f.Speakers
	return out
}

// rebuildGrowth is how much the article must have grown since the picker or
// the overview was last built before a new snapshot rebuilds it: a tenth.
// Rebuilding costs about as much as opening (milliseconds on a huge
// article), and snapshots come every few milliseconds, so rebuilding on
// each would slow the analysis and the keys; growing geometrically, the
// rebuilds cost about ten openings over a whole analysis. In between, only
// the partial note's percentage moves; the last snapshot always rebuilds.
const rebuildGrowth = 1.1

// stale reports whether a snapshot with claims claims, done or not, calls
// for a rebuild of something built from built claims.
func stale(built, claims int, done bool) bool {
	return done || float64(claims) >= float64(built)*rebuildGrowth
}

// follow takes in a newer snapshot: the partial note always, with rebuild
// the list too, keeping what the user typed, the speakers they toggled and
// the highlighted row.
func (old Picker) follow(u articleUpdateMsg, rebuild bool) Picker {
	if !rebuild {
		old.SetPartial(partialNote(u.done, u.progress, "list is"))
		return old
	}
	p := NewPicker(u.art, u.filter, old.th.dark)
	p.SetColors(old.th.dark, old.th.noColor)
	for k := range old.chosen {
		p.chosen[k] = true // speaker indices are stable: snapshots only append
	}
	p.hideHelp = old.hideHelp
	p.partial = partialNote(u.done, u.progress, "list is")
	p.SetSize(old.width, old.height)
	if q := old.list.FilterValue(); q != "" {
		p.list.FilterInput.SetValue(q)
		p.refilter()
	}
	// The highlighted speaker stays highlighted, so enter or tab pressed as
	// a snapshot arrives acts on the row the user was looking at. A cursor
	// still on the first row stays there, on whoever now comes first.
	if e, ok := old.highlighted(); ok && !old.onFirstRow() {
		for i, it := range p.list.VisibleItems() {
			if it.(pickerEntry).speaker == e.speaker {
				p.list.Select(i)
				break
			}
		}
	}
	return p
}

// follow takes in a newer snapshot like the picker's, keeping the cursor
// on the same bar or speaker.
func (old Overview) follow(u articleUpdateMsg, rebuild bool) Overview {
	if !rebuild {
		old.SetPartial(partialNote(u.done, u.progress, "counts are"))
		return old
	}
	ov := NewOverview(u.art, u.filter, old.th.dark)
	ov.SetColors(old.th.dark, old.th.noColor)
	ov.hideHelp = old.hideHelp
	ov.partial = partialNote(u.done, u.progress, "counts are")
	ov.SetSize(old.width, old.height)
	if old.cursor < len(old.choices) {
		for i, c := range ov.choices {
			if c == old.choices[old.cursor] {
				ov.cursor = i
				break
			}
		}
	}
	return ov
}

// onFirstRow reports whether the cursor is on the first speaker row, where
// the picker opens and where typing puts it.
func (p Picker) onFirstRow() bool {
	for i, it := range p.list.VisibleItems() {
		if !it.(pickerEntry).heading() {
			return p.list.Index() == i
		}
	}
	return true
}
