package data

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"marginalia/model"
)

// openTestNotes opens the notes of a fake article in dir.
func openTestNotes(t *testing.T, dir string) *NotesStore {
	t.Helper()
	return openTestNotesAt(t, dir, "/tmp/article.txt", "hash-1")
}

// openTestNotesAt opens the notes of an article identity in dir, failing
// the test on an error or a warning.
func openTestNotesAt(t *testing.T, dir, identity, hash string) *NotesStore {
	t.Helper()
	s, warning, err := OpenNotes(dir, identity, hash)
	if err != nil || warning != "" {
		t.Fatalf("OpenNotes: warning %q, error %v", warning, err)
	}
	return s
}

func mustSet(t *testing.T, s *NotesStore, n model.Note) {
	t.Helper()
	if err := s.Set(n); err != nil {
		t.Fatalf("Set(%+v): %v", n, err)
	}
}

func TestNotesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	mustSet(t, s, model.Note{ClaimID: "c1", Quote: "ISIS-K is growing.", Text: "ask CBP\nfor the figures"})
	mustSet(t, s, model.Note{ClaimID: "c2", Verdict: model.VerdictDisputed})
	if err := s.SetPosition("c2"); err != nil {
		t.Fatal(err)
	}

	r := openTestNotes(t, dir)
	got := r.Notes()
	if len(got) != 2 {
		t.Fatalf("reopened notes = %+v, want 2", got)
	}
	if n := got["c1"]; n.Text != "ask CBP\nfor the figures" || n.Quote != "ISIS-K is growing." || n.Verdict != model.VerdictNone || n.Updated.IsZero() {
		t.Errorf("c1 = %+v", n)
	}
	if n := got["c2"]; n.Text != "" || n.Verdict != model.VerdictDisputed {
		t.Errorf("c2 = %+v", n)
	}
	if r.Position() != "c2" {
		t.Errorf("Position() = %q, want c2", r.Position())
	}
	if r.ArticleChanged() {
		t.Error("ArticleChanged() with the same text hash")
	}

	var f map[string]any
	b, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f["schema"] != float64(NotesSchema) || f["text_hash"] != "hash-1" {
		t.Errorf("file header: schema %v text_hash %v", f["schema"], f["text_hash"])
	}
	if filepath.Dir(s.Path()) != dir {
		t.Errorf("notes file %s is not in %s", s.Path(), dir)
	}
}

func TestNotesKeyKeepsNotesWhenTheArticleIsEdited(t *testing.T) {
	dir := t.TempDir()
	id1, h1 := NotesKey(Input{Raw: "first text", Meta: model.Meta{Source: "/a/article.txt"}})
	id2, h2 := NotesKey(Input{Raw: "edited text", Meta: model.Meta{Source: "/a/article.txt"}})
	if id1 != id2 || h1 == h2 {
		t.Fatalf("same path: identities %q %q, hashes %q %q", id1, id2, h1, h2)
	}
	s, _, err := OpenNotes(dir, id1, h1)
	if err != nil {
		t.Fatal(err)
	}
	mustSet(t, s, model.Note{ClaimID: "c1", Text: "kept"})
	r, _, err := OpenNotes(dir, id2, h2)
	if err != nil {
		t.Fatal(err)
	}
	if r.Notes()["c1"].Text != "kept" || !r.ArticleChanged() {
		t.Errorf("after an edit: notes %+v, ArticleChanged %v", r.Notes(), r.ArticleChanged())
	}

	a, _ := NotesKey(Input{Raw: "one", Meta: model.Meta{Source: "stdin"}})
	b, _ := NotesKey(Input{Raw: "two", Meta: model.Meta{Source: "stdin"}})
	if a == b {
		t.Error("two different stdin texts share an identity")
	}
}

// OpenNotesFor names a notes file without joining "stdin:" and the whole
// article; the name must stay the one OpenNotes gives the identity NotesKey
// joins, or notes kept for stdin or a file would no longer be found.
func TestOpenNotesForNamesTheFileOpenNotesDoes(t *testing.T) {
	for _, in := range []Input{
		{Raw: "piped text", Meta: model.Meta{Source: "stdin"}},
		{Raw: "untitled text"},
		{Raw: "file text", Meta: model.Meta{Source: "/a/article.txt"}},
	} {
		identity, _ := NotesKey(in)
		if got, want := notesFileName(identityParts(in)), hashHex(identity)[:32]; got != want {
			t.Errorf("%+v: OpenNotesFor's file %s, OpenNotes's %s", in.Meta, got, want)
		}
	}
	// The name of piped text, as sha256sum gives it: printf 'stdin:piped text' | sha256sum
	if got := notesFileName(identityParts(Input{Raw: "piped text", Meta: model.Meta{Source: "stdin"}})); got != "8d6074cc4af738e23fd9ea2ab146155d" {
		t.Errorf("piped text's notes file is %s, want 8d6074cc4af738e23fd9ea2ab146155d", got)
	}
}

