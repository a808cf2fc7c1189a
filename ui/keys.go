package ui

import "charm.land/bubbles/v2/key"

// readerKeys are the keys that work everywhere outside an overlay or the
// search input.
type readerKeys struct {
	Quit              key.Binding
	Help              key.Binding
	Back              key.Binding
	ToggleNotes       key.Binding
	ToggleAttribution key.Binding
	ScrollPanesDown   key.Binding
	ScrollPanesUp     key.Binding
	FilterSpeakers    key.Binding // the speaker picker (filter_keys.go)
	Overview          key.Binding // the sourcing overview (filter_keys.go)
	EditNote          key.Binding // the note editor (notes_actions.go)
	CycleVerdict      key.Binding
	Export            key.Binding
}

func newReaderKeys() readerKeys {
	return readerKeys{
		Quit:              key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:              key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:              key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		ToggleNotes:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "source notes")),
		ToggleAttribution: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "attribution")),
		ScrollPanesDown:   key.NewBinding(key.WithKeys("J"), key.WithHelp("J", "scroll panes down")),
		ScrollPanesUp:     key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "scroll panes up")),
		FilterSpeakers:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter by speaker")),
		Overview:          key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sourcing overview")),
		EditNote:          key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "note on the claim")),
		CycleVerdict:      key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "verdict")),
		Export:            key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export markdown")),
	}
}

// navKeys move the current claim. Every one of them goes through the
// navigator, so they only ever land on claims the filter lets through.
type navKeys struct {
	Next     key.Binding
	Prev     key.Binding
	NextPara key.Binding
	PrevPara key.Binding
	First    key.Binding
	Last     key.Binding
	PageDown key.Binding
	PageUp   key.Binding
	HalfDown key.Binding
	HalfUp   key.Binding
}

func newNavKeys() navKeys {
	return navKeys{
		Next:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "next claim")),
		Prev:     key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "previous claim")),
		NextPara: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next paragraph")),
		PrevPara: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "paragraph start / previous")),
		First:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first claim")),
		Last:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last claim")),
		// space and b as in less, ctrl+f and ctrl+b as in vim and less;
		// the help overlay pages with space too.
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "ctrl+f"), key.WithHelp("pgdn/space", "a screen down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b", "ctrl+b"), key.WithHelp("pgup/b", "a screen up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half a screen down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half a screen up")),
	}
}

// shortHelp is the footer line: the keys a new reader needs first.
func (m Model) ShortHelp() []key.Binding {
	k, n, s := m.keys, m.navKeys, m.search.keys
	return []key.Binding{
		withHelp(n.Next, "j/k", "claim"),
		withHelp(n.NextPara, "]/[", "paragraph"),
		s.Open, withHelp(s.NextMatch, "n/N", "match"),
		withHelp(k.ToggleNotes, "s", "notes"), k.ToggleAttribution, k.Help, k.Quit,
	}
}

// FullHelp is the help overlay, one column per group. The mouse stands
// with the paging keys: the wheel scrolls as they do, without moving the
// current claim.
func (m Model) FullHelp() [][]key.Binding {
	k, n, s, mouse := m.keys, m.navKeys, m.search.keys, m.mouseKeys
	return [][]key.Binding{
		{n.Next, n.Prev, n.NextPara, n.PrevPara, n.First, n.Last},
		{n.PageDown, n.PageUp, n.HalfDown, n.HalfUp, mouse.Scroll, mouse.Select},
		{s.Open, s.NextMatch, s.PrevMatch, k.FilterSpeakers, k.Overview, k.Back},
		{k.ToggleNotes, k.ToggleAttribution, k.ScrollPanesDown, k.ScrollPanesUp, k.Help, k.Quit},
		{k.EditNote, k.CycleVerdict, k.Export},
	}
}

// withHelp is b with other help text, for footer entries that stand for a
// pair of keys.
func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
