package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

func TestArticleSnapshotsKeepTheCurrentClaim(t *testing.T) {
	an := embeddedAnalyzer(t, 2)
	first := an.Snapshot()
	if len(first.Claims) < 3 {
		t.Fatalf("two paragraphs gave %d claims", len(first.Claims))
	}
	m := open(t, Options{Article: first}, 120, 40)
	m = send(m, ArticleMsg{Article: first, Progress: an.Progress()})
	if h := header(m); !strings.Contains(h, "analysing") || !strings.Contains(h, claimPos(1, len(first.Claims))) {
		t.Errorf("partial article header: %q", h)
	}
	m = press(m, "j", "j")
	for !an.Step(1) {
		m = send(m, ArticleMsg{Article: an.Snapshot(), Progress: an.Progress()})
	}
	full := an.Snapshot()
	m = send(m, ArticleMsg{Article: full, Done: true, Progress: 1})
	h := header(m)
	if strings.Contains(h, "analysing") || !strings.Contains(h, claimPos(3, len(full.Claims))) {
		t.Errorf("complete article header: %q", h)
	}
	// The new paragraphs are there to move to.
	m = press(m, "G")
	if !strings.Contains(header(m), claimPos(len(full.Claims), len(full.Claims))) {
		t.Errorf("after G: %q", header(m))
	}
}

func TestStartClaimIDOpensThere(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a, StartClaimID: a.Claims[5].ID()}, 80, 24)
	if m.cur != 5 || !strings.Contains(header(m), claimPos(6, len(a.Claims))) {
		t.Errorf("opened on claim %d: %q", m.cur, header(m))
	}
	if m.CurrentClaimID() != a.Claims[5].ID() {
		t.Errorf("CurrentClaimID = %q", m.CurrentClaimID())
	}
}

func TestPanesRenderOffTheKeypressPath(t *testing.T) {
	a := embedded(t)
	next, cmd := New(Options{Article: a}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m := next.(Model)
	if m.panes[paneNotes].rendered || cmd == nil {
		t.Fatal("the pane was rendered inside Update, or no rendering command came back")
	}
	plain := m.View().Content
	if !strings.Contains(plain, "Claim 1 of") {
		t.Error("the plain pane text is not shown meanwhile")
	}
	m, _ = deliverRenderings(m, cmd)
	// The current claim's panes and the next claim's, prefetched.
	for _, c := range []int{0, 1} {
		for i := range m.panes {
			if _, ok := m.mdCache.get(m.mdKeyFor(i, c)); !ok {
				t.Errorf("pane %d of claim %d was not rendered", i, c)
			}
		}
	}
	if !m.panes[paneNotes].rendered || !m.panes[paneAttribution].rendered {
		t.Error("the rendered panes were not shown")
	}
	if m.View().Content == plain {
		t.Error("the rendered frame is the same as the plain one")
	}
	// The neighbour is ready: j shows it rendered at once and prefetches
	// the claim after it.
	next, cmd = m.Update(keyPress("j"))
	if m = next.(Model); !m.panes[paneNotes].rendered {
		t.Error("the prefetched neighbour was not used")
	}
	m, _ = deliverRenderings(m, cmd)
	for i := range m.panes {
		if _, ok := m.mdCache.get(m.mdKeyFor(i, 2)); !ok {
			t.Errorf("pane %d of the claim after the current one was not prefetched", i)
		}
	}
}

func TestRenderedPanesHaveNoTrailingPadding(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	for _, p := range m.panes {
		if !p.rendered || len(p.lines) == 0 {
			t.Fatal("pane not rendered")
		}
		for _, l := range p.lines {
			if strings.HasSuffix(stripSGR(l), " ") {
				t.Errorf("pane line ends in padding: %q", l)
			}
		}
	}
}

func TestMarkdownInArticleTextStaysLiteral(t *testing.T) {
	evil := "Click [here](http://evil.example) or <b>bold</b> *now* `code`"
	a := synthetic([]string{"A claim."})
	a.Claims[0].SetSourceNotes([]string{evil})
	withSpeaker(&a, "# Not a heading", model.KindPerson, 0)
	a.Speakers[0].Role = "- not a list"
	m := open(t, Options{Article: a}, 160, 30)
	screen := strings.Join(screenLines(m), "\n")
	for _, literal := range []string{"[here](http://evil.example)", "<b>bold</b>", "*now*", "`code`", "# Not a heading", "- not a list"} {
		if !strings.Contains(screen, literal) {
			t.Errorf("%q is not shown literally:\n%s", literal, screen)
		}
	}
}

func TestPanicIsReportedSanitizedAndQuits(t *testing.T) {
	a := embedded(t)
	f := &failure{}
	g := &guard{m: New(Options{Article: a, ExtraNotes: func(string) string {
		panic("boom \x1b[2J\x1b]52;c;cHduZWQ=\x07 here")
	}}), f: f}
	next, cmd := g.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !isQuit(cmd) {
		t.Error("a panic in Update does not quit")
	}
	if _, ok := next.(*guard); !ok {
		t.Fatalf("after a panic Update returned %T, not a model that can draw", next)
	}
	_ = next.View() // must not panic again
	err := f.get()
	if err == nil {
		t.Fatal("the panic was not recorded")
	}
	if strings.ContainsAny(err.Error(), "\x1b\x07") || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panic error not sanitized: %q", err.Error())
	}
	// A panic in View is caught too, with an empty frame instead.
	g2 := &guard{m: New(Options{Article: a, Annotated: func(string) bool { panic("in view") }}), f: &failure{}}
	next, _ = g2.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := next.(*guard).View(); v.Content != "" || g2.f.get() == nil {
		t.Error("a panic in View was not caught")
	}
	// And in a command.
	msg := safeCmd(func() tea.Msg { panic("in cmd") })()
	if pm, ok := msg.(panicMsg); !ok || pm.err.Value != "in cmd" {
		t.Errorf("a panic in a command gave %#v", msg)
	}
}

