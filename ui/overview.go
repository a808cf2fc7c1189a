package ui

import (
	"cmp"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// overviewKeyMap is the sourcing overview's keys.
type overviewKeyMap struct {
	Up, Down     key.Binding
	First, Last  key.Binding
	Apply, Close key.Binding
	Quit         key.Binding
}

func newOverviewKeyMap() overviewKeyMap {
	return overviewKeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		First: key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Last:  key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Apply: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filter by it")),
		// "o" opens the overview in the reader, so it also closes it.
		Close: key.NewBinding(key.WithKeys("esc", "o"), key.WithHelp("esc", "close")),
		Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")), // as everywhere but a text field
	}
}

// ShortHelp is the overview's one-line help.
func (k overviewKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Apply, k.Close}
}

// FullHelp is the overview's full help.
func (k overviewKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.First, k.Last}, {k.Apply, k.Close, k.Quit}}
}

// overviewChoice is a row the cursor can rest on: a source kind's bar or a
// speaker.
type overviewChoice struct {
	isKind  bool
	kind    model.Kind // for a bar; "" is the unattributed bar
	speaker int        // for a speaker row: index into Article.Speakers
}

// filter is the filter that choosing the row applies.
func (c overviewChoice) filter(a *model.Article) model.Filter {
	if c.isKind {
		return model.KindFilter(a, c.kind)
	}
	return model.Filter{Speakers: []int{c.speaker}}
}

// Overview is the sourcing overview overlay: claims by source kind as bars,
// the paragraphs as a strip coloured by their sourcing, speakers ranked by
// claims, and the hedged and check-worthy counts. Choosing a bar or a
// speaker sends FilterChosenMsg; esc sends OverviewClosedMsg.
type Overview struct {
	article *model.Article
	current model.Filter
	summary model.Summary
	// claimKinds is each claim's strongest kind, computed once: the strip
	// is redrawn on every resize.
	claimKinds []model.Kind
	ranked     []int            // speaker indices, most claims first
	choices    []overviewChoice // bars with claims, then ranked speakers
	cursor     int              // index into choices
	keys       overviewKeyMap
	help       help.Model
	th         *theme

	width, height int
	strip         string // the paragraph strip drawn for the current width
	hideHelp      bool   // the host shows the overview's keys in its own footer
	partial       string // a note under the title while the article is still being analysed
	frame         overlayFrame
	// cache holds the last frame drawn. It is shared by the copies Update
	// makes, which is safe because its key covers everything View reads.
	cache *overviewViewCache
}

// NewOverview builds the overview of an article, with the cursor on the
// row the current filter corresponds to, if any. It starts at 80×24; call
// SetSize.
func NewOverview(a *model.Article, current model.Filter, isDark bool) Overview {
	o := Overview{article: a, current: current, summary: model.Summarize(a, nil),
		keys: newOverviewKeyMap(), help: help.New(), cache: &overviewViewCache{}}
	o.claimKinds = make([]model.Kind, len(a.Claims))
	for i, c := range a.Claims {
		o.claimKinds[i] = a.StrongestKind(c)
	}
	o.ranked = rankSpeakers(a)
	for _, k := range model.SummaryKinds {
		if o.summary.ByKind[k] > 0 {
			o.choices = append(o.choices, overviewChoice{isKind: true, kind: k})
		}
	}
	for _, si := range o.ranked {
		o.choices = append(o.choices, overviewChoice{speaker: si})
	}
	o.cursor = o.choiceFor(current)
	o.SetColors(isDark, false)
	o.SetSize(80, 24)
	return o
}

// rankSpeakers orders speakers by claim count, the stronger kind of source
// first on a tie, then as the article introduces them.
func rankSpeakers(a *model.Article) []int {
	ranked := make([]int, len(a.Speakers))
	for i := range ranked {
		ranked[i] = i
	}
	slices.SortStableFunc(ranked, func(x, y int) int {
		sx, sy := a.Speakers[x], a.Speakers[y]
		return cmp.Or(len(sy.Claims)-len(sx.Claims), sx.Kind.Strength()-sy.Kind.Strength())
	})
	return ranked
}

