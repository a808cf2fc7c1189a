package model_test

import (
	"strconv"
	"strings"
	"testing"

	"marginalia/model"
)

// A claim's hedges, checks and notes share one list; however many figures
// one sentence holds (a table pasted as one line), each part stays whole and
// apart: more checks than a 16-bit count holds must not spill into the notes.
func TestClaimWithManyChecksKeepsItsNotesApart(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses one sentence of 70,000 figures (seconds: each reason is compared with the sentence's others)")
	}
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
	if n := len(c.Checks()); n < figures {
		t.Errorf("%d check reasons, want at least %d", n, figures)
	}
	if h := c.Hedges(); len(h) != 1 || h[0] != "may" {
		t.Errorf("hedges %q, want [may]", h)
	}
	notes := c.SourceNotes()
	if len(notes) != 3 || !strings.HasPrefix(notes[0], "Vague source") || notes[1] != "Hedged: may." ||
		!strings.HasPrefix(notes[2], "Check-worthy: ") {
		t.Errorf("%d source notes, starting %.200q", len(notes), notes)
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
