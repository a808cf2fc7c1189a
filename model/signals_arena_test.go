package model

import (
	"reflect"
	"slices"
	"testing"

	"marginalia/bench/gen"
)

// Claims get their hedges and checks built in reused scratch lists and
// handed out from an arena; each claim must still carry exactly what
// Signals gives for its text, and no claim's lists (speakers included,
// from an arena too) may share room with another's.
func TestClaimSignalsEqualSignalsOfTheirText(t *testing.T) {
	texts := testArticles(t)
	texts["generated"] = gen.Article(200_000, 5)
	for name, text := range texts {
		art := Analyze(text, Meta{Format: "text"})
		for _, c := range art.Claims {
			hedges, worthy, checks := Signals(c.Text)
			if !reflect.DeepEqual(c.Hedges(), hedges) || c.CheckWorthy != worthy || !reflect.DeepEqual(c.Checks(), checks) {
				t.Fatalf("%s claim %d %q: got %q %v %q, Signals gives %q %v %q",
					name, c.Index, c.Text, c.Hedges(), c.CheckWorthy, c.Checks(), hedges, worthy, checks)
			}
			// An analysed claim finds its lists again in its text, so the
			// comparison above holds whatever the analysis counted; the
			// counts it keeps are what the overview's hedged figure reads.
			if int(c.nHedges) != len(hedges) || int(c.nChecks) != len(checks) || c.hedged() != (len(hedges) > 0) {
				t.Fatalf("%s claim %d %q: counts %d hedges, %d checks (hedged %v), Signals gives %d and %d",
					name, c.Index, c.Text, c.nHedges, c.nChecks, c.hedged(), len(hedges), len(checks))
			}
			for i, si := range c.Speakers {
				if slices.Contains(c.Speakers[:i], si) {
					t.Fatalf("%s claim %d: speaker %d listed twice in %v", name, c.Index, si, c.Speakers)
				}
			}
			if cap(c.Hedges()) != len(c.Hedges()) || cap(c.Checks()) != len(c.Checks()) || cap(c.Speakers) != len(c.Speakers) {
				t.Fatalf("%s claim %d: lists have room past their end, another claim's", name, c.Index)
			}
		}
	}
}
