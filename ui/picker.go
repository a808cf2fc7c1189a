package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"marginalia/model"
)

// pickerKeyMap is the speaker picker's keys. Letters are not bound: they type
// into the search, so the picker opens ready to type.
type pickerKeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Toggle, ToggleUp key.Binding
	Apply, Close     key.Binding
	Quit             key.Binding
}

func newPickerKeyMap() pickerKeyMap {
	return pickerKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Toggle:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "choose several")),
		ToggleUp: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "choose, move up")),
		Apply:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filter")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Quit:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}

// ShortHelp is the picker's one-line help.
func (k pickerKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Toggle, k.Apply, k.Close}
}

// FullHelp is the picker's full help.
func (k pickerKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Toggle, k.ToggleUp, k.Apply, k.Close, k.Quit}}
}

// Picker is the speaker picker overlay: every speaker grouped by kind, a
// search that filters as the user types, several speakers chosen with tab.
// It sends FilterChosenMsg when the user applies a filter and
// PickerClosedMsg when they leave with esc. While it is open the root model
// passes it every key (and paste) message; the search is applied
// synchronously, so no command result needs routing back.
type Picker struct {
	list list.Model
	keys pickerKeyMap
	help help.Model
	th   *theme
	// chosen holds the speaker indices (and entryUnattributed) toggled with
	// tab. It is shared with the delegate, which marks the chosen rows.
	chosen map[int]bool
	// current holds the entries of the filter active when the picker opened,
	// marked so the user sees what they would replace.
	current       map[int]bool
	width, height int
	hideHelp      bool         // the host shows the picker's keys in its own footer
	partial       string       // a note under the title while the article is still being analysed
	frame         overlayFrame // the border, drawn for the current width and theme
}

// NewPicker builds the picker for an article, marking the entries of the
// filter currently applied. It starts at 60×20; call SetSize.
func NewPicker(a *model.Article, current model.Filter, isDark bool) Picker {
	p := Picker{keys: newPickerKeyMap(), help: help.New(), chosen: map[int]bool{}, current: map[int]bool{}}
	for _, si := range current.Speakers {
		p.current[si] = true
	}
	if current.Unattributed {
		p.current[entryUnattributed] = true
	}
	entries := pickerEntries(a)
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = e
	}
	p.th = newTheme(isDark, false)
	// A real size from the start: at 0×0 the list pages one item at a time
	// and draws a pagination dot for each.
	p.list = list.New(items, pickerDelegate{th: p.th, chosen: p.chosen, current: p.current}, 60, 20)
	p.list.SetShowTitle(false)
	p.list.SetShowStatusBar(false)
	p.list.SetShowHelp(false)
	p.list.SetShowPagination(false) // the title line says "page 1/2" instead
	// The list must stay in its filtering state so every letter types into
	// the search. Its own accept, cancel and quit keys would leave that state
	// (and in bubbles v2.2.1 quit is bound to "v"), so they match nothing; the
	// picker handles enter, esc and the movement keys itself.
	p.list.KeyMap.AcceptWhileFiltering = key.NewBinding()
	p.list.KeyMap.CancelWhileFiltering = key.NewBinding()
	p.list.KeyMap.Quit = key.NewBinding()
	p.list.DisableQuitKeybindings()
	p.list.Filter = matchNamesSeparately
	p.list.FilterInput.Prompt = "Speaker: "
	p.list.FilterInput.Placeholder = "type part of a name"
	p.list.SetFilterText("")
	p.list.SetFilterState(list.Filtering)
	p.SetColors(isDark, false)
	p.SetSize(60, 20)
	p.skipHeading(1)
	return p
}

// SetColors restyles the picker for the terminal's background and for
// NO_COLOR.
func (p *Picker) SetColors(isDark, noColor bool) {
	p.th = newTheme(isDark, noColor)
	st := list.DefaultStyles(isDark)
	st.TitleBar = lipgloss.NewStyle()
	st.PaginationStyle = lipgloss.NewStyle()
	// A steady cursor: a blinking one would send a timer message after
	// every key for the few seconds the picker is open.
	input := p.th.input
	input.Cursor.Blink = false
	st.Filter = input
	p.list.Styles = st
	p.list.FilterInput.SetStyles(input)
	p.list.SetDelegate(pickerDelegate{th: p.th, chosen: p.chosen, current: p.current})
	p.help.Styles = p.th.help
	p.frame = newOverlayFrame(p.th.overlay, p.width)
}

