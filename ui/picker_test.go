package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/model"
)

// sourcingFixture is a hand-built article for the picker and overview tests:
// speakers of every kind, a claim with two speakers, hedged, check-worthy and
// unattributed claims over five paragraphs. It does not depend on the
// analysis engine.
func sourcingFixture() *model.Article {
	a := &model.Article{Meta: model.Meta{Title: "Threat at the border"}}
	a.Speakers = []model.Speaker{
		{Name: "Morgan Lerette", Kind: model.KindPerson, Role: "Former US Army Captain", Aliases: []string{"Lerette"}},
		{Name: "Colin Clarke", Kind: model.KindPerson, Role: "director of research", Aliases: []string{"Clarke"}},
		{Name: "Daniel Byman", Kind: model.KindPerson, Aliases: []string{"Byman"}},
		{Name: "the FBI", Kind: model.KindOrganization},
		{Name: "a Pentagon report", Kind: model.KindDocument},
		{Name: "a US counter-terrorism official", Kind: model.KindAnonymous, Aliases: []string{"the official"}},
		{Name: "experts", Kind: model.KindGroup},
		{Name: "counter-terrorism analysts", Kind: model.KindGroup},
	}
	type c struct {
		para     int
		speakers []int
		hedged   bool
		check    bool
	}
	claims := []c{
		{1, []int{5, 6}, false, false}, {1, nil, true, false}, {1, nil, false, true},
		{2, nil, false, true}, {2, []int{5}, true, false}, {2, []int{5}, false, false}, {2, nil, false, false},
		{3, []int{6}, false, false}, {3, []int{0}, false, false}, {3, nil, false, true},
		{4, []int{6}, true, false}, {4, nil, false, true}, {4, []int{7}, true, false}, {4, []int{3}, false, true},
		{5, nil, false, false}, {5, nil, true, false}, {5, []int{1, 2}, false, false}, {5, []int{4}, false, true},
	}
	for i, cl := range claims {
		for len(a.Paragraphs) < cl.para {
			a.Paragraphs = append(a.Paragraphs, model.Paragraph{Index: len(a.Paragraphs) + 1})
		}
		claim := model.Claim{Index: int32(i), Paragraph: int32(cl.para), Speakers: cl.speakers, CheckWorthy: cl.check}
		if cl.hedged {
			claim.SetSignals([]string{"may"}, nil, nil)
		}
		a.Claims = append(a.Claims, claim)
		p := &a.Paragraphs[cl.para-1]
		p.Claims = append(p.Claims, i)
		for _, si := range cl.speakers {
			a.Speakers[si].Claims = append(a.Speakers[si].Claims, i)
		}
	}
	return a
}

// drivePicker sends msgs to the picker as Bubble Tea would, running every
// command it returns and feeding the results back (the list's fuzzy matches
// arrive that way). Messages meant for the root model are collected.
func drivePicker(t *testing.T, p Picker, msgs ...tea.Msg) (Picker, []tea.Msg) {
	t.Helper()
	var out []tea.Msg
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		switch msg.(type) {
		case FilterChosenMsg, PickerClosedMsg:
			out = append(out, msg)
			continue
		}
		var cmd tea.Cmd
		p, cmd = p.Update(msg)
		queue = append(queue, runCmds(cmd)...)
	}
	return p, out
}

func typed(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}

var (
	keyTab   = tea.KeyPressMsg{Code: tea.KeyTab}
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
	keyUp    = tea.KeyPressMsg{Code: tea.KeyUp}
)

func visibleNames(p Picker) []string {
	var names []string
	for _, it := range p.list.VisibleItems() {
		if e := it.(pickerEntry); !e.heading() {
			names = append(names, e.name)
		}
	}
	return names
}

func TestPickerListsSpeakersGroupedStrongestFirst(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	var rows []string
	for _, it := range p.list.VisibleItems() {
		e := it.(pickerEntry)
		if e.heading() {
			rows = append(rows, "# "+e.name)
		} else {
			rows = append(rows, e.name)
		}
	}
	want := []string{
		"# Named people", "Morgan Lerette", "Colin Clarke", "Daniel Byman",
		"# Organizations and documents", "the FBI", "a Pentagon report",
		"# Anonymous and group sources", "a US counter-terrorism official", "experts", "counter-terrorism analysts",
		"# No source", "Unattributed (the article's own voice)",
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows =\n%q\nwant\n%q", rows, want)
	}
	if e, _ := p.highlighted(); e.name != "Morgan Lerette" {
		t.Errorf("the picker opens on %q, want the first speaker, not a heading", e.name)
	}
}

