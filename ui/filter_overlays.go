package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// The picker and the overview are standalone models; one adapter puts
// either on the reader's overlay stack. It never reports done: the picker
// and the overview close by sending FilterChosenMsg, PickerClosedMsg or
// OverviewClosedMsg, which the root model handles.

// Largest overlay sizes: big enough for long names and the bars, small
// enough to leave the article visible around them on a large terminal. Within
// them each overlay takes no more height than its content needs.
const (
	pickerMaxWidth, pickerMaxHeight     = 84, 28
	overviewMaxWidth, overviewMaxHeight = 96, 36
)

// filterPane is what the adapter needs of the picker or the overview: a
// value model T whose setters take a pointer.
type filterPane[T any] interface {
	*T
	Update(tea.Msg) (T, tea.Cmd)
	View() string
	SetColors(isDark, noColor bool)
	SetSize(width, height int)
	PreferredHeight() int
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	colors() (isDark, noColor bool)
	size() (width, height int)
	// follow takes in a newer snapshot: only its progress, or, with
	// rebuild, its speakers and counts too (see rebuildGrowth).
	follow(u articleUpdateMsg, rebuild bool) T
}

// filterOverlay is the picker or the overview on the overlay stack, never
// larger than maxWidth×maxHeight.
type filterOverlay[T any, P filterPane[T]] struct {
	pane                T
	builtClaims         int // claims in the snapshot the pane was built from (see refresh)
	maxWidth, maxHeight int
}

// pickerOverlay is the speaker picker (`f`); overviewOverlay is the
// sourcing overview (`o`).
type (
	pickerOverlay   = filterOverlay[Picker, *Picker]
	overviewOverlay = filterOverlay[Overview, *Overview]
)

func newPickerOverlay(a *model.Article, current model.Filter, t *theme) *pickerOverlay {
	return newFilterOverlay[Picker](NewPicker(a, current, t.dark), len(a.Claims), t, pickerMaxWidth, pickerMaxHeight)
}

func newOverviewOverlay(a *model.Article, current model.Filter, t *theme) *overviewOverlay {
	return newFilterOverlay[Overview](NewOverview(a, current, t.dark), len(a.Claims), t, overviewMaxWidth, overviewMaxHeight)
}

func newFilterOverlay[T any, P filterPane[T]](pane T, claims int, t *theme, maxWidth, maxHeight int) *filterOverlay[T, P] {
	P(&pane).SetColors(t.dark, t.noColor)
	return &filterOverlay[T, P]{pane: pane, builtClaims: claims, maxWidth: maxWidth, maxHeight: maxHeight}
}

func (o *filterOverlay[T, P]) update(msg tea.Msg) (overlay, tea.Cmd) {
	if u, ok := msg.(articleUpdateMsg); ok {
		o.refresh(u)
		return o, nil
	}
	var cmd tea.Cmd
	o.pane, cmd = P(&o.pane).Update(msg)
	return o, cmd
}

// refresh follows a newer snapshot: the partial note always, the speakers
// and counts only when the article has grown enough (see rebuildGrowth).
func (o *filterOverlay[T, P]) refresh(u articleUpdateMsg) {
	rebuild := stale(o.builtClaims, len(u.art.Claims), u.done) // filter_keys.go
	if rebuild {
		o.builtClaims = len(u.art.Claims)
	}
	o.pane = P(&o.pane).follow(u, rebuild)
}

func (o *filterOverlay[T, P]) done() bool { return false }

// view fits the pane to the body and to the reader's theme (background,
// NO_COLOR), which may have changed since it opened. Both are applied only
// when they change: restyling and resizing redraw the overview's strip.
func (o *filterOverlay[T, P]) view(t *theme, w, h int) string {
	p := P(&o.pane)
	if dark, noColor := p.colors(); dark != t.dark || noColor != t.noColor {
		p.SetColors(t.dark, t.noColor)
	}
	w, h = min(w, o.maxWidth), min(h, o.maxHeight, p.PreferredHeight())
	if oldW, oldH := p.size(); w != oldW || h != oldH {
		p.SetSize(w, h)
	}
	return p.View()
}

func (o *filterOverlay[T, P]) ShortHelp() []key.Binding  { return P(&o.pane).ShortHelp() }
func (o *filterOverlay[T, P]) FullHelp() [][]key.Binding { return P(&o.pane).FullHelp() }
