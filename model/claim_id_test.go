package model

import (
	"strings"
	"testing"
)

// Claims keep their IDs as numbers and write them when asked: every ID the
// analysis hands out must read back as the same number, repeats ("-2",
// "-3") included, so a claim rebuilt from its ID (SetID) is the claim.
func TestClaimIDsReadBackAsTheyWereWritten(t *testing.T) {
	texts := testArticles(t)
	texts["repeats"] = strings.Repeat("The bridge is closed. Officials said it was unsafe. ", 12)
	repeats := 0
	for name, text := range texts {
		for _, c := range Analyze(text, Meta{Source: name}).Claims {
			id := c.ID()
			if strings.Contains(id, "-") {
				repeats++
			}
			var back Claim
			if err := back.SetID(id); err != nil || back.id != c.id || back.ID() != id {
				t.Fatalf("%s: ID %q read back as %q (%v)", name, id, back.ID(), err)
			}
		}
	}
	if repeats < 20 {
		t.Errorf("only %d repeated sentences: the -N IDs were hardly exercised", repeats)
	}
}

// Notes are stored under the text of an ID: another spelling of the same
// number would be written back differently and miss its notes, so SetID
// refuses it and keeps the ID the claim had.
func TestSetIDRefusesAnyOtherSpelling(t *testing.T) {
	var c Claim
	if err := c.SetID("2a300d456c-3"); err != nil || c.ID() != "2a300d456c-3" {
		t.Fatalf("SetID(2a300d456c-3): ID %q, %v", c.ID(), err)
	}
	for _, bad := range []string{
		"2A300D456C",          // upper-case hex
		"2a300d456",           // too short
		"02a300d456c",         // too long
		"2a300d456c-1",        // the first appearance has no count
		"2a300d456c-0",        // no such appearance
		"2a300d456c-02",       // a leading zero
		"2a300d456c-+2",       // a sign
		"2a300d456c-",         // no count
		"2a300d456c-16777216", // more appearances than the count holds
		" 2a300d456c",
		"id0",
	} {
		if err := c.SetID(bad); err == nil {
			t.Errorf("SetID(%q) accepted it as %q", bad, c.ID())
		}
		if c.ID() != "2a300d456c-3" {
			t.Fatalf("SetID(%q) changed the ID to %q", bad, c.ID())
		}
	}
	if err := c.SetID(""); err != nil || c.ID() != "" {
		t.Errorf("SetID(\"\"): ID %q, %v; want no ID", c.ID(), err)
	}
	if err := c.SetID("2a300d456c-16777215"); err != nil || c.ID() != "2a300d456c-16777215" {
		t.Errorf("the largest count: ID %q, %v", c.ID(), err)
	}
}

// A remembered claim is found again by its ID, repeats included; an ID no
// claim has, or one spelled otherwise, finds none.
func TestClaimIndexFindsTheClaimWithAnID(t *testing.T) {
	art := Analyze(strings.Repeat("The bridge is closed. Officials said it was unsafe. ", 3), Meta{})
	for i, c := range art.Claims {
		if got := art.ClaimIndex(c.ID()); got != i {
			t.Errorf("ClaimIndex(%q) = %d, want %d", c.ID(), got, i)
		}
	}
	for _, id := range []string{"", "0123456789", strings.ToUpper(art.Claims[2].ID()), art.Claims[0].ID() + "-9", "x"} {
		if got := art.ClaimIndex(id); got != -1 {
			t.Errorf("ClaimIndex(%q) = %d, want -1", id, got)
		}
	}
}
