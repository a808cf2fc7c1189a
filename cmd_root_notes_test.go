package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
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

func TestReaderOpensTheArticlesNotesUnderXDGDataHome(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	art := model.Analyze(in.Raw, in.Meta)
	store, _, err := data.OpenNotesFor(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetPosition(art.Claims[2].ID()); err != nil {
		t.Fatal(err)
	}

	opts := withNotes(in, ui.Options{Article: art})
	if opts.Notes == nil || opts.StartClaimID != art.Claims[2].ID() || opts.Status != "" {
		t.Errorf("options: notes %v, start %q, status %q", opts.Notes != nil, opts.StartClaimID, opts.Status)
	}
	filter, err := model.ResolveFilter(&art, []string{"experts"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if opts := withNotes(in, ui.Options{Article: art, Filter: filter}); opts.StartClaimID != "" {
		t.Errorf("a --speaker filter starts at its first match, not at %q", opts.StartClaimID)
	}
}

func TestAnUnreadableNotesFolderStillOpensTheReaderWithAWarning(t *testing.T) {
	// A file where the data folder should be: reading the notes fails with
	// "not a directory", even as root (chmod cannot make that fail).
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_DATA_HOME", blocker)
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	opts := withNotes(in, ui.Options{})
	if opts.Notes != nil || !strings.Contains(opts.Status, "notes unavailable") || !strings.Contains(opts.Status, "not a directory") {
		t.Errorf("notes %v, status %q", opts.Notes != nil, opts.Status)
	}
}
