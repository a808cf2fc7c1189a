package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/model"
)

// goldenArticle is a hand-analysed article with a speaker of every kind.
// The goldens use it rather than the embedded article so that they show the
// reader's drawing, not the analysis of the day: improving the analysis must
// not break the reader's goldens.
func goldenArticle() model.Article {
	a := synthetic(
		[]string{
			"The harbour plan will cost the city far more than promised, according to a leaked audit.",
			"Mayor Ana Ruiz said the project \"pays for itself within a decade\".",
			"Critics are unconvinced.",
		},
		[]string{
			"A council official, speaking on condition of anonymity, said the budget may double.",
			"The Port Authority said in a statement that costs were \"under review\".",
		},
		[]string{
			"Residents near the quay say hundreds of trucks a day would use the new road.",
			"The vote is expected on Thursday.",
			"Ruiz insisted the numbers were sound.",
		},
		[]string{
			"Whatever the outcome, the plan has become the defining issue of the campaign.",
		},
	)
	a.Title = "Harbour plan splits the council"
	a.Source = "golden fixture"
	withSpeaker(&a, "a leaked audit", model.KindDocument, 0)
	ruiz := withSpeaker(&a, "Ana Ruiz", model.KindPerson, 1, 7)
	withSpeaker(&a, "a council official", model.KindAnonymous, 3)
	withSpeaker(&a, "The Port Authority", model.KindOrganization, 4)
	withSpeaker(&a, "Residents near the quay", model.KindGroup, 5)
	a.Speakers[ruiz].Role = "Mayor"
	a.Speakers[ruiz].Aliases = []string{"Ruiz"}
	// The cues attribution would give: "said in a statement" is "said".
	cues := map[int]string{0: "according to", 1: "said", 3: "said", 4: "said", 5: "say", 7: "insisted"}
	for ci, cue := range cues {
		if err := a.Claims[ci].SetCue(cue); err != nil {
			panic(err) // every cue above is in the lexicon
		}
	}
	a.Claims[1].Quoted = true
	a.Claims[4].Quoted = true
	a.Claims[3].CheckWorthy = true
	a.Claims[5].CheckWorthy = true
	for i := range a.Claims {
		c := &a.Claims[i]
		switch {
		case c.Unattributed():
			c.SetSourceNotes([]string{"Unattributed: stated in the article's own voice."})
		case a.StrongestKind(*c) == model.KindAnonymous:
			c.SetSourceNotes([]string{"Anonymous source: no name or reason for anonymity beyond the phrase given."})
		}
	}
	a.Claims[3].SetSignals([]string{"may"}, []string{"a figure: double"}, append(a.Claims[3].SourceNotes(), "Hedged: may."))
	a.Claims[5].SetSignals(nil, []string{"a vague quantity: hundreds"},
		[]string{"Vague source: 'residents' are not identified.", "Check-worthy: a vague quantity ('hundreds') with no figure."})
	return a
}

// startGolden runs the reader in teatest, inside the guard as Run runs it,
// with everything that could change its output pinned: size, colour
// profile, environment, and panes rendered before each frame.
func startGolden(t *testing.T, w, h int) *teatest.TestModel {
	t.Helper()
	opts := Options{Article: goldenArticle(), syncPanes: true}
	return teatest.NewTestModel(t, asProgram(New(opts)),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
}

func TestReaderGolden(t *testing.T) {
	scenarios := []struct {
		name string
		keys []string
	}{
		{"first", nil},
		{"j3", []string{"j", "j", "j"}},
		{"next_paragraph", []string{"]"}},
		{"notes_off", []string{"s"}},
		{"attribution_off", []string{"a"}},
		{"search", []string{"/", "R", "U", "I", "Z", "enter"}},
		{"search_next", []string{"/", "R", "U", "I", "Z", "enter", "n"}},
		{"help", []string{"?"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, sc := range scenarios {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], sc.name), func(t *testing.T) {
				tm := startGolden(t, size[0], size[1])
				for _, k := range sc.keys {
					tm.Send(keyPress(k))
				}
				tm.Send(keyPress("q"))
				final := readerOf(t, tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)))
				golden.RequireEqual(t, final.View().Content)
			})
		}
	}
}
