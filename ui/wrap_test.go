package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var wrapSamples = []string{
	"The threat of ISIS-K terrorists infiltrating the United States is a serious concern, according to experts.",
	"Ein Satz mit Umlauten: Größe, Übermaß und Straße.",
	"日本語の文章はスペースがなくても折り返す必要があります。東京都の人口は多い。",
	"Emoji 👩‍👩‍👧 family and flags 🇫🇷 and combining é (e\u0301) stay whole.",
	"Supercalifragilisticexpialidocious-and-then-some-more-without-any-spaces-at-all",
	"two  spaces\tand a tab between words",
	"",
	"x",
}

func TestWrapKeepsEveryLineWithinWidth(t *testing.T) {
	for _, text := range wrapSamples {
		for width := 1; width <= 40; width++ {
			lines := wrapText(text, width)
			if len(lines) == 0 {
				t.Fatalf("wrapText(%q, %d) returned no line", text, width)
			}
			var words []string
			prevEnd := 0
			for _, ln := range lines {
				if ln.start < prevEnd || ln.end < ln.start || ln.end > len(text) {
					t.Fatalf("wrapText(%q, %d): bad line %v after %d", text, width, ln, prevEnd)
				}
				prevEnd = ln.end
				var b strings.Builder
				w := writeText(&b, text[ln.start:ln.end])
				if got := ansi.StringWidth(b.String()); got != w {
					t.Errorf("writeText width %d, ansi.StringWidth %d for %q", w, got, b.String())
				}
				// A single grapheme wider than the line may stand alone.
				if w > width && ansi.StringWidth(firstGrapheme(text[ln.start:])) < w {
					t.Errorf("wrapText(%q, %d): line %q is %d wide", text, width, text[ln.start:ln.end], w)
				}
				words = append(words, strings.Fields(text[ln.start:ln.end])...)
			}
			if got, want := strings.Join(words, ""), strings.Join(strings.Fields(text), ""); got != want {
				t.Errorf("wrapText(%q, %d) lost text: %q", text, width, got)
			}
		}
	}
}

func firstGrapheme(s string) string {
	g, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	return g
}

func TestWrapBreaksAtSpacesWhenItCan(t *testing.T) {
	text := "alpha beta gamma delta"
	var got []string
	for _, ln := range wrapText(text, 11) {
		got = append(got, text[ln.start:ln.end])
	}
	if strings.Join(got, "|") != "alpha beta|gamma delta" {
		t.Errorf("wrapped as %q", got)
	}
}
