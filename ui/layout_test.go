package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"marginalia/model"
)

// checkFrame fails unless the frame fits the terminal: no more lines than
// its height (exactly its height once the reader is drawn), none wider than
// its width.
func checkFrame(t *testing.T, m Model, w, h int, context string) {
	t.Helper()
	content := m.View().Content
	lines := strings.Split(content, "\n")
	if len(lines) > max(h, 1) {
		t.Fatalf("%s at %dx%d: %d lines", context, w, h, len(lines))
	}
	if w >= minWidth && h >= minHeight && len(lines) != h {
		t.Fatalf("%s at %dx%d: %d lines, want %d", context, w, h, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%s at %dx%d: line %d is %d wide: %q", context, w, h, i, lw, ansi.Strip(l))
		}
	}
}

func TestEveryFrameFitsTheTerminal(t *testing.T) {
	a := embedded(t)
	widths := []int{1, 2, 10, 39, 40, 41, 55, 79, 80, 99, 100, 101, 120, 180}
	heights := []int{1, 2, 7, 8, 9, 12, 24, 40, 60}
	for _, w := range widths {
		for _, h := range heights {
			for _, keys := range [][]string{nil, {"j", "j", "j"}, {"G"}, {"s"}, {"a"}, {"s", "a"}, {"?"}, {"/", "m", "o"}} {
				m := open(t, Options{Article: a}, w, h)
				m = press(m, keys...)
				checkFrame(t, m, w, h, strings.Join(keys, " "))
				for _, r := range []rect{m.layout.article, m.layout.notes, m.layout.attribution} {
					if r.w < 0 || r.h < 0 {
						t.Fatalf("%dx%d: negative region %+v", w, h, r)
					}
				}
			}
		}
	}
}

func TestTooSmallTerminalShowsOneLine(t *testing.T) {
	// The size needed is readable whenever it fits, however narrow.
	for _, c := range []struct {
		size [2]int
		want string
	}{
		{[2]int{39, 24}, "too small: needs 40×8"},
		{[2]int{80, 7}, "terminal too small: marginalia needs 40×8"},
		{[2]int{30, 20}, "too small: needs 40×8"},
		{[2]int{21, 3}, "too small: needs 40×8"},
		{[2]int{20, 3}, "needs 40×8"},
		{[2]int{12, 12}, "needs 40×8"},
		{[2]int{4, 4}, "40×8"},
		{[2]int{1, 1}, "…"},
	} {
		size := c.size
		m := open(t, Options{Article: embedded(t)}, size[0], size[1])
		lines := screenLines(m)
		if len(lines) != 1 || strings.TrimRight(lines[0], " ") != c.want {
			t.Errorf("%v: %q, want %q", size, lines, c.want)
		}
		// Keys still work, and nothing breaks when the terminal grows again.
		m = press(m, "j", "]", "s", "pgdown")
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		checkFrame(t, m, 80, 24, "grown")
	}
}

func TestResizeStormIsSurvived(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// Pane rendering commands are not run here: the panes show their plain
	// text, which must fit just the same.
	m := send(New(Options{Article: embedded(t)}), tea.WindowSizeMsg{Width: 80, Height: 24})
	keys := []string{"j", "k", "]", "[", "G", "g", "pgdown", "pgup", "ctrl+d", "s", "a", "n"}
	for i := range 3000 {
		w, h := rng.IntN(200), rng.IntN(70)
		if i%7 == 0 {
			w, h = rng.IntN(3), rng.IntN(3)
		}
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		m = press(m, keys[rng.IntN(len(keys))])
		if i%10 == 0 {
			m = send(m, tea.MouseWheelMsg{X: rng.IntN(max(w, 1)), Y: rng.IntN(max(h, 1)), Button: tea.MouseWheelDown})
			m = send(m, tea.MouseClickMsg{X: rng.IntN(max(w, 1)), Y: rng.IntN(max(h, 1)), Button: tea.MouseLeft})
		}
		checkFrame(t, m, w, h, "storm")
	}
}

