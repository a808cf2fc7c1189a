package model

import (
	"strings"
	"testing"
)

// runIsCue skips the cue look-up of a capitalized first word whose
// folded shape no cue has; that must never skip a cue.
func TestMayBeCueFoldedKeepsEveryCue(t *testing.T) {
	if !cueShapesComplete {
		t.Fatal("a cue word has no recorded shape: the first-word gate is off")
	}
	for w := range cueWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !mayBeCueFolded(v) {
				t.Errorf("mayBeCueFolded(%q) = false for a cue", v)
			}
		}
	}
	for _, w := range []string{"The", "Officials", "IN", "Said", "SAYS", "Zebra", "A", "Z9", "Told", "according"} {
		if got, want := mayBeCueFolded(w), mayBeCue(strings.ToLower(w)); got != want {
			t.Errorf("mayBeCueFolded(%q) = %v, mayBeCue of its lower case = %v", w, got, want)
		}
	}
}
