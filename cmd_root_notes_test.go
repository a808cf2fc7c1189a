package main

import (
	"bytes"
	"strings"
	"testing"

	"marginalia/model"
)

func TestUnsavedNotesArePrintedSanitized(t *testing.T) {
	var b bytes.Buffer
	printUnsavedNotes(&b, []model.Note{
		{ClaimID: "a", Quote: "The figure\nrose.", Text: "ask CBP\x1b]52;c;x\x07 first", Verdict: model.VerdictDisputed},
		{ClaimID: "b", Quote: "Another.", Verdict: model.VerdictNeedsSource},
	})
	out := b.String()
	for _, want := range []string{`claim "The figure rose." [disputed]`, "ask CBP", "first", `claim "Another." [needs source]`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("output carries control characters: %q", out)
	}
}