func TestHeaderNeverCutsThePosition(t *testing.T) {
	a := embedded(t)
	a.Title = strings.Repeat("A very long title that goes on ", 10)
	f, _ := model.ResolveFilter(&a, nil, true)
	for w := minWidth; w <= 160; w++ {
		m := open(t, Options{Article: a, Filter: f}, w, 24)
		m = press(m, "G")
		h := header(m)
		want := claimPos(m.nav.Len(), m.nav.Len())
		if !strings.Contains(h, want) {
			t.Fatalf("width %d: header %q lacks %q", w, h, want)
		}
		if w >= 120 && !strings.Contains(h, "…") {
			t.Errorf("width %d: the long title is not shortened: %q", w, h)
		}
		if w >= 100 && !strings.Contains(h, "marginalia") {
			t.Errorf("width %d: header %q lacks the program name", w, h)
		}
	}
}

func TestHeaderFallsBackToFirstWords(t *testing.T) {
	a := embedded(t)
	a.Title = ""
	m := open(t, Options{Article: a}, 160, 24)
	words := strings.Fields(a.Paragraphs[0].Text)[:3]
	if h := header(m); !strings.Contains(h, strings.Join(words, " ")) {
		t.Errorf("header %q does not start the article's first words %q", h, words)
	}
}

func TestEmptyArticlesDoNotBreakTheReader(t *testing.T) {
	for name, a := range map[string]model.Article{
		"no paragraphs":            {},
		"paragraph without claims": synthetic([]string{}),
		"claimless then claims":    synthetic([]string{}, []string{"One claim."}),
	} {
		m := open(t, Options{Article: a}, 80, 24)
		for _, k := range []string{"j", "k", "]", "[", "G", "g", "pgdown", "pgup", "ctrl+d", "n", "s", "a", "s", "a", "?", "esc", "/", "x", "enter", "esc"} {
			m = press(m, k)
			checkFrame(t, m, 80, 24, name+" "+k)
		}
		m = send(m, tea.MouseClickMsg{X: 5, Y: 2, Button: tea.MouseLeft})
		m = send(m, tea.MouseWheelMsg{X: 5, Y: 2, Button: tea.MouseWheelDown})
		checkFrame(t, m, 80, 24, name+" mouse")
		if len(a.Claims) == 0 && !strings.Contains(header(m), "claim 0/0") {
			t.Errorf("%s: header %q", name, header(m))
		}
	}
}

// The styled title is kept between frames: one reader resized again and
// again shows it cut to the room of each width, never a width before.
func TestHeaderTitleFollowsResizes(t *testing.T) {
	a := embedded(t)
	a.Title = strings.Repeat("A very long title that goes on ", 10)
	m := open(t, Options{Article: a}, 160, 24)
	for _, w := range []int{160, 100, 140, 90, 160} {
		m = send(m, tea.WindowSizeMsg{Width: w, Height: 24})
		h := header(m)
		if got := ansi.StringWidth(h); got != w {
			t.Errorf("width %d: header is %d cells wide: %q", w, got, h)
		}
		if !strings.Contains(h, "…") || !strings.Contains(h, "A very long title") {
			t.Errorf("width %d: header %q does not show the shortened title", w, h)
		}
		fresh := header(open(t, Options{Article: a}, w, 24))
		if h != fresh {
			t.Errorf("width %d: resized header %q differs from a fresh reader's %q", w, h, fresh)
		}
	}
}

func TestLeadingWordsSplitsAsFields(t *testing.T) {
	for _, s := range []string{"", "   ", "one", " one  two\tthree\nfour ", "a\u00a0b\u2003c d e f g h i j k", strings.Repeat("word ", 50)} {
		want := strings.Fields(s)
		if len(want) > 9 {
			want = want[:9]
		}
		if got := leadingWords(s, 9); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("leadingWords(%q, 9) = %q, want %q", s, got, want)
		}
	}
}