func TestPickerOpensReadyToType(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	if p.list.FilterState() != list.Filtering {
		t.Fatalf("filter state %v, want Filtering", p.list.FilterState())
	}
	p, out := drivePicker(t, p, typed("ler")...)
	if len(out) != 0 {
		t.Fatalf("typing sent %v", out)
	}
	if got := visibleNames(p); !reflect.DeepEqual(got, []string{"Morgan Lerette"}) {
		t.Errorf("after typing ler the picker shows %q, want only Morgan Lerette", got)
	}
	if !strings.Contains(ansi.Strip(p.View()), "Speaker: ler") {
		t.Errorf("the search line should show what was typed:\n%s", ansi.Strip(p.View()))
	}
	_, out = drivePicker(t, p, keyEnter)
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{0}) || f.Unattributed {
		t.Errorf("enter applied %+v, want Lerette (speaker 0)", f)
	}
}

func TestPickerSearchesAliases(t *testing.T) {
	p, _ := drivePicker(t, NewPicker(sourcingFixture(), model.Filter{}, true), typed("the official")...)
	if got := visibleNames(p); len(got) == 0 || got[0] != "a US counter-terrorism official" {
		t.Errorf("searching an alias shows %q, want the official first", got)
	}
}

func TestPickerTabChoosesSeveral(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	// tab chooses Lerette and moves to Clarke; down skips Clarke; tab chooses Byman.
	p, out := drivePicker(t, p, keyTab, keyDown, keyTab)
	if len(out) != 0 {
		t.Fatalf("tab sent %v", out)
	}
	view := ansi.Strip(p.View())
	if strings.Count(view, "✓") != 2 || !strings.Contains(view, "2 chosen") {
		t.Errorf("two chosen speakers should be marked:\n%s", view)
	}
	_, out = drivePicker(t, p, keyEnter)
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{0, 2}) || f.Unattributed {
		t.Errorf("enter applied %+v, want Lerette and Byman", f)
	}
}

func TestPickerChoicesSurviveANewSearch(t *testing.T) {
	msgs := append(typed("ler"), keyTab)
	msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyBackspace}, tea.KeyPressMsg{Code: tea.KeyBackspace},
		tea.KeyPressMsg{Code: tea.KeyBackspace})
	msgs = append(msgs, typed("unattr")...)
	msgs = append(msgs, keyTab, keyEnter)
	_, out := drivePicker(t, NewPicker(sourcingFixture(), model.Filter{}, true), msgs...)
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{0}) || !f.Unattributed {
		t.Errorf("applied %+v, want Lerette OR unattributed", f)
	}
}

func TestPickerTabTwiceUnchooses(t *testing.T) {
	p, _ := drivePicker(t, NewPicker(sourcingFixture(), model.Filter{}, true), keyTab, keyUp, keyTab)
	if len(p.chosen) != 0 {
		t.Errorf("tab on a chosen speaker should unchoose it; chosen = %v", p.chosen)
	}
	_, out := drivePicker(t, p, keyEnter)
	// The second tab moved the cursor on to Clarke.
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{1}) {
		t.Errorf("with nothing chosen enter applies the highlighted speaker (Clarke); got %+v", f)
	}
}

func TestPickerEscClosesWithoutChange(t *testing.T) {
	current := model.Filter{Speakers: []int{6}}
	p, out := drivePicker(t, NewPicker(sourcingFixture(), current, true), append(typed("cla"), keyTab, keyEsc)...)
	if len(out) != 1 || out[0] != (PickerClosedMsg{}) {
		t.Fatalf("esc sent %v, want only PickerClosedMsg", out)
	}
	_ = p
}

func TestPickerLetterVDoesNotQuit(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	for _, k := range []string{"v", "q"} {
		var cmd tea.Cmd
		p, cmd = p.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
		for _, msg := range runCmds(cmd) {
			if _, quit := msg.(tea.QuitMsg); quit {
				t.Fatalf("%q quit the program", k)
			}
			p, _ = drivePicker(t, p, msg)
		}
	}
	if p.list.FilterValue() != "vq" || p.list.FilterState() != list.Filtering {
		t.Errorf("v and q should type into the search; search %q, state %v", p.list.FilterValue(), p.list.FilterState())
	}
}

func TestPickerEnterWithNoMatchDoesNothing(t *testing.T) {
	p, out := drivePicker(t, NewPicker(sourcingFixture(), model.Filter{}, true), append(typed("zzzz"), keyEnter)...)
	if len(out) != 0 {
		t.Errorf("enter with no match sent %v", out)
	}
	if !strings.Contains(p.View(), "No speaker matches") {
		t.Errorf("an empty result should say so:\n%s", ansi.Strip(p.View()))
	}
}

func TestPickerMarksTheCurrentFilter(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{Speakers: []int{1}, Unattributed: true}, true)
	p.SetSize(70, 24)
	view := ansi.Strip(p.View())
	for _, line := range strings.Split(view, "\n") {
		if !strings.Contains(line, "claim") {
			continue // not a speaker row
		}
		marked := strings.Contains(line, currentMark+" ")
		want := strings.Contains(line, "Colin Clarke") || strings.Contains(line, "Unattributed")
		if marked != want {
			t.Errorf("line %q: marked %v, want %v", line, marked, want)
		}
	}
}

