package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"marginalia/model"
)

// longArticle is a generated article of some 200 KB (thousands of claims,
// paragraphs of every length, hard-wrapped ones among them), analysed once.
var longArticle = generatedArticle(200<<10, "long")

// pageRoundTrips are key sequences that must leave the screen as it was:
// a page one way and back, half pages, and several pages out and back.
var pageRoundTrips = [][]string{
	{"pgdown", "pgup"},
	{"pgup", "pgdown"},
	{"ctrl+d", "ctrl+u"},
	{"ctrl+u", "ctrl+d"},
	{"pgdown", "pgdown", "ctrl+d", "ctrl+u", "pgup", "pgup"},
	{"pgup", "ctrl+u", "pgup", "pgdown", "ctrl+d", "pgdown"},
}

// checkPagesRetrace presses every round trip from m and compares the whole
// frame (article rows, header's claim N/M, panes) with the one before. A
// trip whose way out is stopped by an end of the article (a page key that
// changes nothing) has nothing to undo and is not checked.
func checkPagesRetrace(t *testing.T, where string, m Model) {
	t.Helper()
	before := m.View().Content
trips:
	for _, keys := range pageRoundTrips {
		out, back := keys[:len(keys)/2], keys[len(keys)/2:]
		after, frame := m, before
		for _, k := range out {
			after = press(after, k)
			next := after.View().Content
			if next == frame {
				continue trips
			}
			frame = next
		}
		after = press(after, back...)
		if got := after.View().Content; got != before {
			t.Fatalf("%s: %v does not come back to the same screen:\nbefore:\n%s\nafter:\n%s",
				where, keys, strings.Join(screenLines(m), "\n"), strings.Join(screenLines(after), "\n"))
		}
	}
}

// checkPageTurn presses key from m and checks what a less or vim user
// expects: the view moved by exactly n lines unless an end of the article
// stopped it, the new current claim is on the screen without the view
// moving again, and it lies in the key's direction when it could.
func checkPageTurn(t *testing.T, where string, m Model, key string, n int) {
	t.Helper()
	next := press(m, key)
	a, ap := m.art, &m.article
	// The view may go further only when the claim it lands on cannot be
	// shown with its context on the turned screen (a filter leaving no
	// match there, claims taller than a tiny pane).
	forced := func(want linePos) bool {
		at := next
		at.article.top = want
		return !at.article.shownInPlace(at.art, at.cur)
	}
	switch {
	case n > 0:
		want := ap.down(a, ap.top, n)
		if maxTop := ap.maxTop(a); maxTop.before(want) {
			want = maxTop
		}
		if want != ap.top && next.article.top != want && !forced(want) {
			t.Fatalf("%s: %s moved the view from %v to %v, want %v", where, key, ap.top, next.article.top, want)
		}
		if next.cur < m.cur || next.cur == m.cur && m.cur != m.nav.At(m.nav.Len()-1) {
			t.Fatalf("%s: %s moved from claim %d back to %d", where, key, m.cur, next.cur)
		}
	case n < 0:
		want := ap.up(a, ap.top, -n)
		if want != ap.top && next.article.top != want && !forced(want) {
			t.Fatalf("%s: %s moved the view from %v to %v, want %v", where, key, ap.top, next.article.top, want)
		}
		if next.cur > m.cur || next.cur == m.cur && m.cur != m.nav.At(0) {
			t.Fatalf("%s: %s moved from claim %d forward to %d", where, key, m.cur, next.cur)
		}
	}
	if row, on := next.article.rowOf(next.art, next.cur); !on {
		t.Fatalf("%s: after %s claim %d starts off screen (row %d)", where, key, next.cur, row)
	}
	total := next.nav.Len()
	if h := header(next); !strings.Contains(h, claimPos(next.nav.Rank(next.cur), total)) {
		t.Fatalf("%s: after %s the header is %q, want %s", where, key, h, claimPos(next.nav.Rank(next.cur), total))
	}
}

func checkPaging(t *testing.T, where string, m Model) {
	t.Helper()
	checkPagesRetrace(t, where, m)
	h := m.article.height
	for _, k := range []struct {
		key string
		n   int
	}{{"pgdown", h}, {"pgup", -h}, {"ctrl+d", max(h/2, 1)}, {"ctrl+u", -max(h/2, 1)}} {
		checkPageTurn(t, where, m, k.key, k.n)
	}
}

// From every claim of the embedded article, reached as a reader does with
// j, at several sizes, a page down and a page up (or half pages, or
// several) bring back the screen and the claim the reader was on.
func TestPageUpUndoesPageDownOnTheEmbeddedArticle(t *testing.T) {
	a := embedded(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {100, 30}, {60, 12}, {40, 8}} {
		m := open(t, Options{Article: a}, size[0], size[1])
		for i := range a.Claims {
			checkPaging(t, fmt.Sprintf("%dx%d claim %d", size[0], size[1], i+1), m)
			m = press(m, "j")
		}
		// The wheel scrolls the current claim out of sight; paging from
		// there and back still returns to that screen.
		m = press(m, "g")
		for i := range 6 {
			m = send(m, tea.MouseWheelMsg{X: 1, Y: 2, Button: tea.MouseWheelDown})
			checkPagesRetrace(t, fmt.Sprintf("%dx%d wheel %d", size[0], size[1], i+1), m)
		}
	}
}

