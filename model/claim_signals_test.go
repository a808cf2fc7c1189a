package model_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"marginalia/model"
)

// One sentence can hold thousands of figures (a table pasted as one line).
// Collecting its reasons stays linear, and the claim lists the first few and
// how many more there are, instead of a source note of megabytes for every
// pane, export and JSON document; its hedge and notes stay whole and apart.
func TestClaimWithManyChecksListsTheFirstAndCountsTheRest(t *testing.T) {
	var b strings.Builder
	b.WriteString("Officials said the figures may be ")
	const figures = 70_000
	for i := range figures {
		b.WriteString(strconv.Itoa(i) + "% ")
	}
	b.WriteString("of the total.")
	a := model.Analyze(b.String(), model.Meta{Source: "test"})
	if len(a.Claims) != 1 {
		t.Fatalf("%d claims, want 1", len(a.Claims))
	}
	c := a.Claims[0]
	checks := c.Checks()
	if len(checks) != 8 || checks[0] != "a figure: 0%" || checks[6] != "a figure: 6%" || checks[7] != "and 69993 more" {
		t.Errorf("checks %q, want the first 7 figures and \"and 69993 more\"", checks)
	}
	if h := c.Hedges(); len(h) != 1 || h[0] != "may" {
		t.Errorf("hedges %q, want [may]", h)
	}
	notes := c.SourceNotes()
	if len(notes) != 3 || !strings.HasPrefix(notes[0], "Vague source") || notes[1] != "Hedged: may." ||
		notes[2] != "Check-worthy: "+strings.Join(checks, "; ")+"." {
		t.Errorf("%d source notes: %.300q", len(notes), notes)
	}
}

// SetSignals keeps the parts apart at any size too.
func TestSetSignalsBeyondSixteenBits(t *testing.T) {
	hedges := make([]string, 70_000)
	for i := range hedges {
		hedges[i] = "h" + strconv.Itoa(i)
	}
	var c model.Claim
	c.SetSignals(hedges, []string{"a figure: 1"}, []string{"note"})
	if h, k, n := c.Hedges(), c.Checks(), c.SourceNotes(); len(h) != len(hedges) || h[69_999] != "h69999" ||
		len(k) != 1 || k[0] != "a figure: 1" || len(n) != 1 || n[0] != "note" {
		t.Errorf("%d hedges, checks %q, notes %q", len(h), k, n)
	}
	c.SetSourceNotes(nil)
	if len(c.Hedges()) != len(hedges) || len(c.Checks()) != 1 || c.SourceNotes() != nil {
		t.Errorf("after SetSourceNotes(nil): %d hedges, checks %q, notes %q", len(c.Hedges()), c.Checks(), c.SourceNotes())
	}
}

// An analysed claim finds its hedges and checks in its text when asked;
// replacing its source notes must keep them, and SetSignals must replace
// them.
func TestAnalysedClaimKeepsItsSignalsAcrossNoteChanges(t *testing.T) {
	art := model.Analyze("Officials said the plan may cost $5 million.", model.Meta{Format: "text"})
	if len(art.Claims) != 1 {
		t.Fatalf("%d claims, want 1", len(art.Claims))
	}
	c := art.Claims[0]
	hedges, checks := c.Hedges(), c.Checks()
	if len(hedges) == 0 || len(checks) == 0 || !c.CheckWorthy {
		t.Fatalf("hedges %q, checks %q, check-worthy %v: the sentence has both", hedges, checks, c.CheckWorthy)
	}
	spelled := c.SourceNotes()
	if !slices.ContainsFunc(spelled, func(n string) bool { return strings.HasPrefix(n, "Hedged: ") }) {
		t.Errorf("source notes %q do not spell out the hedge", spelled)
	}
	c.SetSourceNotes([]string{"Checked by the desk."})
	if !slices.Equal(c.Hedges(), hedges) || !slices.Equal(c.Checks(), checks) ||
		!slices.Equal(c.SourceNotes(), []string{"Checked by the desk."}) {
		t.Errorf("after SetSourceNotes: hedges %q, checks %q, notes %q", c.Hedges(), c.Checks(), c.SourceNotes())
	}
	c.SetSignals(nil, []string{"a figure: 6"}, nil)
	if c.Hedges() != nil || !slices.Equal(c.Checks(), []string{"a figure: 6"}) || c.SourceNotes() != nil {
		t.Errorf("after SetSignals: hedges %q, checks %q, notes %q", c.Hedges(), c.Checks(), c.SourceNotes())
	}
	if !slices.Equal(art.Claims[0].Hedges(), hedges) {
		t.Errorf("the article's claim changed with its copy: hedges %q", art.Claims[0].Hedges())
	}
}

// An article holds one Claim per sentence (59k on a 5 MB article), so its
// size is part of the reader's memory budget (issue 7): a field added
// without regard to the layout shows here.
func TestClaimStaysSmall(t *testing.T) {
	if size := unsafe.Sizeof(model.Claim{}); size > 104 {
		t.Errorf("model.Claim is %d bytes, more than 104", size)
	}
}
