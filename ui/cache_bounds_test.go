package ui

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"weak"

	tea "charm.land/bubbletea/v2"
)

// Issue 7: what the reader caches for display stays bounded by what is
// shown or near it, however far the reader moves.

func TestPaneRenderingsStayBoundedWhileMoving(t *testing.T) {
	a := embedded(t)
	if 2*len(a.Claims) <= maxMarkdownCache {
		t.Fatalf("the embedded article has %d claims: too few to fill the cache", len(a.Claims))
	}
	m := open(t, Options{Article: a}, 120, 40)
	check := func(step string) {
		t.Helper()
		if n := m.mdCache.len(); n > maxMarkdownCache {
			t.Fatalf("%s: %d renderings cached, more than %d", step, n, maxMarkdownCache)
		}
		for i, p := range m.panes {
			if !p.rendered {
				t.Fatalf("%s: pane %d of claim %d shows plain text", step, i, m.cur+1)
			}
			if !strings.Contains(p.view(m.theme)[1], fmt.Sprint(m.cur+1)) && i == paneNotes {
				t.Fatalf("%s: the notes pane does not show claim %d: %q", step, m.cur+1, p.view(m.theme)[1])
			}
		}
	}
	check("opened")
	for range a.Claims {
		m = press(m, "j")
		check("forward")
	}
	// Back to the start: the renderings evicted on the way are made again.
	for range a.Claims {
		m = press(m, "k")
		check("back")
	}
	if m.cur != 0 {
		t.Fatalf("back at claim %d, not the first", m.cur+1)
	}
}

func TestMarkdownCacheEvictsTheLeastRecentlyUsed(t *testing.T) {
	c := newMDCache()
	key := func(i int) mdKey { return mdKey{style: "dark", width: 40, src: fmt.Sprint(i)} }
	for i := range maxMarkdownCache {
		c.put(key(i), []string{fmt.Sprint(i)})
	}
	c.get(key(0)) // in use: the claim on screen
	c.put(key(maxMarkdownCache), []string{"new"})
	if c.len() != maxMarkdownCache {
		t.Fatalf("%d entries after one past the bound, want %d", c.len(), maxMarkdownCache)
	}
	if _, ok := c.get(key(0)); !ok {
		t.Error("the entry just used was evicted")
	}
	if _, ok := c.get(key(1)); ok {
		t.Error("the least recently used entry is still there")
	}
	if lines, ok := c.get(key(maxMarkdownCache)); !ok || lines[0] != "new" {
		t.Error("the new entry is missing")
	}
}

func TestWrapCacheStaysBoundedWhileMoving(t *testing.T) {
	paras := make([][]string, 3*maxCachedParagraphs)
	for i := range paras {
		paras[i] = []string{fmt.Sprintf("Paragraph %d says something long enough to wrap over more than one line of the pane.", i+1)}
	}
	a := synthetic(paras...)
	m := open(t, Options{Article: a}, 60, 20)
	m = press(m, "s", "a") // panes off: this is about the article's wrapping
	for i := 1; i < len(paras); i++ {
		m = press(m, "j")
		if n := len(m.article.wraps.lines); n > maxCachedParagraphs {
			t.Fatalf("at paragraph %d: %d paragraphs' wrapping cached, more than %d", i+1, n, maxCachedParagraphs)
		}
	}
	want := fmt.Sprintf("Paragraph %d says", len(paras))
	if !strings.Contains(strings.Join(screenLines(m), "\n"), want) {
		t.Errorf("the last paragraph is not on screen after moving to it:\n%s", strings.Join(screenLines(m), "\n"))
	}
}

func TestRenderingsOfClaimsLeftBehindAreSkipped(t *testing.T) {
	a := embedded(t)
	next, first := New(Options{Article: a}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m := next.(Model)
	// Five moves before any rendering is made, as when j is held down.
	var later []tea.Cmd
	for range 5 {
		var cmd tea.Cmd
		next, cmd = m.Update(keyPress("j"))
		m = next.(Model)
		later = append(later, cmd)
	}
	m, woke := deliverRenderings(m, first)
	if woke != 0 || m.mdCache.len() != 0 {
		t.Fatalf("claims 1 and 2 left behind: %d renderings cached, %d woke the reader; want none", m.mdCache.len(), woke)
	}
	for c := range 2 {
		for i := range m.panes {
			if m.mdCache.isPending(m.mdKeyFor(i, c)) {
				t.Errorf("pane %d of claim %d, skipped, is still pending: coming back would not ask again", i, c+1)
			}
		}
	}
	for _, cmd := range later {
		m = deliverAll(m, cmd)
	}
	for i, p := range m.panes {
		if !p.rendered {
			t.Errorf("pane %d of claim %d, where the reader stopped, was not rendered", i, m.cur+1)
		}
	}
	for c := m.cur - 1; c <= m.cur+1; c++ {
		if _, ok := m.mdCache.get(m.mdKeyFor(paneNotes, c)); !ok {
			t.Errorf("claim %d, shown or next to it, has no rendering", c+1)
		}
	}
	if _, ok := m.mdCache.get(m.mdKeyFor(paneNotes, 2)); ok {
		t.Error("claim 3, passed on the way, was rendered")
	}
}

func TestOnlyTheShownClaimsRenderingWakesTheReader(t *testing.T) {
	a := embedded(t)
	next, cmd := New(Options{Article: a}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m := next.(Model)
	m, woke := deliverRenderings(m, cmd)
	// Claim 1's two panes wake it; claim 2's, prefetched, only fill the cache.
	if woke != 2 {
		t.Errorf("%d renderings woke the reader, want the 2 of the claim shown", woke)
	}
	for i, p := range m.panes {
		if !p.rendered {
			t.Errorf("pane %d of the claim shown is not rendered", i)
		}
		if _, ok := m.mdCache.get(m.mdKeyFor(i, 1)); !ok {
			t.Errorf("pane %d of the next claim was not prefetched", i)
		}
	}
}

// A closed overlay is let go: the speaker picker lists every speaker (on
// the 5 MB article some 300 KB) and must not stay reachable after esc or a
// chosen filter until another overlay opens.
func TestClosedOverlaysAreNotKept(t *testing.T) {
	for _, close := range [][]string{{"esc"}, {"down", "enter"}} {
		g := &guard{m: open(t, Options{Article: embedded(t)}, 120, 40), f: &failure{}}
		g.Update(keyPress("f"))
		picker, ok := g.m.topOverlay().(*pickerOverlay)
		if !ok {
			t.Fatalf("f opened %T, not the speaker picker", g.m.topOverlay())
		}
		gone := weak.Make(picker)
		picker = nil
		for _, k := range close {
			_, cmd := g.Update(keyPress(k))
			for _, msg := range runCmds(cmd) { // the picker says it is done
				switch msg.(type) {
				case PickerClosedMsg, FilterChosenMsg:
					g.Update(msg)
				}
			}
		}
		if g.m.topOverlay() != nil {
			t.Fatalf("%v did not close the picker", close)
		}
		runtime.GC()
		if gone.Value() != nil {
			t.Errorf("after %v the closed picker is still reachable from the reader", close)
		}
		runtime.KeepAlive(g)
	}
}