func TestWindowTitleIsSanitized(t *testing.T) {
	a := embedded(t)
	a.Title = "Evil\x1b]0;owned\x07 title\nwith\tbreaks"
	m := open(t, Options{Article: a}, 80, 24)
	title := m.View().WindowTitle
	if strings.ContainsAny(title, "\x1b\x07\n\t") || !strings.Contains(title, "Evil") {
		t.Errorf("window title %q", title)
	}
}

func TestStatusMessagesAreShownSanitized(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	next, cmd := m.Update(StatusMsg{Text: "wrote notes.md\x1b[2J\nnow"})
	m = next.(Model)
	if f := footer(m); !strings.Contains(f, "wrote notes.md now") {
		t.Errorf("footer %q", f)
	}
	if strings.Contains(m.View().Content, "\x1b[2J") || cmd == nil {
		t.Error("status not sanitized, or no timer to clear it")
	}
	m = send(m, statusExpiredMsg{id: m.statusID})
	if strings.Contains(footer(m), "notes.md") {
		t.Error("the status message did not expire")
	}
}

func TestFilterChosenAppliesAndClosesTheOverlay(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	m = press(m, "?")
	m = press(m, "G")
	f := model.Filter{Unattributed: true}
	m = send(m, FilterChosenMsg{Filter: f})
	if len(m.overlays) != 0 || !m.filter.Active() {
		t.Fatalf("overlay open %d, filter %v", len(m.overlays), m.filter)
	}
	if !f.Match(m.art.Claims[m.cur]) {
		t.Errorf("current claim %d does not match the new filter", m.cur)
	}
	// A filter matching nothing is refused.
	none := synthetic([]string{"Only claim."})
	none.Speakers = []model.Speaker{{Name: "Nobody", Kind: model.KindPerson}}
	m2 := open(t, Options{Article: none}, 80, 24)
	m2 = send(m2, FilterChosenMsg{Filter: model.Filter{Speakers: []int{0}}})
	if m2.filter.Active() || !strings.Contains(footer(m2), "no claim matches") {
		t.Errorf("empty filter: active %v, footer %q", m2.filter.Active(), footer(m2))
	}
}

// analysisStep is the pipeline issue 7 plugs in: a command analysing one
// paragraph and chaining the next step through ArticleMsg.Next.
func analysisStep(an *model.Analyzer) tea.Cmd {
	return func() tea.Msg {
		done := an.Step(1)
		msg := ArticleMsg{Article: an.Snapshot(), Done: done, Progress: an.Progress()}
		if !done {
			msg.Next = analysisStep(an)
		}
		return msg
	}
}

