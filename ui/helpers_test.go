package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/data"
	"marginalia/model"
)

var (
	embeddedOnce sync.Once
	embeddedArt  model.Article
)

// embedded is the analysed embedded article, analysed once per test run.
func embedded(t testing.TB) model.Article {
	t.Helper()
	embeddedOnce.Do(func() {
		in, err := data.Load("")
		if err != nil {
			t.Fatalf("load embedded article: %v", err)
		}
		embeddedArt = model.Analyze(in.Raw, in.Meta)
	})
	return embeddedArt
}

// embeddedAnalyzer starts a progressive analysis of the embedded article
// with its first paragraphs analysed, as the reader has it before its first
// frame; tests step it further to deliver later snapshots.
func embeddedAnalyzer(t testing.TB, paragraphs int) *model.Analyzer {
	t.Helper()
	in, err := data.Load("")
	if err != nil {
		t.Fatalf("load embedded article: %v", err)
	}
	an := model.NewAnalyzer(in.Raw, in.Meta)
	an.Step(paragraphs)
	return an
}

// synthetic builds an article by hand: one string per claim, grouped in
// paragraphs, without speakers. Navigation tests use it so they do not
// depend on how the analysis splits sentences.
func synthetic(paragraphs ...[]string) model.Article {
	var a model.Article
	a.Title = "Synthetic"
	for pi, claims := range paragraphs {
		p := model.Paragraph{Index: pi + 1}
		var text strings.Builder
		for _, c := range claims {
			if text.Len() > 0 {
				text.WriteString(" ")
			}
			start := text.Len()
			text.WriteString(c)
			ci := len(a.Claims)
			a.Claims = append(a.Claims, model.Claim{Index: int32(ci), Paragraph: int32(pi + 1),
				Start: int32(start), End: int32(text.Len())})
			setFixtureID(&a.Claims[ci], ci)
			p.Claims = append(p.Claims, ci)
		}
		p.Text = text.String()
		for _, ci := range p.Claims {
			a.Claims[ci].Text = p.Text[a.Claims[ci].Start:a.Claims[ci].End]
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}

// setFixtureID gives claim ci of a fixture an ID of its own, written as
// the analysis writes IDs (a claim takes no other spelling).
func setFixtureID(c *model.Claim, ci int) {
	if err := c.SetID(fmt.Sprintf("%010x", ci)); err != nil {
		panic(err) // ten lower-case hex digits are always an ID
	}
}

// withSpeaker attributes claims to a new speaker and returns its index.
func withSpeaker(a *model.Article, name string, kind model.Kind, claims ...int) int {
	si := len(a.Speakers)
	a.Speakers = append(a.Speakers, model.Speaker{Name: name, Kind: kind, Claims: claims, FirstClaim: claims[0]})
	for _, ci := range claims {
		a.Claims[ci].Speakers = append(a.Claims[ci].Speakers, si)
	}
	return si
}

// open builds a reader at the given size, panes rendered synchronously.
func open(t testing.TB, opts Options, w, h int) Model {
	t.Helper()
	opts.syncPanes = true
	return send(New(opts), tea.WindowSizeMsg{Width: w, Height: h})
}

// send runs one message through Update.
func send(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// press sends key presses, named as msg.String() names them.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = send(m, keyPress(k))
	}
	return m
}

var namedKeys = map[string]tea.KeyPressMsg{
	"down":   {Code: tea.KeyDown},
	"up":     {Code: tea.KeyUp},
	"pgdown": {Code: tea.KeyPgDown},
	"pgup":   {Code: tea.KeyPgUp},
	"home":   {Code: tea.KeyHome},
	"end":    {Code: tea.KeyEnd},
	"esc":    {Code: tea.KeyEscape},
	"enter":  {Code: tea.KeyEnter},
	"ctrl+d": {Code: 'd', Mod: tea.ModCtrl},
	"ctrl+u": {Code: 'u', Mod: tea.ModCtrl},
	"ctrl+f": {Code: 'f', Mod: tea.ModCtrl},
	"ctrl+b": {Code: 'b', Mod: tea.ModCtrl},
	"space":  {Code: tea.KeySpace, Text: " "},
	"ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
}

func keyPress(k string) tea.KeyPressMsg {
	if msg, ok := namedKeys[k]; ok {
		return msg
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText sends one key press per rune, as a person typing.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// screenLines is the frame as plain text lines.
func screenLines(m Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

// header is the frame's first line as plain text.
func header(m Model) string { return screenLines(m)[0] }

// footer is the frame's last line as plain text.
func footer(m Model) string {
	ls := screenLines(m)
	return ls[len(ls)-1]
}

// paneHost runs the picker or the overview as a program, the way the reader
// hosts it, and quits with the message that ends the pane.
type paneHost[T any, P filterPane[T]] struct {
	pane   T
	result tea.Msg
}

type (
	pickerHost   = paneHost[Picker, *Picker]
	overviewHost = paneHost[Overview, *Overview]
)

func (h paneHost[T, P]) Init() tea.Cmd { return nil }

func (h paneHost[T, P]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		P(&h.pane).SetSize(msg.Width, msg.Height)
		return h, nil
	case FilterChosenMsg, PickerClosedMsg, OverviewClosedMsg:
		h.result = msg
		return h, tea.Quit
	}
	var cmd tea.Cmd
	h.pane, cmd = P(&h.pane).Update(msg)
	return h, cmd
}

func (h paneHost[T, P]) View() tea.View { return tea.NewView(P(&h.pane).View()) }

// runCmds runs a command and the commands batched inside it, returning
// their messages (nil ones left out). A timer command sleeps until it fires.
func runCmds(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runCmds(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// deliverRenderings runs the commands and feeds the renderings back.
func deliverRenderings(m Model, cmd tea.Cmd) (Model, int) {
	n := 0
	for _, msg := range runCmds(cmd) {
		if r, ok := msg.(mdRenderedMsg); ok {
			n++
			m = send(m, r)
		}
	}
	return m, n
}

// deliverAll is deliverRenderings without the count.
func deliverAll(m Model, cmd tea.Cmd) Model {
	m, _ = deliverRenderings(m, cmd)
	return m
}

// chosenFilter is the filter in the one FilterChosenMsg the picker or the
// overview sent.
func chosenFilter(t *testing.T, out []tea.Msg) model.Filter {
	t.Helper()
	if len(out) != 1 {
		t.Fatalf("sent %v, want one FilterChosenMsg", out)
	}
	msg, ok := out[0].(FilterChosenMsg)
	if !ok {
		t.Fatalf("sent %T, want FilterChosenMsg", out[0])
	}
	return msg.Filter
}

// asProgram is the reader as Run hands it to Bubble Tea: inside the guard,
// which updates it in place, so teatest runs the path the program runs.
func asProgram(m Model) *guard { return &guard{m: m, f: &failure{}} }

// readerOf is the reader a program started with asProgram ended with. A
// panic the guard caught fails the test: the guard would otherwise end the
// program quietly, on the frame from before the panic.
func readerOf(t *testing.T, final tea.Model) Model {
	t.Helper()
	g, ok := final.(*guard)
	if !ok {
		t.Fatalf("the program ended with %T, not the guard", final)
	}
	if err := g.f.get(); err != nil {
		t.Fatalf("the reader panicked: %v\n%s", err, err.Stack)
	}
	return g.m
}
