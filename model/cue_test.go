package model

import "testing"

// A claim keeps its cue as a number computed from the verb, form,
// intensifier and object attribution found: each number must write those
// words, in that order.
func TestCueRefsNameTheirWords(t *testing.T) {
	for w, c := range cueWords {
		if got := c.cue.String(); got != w {
			t.Errorf("the cue of %q is %q", w, got)
		}
		if c.row.flags&needsObject == 0 {
			continue
		}
		for in := 0; in <= len(intensifierOrder); in++ {
			for obj, o := range c.row.object {
				want := w + " " + o
				if in > 0 {
					want = w + " " + intensifierOrder[in-1] + " " + o
				}
				if got := phraseCue(c, in, obj).String(); got != want {
					t.Errorf("phrase cue %q is %q", want, got)
				}
			}
		}
	}
	if got := cueAccordingTo.String(); got != "according to" {
		t.Errorf("cueAccordingTo is %q", got)
	}
	// Every number, read back from its text, writes the same text.
	for ref := noCue; int(ref) < int(firstPhraseCue)+len(phraseTexts()); ref++ {
		if back, err := parseCue(ref.String()); err != nil || back.String() != ref.String() {
			t.Errorf("cue %d %q read back as %q (%v)", ref, ref.String(), back.String(), err)
		}
	}
}

// The cues of phrase verbs are their words in lower case, one space apart,
// with the intensifier when there is one.
func TestPhraseCuesAreTheirWords(t *testing.T) {
	text := "Dr. Ana Ruiz, the mayor, pointed out that the budget had doubled. " +
		"The union voiced CONCERN that wages would fall. " +
		"Residents raised serious doubts about the figures. " +
		"Engineers expressed concerns that the bridge was unsafe."
	want := []string{"pointed out", "voiced concern", "raised serious doubts", "expressed concerns"}
	art := Analyze(text, Meta{Source: "test"})
	if len(art.Claims) != len(want) {
		t.Fatalf("%d claims, want %d", len(art.Claims), len(want))
	}
	for i, c := range art.Claims {
		if c.Cue() != want[i] || c.Unattributed() {
			t.Errorf("claim %d %q: cue %q with speakers %v, want %q and a speaker", i+1, c.Text, c.Cue(), c.Speakers, want[i])
		}
	}
}

// Every cue the analysis gives reads back through SetCue as the same cue.
func TestCuesReadBack(t *testing.T) {
	cues := 0
	for name, text := range testArticles(t) {
		for _, c := range Analyze(text, Meta{Source: name}).Claims {
			if c.Cue() == "" {
				continue
			}
			cues++
			var back Claim
			if err := back.SetCue(c.Cue()); err != nil || back.Cue() != c.Cue() {
				t.Fatalf("%s: cue %q read back as %q (%v)", name, c.Cue(), back.Cue(), err)
			}
		}
	}
	if cues < 50 {
		t.Errorf("only %d cues in the test articles", cues)
	}
}

// SetCue takes only what attribution can give: a cue in another case or
// spacing, or words no lexicon holds, are refused and the cue kept.
func TestSetCueRefusesTextTheLexiconCannotGive(t *testing.T) {
	var c Claim
	if err := c.SetCue("expressed grave concern"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Said", "said in a statement", "expressed  concern", "said <u>", " said", "according"} {
		if err := c.SetCue(bad); err == nil {
			t.Errorf("SetCue(%q) accepted it as %q", bad, c.Cue())
		}
		if c.Cue() != "expressed grave concern" {
			t.Fatalf("SetCue(%q) changed the cue to %q", bad, c.Cue())
		}
	}
	if err := c.SetCue(""); err != nil || c.Cue() != "" {
		t.Errorf("SetCue(\"\"): cue %q, %v; want none", c.Cue(), err)
	}
}
