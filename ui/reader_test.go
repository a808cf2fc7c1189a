package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

func claimPos(n, m int) string { return fmt.Sprintf("claim %d/%d", n, m) }

func TestFirstFrameAndMovementKeys(t *testing.T) {
	a := embedded(t)
	total := len(a.Claims)
	secondPara := a.Paragraphs[1].Claims[0] + 1 // 1-based claim number
	m := open(t, Options{Article: a}, 120, 40)
	steps := []struct {
		keys []string
		want int
	}{
		{nil, 1},
		{[]string{"j"}, 2},
		{[]string{"j", "j"}, 4},
		{[]string{"k"}, 3},
		{[]string{"G"}, total},
		{[]string{"j"}, total}, // stays at the end
		{[]string{"g"}, 1},
		{[]string{"k"}, 1}, // stays at the start
		{[]string{"]"}, secondPara},
		{[]string{"["}, 1},
		{[]string{"end"}, total},
		{[]string{"home"}, 1},
		{[]string{"down", "down", "up"}, 2},
	}
	for _, s := range steps {
		m = press(m, s.keys...)
		if h := header(m); !strings.Contains(h, claimPos(s.want, total)) {
			t.Fatalf("after %v the header is %q, want %s", s.keys, h, claimPos(s.want, total))
		}
	}
}

func TestCurrentClaimIsAlwaysOnScreen(t *testing.T) {
	a := embedded(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {40, 8}, {60, 12}} {
		m := open(t, Options{Article: a}, size[0], size[1])
		for range a.Claims {
			m = press(m, "j")
			first, last := m.article.claimLines(m.art, m.cur)
			if first.before(m.article.top) {
				t.Fatalf("%v: claim %d starts above the view", size, m.cur)
			}
			if _, ok := m.article.distance(m.art, m.article.top, last, m.article.height-1); !ok {
				if _, ok := m.article.distance(m.art, m.article.top, first, m.article.height-1); !ok {
					t.Fatalf("%v: claim %d is below the view", size, m.cur)
				}
			}
		}
	}
}

// oneLineClaims is an article whose every paragraph is one short claim, so
// each claim takes exactly two lines of the pane (text and separator).
func oneLineClaims(n int) model.Article {
	var paras [][]string
	for i := range n {
		paras = append(paras, []string{fmt.Sprintf("Claim number %d.", i)})
	}
	return synthetic(paras...)
}

func TestPageKeysMoveAScreenOfClaims(t *testing.T) {
	m := open(t, Options{Article: oneLineClaims(100)}, 120, 22)
	m = press(m, "s", "a") // article alone: 20 lines, 10 claims a screen
	if m.article.height != 20 {
		t.Fatalf("article height %d, want 20", m.article.height)
	}
	// The view turns by exactly a screen (half for ctrl+d/u); the current
	// claim keeps its row, or comes down to the first row clear of the
	// scroll-off context. A page back retraces the page before it.
	steps := []struct {
		key      string
		want     int // current claim
		firstRow int // the claim on the article's first two rows
	}{
		{"pgdown", 12, 10}, {"pgdown", 22, 20}, {"pgup", 12, 10}, {"ctrl+d", 17, 15}, {"ctrl+u", 12, 10},
		{"pgup", 0, 0}, {"pgup", 0, 0}, {"G", 99, 90}, {"pgdown", 99, 90},
		// From the last screen (its first row a separator) a screen up:
		// claim 99's row is in the scroll-off context, so the claim is the
		// lowest one clear of it.
		{"pgup", 87, 80},
	}
	for _, s := range steps {
		m = press(m, s.key)
		if m.cur != s.want {
			t.Fatalf("%s: current claim %d, want %d", s.key, m.cur, s.want)
		}
		lines := screenLines(m)
		if want := fmt.Sprintf("Claim number %d.", s.firstRow); !strings.Contains(lines[1]+lines[2], want) {
			t.Fatalf("%s: the article's first rows are %q, want %q", s.key, lines[1:3], want)
		}
		if !strings.Contains(strings.Join(lines, "\n"), fmt.Sprintf("Claim number %d.", s.want)) {
			t.Fatalf("%s: claim %d is not on screen", s.key, s.want)
		}
	}
}

