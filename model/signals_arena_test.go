package model

import (
	"reflect"
	"testing"

	"marginalia/bench/gen"
)

// Claims get their hedges and checks built in reused scratch lists and
// handed out from an arena; each claim must still carry exactly what
// Signals gives for its text, and no claim's lists may share room with
// another's.
func TestClaimSignalsEqualSignalsOfTheirText(t *testing.T) {
	texts := testArticles(t)
	texts["generated"] = gen.Article(200_000, 5)
	for name, text := range texts {
		art := Analyze(text, Meta{Format: "text"})
		for _, c := range art.Claims {
			hedges, worthy, checks := Signals(c.Text)
			if !reflect.DeepEqual(c.Hedges, hedges) || c.CheckWorthy != worthy || !reflect.DeepEqual(c.Checks, checks) {
				t.Fatalf("%s claim %d %q: got %q %v %q, Signals gives %q %v %q",
					name, c.Index, c.Text, c.Hedges, c.CheckWorthy, c.Checks, hedges, worthy, checks)
			}
			if cap(c.Hedges) != len(c.Hedges) || cap(c.Checks) != len(c.Checks) {
				t.Fatalf("%s claim %d: signal lists have room past their end, another claim's", name, c.Index)
			}
		}
	}
}
