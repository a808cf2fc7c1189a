package ui

import (
	"strings"
	"testing"
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