func TestStartAndNextDriveAProgressiveAnalysis(t *testing.T) {
	an := embeddedAnalyzer(t, 1)
	m := open(t, Options{Article: an.Snapshot(), Start: analysisStep(an)}, 120, 40)
	m = send(m, ArticleMsg{Article: an.Snapshot(), Progress: an.Progress()})
	pending := []tea.Msg{}
	pending = append(pending, runCmds(m.Init())...)
	steps := 0
	for len(pending) > 0 {
		msg := pending[0]
		pending = pending[1:]
		next, cmd := m.Update(msg)
		m = next.(Model)
		if _, ok := msg.(ArticleMsg); ok {
			steps++
			pending = append(pending, runCmds(cmd)...)
		}
	}
	full := embedded(t)
	if steps < 2 || len(m.art.Claims) != len(full.Claims) || !m.done {
		t.Fatalf("after %d steps: %d of %d claims, done %v", steps, len(m.art.Claims), len(full.Claims), m.done)
	}
	if h := header(m); strings.Contains(h, "analysing") || !strings.Contains(h, claimPos(1, len(full.Claims))) {
		t.Errorf("header after the analysis: %q", h)
	}
}

// sizeRecorder is an overlay that remembers the sizes it was given.
type sizeRecorder struct{ sizes []tea.WindowSizeMsg }

func (o *sizeRecorder) update(msg tea.Msg) (overlay, tea.Cmd) {
	if s, ok := msg.(tea.WindowSizeMsg); ok {
		o.sizes = append(o.sizes, s)
	}
	return o, nil
}
func (o *sizeRecorder) done() bool                   { return false }
func (o *sizeRecorder) view(*theme, int, int) string { return "recorder" }
func (o *sizeRecorder) ShortHelp() []key.Binding     { return nil }
func (o *sizeRecorder) FullHelp() [][]key.Binding    { return nil }

func TestOverlaysGetTheBodySize(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 100, 30)
	rec := &sizeRecorder{}
	m.pushOverlay(rec)
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	want := []tea.WindowSizeMsg{{Width: 100, Height: 28}, {Width: 80, Height: 22}}
	if len(rec.sizes) != 2 || rec.sizes[0] != want[0] || rec.sizes[1] != want[1] {
		t.Errorf("overlay sizes %v, want %v", rec.sizes, want)
	}
	if !strings.Contains(strings.Join(screenLines(m), "\n"), "recorder") {
		t.Error("the overlay is not drawn")
	}
}

func TestSourceNotesHighlightLabelsAndHedges(t *testing.T) {
	got := noteMarkdown("Hedged: there is a fear that, could.", []string{"there is a fear that", "could"})
	want := "**Hedged:** *there is a fear that*, *could*\\."
	if got != want {
		t.Errorf("noteMarkdown = %q, want %q", got, want)
	}
	// A hedge no note mentions gets a line of its own; one already in a
	// note is not repeated.
	a := synthetic([]string{"It may rain."})
	a.Claims[0].SetSignals([]string{"may", "perhaps"}, nil, []string{"Hedged: may."})
	md := notesMarkdown(&a, 0, "")
	if strings.Count(md, "may") != 1 || !strings.Contains(md, "**Hedged:** *perhaps*") {
		t.Errorf("notes markdown:\n%s", md)
	}
}

func TestRenderedPaneLinesFitWithoutCutting(t *testing.T) {
	a := embedded(t)
	for _, w := range []int{80, 100, 120, 160} {
		m := open(t, Options{Article: a}, w, 40)
		for ci := range a.Claims {
			m.cur = ci
			m = send(m, tea.WindowSizeMsg{Width: w, Height: 40})
			for _, p := range m.panes {
				for _, l := range p.lines {
					if lw := ansi.StringWidth(l); lw > p.innerWidth() {
						t.Errorf("width %d, claim %d, %s: line %q is %d wide, pane %d", w, ci+1, p.title, ansi.Strip(l), lw, p.innerWidth())
					}
				}
			}
		}
	}
}
