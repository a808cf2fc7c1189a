package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/model"
)

// driveOverview sends keys to the overview and collects the messages its
// commands produce.
func driveOverview(o Overview, msgs ...tea.Msg) (Overview, []tea.Msg) {
	var out []tea.Msg
	for _, msg := range msgs {
		var cmd tea.Cmd
		o, cmd = o.Update(msg)
		out = append(out, runCmds(cmd)...)
	}
	return o, out
}

func keys(s string) []tea.Msg { return typed(s) }

func TestOverviewBarsAddUpToTheClaims(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o.SetSize(80, 30)
	view := ansi.Strip(o.View())
	// 18 claims: each counted once under its strongest source.
	want := map[string]int{"unattributed": 8, "anonymous": 3, "group": 3, "named person": 2, "organization": 1, "document": 1}
	sum := 0
	for label, n := range want {
		sum += n
		found := false
		for _, line := range strings.Split(view, "\n") {
			fields := strings.Fields(strings.Trim(line, "│ ›"))
			if strings.HasPrefix(strings.Trim(line, "│ ›"), label+" ") && len(fields) >= 2 {
				found = strings.Contains(line, fmt.Sprintf(" %d ", n)) || strings.HasSuffix(strings.TrimRight(line, " │"), fmt.Sprintf(" %d", n))
				break
			}
		}
		if !found {
			t.Errorf("no bar %q with %d claims in\n%s", label, n, view)
		}
	}
	if sum != 18 || !strings.Contains(view, "18 claims in 5 paragraphs") {
		t.Errorf("the title should count 18 claims in 5 paragraphs:\n%s", view)
	}
	if !strings.Contains(view, "Hedged 5 of 18") || !strings.Contains(view, "Check-worthy 6 of 18") {
		t.Errorf("hedged and check-worthy counts missing:\n%s", view)
	}
}

func TestOverviewStripShowsSourcingByParagraph(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	tests := []struct {
		width int
		want  string
	}{
		{40, "▒░░ ░▒▒░ ▒█░ ▒░▒▓ ░░█▓"}, // a cell per claim, paragraphs apart
		{10, "░░░▒░"}, // a cell per paragraph; a tie goes to the weaker source
		{2, "░░"},     // three paragraphs per cell, then two
	}
	for _, tt := range tests {
		if got := ansi.Strip(o.drawStrip(tt.width)); got != tt.want {
			t.Errorf("strip in %d cells = %q, want %q", tt.width, got, tt.want)
		}
	}
}

func TestOverviewRanksSpeakersByClaims(t *testing.T) {
	a := sourcingFixture()
	var names []string
	for _, si := range rankSpeakers(a) {
		names = append(names, a.Speakers[si].Name)
	}
	want := []string{"a US counter-terrorism official", "experts", "Morgan Lerette", "Colin Clarke", "Daniel Byman",
		"the FBI", "a Pentagon report", "counter-terrorism analysts"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("ranked %q, want %q", names, want)
	}
}

func TestOverviewChoosingABarFiltersByKind(t *testing.T) {
	a := sourcingFixture()
	// The bars in order: unattributed, anonymous, group, named person, organization, document.
	tests := []struct {
		downs  int
		claims []int
	}{
		{0, []int{1, 2, 3, 6, 9, 11, 14, 15}},
		{2, []int{7, 10, 12}}, // claim 0 has a group too, but counts as anonymous
		{3, []int{8, 16}},
	}
	for _, tt := range tests {
		o := NewOverview(a, model.Filter{}, true)
		msgs := []tea.Msg{}
		for range tt.downs {
			msgs = append(msgs, keyDown)
		}
		_, out := driveOverview(o, append(msgs, keyEnter)...)
		if got := chosenFilter(t, out).Claims(a); !reflect.DeepEqual(got, tt.claims) {
			t.Errorf("bar %d selects claims %v, want %v", tt.downs, got, tt.claims)
		}
	}
}

func TestOverviewChoosingASpeakerFiltersByIt(t *testing.T) {
	a := sourcingFixture()
	o := NewOverview(a, model.Filter{}, true)
	// Six bars, then the speakers ranked: the official, experts, ...
	_, out := driveOverview(o, append(keys("jjjjjjj"), keyEnter)...)
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{6}) || f.Unattributed {
		t.Errorf("the second speaker row applied %+v, want experts (speaker 6)", f)
	}
	_, out = driveOverview(o, append(keys("G"), keyEnter)...)
	if f := chosenFilter(t, out); !reflect.DeepEqual(f.Speakers, []int{7}) {
		t.Errorf("G then enter applied %+v, want the last speaker (7)", f)
	}
}

