package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A narrow terminal drops footer entries from the middle, never "? help"
// and "q quit": the footer must always say how to get help and leave.
func TestNarrowFooterKeepsHelpAndQuit(t *testing.T) {
	for _, w := range []int{40, 50, 60, 70} {
		m := open(t, Options{Article: embedded(t)}, w, 20)
		m = press(m, "/")
		m = typeText(m, "border")
		m = press(m, "enter") // a search adds "n/N match" to the footer
		lines := screenLines(m)
		footer := lines[len(lines)-1]
		if !strings.Contains(footer, "? help") || !strings.Contains(footer, "q quit") {
			t.Errorf("%d columns: footer %q lacks ? help or q quit", w, footer)
		}
		if !strings.Contains(footer, "j/k claim") {
			t.Errorf("%d columns: footer %q lost its first entry", w, footer)
		}
		if strings.Contains(footer, "…") {
			t.Errorf("%d columns: footer %q is cut off", w, footer)
		}
	}
}

// n and N before any search say what is missing instead of doing nothing.
func TestNextMatchWithoutASearchSaysSo(t *testing.T) {
	for _, k := range []string{"n", "N"} {
		m := press(open(t, Options{Article: embedded(t)}, 100, 30), "j", k)
		lines := screenLines(m)
		if footer := lines[len(lines)-1]; !strings.Contains(footer, "no search yet: press / to search") {
			t.Errorf("%s without a search: footer %q", k, footer)
		}
		if h := lines[0]; !strings.Contains(h, "claim 2/") {
			t.Errorf("%s without a search moved: %q", k, h)
		}
	}
}

// A status too long for the footer keeps its end: an export's file name
// (which may end in -2) stays readable at 80 columns.
func TestLongStatusKeepsItsEnd(t *testing.T) {
	m := open(t, Options{Article: embedded(t)}, 80, 24)
	m.setStatus("exported 19 claims to ./the-threat-of-isis-k-terrorists-infiltrating-the-united-notes-2.md")
	lines := screenLines(m)
	footer := lines[len(lines)-1]
	if !strings.HasPrefix(footer, "exported 19 claims to ./the-threat") || !strings.Contains(footer, "notes-2.md") {
		t.Errorf("footer %q lost the start or the end of the status", footer)
	}
	if ansi.StringWidth(footer) > 80 {
		t.Errorf("footer is %d cells wide", ansi.StringWidth(footer))
	}
}
