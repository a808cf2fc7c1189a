package main

import (
	"strings"
	"testing"
)

// TestE2EFilter drives filtering in the real binary: the speaker picker
// (f), esc clearing the filter on the same claim, the sourcing overview (o)
// and --speaker on the command line. The positions are the issue's, on the
// embedded article.
func TestE2EFilter(t *testing.T) {
	e := newE2E(t)

	e.start()
	e.waitText("claim 1/19")
	e.keys("f")
	e.waitText("Filter by speaker")
	e.keys("lerette")
	e.waitText("Speaker: lerette")
	e.keys("Enter")
	filtered := e.waitText("claim 1/1 ")
	if !strings.Contains(filtered, "Lerette") {
		t.Errorf("the header does not name the filter:\n%s", firstLine(filtered))
	}
	// j has nowhere to go inside the filter. Had it moved in the whole
	// article, esc would show claim 11/19, not 10/19.
	e.keys("j")
	e.waitText("claim 1/1 ")
	e.keys("Escape")
	cleared := e.waitText("claim 10/19")
	if strings.Contains(firstLine(cleared), "Lerette") {
		t.Errorf("esc left the filter in the header:\n%s", firstLine(cleared))
	}

	// The overview: its first bar is the article's own voice, 12 claims.
	// Applying it stays at or after the current claim; g goes to the first.
	e.keys("o")
	e.waitText("Sourcing overview")
	e.keys("Enter")
	e.waitText("⊂ unattributed")
	e.keys("g")
	e.waitText("claim 1/12 ")
	e.quitWith("q")

	e = e.again()
	e.start("--speaker", "experts", "--speaker", "Clarke")
	e.waitText("claim 1/4 ")
	e.keys("G")
	e.waitText("claim 4/4 ")
	e.quitWith("q")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