func TestOverviewOpensOnTheCurrentFilter(t *testing.T) {
	a := sourcingFixture()
	o := NewOverview(a, model.Filter{Speakers: []int{6}}, true)
	if f := o.Selected(); !reflect.DeepEqual(f.Speakers, []int{6}) {
		t.Errorf("opened on %+v, want the experts row", f)
	}
	o = NewOverview(a, model.KindFilter(a, model.KindGroup), true)
	if f := o.Selected(); !reflect.DeepEqual(f.Kinds, []model.Kind{model.KindGroup}) {
		t.Errorf("opened on %+v, want the group bar", f)
	}
	o.SetSize(80, 30)
	if !strings.Contains(ansi.Strip(o.View()), "filter: group sources") {
		t.Errorf("the title should name the current filter:\n%s", ansi.Strip(o.View()))
	}
}

func TestOverviewEscClosesAndQQuits(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o, out := driveOverview(o, keys("vx")...)
	if len(out) != 0 {
		t.Fatalf("letters without a binding sent %v", out)
	}
	_, out = driveOverview(o, keyEsc)
	if len(out) != 1 || out[0] != (OverviewClosedMsg{}) {
		t.Errorf("esc sent %v, want OverviewClosedMsg", out)
	}
	// q quits here as in the reader and the help: the overview has no text
	// field for it to type into.
	_, out = driveOverview(o, keys("q")...)
	if len(out) != 1 || out[0] != (tea.QuitMsg{}) {
		t.Errorf("q sent %v, want tea.QuitMsg", out)
	}
}

func TestOverviewCursorStaysInBounds(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o, _ = driveOverview(o, keyUp, keyUp)
	if o.cursor != 0 {
		t.Errorf("up at the top moved to %d", o.cursor)
	}
	o, _ = driveOverview(o, keys("jjjjjjjjjjjjjjjjjjjjjjjj")...)
	if o.cursor != len(o.choices)-1 {
		t.Errorf("down past the end rests at %d, want %d", o.cursor, len(o.choices)-1)
	}
}

func TestOverviewSkipsEmptyKindsAndSurvivesAnEmptyArticle(t *testing.T) {
	a := sourcingFixture()
	a.Speakers[4].Kind = model.KindOrganization // no document left
	o := NewOverview(a, model.Filter{}, true)
	for _, c := range o.choices {
		if c.isKind && c.kind == model.KindDocument {
			t.Error("a kind with no claims should not be selectable")
		}
	}
	empty := NewOverview(&model.Article{}, model.Filter{}, true)
	empty.SetSize(60, 20)
	_, out := driveOverview(empty, keyDown, keyEnter)
	if len(out) != 0 {
		t.Errorf("enter on an empty article sent %v", out)
	}
	if !strings.Contains(ansi.Strip(empty.View()), "0 claims") {
		t.Errorf("an empty article should say 0 claims:\n%s", ansi.Strip(empty.View()))
	}
}

func TestOverviewFitsEverySize(t *testing.T) {
	articles := map[string]*model.Article{"fixture": sourcingFixture(), "empty": {}, "long": longSourcingFixture()}
	for name, a := range articles {
		for _, w := range []int{1, 5, 12, 20, 24, 30, 40, 60, 80, 120, 200} {
			for _, h := range []int{1, 3, 6, 9, 10, 14, 20, 24, 40} {
				o := NewOverview(a, model.Filter{Speakers: []int{0}}, true)
				o.SetSize(w, h)
				o, _ = driveOverview(o, keys("G")...) // the last speaker must scroll into view
				lines := strings.Split(o.View(), "\n")
				if len(lines) > h {
					t.Errorf("%s %dx%d: %d lines", name, w, h, len(lines))
				}
				for _, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Errorf("%s %dx%d: line %q is %d wide", name, w, h, ansi.Strip(l), lw)
					}
				}
			}
		}
	}
}

func TestOverviewScrollsSpeakersToTheCursor(t *testing.T) {
	a := longSourcingFixture()
	o := NewOverview(a, model.Filter{}, true)
	o.SetSize(80, 24)
	o, _ = driveOverview(o, keys("G")...)
	last := a.Speakers[rankSpeakers(a)[len(a.Speakers)-1]].Name
	if !strings.Contains(ansi.Strip(o.View()), "› "+last) {
		t.Errorf("after G the last speaker %q should be on screen and selected:\n%s", last, ansi.Strip(o.View()))
	}
}