func TestToggleTwiceRestoresTheScreen(t *testing.T) {
	a := embedded(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {100, 30}, {40, 8}} {
		for _, toggle := range []string{"s", "a"} {
			m := open(t, Options{Article: a}, size[0], size[1])
			m = press(m, "j", "j", "j", "j", "j", "j", "j")
			before := m.View().Content
			m = press(m, toggle)
			if m.View().Content == before {
				t.Errorf("%v: %s changed nothing", size, toggle)
			}
			m = press(m, toggle)
			if after := m.View().Content; after != before {
				t.Errorf("%v: %s twice did not restore the screen:\n%s\n---\n%s", size, toggle, before, after)
			}
		}
	}
}

func TestPanesStandBesideOrBelow(t *testing.T) {
	a := embedded(t)
	wide := open(t, Options{Article: a}, 120, 40)
	if !wide.layout.beside || wide.layout.notes.x == 0 {
		t.Errorf("at 120 columns the panes should be to the right: %+v", wide.layout)
	}
	narrow := open(t, Options{Article: a}, 99, 40)
	if narrow.layout.beside || narrow.layout.notes.y <= narrow.layout.article.y {
		t.Errorf("at 99 columns the panes should be below: %+v", narrow.layout)
	}
	for _, m := range []Model{wide, narrow} {
		screen := strings.Join(screenLines(m), "\n")
		for _, title := range []string{"Source notes", "Attribution"} {
			if !strings.Contains(screen, title) {
				t.Errorf("%d columns: no %q pane", m.width, title)
			}
		}
	}
	hidden := press(wide, "s", "a")
	screen := strings.Join(screenLines(hidden), "\n")
	if strings.Contains(screen, "Source notes") || strings.Contains(screen, "Attribution") {
		t.Error("toggled-off panes are still drawn")
	}
}

func TestEscUndoesTheInnermostThing(t *testing.T) {
	a := embedded(t)
	f := model.Filter{Unattributed: true}
	m := open(t, Options{Article: a, Filter: f}, 120, 40)
	m = press(m, "/")
	m = typeText(m, "the")
	m = press(m, "enter", "?")
	if len(m.overlays) != 1 || m.search.query == "" || !m.filter.Active() {
		t.Fatalf("setup: overlays %d, query %q, filter %v", len(m.overlays), m.search.query, m.filter.Active())
	}
	m = press(m, "esc")
	if len(m.overlays) != 0 || m.search.query == "" || !m.filter.Active() {
		t.Fatal("first esc should close only the help")
	}
	m = press(m, "esc")
	if m.search.active() || !m.filter.Active() {
		t.Fatal("second esc should clear only the search")
	}
	m = press(m, "esc")
	if m.filter.Active() {
		t.Fatal("third esc should clear the filter")
	}
	before := m.View().Content
	next, cmd := m.Update(keyPress("esc"))
	if isQuit(cmd) || next.(Model).View().Content != before {
		t.Error("esc with nothing to undo should do nothing")
	}
}

func TestQuitKeys(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 80, 24)
	for _, k := range []string{"q", "ctrl+c"} {
		if _, cmd := m.Update(keyPress(k)); !isQuit(cmd) {
			t.Errorf("%s does not quit", k)
		}
	}
	// While typing a search, q is text but ctrl+c still quits.
	m = press(m, "/")
	if _, cmd := m.Update(keyPress("q")); isQuit(cmd) {
		t.Error("q quits while typing a search")
	}
	if _, cmd := m.Update(keyPress("ctrl+c")); !isQuit(cmd) {
		t.Error("ctrl+c does not quit while typing a search")
	}
}