// SetSize fits the picker, frame included, into width×height cells.
func (p *Picker) SetSize(width, height int) {
	p.width, p.height = max(width, 0), max(height, 0)
	inner, rows := p.inner()
	// The list is never narrower than its search line can bear (the text
	// input panics on a negative width); View clips it to the real size.
	chrome := 2 // the title and help lines
	if p.hideHelp {
		chrome = 1
	}
	if p.partial != "" {
		chrome++
	}
	p.list.SetSize(max(inner, minPickerListWidth), max(rows-chrome, 1))
	p.help.SetWidth(inner)
	p.frame = newOverlayFrame(p.th.overlay, p.width)
}

const minPickerListWidth = 24

// colors and size report what SetColors and SetSize last set.
func (p Picker) colors() (isDark, noColor bool) { return p.th.dark, p.th.noColor }
func (p Picker) size() (width, height int)      { return p.width, p.height }

// framed reports whether there is room for the border; without it the
// picker uses every cell.
func (p Picker) framed() bool { return p.width >= 24 && p.height >= 8 }

// inner is the size inside the frame.
func (p Picker) inner() (width, height int) {
	if p.framed() {
		return p.width - overlayFrameWidth, p.height - overlayFrameHeight
	}
	return p.width, p.height
}

// SetShowHelp shows or hides the picker's own help line; a host that shows
// ShortHelp in its footer hides it.
func (p *Picker) SetShowHelp(show bool) {
	p.hideHelp = !show
	p.SetSize(p.width, p.height)
}

// ShortHelp is the picker's keys for a help line (help.KeyMap).
func (p Picker) ShortHelp() []key.Binding { return p.keys.ShortHelp() }

// FullHelp is the picker's keys for the full help (help.KeyMap).
func (p Picker) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

// PreferredHeight is the height that shows every entry at once: a host can
// give the picker less, and it pages.
func (p Picker) PreferredHeight() int {
	h := len(p.list.Items()) + 3 + overlayFrameHeight // title, search line, help
	if p.partial != "" {
		h++
	}
	if p.hideHelp {
		h--
	}
	return h
}

// SetPartial shows note under the title (the article is still being
// analysed, so the list may grow), or nothing when note is "".
func (p *Picker) SetPartial(note string) {
	p.partial = note
	p.SetSize(p.width, p.height)
}

// Chosen is the filter enter would apply now.
func (p Picker) Chosen() model.Filter {
	if len(p.chosen) > 0 {
		var entries []pickerEntry
		for _, it := range p.list.Items() {
			if e := it.(pickerEntry); p.chosen[e.speaker] {
				entries = append(entries, e)
			}
		}
		return filterFor(entries)
	}
	if e, ok := p.highlighted(); ok {
		return filterFor([]pickerEntry{e})
	}
	return model.Filter{}
}

// highlighted is the entry under the cursor, if it is a speaker or the
// Unattributed entry.
func (p Picker) highlighted() (pickerEntry, bool) {
	e, ok := p.list.SelectedItem().(pickerEntry)
	if !ok || e.heading() {
		return pickerEntry{}, false
	}
	return e, true
}

// Update handles a message while the picker is open.
func (p Picker) Update(msg tea.Msg) (Picker, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case list.FilterMatchesMsg:
		// The picker filters synchronously (see refilter); the list's own
		// asynchronous results could only be stale.
		return p, nil
	case tea.BackgroundColorMsg:
		p.SetColors(msg.IsDark(), p.th.noColor)
		return p, nil
	}
	return p.updateList(msg)
}

// updateList passes a message to the list (to its search input, as the list
// is always filtering) and filters again at once if the search changed.
func (p Picker) updateList(msg tea.Msg) (Picker, tea.Cmd) {
	before := p.list.FilterValue()
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	if p.list.FilterValue() != before {
		p.refilter()
		// The list's command only filters again in the background (the
		// cursor does not blink, so the input has none); refilter has done
		// that already.
		return p, nil
	}
	return p, cmd
}

