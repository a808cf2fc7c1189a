package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/model"
)

// sendKey sends a key press. A key that reaches the picker or the overview
// is answered by a command (FilterChosenMsg, PickerClosedMsg,
// OverviewClosedMsg), which is run and its message sent back, as Bubble Tea
// would. The reader's own commands are not run: they include the status
// line's timer.
func sendKey(m Model, k tea.KeyPressMsg) Model {
	toOverlay := len(m.overlays) > 0
	next, cmd := m.Update(k)
	m = next.(Model)
	if !toOverlay {
		return m
	}
	for _, out := range runCmds(cmd) {
		switch out.(type) {
		case FilterChosenMsg, PickerClosedMsg, OverviewClosedMsg:
			m = send(m, out)
		}
	}
	return m
}

// pressAndRun sends key presses named as msg.String() names them.
func pressAndRun(m Model, keys ...string) Model {
	for _, k := range keys {
		m = sendKey(m, keyPress(k))
	}
	return m
}

// typeAndRun types text one rune at a time.
func typeAndRun(m Model, s string) Model {
	for _, r := range s {
		m = sendKey(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func TestFKeyFiltersToLeretteAndEscRestoresTheWholeArticle(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	m = pressAndRun(m, "f")
	if !strings.Contains(strings.Join(screenLines(m), "\n"), "Filter by speaker") {
		t.Fatalf("f does not open the picker:\n%s", strings.Join(screenLines(m), "\n"))
	}
	m = typeAndRun(m, "lerette")
	m = pressAndRun(m, "enter")
	if len(m.overlays) != 0 {
		t.Fatal("the picker is still open after enter")
	}
	h := header(m)
	if !strings.Contains(h, "claim 1/1 ") || !strings.Contains(h, "Lerette") {
		t.Fatalf("after f lerette enter the header is %q, want claim 1/1 and the filter named", h)
	}
	lerette := m.cur
	for _, k := range []string{"j", "k", "]", "[", "g", "G", "pgdown", "ctrl+u"} {
		if m = pressAndRun(m, k); m.cur != lerette || !strings.Contains(header(m), "claim 1/1 ") {
			t.Fatalf("%s moved off the only matching claim: claim %d, header %q", k, m.cur, header(m))
		}
	}
	m = pressAndRun(m, "esc")
	if h := header(m); !strings.Contains(h, "claim 10/19") || strings.Contains(h, "Lerette") {
		t.Errorf("esc after filtering to Lerette: header %q, want claim 10/19 and no filter", h)
	}
}

func TestFKeyTogglesSeveralSpeakers(t *testing.T) {
	m := openReaderForOverlay(100, 30) // experts (claim 1), Lerette (4), analysts (5)
	m = pressAndRun(m, "f")
	m = typeAndRun(m, "experts")
	m = pressAndRun(m, "tab")
	for range "experts" {
		m = sendKey(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	m = typeAndRun(m, "analysts")
	m = pressAndRun(m, "tab", "enter")
	if h := header(m); !strings.Contains(h, "claim 1/2") || !strings.Contains(h, "experts, analysts") {
		t.Fatalf("two toggled speakers: header %q, want claim 1/2 naming both", h)
	}
	if m = pressAndRun(m, "j"); m.cur != 4 {
		t.Errorf("j went to claim %d, want 4 (the analysts' claim)", m.cur)
	}
}

func TestFKeyEscClosesThePickerWithoutChange(t *testing.T) {
	m := openReaderForOverlay(100, 30)
	m = pressAndRun(m, "j", "f")
	m = typeAndRun(m, "lerette")
	m = pressAndRun(m, "esc")
	if len(m.overlays) != 0 || m.filter.Active() || m.cur != 1 {
		t.Errorf("esc in the picker: overlays %d, filter %v, claim %d; want closed, none, 1",
			len(m.overlays), m.filter.Active(), m.cur)
	}
	// The letters went to the picker's search, not to the reader's keys.
	if m.search.query != "" {
		t.Errorf("typing in the picker started a reader search %q", m.search.query)
	}
}

func TestOKeyFiltersByKind(t *testing.T) {
	m := openReaderForOverlay(100, 30)
	m = pressAndRun(m, "o")
	if !strings.Contains(strings.Join(screenLines(m), "\n"), "Sourcing overview") {
		t.Fatalf("o does not open the overview:\n%s", strings.Join(screenLines(m), "\n"))
	}
	// Bars with claims: unattributed (claims 2, 3), group (1, 5), person (4).
	m = pressAndRun(m, "down", "enter")
	if h := header(m); !strings.Contains(h, "claim 1/2") || !strings.Contains(h, "⊂ group sources") {
		t.Fatalf("after choosing the group bar the header reads %q", h)
	}
	if m = pressAndRun(m, "G"); m.cur != 4 {
		t.Errorf("G went to claim %d, want 4, the last group claim", m.cur)
	}
	// o closes the overview again without a change.
	m = pressAndRun(m, "o", "o")
	if len(m.overlays) != 0 || !m.filter.Active() || m.cur != 4 {
		t.Errorf("o o: overlays %d, filter %v, claim %d", len(m.overlays), m.filter.Active(), m.cur)
	}
}

// filterMoveArticle has claims by Ada Lovelace in three paragraphs, between
// unattributed ones, and the word "tide" in claims on both sides of the
// filter.
func filterMoveArticle() (model.Article, model.Filter) {
	a := synthetic(
		[]string{"Alpha tide rises.", "Ada says bravo.", "Charlie tide falls."},
		[]string{"Delta stays calm.", "Echo tide turns.", "Ada adds foxtrot tide."},
		[]string{"Golf is quiet.", "Hotel tide waits."},
		[]string{"Ada ends with india tide.", "Juliet closes."},
	)
	si := withSpeaker(&a, "Ada Lovelace", model.KindPerson, 1, 5, 8)
	return a, model.Filter{Speakers: []int{si}}
}

func TestMovesStayAmongMatchingClaims(t *testing.T) {
	a, f := filterMoveArticle()
	tests := []struct {
		start int
		keys  []string
		want  int
	}{
		{1, []string{"j"}, 5},
		{5, []string{"j"}, 8},
		{8, []string{"j"}, 8},
		{8, []string{"k"}, 5},
		{1, []string{"k"}, 1},
		{1, []string{"]"}, 5},
		{5, []string{"]"}, 8}, // paragraph 3 has no match: skipped
		{8, []string{"["}, 5},
		{5, []string{"["}, 1},
		{8, []string{"g"}, 1},
		{1, []string{"G"}, 8},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.start, strings.Join(tt.keys, " ")), func(t *testing.T) {
			m := open(t, Options{Article: a, Filter: f}, 100, 30)
			m.moveTo(tt.start)
			if m = pressAndRun(m, tt.keys...); m.cur != tt.want {
				t.Errorf("landed on claim %d, want %d", m.cur, tt.want)
			}
		})
	}
}

func TestSearchNextSkipsClaimsOutsideTheFilter(t *testing.T) {
	a, f := filterMoveArticle()
	m := open(t, Options{Article: a, Filter: f}, 100, 30)
	m = pressAndRun(m, "/")
	m = typeAndRun(m, "tide")
	m = pressAndRun(m, "enter")
	// Claim 1 ("Ada says bravo") has no "tide"; the first matching claim
	// that says it is 5, not 2 or 4.
	var visited []int
	visited = append(visited, m.cur)
	for range 2 {
		m = pressAndRun(m, "n")
		visited = append(visited, m.cur)
	}
	if fmt.Sprint(visited) != "[5 8 5]" {
		t.Errorf("enter, n, n visited %v, want [5 8 5] (wrapping, never an unfiltered claim)", visited)
	}
	m = pressAndRun(m, "N")
	if m.cur != 8 {
		t.Errorf("N went to claim %d, want 8 (wrapping back)", m.cur)
	}
}

// screenPosOf is the screen cell where word is drawn in the article pane.
func screenPosOf(t *testing.T, m Model, word string) (x, y int) {
	t.Helper()
	for y, line := range screenLines(m) {
		if i := strings.Index(line, word); i >= 0 && y > 0 {
			return len([]rune(line[:i])), y
		}
	}
	t.Fatalf("%q is not on screen:\n%s", word, strings.Join(screenLines(m), "\n"))
	return 0, 0
}

// clickOn clicks the left button on word in the article pane.
func clickOn(t *testing.T, m Model, word string) Model {
	t.Helper()
	x, y := screenPosOf(t, m, word)
	return send(m, tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

// A click on a dimmed claim (outside the filter) is ignored: the current
// claim is always one the filter lets through, so the header's "claim N/M"
// keeps its meaning. A click on a matching claim selects it.
func TestClickOnDimmedClaimIsIgnored(t *testing.T) {
	a, f := filterMoveArticle()
	m := open(t, Options{Article: a, Filter: f}, 100, 30)
	if m = clickOn(t, m, "Echo"); m.cur != 1 {
		t.Errorf("a click on dimmed claim 4 made claim %d current, want 1 kept", m.cur)
	}
	if f := footer(m); !strings.Contains(f, "outside the filter") {
		t.Errorf("the footer does not say why the click did nothing: %q", f)
	}
	if m = clickOn(t, m, "foxtrot"); m.cur != 5 {
		t.Errorf("a click on matching claim 5 made claim %d current", m.cur)
	}
	if h := header(m); !strings.Contains(h, "claim 2/3") {
		t.Errorf("after the click the header reads %q, want claim 2/3", h)
	}
	if f := footer(m); strings.Contains(f, "outside the filter") {
		t.Errorf("the note stays after a click on a matching claim: %q", f)
	}
}

// The --speaker rule: a filter given at start opens on its first match, even
// when a remembered reading position names another claim.
func TestStartFilterWinsOverRememberedPosition(t *testing.T) {
	a, f := filterMoveArticle()
	m := open(t, Options{Article: a, Filter: f, StartClaimID: a.Claims[6].ID()}, 100, 30)
	if m.cur != 1 || !strings.Contains(header(m), "claim 1/3") {
		t.Errorf("opened on claim %d (%q), want the first match 1", m.cur, header(m))
	}
	m = open(t, Options{Article: a, StartClaimID: a.Claims[6].ID()}, 100, 30)
	if m.cur != 6 {
		t.Errorf("without a filter the remembered claim 6 should open, got %d", m.cur)
	}
}

// progressiveSnapshots are the embedded article after its first two
// paragraphs, with the progress then, and complete.
func progressiveSnapshots(t *testing.T) (partial model.Article, progress float64, full model.Article) {
	t.Helper()
	an := embeddedAnalyzer(t, 2)
	partial, progress = an.Snapshot(), an.Progress()
	for !an.Step(1 << 20) {
	}
	return partial, progress, an.Snapshot()
}

func TestPickerAndOverviewSayTheyArePartialUntilAnalysisIsDone(t *testing.T) {
	partial, progress, full := progressiveSnapshots(t)
	if len(full.Speakers) <= len(partial.Speakers) {
		t.Fatalf("fixture: the first two paragraphs already name all %d speakers", len(full.Speakers))
	}
	late := full.Speakers[len(full.Speakers)-1].Name // introduced after the snapshot
	note := fmt.Sprintf("analysing… %d%%", int(progress*100))

	for _, key := range []string{"f", "o"} {
		t.Run(key, func(t *testing.T) {
			m := open(t, Options{Article: partial}, 120, 40)
			m = send(m, ArticleMsg{Article: partial, Progress: progress})
			m = pressAndRun(m, key)
			screen := strings.Join(screenLines(m), "\n")
			if !strings.Contains(screen, note) || !strings.Contains(screen, "partial") {
				t.Errorf("while analysing, the overlay does not say it is partial (%q):\n%s", note, screen)
			}
			if strings.Contains(screen, late) {
				t.Fatalf("fixture: %q is already listed", late)
			}
			m = send(m, ArticleMsg{Article: full, Done: true, Progress: 1})
			if len(m.overlays) != 1 {
				t.Fatal("the overlay closed when the analysis finished")
			}
			screen = strings.Join(screenLines(m), "\n")
			if strings.Contains(screen, "partial") || strings.Contains(screen, "analysing") {
				t.Errorf("the partial note stays after the analysis is done:\n%s", screen)
			}
			if !strings.Contains(screen, late) {
				t.Errorf("%q, found later in the article, is not listed once it is done:\n%s", late, screen)
			}
		})
	}
}

func TestPickerKeepsTypedSearchAndToggledSpeakersAcrossSnapshots(t *testing.T) {
	partial, progress, full := progressiveSnapshots(t)
	m := open(t, Options{Article: partial}, 120, 40)
	m = send(m, ArticleMsg{Article: partial, Progress: progress})
	m = pressAndRun(m, "f")
	m = typeAndRun(m, "expert")
	m = pressAndRun(m, "tab")
	m = send(m, ArticleMsg{Article: full, Done: true, Progress: 1})
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "Speaker: expert") || !strings.Contains(screen, "1 chosen") {
		t.Fatalf("the new snapshot lost the search or the toggled speaker:\n%s", screen)
	}
	m = pressAndRun(m, "enter")
	if h := header(m); !strings.Contains(h, "experts") || !strings.Contains(h, "claim 1/3") {
		t.Errorf("after enter the header reads %q, want the experts' 3 claims", h)
	}
}

// A kind chosen in the overview while the article is partial also matches
// speakers of that kind found later.
func TestKindFilterFollowsNewSnapshots(t *testing.T) {
	partial, progress, full := progressiveSnapshots(t)
	m := open(t, Options{Article: partial}, 120, 40)
	m = send(m, ArticleMsg{Article: partial, Progress: progress})
	m = send(m, FilterChosenMsg{Filter: model.KindFilter(m.art, model.KindGroup)})
	m = send(m, ArticleMsg{Article: full, Done: true, Progress: 1})
	want := model.Summarize(&full, nil).ByKind[model.KindGroup]
	if got := m.nav.Len(); got != want {
		t.Errorf("the group filter matches %d claims of the full article, want %d", got, want)
	}
}

// TestFilterThroughProgram runs the reader as a Bubble Tea program (teatest):
// f, "lerette", enter filters the embedded article to Lerette's one claim.
func TestFilterThroughProgram(t *testing.T) {
	tm := teatest.NewTestModel(t, asProgram(New(Options{Article: embedded(t), syncPanes: true})),
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
	tm.Send(keyPress("f"))
	for _, r := range "lerette" {
		tm.Send(keyPress(string(r)))
	}
	tm.Send(keyPress("enter"))
	// The filter mark in the header: the picker has closed and the filter
	// is on, so q reaches the reader and not the picker's search.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("⊂")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(keyPress("q"))
	final := readerOf(t, tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)))
	if h := header(final); !strings.Contains(h, "claim 1/1 ") || !strings.Contains(h, "⊂ Morgan Lerette") {
		t.Errorf("header %q, want claim 1/1 and the filter ⊂ Morgan Lerette", h)
	}
}

// Between rebuilds (the article grew less than a tenth) a snapshot only
// moves the percentage; a snapshot that grew it more lists the new speakers.
func TestPickerRebuildsAsTheArticleGrows(t *testing.T) {
	an := embeddedAnalyzer(t, 2)
	first := an.Snapshot()
	m := open(t, Options{Article: first}, 120, 40)
	m = send(m, ArticleMsg{Article: first, Progress: 0.3})
	m = pressAndRun(m, "f")
	before := m.overlays[0].(*pickerOverlay).pane.list.Items()

	m = send(m, ArticleMsg{Article: first, Progress: 0.35})
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "analysing… 35% — list is partial") {
		t.Errorf("the note does not follow the progress:\n%s", screen)
	}
	if got := m.overlays[0].(*pickerOverlay).pane.list.Items(); len(got) != len(before) {
		t.Errorf("an unchanged article rebuilt the list: %d entries, was %d", len(got), len(before))
	}

	for an.Snapshot().Speakers == nil || len(an.Snapshot().Speakers) <= len(first.Speakers) {
		if an.Step(1) {
			t.Fatal("fixture: no new speaker before the end")
		}
	}
	grown := an.Snapshot()
	if !stale(len(first.Claims), len(grown.Claims), false) {
		t.Fatalf("fixture: %d claims is not a tenth more than %d", len(grown.Claims), len(first.Claims))
	}
	m = send(m, ArticleMsg{Article: grown, Progress: 0.5})
	newest := grown.Speakers[len(grown.Speakers)-1].Name
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, newest) || !strings.Contains(screen, "50% — list is partial") {
		t.Errorf("after the article grew, %q is not listed, or the note is gone:\n%s", newest, screen)
	}
}

// f and o on articles with nothing to filter open and close without harm,
// and a filter matching no claim is refused with a message.
func TestFilterKeysOnEmptyArticles(t *testing.T) {
	noClaims := model.Article{Meta: model.Meta{Title: "Empty"}, Paragraphs: []model.Paragraph{{Index: 1, Text: "—"}}}
	for name, a := range map[string]model.Article{"nothing": {}, "no claims": noClaims} {
		t.Run(name, func(t *testing.T) {
			m := open(t, Options{Article: a}, 80, 24)
			for _, keys := range [][]string{{"f", "enter", "esc"}, {"f", "tab", "enter", "esc"}, {"o", "enter", "down", "esc"}} {
				m = pressAndRun(m, keys...)
				if len(m.overlays) != 0 || m.filter.Active() {
					t.Errorf("%v: overlays %d, filter %v", keys, len(m.overlays), m.filter.Active())
				}
				if h := header(m); !strings.Contains(h, "claim 0/0") {
					t.Errorf("%v: header %q", keys, h)
				}
			}
		})
	}
}

// A snapshot keeps the highlighted speaker highlighted once the user has
// moved to it; a cursor left on the first row stays on the first row.
func TestPickerCursorAcrossSnapshots(t *testing.T) {
	partial, progress, full := progressiveSnapshots(t)
	highlighted := func(m Model) string {
		e, ok := m.overlays[0].(*pickerOverlay).pane.highlighted()
		if !ok {
			t.Fatal("no row highlighted")
		}
		return e.name
	}
	m := open(t, Options{Article: partial}, 120, 40)
	m = send(m, ArticleMsg{Article: partial, Progress: progress})
	untouched := send(pressAndRun(m, "f"), ArticleMsg{Article: full, Done: true, Progress: 1})
	fresh := open(t, Options{Article: full}, 120, 40)
	if got, want := highlighted(untouched), highlighted(pressAndRun(fresh, "f")); got != want {
		t.Errorf("untouched cursor: %q highlighted after the snapshot, want the first row %q", got, want)
	}

	m = pressAndRun(m, "f", "down")
	chosen := highlighted(m)
	m = send(m, ArticleMsg{Article: full, Done: true, Progress: 1})
	if got := highlighted(m); got != chosen {
		t.Errorf("after the snapshot %q is highlighted, want %q kept", got, chosen)
	}
}
