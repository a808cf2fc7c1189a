package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// On a short terminal the full help scrolls, so every key it lists and the
// colour legend can be read; before, the bottom was cut off with no way to
// reach it.
func TestHelpScrollsToEveryKeyOnAShortTerminal(t *testing.T) {
	for _, size := range []struct{ w, h int }{{60, 20}, {80, 24}} {
		m := open(t, Options{Article: embedded(t)}, size.w, size.h)
		var want []string
		for _, group := range m.FullHelp() {
			for _, b := range group {
				if b.Help().Desc != "" {
					want = append(want, b.Help().Desc)
				}
			}
		}
		want = append(want, "unattributed", "named person")

		m = press(m, "?")
		first := strings.Join(screenLines(m), "\n")
		if !strings.Contains(first, "more: j/k") || !strings.Contains(first, "j/k scroll") {
			t.Errorf("%dx%d: the help does not fit but does not say it scrolls:\n%s", size.w, size.h, first)
		}
		seen := first
		for range 40 {
			m = press(m, "j")
			lines := screenLines(m)
			if len(lines) > size.h {
				t.Fatalf("%dx%d: frame is %d lines", size.w, size.h, len(lines))
			}
			seen += "\n" + strings.Join(lines, "\n")
		}
		for _, w := range want {
			if !strings.Contains(seen, w) {
				t.Errorf("%dx%d: %q never shows in the help, however far it scrolls", size.w, size.h, w)
			}
		}
	}
}

// On a tall terminal the help fits: no scroll marker, no scroll key offered.
func TestHelpThatFitsDoesNotScroll(t *testing.T) {
	m := press(open(t, Options{Article: embedded(t)}, 120, 40), "?")
	before := strings.Join(screenLines(m), "\n")
	if strings.Contains(before, "more: j/k") || strings.Contains(before, "scroll •") {
		t.Errorf("help that fits offers scrolling:\n%s", before)
	}
	if after := strings.Join(screenLines(press(m, "j")), "\n"); after != before {
		t.Errorf("j moved a help that fits:\n%s", after)
	}
}

// The `?` help lists the mouse with the keys: the wheel and a click, in
// the help drawn from the same bindings that handle them.
func TestHelpShowsTheMouse(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}} {
		m := press(open(t, Options{Article: embedded(t)}, size.w, size.h), "?")
		screen := strings.Join(screenLines(m), "\n")
		for _, want := range []string{"wheel", "scroll article or pane", "click", "select the claim"} {
			if !strings.Contains(screen, want) {
				t.Errorf("%dx%d: the help does not show %q:\n%s", size.w, size.h, want, screen)
			}
		}
	}
}

// The mouse is handled through the bindings the help lists: with them
// switched off the wheel and a click do nothing, so the help cannot list
// a mouse the reader does not answer to, or miss one it does.
func TestMouseGoesThroughItsBindings(t *testing.T) {
	wheel := tea.MouseWheelMsg{X: 5, Y: 3, Button: tea.MouseWheelDown}
	click := tea.MouseClickMsg{X: 5, Y: 8, Button: tea.MouseLeft}
	m := open(t, Options{Article: embedded(t)}, 120, 40)
	if scrolled := send(m, wheel); scrolled.article.top == m.article.top {
		t.Fatal("the wheel does not scroll the article")
	}
	if clicked := send(m, click); clicked.cur == m.cur {
		t.Fatal("a click on a later claim's line does not select it")
	}
	off := newMouseKeys()
	off.Scroll.SetEnabled(false)
	off.Select.SetEnabled(false)
	m.mouseKeys = &off
	if scrolled := send(m, wheel); scrolled.article.top != m.article.top {
		t.Error("the wheel scrolls with its binding off")
	}
	if clicked := send(m, click); clicked.cur != m.cur {
		t.Error("a click selects with its binding off")
	}
}

// The help pages with the keys that page the article: space, ctrl+f or
// pgdown down, b, ctrl+b or pgup back to where it was.
func TestHelpPagesWithTheReadersPageKeys(t *testing.T) {
	m := press(open(t, Options{Article: embedded(t)}, 60, 20), "?")
	top := strings.Join(screenLines(m), "\n")
	for _, pair := range [][2]string{{"space", "b"}, {"ctrl+f", "ctrl+b"}, {"pgdown", "pgup"}} {
		down := press(m, pair[0])
		if strings.Join(screenLines(down), "\n") == top {
			t.Errorf("%s does not page the help down", pair[0])
		}
		if back := strings.Join(screenLines(press(down, pair[1])), "\n"); back != top {
			t.Errorf("%s after %s does not page the help back to its top:\n%s", pair[1], pair[0], back)
		}
	}
}