// isQuit runs cmd (and any batch inside) and reports whether it quits.
func isQuit(cmd tea.Cmd) bool {
	for _, msg := range runCmds(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

func TestWheelScrollsWithoutMovingTheCurrentClaim(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 80, 24)
	top := m.article.top
	m = send(m, tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	if m.cur != 0 || !top.before(m.article.top) {
		t.Errorf("wheel down: current %d, top %v (was %v)", m.cur, m.article.top, top)
	}
	m = send(m, tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelUp})
	if m.article.top != top {
		t.Errorf("wheel up did not scroll back: %v", m.article.top)
	}
	for range 1000 {
		m = send(m, tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	}
	if maxTop := m.article.maxTop(m.art); m.article.top != maxTop {
		t.Errorf("wheel scrolled past the end: %v, max %v", m.article.top, maxTop)
	}
}

func TestClickSelectsTheClaimUnderThePointer(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	target := a.Paragraphs[1].Claims[0]
	word := strings.Fields(a.Claims[target].Text)[0]
	// Find the claim's first word on screen, from its first line on.
	first, _ := m.article.claimLines(m.art, target)
	row, _ := m.article.distance(m.art, m.article.top, first, m.article.height)
	line := screenLines(m)[1+row]
	col := strings.Index(line, word)
	if col < 0 {
		t.Fatalf("%q not on screen row %d: %q", word, row, line)
	}
	m = send(m, tea.MouseClickMsg{X: col + 1, Y: 1 + row, Button: tea.MouseLeft})
	if m.cur != target {
		t.Errorf("click on %q selected claim %d, want %d", word, m.cur, target)
	}
	// A click on the gutter or a pane selects nothing.
	m = send(m, tea.MouseClickMsg{X: 0, Y: 1, Button: tea.MouseLeft})
	m = send(m, tea.MouseClickMsg{X: 110, Y: 3, Button: tea.MouseLeft})
	if m.cur != target {
		t.Errorf("click outside the text moved to claim %d", m.cur)
	}
}

func TestSearchJumpsAndSteps(t *testing.T) {
	a := embedded(t)
	query := "moscow"
	var hits []int
	for _, c := range a.Claims {
		if strings.Contains(strings.ToLower(c.Text), query) {
			hits = append(hits, int(c.Index))
		}
	}
	if len(hits) < 2 {
		t.Skipf("the embedded article mentions %q in %d claims", query, len(hits))
	}
	m := open(t, Options{Article: a}, 120, 40)
	m = press(m, "/")
	m = typeText(m, "MOSCOW")
	if !strings.Contains(footer(m), "/MOSCOW") {
		t.Errorf("footer while typing: %q", footer(m))
	}
	match := m.theme.spans.code(spanLook{match: true})
	m = press(m, "enter")
	if m.cur != hits[0] {
		t.Fatalf("enter went to claim %d, want %d", m.cur, hits[0])
	}
	if !strings.Contains(m.View().Content, match) {
		t.Error("matches are not highlighted after enter")
	}
	m = press(m, "n")
	if m.cur != hits[1] {
		t.Errorf("n went to %d, want %d", m.cur, hits[1])
	}
	m = press(m, "N")
	if m.cur != hits[0] {
		t.Errorf("N went to %d, want %d", m.cur, hits[0])
	}
	m = press(m, "N") // wraps to the last match
	if m.cur != hits[len(hits)-1] || !strings.Contains(footer(m), "wrapped") {
		t.Errorf("N from the first match: claim %d, footer %q", m.cur, footer(m))
	}
	m = press(m, "esc")
	if strings.Contains(m.View().Content, match) {
		t.Error("esc left the matches highlighted")
	}
	m = press(m, "/")
	m = typeText(m, "zzzqqq")
	m = press(m, "enter")
	if !strings.Contains(footer(m), "no match") {
		t.Errorf("footer after a failed search: %q", footer(m))
	}
}

func TestTypingASearchOnlyScansWhatIsOnScreen(t *testing.T) {
	m := open(t, Options{Article: oneLineClaims(2000)}, 80, 24)
	m = press(m, "/")
	m = typeText(m, "number 1")
	if n := len(m.search.matches.byPara); n > m.article.height {
		t.Errorf("typing searched %d paragraphs; %d lines are on screen", n, m.article.height)
	}
	m = press(m, "enter")
	if m.cur != 1 {
		t.Errorf("enter went to claim %d, want 1", m.cur)
	}
	m = press(m, "n")
	if m.cur != 10 {
		t.Errorf("n went to claim %d, want 10", m.cur)
	}
}

func TestAnnotatedClaimsAndExtraNotes(t *testing.T) {
	a := embedded(t)
	marked := a.Claims[1].ID()
	opts := Options{
		Article:   a,
		Annotated: func(id string) bool { return id == marked },
		ExtraNotes: func(id string) string {
			if id == a.Claims[0].ID() {
				return "**Your note:** ask CBP for the figures"
			}
			return ""
		},
	}
	m := open(t, opts, 120, 40)
	lines := screenLines(m)
	first, _ := m.article.claimLines(m.art, 1)
	row, _ := m.article.distance(m.art, m.article.top, first, m.article.height)
	if gutter := []rune(lines[1+row]); gutter[1] != '•' {
		t.Errorf("no note mark in the gutter of claim 2's first line: %q", lines[1+row])
	}
	marks := 0
	for _, l := range lines[1 : 1+m.article.height] {
		if len(l) > 0 && strings.ContainsRune(string([]rune(l)[:2]), '•') {
			marks++
		}
	}
	if marks != 1 {
		t.Errorf("%d gutter marks, want 1", marks)
	}
	if screen := strings.Join(lines, "\n"); !strings.Contains(screen, "Your note:") || !strings.Contains(screen, "ask CBP") {
		t.Errorf("the Source notes pane does not show the extra notes:\n%s", screen)
	}
}

func TestNoColorUsesReverseVideo(t *testing.T) {
	m := open(t, Options{Article: embedded(t), NoColor: true}, 120, 40)
	out := m.View().Content
	for _, sgr := range []string{"38;", "48;"} {
		if strings.Contains(out, sgr) {
			t.Errorf("NO_COLOR frame contains colour code %q", sgr)
		}
	}
	if !strings.Contains(out, "\x1b[7m") {
		t.Error("NO_COLOR frame does not mark the current claim in reverse video")
	}
}

func TestLightBackgroundChangesPalette(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	dark := m.View().Content
	m = send(m, tea.BackgroundColorMsg{Color: lightGrey{}})
	if m.dark || m.View().Content == dark {
		t.Error("a light background answer did not switch the palette")
	}
}

type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }

func TestAnyNoColorValueMeansNoColour(t *testing.T) {
	for _, v := range []string{"1", "0", "false", "yes", "anything"} {
		env := func(k string) string {
			if k == "NO_COLOR" {
				return v
			}
			return ""
		}
		if !noColorRequested(env) {
			t.Errorf("NO_COLOR=%q was not honoured", v)
		}
	}
	if noColorRequested(func(string) string { return "" }) {
		t.Error("an empty NO_COLOR turned colour off")
	}
}

func TestPanesScrollWithJAndK(t *testing.T) {
	a := goldenArticle()
	var notes []string
	for i := range 20 {
		notes = append(notes, fmt.Sprintf("Note number %d.", i))
	}
	a.Claims[0].SetSourceNotes(notes)
	m := open(t, Options{Article: a}, 80, 24)
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "more: J/K") || strings.Contains(screen, "Note number 19.") {
		t.Fatalf("a long pane does not say there is more:\n%s", screen)
	}
	for range 10 {
		m = press(m, "J")
	}
	if screen = strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "Note number 19.") {
		t.Errorf("J did not scroll to the end of the pane:\n%s", screen)
	}
	for range 10 {
		m = press(m, "K")
	}
	if screen = strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "Claim 1 of") {
		t.Errorf("K did not scroll back to the top:\n%s", screen)
	}
	if m.cur != 0 {
		t.Errorf("scrolling the panes moved the current claim to %d", m.cur)
	}
}