// The same on a long generated article, from positions spread along it:
// paragraph starts, claims inside paragraphs, the last screens.
func TestPageUpUndoesPageDownOnALongArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a 200 KB article")
	}
	a := longArticle()
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m := open(t, Options{Article: a}, size[0], size[1])
		for step := range 150 {
			checkPaging(t, fmt.Sprintf("%dx%d claim %d", size[0], size[1], m.cur+1), m)
			switch step % 3 {
			case 0:
				m = press(m, "]", "]", "]")
			case 1:
				m = press(m, "j")
			default:
				m = press(m, "pgdown", "j", "j")
			}
		}
		m = press(m, "G")
		for range 5 {
			checkPaging(t, fmt.Sprintf("%dx%d end, claim %d", size[0], size[1], m.cur+1), m)
			m = press(m, "k", "k", "k", "k", "k")
		}
	}
}

// With a speaker filter the page keys land only on matching claims, and
// still retrace their way back.
func TestPageUpUndoesPageDownWithAFilter(t *testing.T) {
	a := longArticle()
	f := model.KindFilter(&a, model.KindPerson)
	m := open(t, Options{Article: a, Filter: f}, 120, 40)
	for step := range 40 {
		where := fmt.Sprintf("filtered, claim %d", m.cur+1)
		checkPaging(t, where, m)
		for _, k := range []string{"pgdown", "pgup", "ctrl+d", "ctrl+u"} {
			if next := press(m, k); !f.Match(next.art.Claims[next.cur]) {
				t.Fatalf("%s: %s landed on claim %d, outside the filter", where, k, next.cur+1)
			}
		}
		m = press(m, []string{"pgdown", "j", "]"}[step%3])
	}
}

// At the ends a page key goes to the first or last claim, and the page
// back from there returns where the reader was.
func TestPageKeysAtTheEnds(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	total := len(a.Claims)
	m = press(m, "j", "j")
	top := press(m, "pgup")
	if h := header(top); !strings.Contains(h, claimPos(1, total)) {
		t.Fatalf("pgup on the first screen: header %q, want %s", h, claimPos(1, total))
	}
	if back := press(top, "pgdown"); back.View().Content != m.View().Content {
		t.Fatalf("pgdown after pgup at the top did not return to claim 3:\n%s", strings.Join(screenLines(back), "\n"))
	}
	m = press(m, "G", "k", "k")
	end := press(m, "pgdown", "pgdown", "pgdown")
	if h := header(end); !strings.Contains(h, claimPos(total, total)) {
		t.Fatalf("pgdown at the end: header %q, want %s", h, claimPos(total, total))
	}
	if back := press(end, "pgup"); back.View().Content != m.View().Content {
		t.Fatalf("pgup after pgdown at the end did not return:\n%s", strings.Join(screenLines(back), "\n"))
	}
}

// space and b page as in less, ctrl+f and ctrl+b as in vim: each does
// what pgdown or pgup does, and they retrace each other.
func TestLessAndVimPageKeys(t *testing.T) {
	m := open(t, Options{Article: longArticle()}, 120, 40)
	m = press(m, "]", "]", "j")
	for _, alias := range []struct{ key, same string }{
		{"space", "pgdown"}, {"ctrl+f", "pgdown"}, {"b", "pgup"}, {"ctrl+b", "pgup"},
	} {
		down := press(m, "pgdown")
		got, want := press(down, alias.key).View().Content, press(down, alias.same).View().Content
		if got != want {
			t.Errorf("%s does not do what %s does:\n%s", alias.key, alias.same, strings.Join(screenLines(press(down, alias.key)), "\n"))
		}
	}
	if back := press(m, "space", "space", "b", "ctrl+b"); back.View().Content != m.View().Content {
		t.Errorf("space space b ctrl+b does not come back:\n%s", strings.Join(screenLines(back), "\n"))
	}
	if h := header(press(m, "space")); h == header(m) {
		t.Errorf("space did not move: %q", h)
	}
}

// BenchmarkPageKeys measures a page key on the 5 MB article, as
// BenchmarkStep does a move: turning the view and choosing the claim on
// the new screen, and retracing remembered pages.
func BenchmarkPageKeys(b *testing.B) {
	a := bigArticle()
	m := openBig(Options{Article: a})
	m.moveTo(len(a.Claims) / 2)
	m = deliverAll(m, m.refreshPanes())
	benchKeys(b, m, keyPress("pgdown"), keyPress("ctrl+d"), keyPress("j"), keyPress("pgup"), keyPress("ctrl+u"), keyPress("pgdown"), keyPress("pgup"))
}