func TestEmptyNoteLeavesATombstoneThatAMergeDoesNotUndo(t *testing.T) {
	dir := t.TempDir()
	a := openTestNotes(t, dir)
	mustSet(t, a, model.Note{ClaimID: "x", Text: "doomed"})
	b := openTestNotes(t, dir) // b still holds "doomed" in memory

	mustSet(t, a, model.Note{ClaimID: "x", Text: "  \n"}) // emptied: delete
	if _, ok := a.Note("x"); ok {
		t.Fatal("deleted note still live in the store that deleted it")
	}
	mustSet(t, b, model.Note{ClaimID: "y", Text: "other"}) // b merges with a's tombstone

	r := openTestNotes(t, dir)
	if _, ok := r.Notes()["x"]; ok {
		t.Errorf("deleted note resurrected: %+v", r.Notes())
	}
	if _, ok := b.Note("x"); ok {
		t.Error("b still shows the note a deleted after merging")
	}
	if r.Notes()["y"].Text != "other" {
		t.Errorf("y lost: %+v", r.Notes())
	}
	raw, _ := os.ReadFile(r.Path())
	if !strings.Contains(string(raw), `"deleted": true`) {
		t.Errorf("no tombstone in the file:\n%s", raw)
	}
}

func TestSettingAnUnchangedNoteDoesNotOverrideANewerEdit(t *testing.T) {
	dir := t.TempDir()
	a := openTestNotes(t, dir)
	mustSet(t, a, model.Note{ClaimID: "x", Text: "v1"})
	b := openTestNotes(t, dir)
	mustSet(t, b, model.Note{ClaimID: "x", Text: "v2"})
	mustSet(t, a, model.Note{ClaimID: "x", Text: "v1"}) // a closes its editor untouched
	if got := openTestNotes(t, dir).Notes()["x"].Text; got != "v2" {
		t.Errorf("note = %q, want the newer edit v2", got)
	}
}

func TestCorruptNotesFileIsMovedAsideAndKept(t *testing.T) {
	for _, c := range []struct {
		name, content, label, says string
	}{
		{"damaged", `{"schema": 1, "notes": {"x": {"te`, "corrupt", "damaged"},
		{"not json", "\x00\x01garbage", "corrupt", "damaged"},
		{"no schema", `{"notes": {}}`, "corrupt", "no schema"},
		{"bad verdict", `{"schema": 1, "notes": {"x": {"verdict": "probably"}}}`, "corrupt", "bad note"},
		{"newer schema", `{"schema": 99, "notes": {}}`, "newer", "newer marginalia"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			s := openTestNotes(t, dir)
			if err := os.WriteFile(s.Path(), []byte(c.content), 0o600); err != nil {
				t.Fatal(err)
			}
			r, warning, err := OpenNotes(dir, "/tmp/article.txt", "hash-1")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(warning, c.says) || !strings.Contains(warning, "."+c.label+"-") {
				t.Errorf("warning %q does not say %q and name the .%s- copy", warning, c.says, c.label)
			}
			aside := asideFiles(t, dir)
			if len(aside) != 1 || !strings.Contains(warning, aside[0]) {
				t.Fatalf("moved-aside files %v, warning %q", aside, warning)
			}
			if b, _ := os.ReadFile(aside[0]); string(b) != c.content {
				t.Errorf("moved-aside copy holds %q, want the original %q", b, c.content)
			}
			if len(r.Notes()) != 0 {
				t.Errorf("store from a corrupt file has notes %+v", r.Notes())
			}
			mustSet(t, r, model.Note{ClaimID: "y", Text: "fresh"})
			if b, _ := os.ReadFile(aside[0]); string(b) != c.content {
				t.Error("saving touched the moved-aside copy")
			}
		})
	}
}