// refilter applies the search now rather than when the list's asynchronous
// result arrives, so a key pressed right after typing (enter, tab) acts on
// what the screen shows for what was typed. The best match comes first and
// the cursor starts there, as in a finder.
func (p *Picker) refilter() {
	pos := p.list.FilterInput.Position()
	p.list.SetFilterText(p.list.FilterValue()) // filters synchronously, leaves the filtering state
	p.list.SetFilterState(list.Filtering)
	p.list.FilterInput.SetCursor(pos)
	p.skipHeading(1)
}

func (p Picker) handleKey(msg tea.KeyPressMsg) (Picker, tea.Cmd) {
	switch {
	case key.Matches(msg, p.keys.Close):
		return p, func() tea.Msg { return PickerClosedMsg{} }
	case key.Matches(msg, p.keys.Quit):
		return p, tea.Quit // as everywhere in marginalia; the list's own quit keys are off
	case key.Matches(msg, p.keys.Apply):
		f := p.Chosen()
		if !f.Active() {
			return p, nil // nothing highlighted: the search matched no one
		}
		return p, func() tea.Msg { return FilterChosenMsg{Filter: f} }
	case key.Matches(msg, p.keys.Toggle, p.keys.ToggleUp):
		if e, ok := p.highlighted(); ok {
			if p.chosen[e.speaker] {
				delete(p.chosen, e.speaker)
			} else {
				p.chosen[e.speaker] = true
			}
		}
		if key.Matches(msg, p.keys.ToggleUp) {
			p.move(-1)
		} else {
			p.move(1)
		}
	case key.Matches(msg, p.keys.Up):
		p.move(-1)
	case key.Matches(msg, p.keys.Down):
		p.move(1)
	case key.Matches(msg, p.keys.PageUp):
		p.list.PrevPage()
		p.skipHeading(1)
	case key.Matches(msg, p.keys.PageDown):
		p.list.NextPage()
		p.skipHeading(1)
	default:
		// Everything else edits the search: the list is always filtering.
		return p.updateList(msg)
	}
	return p, nil
}

// move steps the cursor over speakers, never resting on a heading.
func (p *Picker) move(dir int) {
	before := p.list.Index()
	if dir < 0 {
		p.list.CursorUp()
	} else {
		p.list.CursorDown()
	}
	p.skipHeading(dir)
	if _, ok := p.highlighted(); !ok && p.list.Index() != before {
		p.list.Select(before) // a heading at the very top: stay put
	}
}

// skipHeading moves off a heading in the direction dir, or the other way
// when there is no speaker that way.
func (p *Picker) skipHeading(dir int) {
	n := len(p.list.VisibleItems())
	for _, d := range []int{dir, -dir} {
		for i := p.list.Index(); i >= 0 && i < n; i += d {
			if e, ok := p.list.VisibleItems()[i].(pickerEntry); ok && !e.heading() {
				p.list.Select(i)
				return
			}
		}
	}
}

// View draws the picker in exactly its size.
func (p Picker) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	width, height := p.inner()
	title := p.th.paneTitle.Render("Filter by speaker")
	if n := len(p.chosen); n > 0 {
		title += p.th.muted.Render(fmt.Sprintf(" · %d chosen, enter applies them", n))
	} else if len(p.current) > 0 {
		title += p.th.muted.Render(" · " + currentMark + " applied now")
	}
	if pg := p.list.Paginator; pg.TotalPages > 1 {
		title += p.th.muted.Render(fmt.Sprintf(" · page %d/%d", pg.Page+1, pg.TotalPages))
	}
	lines := []string{title}
	if p.partial != "" {
		lines = append(lines, p.th.status.Render(p.partial))
	}
	if height >= 3 {
		lines = append(lines, clipLines(strings.Split(p.listView(), "\n"), width, p.list.Height())...)
	}
	if height >= 4 && !p.hideHelp {
		lines = append(lines, p.help.View(p.keys))
	}
	lines = clipLines(lines, width, height)
	if !p.framed() {
		return strings.Join(lines, "\n")
	}
	return p.frame.draw(lines, p.height)
}

// listView is the search line and the rows, or a note when nothing matches.
func (p Picker) listView() string {
	v := p.list.View()
	if len(p.list.VisibleItems()) == 0 {
		v = p.list.FilterInput.View() + "\n" + p.th.muted.Render("No speaker matches; esc closes, backspace edits.")
	}
	return v
}
