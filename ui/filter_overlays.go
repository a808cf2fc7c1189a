package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// The picker and the overview are standalone models; these adapters put
// them on the reader's overlay stack. They never report done: the picker and
// the overview close by sending FilterChosenMsg, PickerClosedMsg or
// OverviewClosedMsg, which the root model handles.

// Largest overlay sizes: big enough for long names and the bars, small
// enough to leave the article visible around them on a large terminal. Within
// them each overlay takes no more height than its content needs.
const (
	pickerMaxWidth, pickerMaxHeight     = 84, 28
	overviewMaxWidth, overviewMaxHeight = 96, 36
)

// pickerOverlay is the speaker picker (`f`) on the overlay stack.
type pickerOverlay struct {
	picker      Picker
	builtClaims int // claims in the snapshot the picker was built from (see refresh)
}

func newPickerOverlay(a *model.Article, current model.Filter, t *theme) *pickerOverlay {
	p := NewPicker(a, current, t.dark)
	p.SetColors(t.dark, t.noColor)
	return &pickerOverlay{picker: p, builtClaims: len(a.Claims)}
}

func (o *pickerOverlay) update(msg tea.Msg) (overlay, tea.Cmd) {
	if u, ok := msg.(articleUpdateMsg); ok {
		o.refresh(u) // filter_keys.go
		return o, nil
	}
	var cmd tea.Cmd
	o.picker, cmd = o.picker.Update(msg)
	return o, cmd
}

func (o *pickerOverlay) done() bool { return false }

// view fits the picker to the body and to the reader's theme (background,
// NO_COLOR), which may have changed since it opened.
func (o *pickerOverlay) view(t *theme, w, h int) string {
	if o.picker.th.dark != t.dark || o.picker.th.noColor != t.noColor {
		o.picker.SetColors(t.dark, t.noColor)
	}
	if w, h := min(w, pickerMaxWidth), min(h, pickerMaxHeight, o.picker.PreferredHeight()); w != o.picker.width || h != o.picker.height {
		o.picker.SetSize(w, h)
	}
	return o.picker.View()
}

func (o *pickerOverlay) ShortHelp() []key.Binding  { return o.picker.ShortHelp() }
func (o *pickerOverlay) FullHelp() [][]key.Binding { return o.picker.FullHelp() }

// overviewOverlay is the sourcing overview (`o`) on the overlay stack.
type overviewOverlay struct {
	overview    Overview
	builtClaims int // claims in the snapshot the overview was built from (see refresh)
}

func newOverviewOverlay(a *model.Article, current model.Filter, t *theme) *overviewOverlay {
	ov := NewOverview(a, current, t.dark)
	ov.SetColors(t.dark, t.noColor)
	return &overviewOverlay{overview: ov, builtClaims: len(a.Claims)}
}

func (o *overviewOverlay) update(msg tea.Msg) (overlay, tea.Cmd) {
	if u, ok := msg.(articleUpdateMsg); ok {
		o.refresh(u) // filter_keys.go
		return o, nil
	}
	var cmd tea.Cmd
	o.overview, cmd = o.overview.Update(msg)
	return o, cmd
}

func (o *overviewOverlay) done() bool { return false }

// view fits the overview to the body and theme; the paragraph strip is only
// redrawn when one of them changes.
func (o *overviewOverlay) view(t *theme, w, h int) string {
	if o.overview.th.dark != t.dark || o.overview.th.noColor != t.noColor {
		o.overview.SetColors(t.dark, t.noColor)
	}
	if w, h := min(w, overviewMaxWidth), min(h, overviewMaxHeight, o.overview.PreferredHeight()); w != o.overview.width || h != o.overview.height {
		o.overview.SetSize(w, h)
	}
	return o.overview.View()
}

func (o *overviewOverlay) ShortHelp() []key.Binding  { return o.overview.ShortHelp() }
func (o *overviewOverlay) FullHelp() [][]key.Binding { return o.overview.FullHelp() }
