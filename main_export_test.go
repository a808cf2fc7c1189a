package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marginalia/data"
	"marginalia/model"
)

// runExport runs `marginalia export args...` in process and returns stdout,
// stderr and the error. It reads the notes where XDG_DATA_HOME points, so
// tests call withNotesHome first.
func runExport(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	return runCommand(append([]string{"export"}, args...)...) // cli_helpers_test.go
}

// withNotesHome points the notes folder at a temporary directory.
func withNotesHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	return filepath.Join(home, "marginalia")
}

// embeddedNotes opens the embedded article's notes store, as the reader
// would, and returns it with the analysed article.
func embeddedNotes(t *testing.T) (*data.NotesStore, model.Article) {
	t.Helper()
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	store, warning, err := data.OpenNotesFor(in)
	if err != nil || warning != "" {
		t.Fatalf("open notes: %q %v", warning, err)
	}
	return store, model.Analyze(in.Raw, in.Meta)
}

func claimSections(md string) int { return strings.Count("\n"+md, "\n### ") }

func TestExportCommandWritesEveryClaimOfTheEmbeddedArticle(t *testing.T) {
	withNotesHome(t)
	out, stderr, err := runExport(t)
	if err != nil || stderr != "" {
		t.Fatalf("export: %v, stderr %q", err, stderr)
	}
	if !strings.HasPrefix(out, "---\ntitle: ") {
		t.Errorf("no front matter:\n%.200s", out)
	}
	if n := claimSections(out); n != 19 {
		t.Errorf("%d claim sections, want 19", n)
	}
	if !strings.Contains(out, "| Morgan Lerette | named person | Former US Army Captain |") {
		t.Error("speakers table lacks Morgan Lerette, Former US Army Captain")
	}
}

func TestExportCommandSpeakerFilter(t *testing.T) {
	withNotesHome(t)
	out, _, err := runExport(t, "--speaker", "experts")
	if err != nil {
		t.Fatal(err)
	}
	if n := claimSections(out); n != 3 {
		t.Errorf("--speaker experts: %d claim sections, want 3", n)
	}
	if _, _, err := runExport(t, "--speaker", "nobody-at-all"); err == nil || !strings.Contains(err.Error(), "--speaker") {
		t.Errorf("unknown speaker: error %v, want one naming --speaker", err)
	}
}

func TestExportCommandIncludesSavedNotesAndVerdicts(t *testing.T) {
	withNotesHome(t)
	store, art := embeddedNotes(t)
	c := art.Claims[2]
	if err := store.Set(model.Note{ClaimID: c.ID(), Quote: c.Text, Text: "ask CBP for the figures", Verdict: model.VerdictNeedsSource}); err != nil {
		t.Fatal(err)
	}

	out, _, err := runExport(t)
	if err != nil {
		t.Fatal(err)
	}
	sec := out[strings.Index(out, "### ¶1 · Claim 3\n"):]
	sec = sec[:strings.Index(sec[1:], "\n### ")+1]
	for _, want := range []string{"**Verdict:** needs source", "> ask CBP for the figures"} {
		if !strings.Contains(sec, want) {
			t.Errorf("claim 3's section lacks %q:\n%s", want, sec)
		}
	}

	only, _, err := runExport(t, "--annotated-only")
	if err != nil {
		t.Fatal(err)
	}
	if n := claimSections(only); n != 1 || !strings.Contains(only, "### ¶1 · Claim 3\n") {
		t.Errorf("--annotated-only: %d sections, want claim 3 alone", n)
	}
}

func TestExportCommandWritesFileAtomically(t *testing.T) {
	withNotesHome(t)
	path := filepath.Join(t.TempDir(), "notes.md")
	if err := os.WriteFile(path, []byte("old export"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runExport(t, "-o", path)
	if err != nil {
		t.Fatal(err)
	}
	if out != "" {
		t.Errorf("stdout not empty with -o: %.100q", out)
	}
	b, err := os.ReadFile(path)
	if err != nil || claimSections(string(b)) != 19 {
		t.Errorf("-o file: %d sections, %v", claimSections(string(b)), err)
	}
	if _, _, err := runExport(t, "-o", filepath.Join(t.TempDir(), "no", "such", "dir.md")); err == nil {
		t.Error("export into a missing folder gave no error")
	}
}

func TestExportCommandWarnsAboutACorruptNotesFileAndKeepsIt(t *testing.T) {
	withNotesHome(t)
	store, _ := embeddedNotes(t)
	if err := os.MkdirAll(filepath.Dir(store.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(store.Path(), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runExport(t)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "warning") || !strings.Contains(stderr, ".corrupt-") {
		t.Errorf("stderr %q does not warn about the moved-aside notes file", stderr)
	}
	if claimSections(out) != 19 {
		t.Error("export failed after moving a corrupt notes file aside")
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(store.Path()), "*.corrupt-*.json"))
	if len(kept) != 1 {
		t.Errorf("corrupt file not kept: %v", kept)
	}
}