func TestCorruptFileFoundWhileSavingIsMovedAsideAndTheNoteSaved(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	mustSet(t, s, model.Note{ClaimID: "x", Text: "one"})
	if err := os.WriteFile(s.Path(), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := s.Set(model.Note{ClaimID: "y", Text: "two"})
	var moved *MovedAsideError
	if !errors.As(err, &moved) || moved.To == "" {
		t.Fatalf("Set after corruption: %v, want a *MovedAsideError naming the copy", err)
	}
	if b, _ := os.ReadFile(moved.To); string(b) != "{broken" {
		t.Errorf("copy holds %q", b)
	}
	got := openTestNotes(t, dir).Notes()
	if got["x"].Text != "one" || got["y"].Text != "two" {
		t.Errorf("notes after recovery: %+v", got)
	}
}

func TestMovingAsideTwiceInOneSecondKeepsBothCopies(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	for i := range 2 {
		if err := os.WriteFile(s.Path(), []byte("bad "+strconv.Itoa(i)), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, w, err := OpenNotes(dir, "/tmp/article.txt", "hash-1"); err != nil || w == "" {
			t.Fatalf("open %d: warning %q, err %v", i, w, err)
		}
	}
	if got := asideFiles(t, dir); len(got) != 2 {
		t.Errorf("moved-aside copies: %v, want 2", got)
	}
}

func asideFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"*.corrupt-*.json", "*.newer-*.json"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	return out
}

func TestTwoStoresWritingInParallelLoseNothing(t *testing.T) {
	dir := t.TempDir()
	const perWriter = 40
	var wg sync.WaitGroup
	for w := range 2 {
		s := openTestNotes(t, dir)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				if err := s.Set(model.Note{ClaimID: fmt.Sprintf("w%d-%d", w, i), Text: "note"}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if got := len(openTestNotes(t, dir).Notes()); got != 2*perWriter {
		t.Errorf("after two parallel writers: %d notes, want %d", got, 2*perWriter)
	}
}

// TestHelperNotesWriter is not a test: TestTwoProcessesWritingInParallelLoseNothing
// runs the test binary again with it selected, as a second writer process.
func TestHelperNotesWriter(t *testing.T) {
	dir := os.Getenv("MARGINALIA_NOTES_WRITER_DIR")
	if dir == "" {
		t.Skip("helper process for TestTwoProcessesWritingInParallelLoseNothing")
	}
	s := openTestNotes(t, dir)
	n, _ := strconv.Atoi(os.Getenv("MARGINALIA_NOTES_WRITER_COUNT"))
	for i := range n {
		mustSet(t, s, model.Note{ClaimID: fmt.Sprintf("%s-%d", os.Getenv("MARGINALIA_NOTES_WRITER_NAME"), i), Text: "x"})
	}
}

func TestTwoProcessesWritingInParallelLoseNothing(t *testing.T) {
	dir := t.TempDir()
	const perWriter = 40
	var cmds []*exec.Cmd
	for _, name := range []string{"p1", "p2"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperNotesWriter$")
		cmd.Env = append(os.Environ(), "MARGINALIA_NOTES_WRITER_DIR="+dir,
			"MARGINALIA_NOTES_WRITER_NAME="+name, "MARGINALIA_NOTES_WRITER_COUNT="+strconv.Itoa(perWriter))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("writer process: %v", err)
		}
	}
	if got := len(openTestNotes(t, dir).Notes()); got != 2*perWriter {
		t.Errorf("after two writer processes: %d notes, want %d", got, 2*perWriter)
	}
}

func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	stale := filepath.Join(dir, "."+filepath.Base(s.Path())+"8674665223082153551")
	unrelated := filepath.Join(dir, ".other.json123")
	for _, p := range []string{stale, unrelated} {
		if err := os.WriteFile(p, []byte("half a save"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	mustSet(t, s, model.Note{ClaimID: "x", Text: "y"})
	if fileExists(stale) {
		t.Error("stale temporary file left behind")
	}
	if !fileExists(unrelated) {
		t.Error("removed a file that is not this store's temporary file")
	}
}

func TestDefaultNotesDirFollowsXDG(t *testing.T) {
	t.Setenv("HOME", "/home/reader")
	t.Setenv("XDG_DATA_HOME", "/data")
	if d, err := DefaultNotesDir(); err != nil || d != "/data/marginalia" {
		t.Errorf("with XDG_DATA_HOME: %q, %v", d, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	if d, err := DefaultNotesDir(); err != nil || d != "/home/reader/.local/share/marginalia" {
		t.Errorf("with a relative XDG_DATA_HOME: %q, %v", d, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	if d, err := DefaultNotesDir(); err != nil || d != "/home/reader/.local/share/marginalia" {
		t.Errorf("without XDG_DATA_HOME: %q, %v", d, err)
	}
}

// failingFS is the real file system with one step made to fail, as a full
// disk or a read-only folder would.
type failingFS struct {
	osNotesFS
	failCreate, failWrite, failRename, failLock, failRead, failMkdir error
}

func (f failingFS) MkdirAll(dir string) error {
	if f.failMkdir != nil {
		return &os.PathError{Op: "mkdir", Path: dir, Err: f.failMkdir}
	}
	return f.osNotesFS.MkdirAll(dir)
}

func (f failingFS) ReadFile(path string) ([]byte, error) {
	if f.failRead != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: f.failRead}
	}
	return f.osNotesFS.ReadFile(path)
}

func (f failingFS) CreateTemp(dir, path string) (pendingFile, error) {
	if f.failCreate != nil {
		return nil, &os.PathError{Op: "open", Path: dir, Err: f.failCreate}
	}
	p, err := f.osNotesFS.CreateTemp(dir, path)
	if err != nil {
		return nil, err
	}
	return &failingPending{pendingFile: p, failWrite: f.failWrite, failRename: f.failRename}, nil
}

func (f failingFS) Lock(path string) (func() error, error) {
	if f.failLock != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: f.failLock}
	}
	return f.osNotesFS.Lock(path)
}

// failingPending writes half of the data for real before failing, so the
// test sees that a partly written temporary file never reaches the notes.
type failingPending struct {
	pendingFile
	failWrite, failRename error
}

func (p *failingPending) Write(b []byte) (int, error) {
	if p.failWrite != nil {
		n, _ := p.pendingFile.Write(b[:len(b)/2])
		return n, p.failWrite
	}
	return p.pendingFile.Write(b)
}

func (p *failingPending) CloseAtomicallyReplace() error {
	if p.failRename != nil {
		return p.failRename
	}
	return p.pendingFile.CloseAtomicallyReplace()
}

func withNotesFS(t *testing.T, fsys notesFS) {
	t.Helper()
	old := notesDisk
	notesDisk = fsys
	t.Cleanup(func() { notesDisk = old })
}

func TestFailedSaveKeepsNotesInMemoryAndOnDisk(t *testing.T) {
	for _, c := range []struct {
		name string
		fs   failingFS
		want error
	}{
		{"full disk while writing", failingFS{failWrite: syscall.ENOSPC}, syscall.ENOSPC},
		{"read-only folder", failingFS{failCreate: syscall.EACCES}, syscall.EACCES},
		{"rename refused", failingFS{failRename: syscall.EROFS}, syscall.EROFS},
		{"lock file refused", failingFS{failLock: syscall.EACCES}, syscall.EACCES},
		{"folder cannot be created", failingFS{failMkdir: syscall.EACCES}, syscall.EACCES},
		{"notes file unreadable", failingFS{failRead: syscall.EACCES}, syscall.EACCES},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			s := openTestNotes(t, dir)
			mustSet(t, s, model.Note{ClaimID: "kept", Text: "saved before the failure"})
			before, err := os.ReadFile(s.Path())
			if err != nil {
				t.Fatal(err)
			}

			withNotesFS(t, c.fs)
			err = s.Set(model.Note{ClaimID: "new", Text: "typed during the failure", Verdict: model.VerdictSupported})
			if !errors.Is(err, c.want) {
				t.Fatalf("Set error = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), "save notes") {
				t.Errorf("error %q does not say what failed", err)
			}
			if n, ok := s.Note("new"); !ok || n.Text != "typed during the failure" {
				t.Errorf("note lost from memory after a failed save: %+v", s.Notes())
			}
			if n, ok := s.Note("kept"); !ok || n.Text != "saved before the failure" {
				t.Errorf("older note lost from memory: %+v", s.Notes())
			}
			after, _ := os.ReadFile(s.Path())
			if string(after) != string(before) {
				t.Errorf("file changed by a failed save:\n%s\nwant\n%s", after, before)
			}
			if names, _ := filepath.Glob(filepath.Join(dir, ".*")); len(names) != 0 {
				t.Errorf("temporary files left: %v", names)
			}

			notesDisk = osNotesFS{} // the disk recovers: the next save writes everything
			if err := s.Save(); err != nil {
				t.Fatal(err)
			}
			got := openTestNotes(t, dir).Notes()
			if got["new"].Text != "typed during the failure" || got["kept"].Text == "" {
				t.Errorf("after recovery: %+v", got)
			}
		})
	}
}

func TestUnreadableNotesFileIsAnOpenErrorAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	mustSet(t, s, model.Note{ClaimID: "x", Text: "mine"})
	withNotesFS(t, failingFS{failRead: syscall.EACCES})
	_, _, err := OpenNotes(dir, "/tmp/article.txt", "hash-1")
	if !errors.Is(err, syscall.EACCES) {
		t.Fatalf("OpenNotes on an unreadable file: %v, want EACCES", err)
	}
	notesDisk = osNotesFS{}
	if len(asideFiles(t, dir)) != 0 || openTestNotes(t, dir).Notes()["x"].Text != "mine" {
		t.Error("an unreadable notes file was moved or changed")
	}
}

func TestSetNeedsAClaimID(t *testing.T) {
	s := openTestNotes(t, t.TempDir())
	if err := s.Set(model.Note{Text: "orphan"}); err == nil {
		t.Error("Set without a claim ID gave no error")
	}
}

// BenchmarkNotesSet measures one saved change (lock, re-read, merge, write,
// fsync, rename, fsync the folder) on an article with 100 notes: the cost the
// reader pays for each note, verdict or position change.
func BenchmarkNotesSet(b *testing.B) {
	dir := b.TempDir()
	s, _, err := OpenNotes(dir, "/bench/article.txt", "h")
	if err != nil {
		b.Fatal(err)
	}
	for i := range 100 {
		if err := s.Set(model.Note{ClaimID: fmt.Sprintf("c%d", i), Text: strings.Repeat("note ", 20)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if err := s.Set(model.Note{ClaimID: "c0", Verdict: model.Verdicts[1+i%3]}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSetTextKeepsTheVerdictAndCycleVerdictKeepsTheText(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	want := []model.Verdict{model.VerdictNeedsSource, model.VerdictSupported}
	for _, w := range want {
		v, err := s.CycleVerdict("c3", "The claim.")
		if err != nil || v != w {
			t.Fatalf("CycleVerdict = %q, %v; want %q", v, err, w)
		}
	}
	if err := s.SetText("c3", "The claim.", "ask CBP"); err != nil {
		t.Fatal(err)
	}
	if v, err := s.CycleVerdict("c3", "The claim."); err != nil || v != model.VerdictDisputed {
		t.Fatalf("third CycleVerdict = %q, %v", v, err)
	}
	n := openTestNotes(t, dir).Notes()["c3"]
	if n.Text != "ask CBP" || n.Verdict != model.VerdictDisputed || n.Quote != "The claim." {
		t.Errorf("reopened note = %+v", n)
	}

	// Emptying the text keeps a verdict-only note; cycling back to none then
	// deletes it.
	if err := s.SetText("c3", "The claim.", ""); err != nil {
		t.Fatal(err)
	}
	if n, ok := s.Note("c3"); !ok || n.Verdict != model.VerdictDisputed {
		t.Errorf("after emptying the text: %+v, %v", n, ok)
	}
	if v, err := s.CycleVerdict("c3", "The claim."); err != nil || v != model.VerdictNone {
		t.Fatalf("CycleVerdict to none = %q, %v", v, err)
	}
	if _, ok := openTestNotes(t, dir).Notes()["c3"]; ok {
		t.Error("a note with no text and no verdict survived")
	}
}

func TestSetWithDeletedDeletes(t *testing.T) {
	dir := t.TempDir()
	s := openTestNotes(t, dir)
	mustSet(t, s, model.Note{ClaimID: "x", Text: "keep?", Verdict: model.VerdictSupported})
	mustSet(t, s, model.Note{ClaimID: "x", Text: "ignored", Deleted: true})
	if _, ok := openTestNotes(t, dir).Notes()["x"]; ok {
		t.Error("Set with Deleted did not delete")
	}
}

// The store's file names and text hashes are SHA-256 in hex; hashHex feeds
// the text through a buffer, so texts around and across its size must hash
// exactly as SHA-256 does, or every existing notes file would be lost.
func TestHashHexIsSHA256(t *testing.T) {
	for _, n := range []int{0, 1, 32<<10 - 1, 32 << 10, 32<<10 + 1, 100_000} {
		s := strings.Repeat("é.", n/3) + strings.Repeat("x", n-n/3*3)
		sum := sha256.Sum256([]byte(s))
		if got, want := hashHex(s), hex.EncodeToString(sum[:]); got != want {
			t.Errorf("hashHex of %d bytes = %s, want %s", len(s), got, want)
		}
	}
}