// longSourcingFixture has many paragraphs and speakers, so the strip must
// aggregate and the speaker list must scroll.
func longSourcingFixture() *model.Article {
	a := &model.Article{}
	kinds := model.Kinds
	for i := range 40 {
		a.Speakers = append(a.Speakers, model.Speaker{Name: fmt.Sprintf("Speaker number %d with a long name", i), Kind: kinds[i%len(kinds)]})
	}
	for p := range 300 {
		a.Paragraphs = append(a.Paragraphs, model.Paragraph{Index: p + 1})
		for j := range p % 4 {
			ci := len(a.Claims)
			c := model.Claim{Index: int32(ci), Paragraph: int32(p + 1)}
			if j%2 == 0 {
				si := (p + j) % len(a.Speakers)
				c.Speakers = []int{si}
				a.Speakers[si].Claims = append(a.Speakers[si].Claims, ci)
			}
			a.Claims = append(a.Claims, c)
			a.Paragraphs[p].Claims = append(a.Paragraphs[p].Claims, ci)
		}
	}
	return a
}

func TestOverviewGolden80x24(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o.SetSize(80, 24)
	o, _ = driveOverview(o, keyDown, keyDown)
	golden.RequireEqual(t, o.View())
}

func TestOverviewGolden120x40(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{Speakers: []int{6}}, true)
	o.SetSize(120, 40)
	golden.RequireEqual(t, o.View())
}

func TestOverviewGoldenSmallLight(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, false)
	o.SetSize(44, 14)
	golden.RequireEqual(t, o.View())
}

func TestOverviewGoldenNoColor(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o.SetColors(true, true)
	o.SetSize(60, 20)
	o, _ = driveOverview(o, keys("jjjjjjj")...)
	golden.RequireEqual(t, o.View())
}

func TestOverviewInAProgram(t *testing.T) {
	a := sourcingFixture()
	tm := teatest.NewTestModel(t, overviewHost{pane: NewOverview(a, model.Filter{}, true)},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Sourcing overview") },
		teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Type("jjj")
	tm.Send(keyEnter)
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(overviewHost)
	chosen, ok := final.result.(FilterChosenMsg)
	if !ok || !reflect.DeepEqual(chosen.Filter.Claims(a), []int{8, 16}) {
		t.Fatalf("j×3 enter ended with %+v, want the named-person claims 8 and 16", final.result)
	}
	golden.RequireEqual(t, final.View().Content)
}

func TestOverviewCtrlCQuitsAndHelpCanMoveToTheHost(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	_, out := driveOverview(o, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if len(out) != 1 || out[0] != (tea.QuitMsg{}) {
		t.Errorf("ctrl+c sent %v, want tea.QuitMsg", out)
	}
	o.SetSize(80, 24)
	if !strings.Contains(ansi.Strip(o.View()), "filter by it") {
		t.Error("the overview shows its keys by default")
	}
	o.SetShowHelp(false)
	if strings.Contains(ansi.Strip(o.View()), "filter by it") {
		t.Error("SetShowHelp(false) should hide the help line")
	}
	if len(o.ShortHelp()) == 0 || len(o.FullHelp()) == 0 {
		t.Error("the overview must offer its keys to the host's help")
	}
}

// BenchmarkOverviewOpen is opening the overview of a 30,000-claim article
// and drawing its first frame.
func BenchmarkOverviewOpen(b *testing.B) {
	a := bigSourcingArticle()
	for range b.N {
		o := NewOverview(a, model.Filter{}, true)
		o.SetSize(100, 30)
		_ = o.View()
	}
}

// BenchmarkOverviewStep is one cursor move and frame in that overview.
func BenchmarkOverviewStep(b *testing.B) {
	o := NewOverview(bigSourcingArticle(), model.Filter{}, true)
	o.SetSize(100, 30)
	b.ResetTimer()
	for range b.N {
		o, _ = o.Update(keyDown)
		_ = o.View()
	}
}

func TestOverviewPreferredHeightShowsEverythingWithoutPadding(t *testing.T) {
	o := NewOverview(sourcingFixture(), model.Filter{}, true)
	o.SetSize(80, o.PreferredHeight())
	lines := strings.Split(ansi.Strip(o.View()), "\n")
	if !strings.Contains(strings.Join(lines, "\n"), "counter-terrorism analysts") {
		t.Errorf("at its preferred height the overview should show every speaker:\n%s", strings.Join(lines, "\n"))
	}
	blank := 0
	for _, l := range lines {
		if strings.Trim(l, "│ ") == "" {
			blank++
		}
	}
	if blank != 4 {
		t.Errorf("at its preferred height the overview has %d blank lines, want the 4 separators:\n%s", blank, strings.Join(lines, "\n"))
	}
}