// choiceFor is the row matching a filter of one speaker or one kind, or the
// first row.
func (o Overview) choiceFor(f model.Filter) int {
	for i, c := range o.choices {
		switch {
		case c.isKind && c.kind == "" && f.Unattributed && len(f.Speakers) == 0 && len(f.Kinds) == 0,
			c.isKind && c.kind != "" && !f.Unattributed && slices.Equal(f.Kinds, []model.Kind{c.kind}),
			!c.isKind && !f.Unattributed && len(f.Kinds) == 0 && slices.Equal(f.Speakers, []int{c.speaker}):
			return i
		}
	}
	return 0
}

// SetColors restyles the overview for the terminal's background and for
// NO_COLOR.
func (o *Overview) SetColors(isDark, noColor bool) {
	o.th = newTheme(isDark, noColor)
	o.help.Styles = o.th.help
	o.strip = o.drawStrip(o.stripWidth())
	o.frame = newOverlayFrame(o.th.overlay, o.width)
}

// SetSize fits the overview, frame included, into width×height cells.
func (o *Overview) SetSize(width, height int) {
	o.width, o.height = max(width, 0), max(height, 0)
	inner, _ := o.inner()
	o.help.SetWidth(inner)
	o.strip = o.drawStrip(o.stripWidth())
	o.frame = newOverlayFrame(o.th.overlay, o.width)
}

// colors and size report what SetColors and SetSize last set.
func (o Overview) colors() (isDark, noColor bool) { return o.th.dark, o.th.noColor }
func (o Overview) size() (width, height int)      { return o.width, o.height }

// SetShowHelp shows or hides the overview's own help line; a host that
// shows ShortHelp in its footer hides it.
func (o *Overview) SetShowHelp(show bool) { o.hideHelp = !show }

// ShortHelp is the overview's keys for a help line (help.KeyMap).
func (o Overview) ShortHelp() []key.Binding { return o.keys.ShortHelp() }

// FullHelp is the overview's keys for the full help (help.KeyMap).
func (o Overview) FullHelp() [][]key.Binding { return o.keys.FullHelp() }

// framed reports whether there is room for the border.
func (o Overview) framed() bool { return o.width >= 24 && o.height >= 10 }

// inner is the size inside the frame.
func (o Overview) inner() (width, height int) {
	if o.framed() {
		return o.width - overlayFrameWidth, o.height - overlayFrameHeight
	}
	return o.width, o.height
}

// PreferredHeight is the height that shows every section, every speaker
// and the blank lines between sections; a host can give the overview less.
func (o Overview) PreferredHeight() int {
	// title, bars, strip, counts, speakers header and rows, help, 4 blanks
	h := 1 + len(model.SummaryKinds) + 2 + 1 + len(o.ranked) + 1 + 4 + overlayFrameHeight
	if o.partial != "" {
		h++
	}
	if o.hideHelp {
		h--
	}
	return h
}

// SetPartial shows note under the title (the article is still being
// analysed, so the counts may grow), or nothing when note is "".
func (o *Overview) SetPartial(note string) { o.partial = note }

// Selected is the filter enter would apply now (the zero filter when the
// article has no claims).
func (o Overview) Selected() model.Filter {
	if o.cursor < len(o.choices) {
		return o.choices[o.cursor].filter(o.article)
	}
	return model.Filter{}
}

// Update handles a message while the overview is open.
func (o Overview) Update(msg tea.Msg) (Overview, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		o.SetColors(msg.IsDark(), o.th.noColor)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, o.keys.Close):
			return o, func() tea.Msg { return OverviewClosedMsg{} }
		case key.Matches(msg, o.keys.Quit):
			return o, tea.Quit
		case key.Matches(msg, o.keys.Apply):
			if f := o.Selected(); f.Active() {
				return o, func() tea.Msg { return FilterChosenMsg{Filter: f} }
			}
		case key.Matches(msg, o.keys.Up):
			o.cursor = max(o.cursor-1, 0)
		case key.Matches(msg, o.keys.Down):
			o.cursor = max(min(o.cursor+1, len(o.choices)-1), 0)
		case key.Matches(msg, o.keys.First):
			o.cursor = 0
		case key.Matches(msg, o.keys.Last):
			o.cursor = max(len(o.choices)-1, 0)
		}
	}
	return o, nil
}
