package ui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// Largest note editor: wide enough for a sentence per line, tall enough
// for a paragraph, small enough to leave the article visible around it.
const editorMaxWidth, editorMaxHeight = 76, 16

// editorChrome is the editor's rows besides the text: border (2), the title
// and the quoted claim; editorTextTop and editorTextLeft are where the text
// starts inside the box (border, title and quote; border and padding).
const (
	editorChrome   = 4
	editorTextTop  = 3
	editorTextLeft = 2
)

// noteEditor is the note editor (`m`) on the overlay stack: a textarea for
// the current claim's note, pre-filled with it. Every key goes to the text
// except esc, which saves and closes, and ctrl+c, which saves and quits.
// Saving goes straight into the reader's notes (the noteBook), so nothing
// typed can be lost between closing the editor and the save.
type noteEditor struct {
	book    *noteBook
	claimID string
	quote   string // the claim's text, kept with the note
	title   string // "Your note on claim 3 · ¶ 2"
	noColor bool

	area   textarea.Model
	keys   editorKeys
	closed bool
}

type editorKeys struct {
	Save    key.Binding
	Quit    key.Binding
	Newline key.Binding // the textarea's own; listed for the help
}

func newEditorKeys() editorKeys {
	return editorKeys{
		Save:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "save and close")),
		Quit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "save and quit")),
		Newline: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new line")),
	}
}

// newNoteEditor opens the editor on claim ci and returns the command that
// focuses it (the cursor's blink).
func newNoteEditor(book *noteBook, a *model.Article, ci int, t *theme) (*noteEditor, tea.Cmd) {
	c := a.Claims[ci]
	e := &noteEditor{
		book:    book,
		claimID: c.ID(),
		quote:   c.Text,
		title:   fmt.Sprintf("Your note on claim %d · ¶ %d", ci+1, c.Paragraph),
		noColor: t.noColor,
		area:    textarea.New(),
		keys:    newEditorKeys(),
	}
	e.area.Prompt = ""
	e.area.ShowLineNumbers = false
	e.area.CharLimit = 0
	e.area.Placeholder = "What to check, whom to ask…"
	e.area.SetStyles(editorStyles(t.dark, t.noColor))
	// The terminal's own cursor (placed by Model.overlayCursor) rather than
	// a drawn one: it is where input methods put their candidates.
	e.area.SetVirtualCursor(false)
	e.area.SetValue(book.note(c.ID()).Text)
	e.area.MoveToEnd()
	return e, e.area.Focus()
}

// editorStyles are the textarea's default styles, or plain ones without
// colour. The cursor keeps the terminal's own colour: the user chose it.
func editorStyles(dark, noColor bool) textarea.Styles {
	s := textarea.DefaultStyles(dark)
	s.Cursor.Color = nil
	if noColor {
		plain := textarea.StyleState{Placeholder: lipgloss.NewStyle().Faint(true)}
		s.Focused, s.Blurred = plain, plain
	}
	return s
}

func (e *noteEditor) update(msg tea.Msg) (overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		e.resize(msg.Width, msg.Height)
		return e, nil
	case tea.BackgroundColorMsg:
		e.area.SetStyles(editorStyles(msg.IsDark(), e.noColor))
		return e, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, e.keys.Save):
			e.closed = true
			return e, e.book.setText(e.claimID, e.quote, e.area.Value())
		case key.Matches(msg, e.keys.Quit):
			e.keepDraft()
			// Written now, not by the save command the quit would race;
			// a failure is reported when Run flushes again after the quit.
			_ = e.book.flush()
			return e, tea.Quit
		}
	}
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	return e, cmd
}

// keepDraft puts the text typed so far in the notes and closes the editor;
// the caller writes the notes.
func (e *noteEditor) keepDraft() {
	e.closed = true
	e.book.setText(e.claimID, e.quote, e.area.Value())
}

// resize fits the editor to a body of w×h cells.
func (e *noteEditor) resize(w, h int) {
	boxW, boxH := min(w, editorMaxWidth), min(h, editorMaxHeight)
	e.area.SetWidth(max(boxW-4, 1)) // border and padding
	e.area.SetHeight(max(boxH-editorChrome, 1))
}

func (e *noteEditor) done() bool { return e.closed }

func (e *noteEditor) ShortHelp() []key.Binding {
	return []key.Binding{e.keys.Save, e.keys.Newline, e.keys.Quit}
}

func (e *noteEditor) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }

func (e *noteEditor) view(t *theme, w, h int) string {
	inner := e.area.Width()
	quote := ansi.Truncate(oneLine(model.Sanitize(e.quote)), inner, "…")
	var b strings.Builder
	b.WriteString(ansi.Truncate(t.paneTitle.Render(e.title), inner, "…") + "\n")
	b.WriteString(t.muted.Render(quote) + "\n")
	b.WriteString(e.area.View())
	return t.overlay.Render(b.String())
}

// cursor is where the terminal's cursor goes, relative to the editor's box,
// or nil when the textarea shows none.
func (e *noteEditor) cursor() *tea.Cursor {
	c := e.area.Cursor()
	if c == nil {
		return nil
	}
	c.X += editorTextLeft
	c.Y += editorTextTop
	return c
}

// overlayCursor puts the note editor's cursor on the screen: the editor's
// box (overlayBox, the frame's drawing of it) is centred in the body the
// way placeOverlay centres it.
func (m Model) overlayCursor(box string) *tea.Cursor {
	ed, ok := m.topOverlay().(*noteEditor)
	if !ok || box == "" {
		return nil
	}
	c := ed.cursor()
	if c == nil {
		return nil
	}
	body := m.layout.body
	c.X += centreGap(body.w - min(lipgloss.Width(box), body.w))
	c.Y += body.y + centreGap(body.h-min(lipgloss.Height(box), body.h))
	if c.X >= body.x+body.w || c.Y >= body.y+body.h {
		return nil
	}
	return c
}

// centreGap is the space before a block centred in gap spare cells, as
// lipgloss.Place splits it.
func centreGap(gap int) int { return gap - int(math.Round(float64(gap)*0.5)) }
