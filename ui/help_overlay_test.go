package ui

import (
	"strings"
	"testing"
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
