package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A pane prepared for one width and drawn at another (a frame before the
// next Update) draws its border for the width it has, not the prepared one.
func TestSidePaneBorderFollowsWidthAfterPrepare(t *testing.T) {
	th := newTheme(true, false)
	p := sidePane{title: "Source notes", visible: true, width: 30, height: 6, lines: []string{"a", "b", "c", "d", "e", "f"}}
	p.prepare(th)
	p.width = 40
	rows := p.view(th)
	if len(rows) != 6 {
		t.Fatalf("got %d rows, want 6", len(rows))
	}
	for i, r := range rows {
		if w := ansi.StringWidth(r); w != 40 {
			t.Errorf("row %d is %d cells wide, want 40: %q", i, w, ansi.Strip(r))
		}
	}
	if !strings.Contains(ansi.Strip(rows[0]), "Source notes") {
		t.Errorf("top border %q lacks the title", ansi.Strip(rows[0]))
	}
	if !strings.Contains(ansi.Strip(rows[4]), "more") {
		t.Errorf("last content row %q does not say there is more", ansi.Strip(rows[4]))
	}
	p.prepare(th)
	if again := p.view(th); strings.Join(again, "\n") != strings.Join(rows, "\n") {
		t.Errorf("prepared view differs from the unprepared one:\n%s\n---\n%s", strings.Join(again, "\n"), strings.Join(rows, "\n"))
	}
}