func TestPickerFitsEverySize(t *testing.T) {
	a := sourcingFixture()
	for _, size := range [][2]int{{1, 1}, {10, 3}, {23, 7}, {24, 8}, {40, 10}, {60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		p := NewPicker(a, model.Filter{}, true)
		p.SetSize(size[0], size[1])
		p, _ = drivePicker(t, p, append(typed("e"), keyTab, keyDown)...)
		lines := strings.Split(p.View(), "\n")
		if len(lines) > size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d: line %q is %d wide", size[0], size[1], ansi.Strip(l), w)
			}
		}
	}
}

func startPicker(t *testing.T, w, h int) *teatest.TestModel {
	return teatest.NewTestModel(t, pickerHost{pane: NewPicker(sourcingFixture(), model.Filter{Speakers: []int{6}}, true)},
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
}

func TestPickerGoldenOpen(t *testing.T) {
	tm := startPicker(t, 72, 20)
	tm.Send(keyTab) // choose Lerette, move to Clarke
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "1 chosen") },
		teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Send(keyEsc)
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(pickerHost)
	if final.result != (PickerClosedMsg{}) {
		t.Errorf("esc ended with %v, want PickerClosedMsg", final.result)
	}
	golden.RequireEqual(t, final.View().Content)
}

func TestPickerGoldenSearch(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	p.SetSize(72, 20)
	p, _ = drivePicker(t, p, typed("ter")...)
	golden.RequireEqual(t, p.View())
}

func TestPickerGoldenNarrowLight(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, false)
	p.SetSize(40, 12)
	p, _ = drivePicker(t, p, keyDown, keyDown, keyDown, keyDown)
	golden.RequireEqual(t, p.View())
}

func TestPickerCtrlCQuitsAndHelpCanMoveToTheHost(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	_, cmd := p.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if msgs := runCmds(cmd); len(msgs) != 1 || msgs[0] != (tea.QuitMsg{}) {
		t.Errorf("ctrl+c sent %v, want tea.QuitMsg", msgs)
	}
	p.SetSize(72, 20)
	if !strings.Contains(ansi.Strip(p.View()), "enter filter") {
		t.Error("the picker shows its keys by default")
	}
	p.SetShowHelp(false)
	view := ansi.Strip(p.View())
	if strings.Contains(view, "enter filter") || !strings.Contains(view, "Unattributed") {
		t.Errorf("without its help line the picker should give the room to the list:\n%s", view)
	}
	if len(p.ShortHelp()) == 0 || len(p.FullHelp()) == 0 {
		t.Error("the picker must offer its keys to the host's help")
	}
}

// bigSourcingArticle is the size of a very long article: 30,000 claims in
// 8,000 paragraphs, 2,000 speakers.
func bigSourcingArticle() *model.Article {
	a := &model.Article{}
	for i := range 2000 {
		a.Speakers = append(a.Speakers, model.Speaker{Name: fmt.Sprintf("Speaker %d Lastname%d", i, i*7919%10007),
			Kind: model.Kinds[i%len(model.Kinds)], Aliases: []string{fmt.Sprintf("Lastname%d", i*7919%10007)}})
	}
	for ci := range 30000 {
		p := ci * 8000 / 30000
		for len(a.Paragraphs) <= p {
			a.Paragraphs = append(a.Paragraphs, model.Paragraph{Index: len(a.Paragraphs) + 1})
		}
		c := model.Claim{Index: int32(ci), Paragraph: int32(p + 1)}
		if ci%3 != 0 {
			si := ci * 31 % len(a.Speakers)
			c.Speakers = []int{si}
			a.Speakers[si].Claims = append(a.Speakers[si].Claims, ci)
		}
		a.Claims = append(a.Claims, c)
		a.Paragraphs[p].Claims = append(a.Paragraphs[p].Claims, ci)
	}
	return a
}

// BenchmarkPickerKeystroke is one key typed into the search of a picker of
// 2,000 speakers (the search is applied synchronously) and the frame drawn.
func BenchmarkPickerKeystroke(b *testing.B) {
	p := NewPicker(bigSourcingArticle(), model.Filter{}, true)
	p.SetSize(80, 24)
	keys := []tea.KeyPressMsg{{Code: 'l', Text: "l"}, {Code: tea.KeyBackspace}}
	b.ResetTimer()
	for i := range b.N {
		p, _ = p.Update(keys[i%2])
		_ = p.View()
	}
}

func TestPickerPreferredHeightShowsEveryEntry(t *testing.T) {
	p := NewPicker(sourcingFixture(), model.Filter{}, true)
	p.SetSize(80, p.PreferredHeight())
	view := ansi.Strip(p.View())
	if strings.Contains(view, "page ") || !strings.Contains(view, "Unattributed") || !strings.Contains(view, "esc cancel") {
		t.Errorf("at its preferred height the picker should show every entry on one page:\n%s", view)
	}
}
