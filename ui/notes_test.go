package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/data"
	"marginalia/model"
)

// openStore opens the embedded article's notes kept in dir, as the command
// line does (same identity and text hash).
func openStore(t *testing.T, dir string) *data.NotesStore {
	t.Helper()
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	id, hash := data.NotesKey(in)
	s, warning, err := data.OpenNotes(dir, id, hash)
	if err != nil || warning != "" {
		t.Fatalf("open notes: %v %q", err, warning)
	}
	return s
}

// startReader runs the reader as a program at 120×40, inside the guard.
func startReader(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	tm := teatest.NewTestModel(t, asProgram(New(opts)),
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ANSI256),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		))
	waitOutput(t, tm, "claim ")
	return tm
}

// startReaderWithNotes runs the reader on the embedded article with its
// notes kept in a fresh directory, returned so that the test can open the
// store again and see what reached the disk.
func startReaderWithNotes(t *testing.T) (model.Article, string, *teatest.TestModel) {
	t.Helper()
	a := embedded(t)
	dir := t.TempDir()
	return a, dir, startReader(t, Options{Article: a, Notes: openStore(t, dir)})
}

func waitOutput(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

func finalModel(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	return readerOf(t, tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)))
}

// screen is the frame as plain text.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// paneText is the frame's text with the pane borders and line breaks
// turned into single spaces, so a phrase wrapped over two lines is found.
func paneText(m Model) string {
	s := strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", " ").Replace(screen(m))
	return strings.Join(strings.Fields(s), " ")
}

func TestNoteAndVerdictTypedInTheReaderAreSavedAndShownOnReopening(t *testing.T) {
	a, dir, tm := startReaderWithNotes(t)
	tm.Send(keyPress("j"))
	tm.Send(keyPress("j"))
	tm.Send(keyPress("m"))
	waitOutput(t, tm, "Your note on claim 3")
	tm.Type("ask CBP for the figures")
	tm.Send(keyPress("esc"))
	tm.Send(keyPress("v"))
	waitOutput(t, tm, "verdict: needs source")
	tm.Send(keyPress("q"))
	finalModel(t, tm)

	claim3 := a.Claims[2]
	store := openStore(t, dir)
	n, ok := store.Note(claim3.ID())
	if !ok || n.Text != "ask CBP for the figures" || n.Verdict != model.VerdictNeedsSource {
		t.Fatalf("saved note on claim 3: %+v (found %v)", n, ok)
	}
	if n.Quote != claim3.Text {
		t.Errorf("the note keeps the claim's text %q, got %q", claim3.Text, n.Quote)
	}
	if got := store.Position(); got != claim3.ID() {
		t.Errorf("reading position %q, want claim 3 %q", got, claim3.ID())
	}

	m := open(t, Options{Article: a, Notes: store, StartClaimID: store.Position()}, 120, 40)
	if h := header(m); !strings.Contains(h, claimPos(3, len(a.Claims))) {
		t.Errorf("reopened on %q, want claim 3", h)
	}
	text := paneText(m)
	for _, want := range []string{"Your verdict: needs source", "Your note:", "ask CBP for the figures"} {
		if !strings.Contains(text, want) {
			t.Errorf("Source notes pane lacks %q:\n%s", want, screen(m))
		}
	}
	// The gutter mark "•" is also a list bullet in the panes: compare with
	// the same screen without notes.
	plain := open(t, Options{Article: a, StartClaimID: claim3.ID()}, 120, 40)
	mark := ansi.Strip(m.theme.markGlyph)
	if n, without := strings.Count(screen(m), mark), strings.Count(screen(plain), mark); n != without+1 {
		t.Errorf("%d marks with the note, %d without: want one gutter mark more:\n%s", n, without, screen(m))
	}
}

func TestEmptyingANoteDeletesIt(t *testing.T) {
	a := embedded(t)
	dir := t.TempDir()
	store := openStore(t, dir)
	if err := store.SetText(a.Claims[0].ID(), a.Claims[0].Text, "temporary thought"); err != nil {
		t.Fatal(err)
	}
	tm := startReader(t, Options{Article: a, Notes: store})
	tm.Send(keyPress("m"))
	waitOutput(t, tm, "Your note on claim 1")
	tm.Send(keyPress("ctrl+u")) // the textarea's "delete before cursor"
	tm.Send(keyPress("esc"))
	tm.Send(keyPress("q"))
	m := finalModel(t, tm)

	if _, ok := openStore(t, dir).Note(a.Claims[0].ID()); ok {
		t.Error("the emptied note is still in the notes file")
	}
	if strings.Contains(paneText(m), "temporary thought") || m.notes.annotated(a.Claims[0].ID()) {
		t.Errorf("the emptied note is still shown:\n%s", screen(m))
	}
	b, err := os.ReadFile(store.Path())
	if err != nil || !strings.Contains(string(b), `"deleted": true`) {
		t.Errorf("no tombstone in the notes file (%v):\n%s", err, b)
	}
}

func TestCtrlCInTheEditorSavesTheDraftThenQuits(t *testing.T) {
	a, dir, tm := startReaderWithNotes(t)
	tm.Send(keyPress("m"))
	waitOutput(t, tm, "Your note on claim 1")
	tm.Type("half a thought")
	tm.Send(tea.PasteMsg{Content: " and a pasted line"})
	tm.Send(keyPress("ctrl+c"))
	finalModel(t, tm) // the program ended

	n, ok := openStore(t, dir).Note(a.Claims[0].ID())
	if !ok || n.Text != "half a thought and a pasted line" {
		t.Errorf("draft after ctrl+c: %+v (found %v)", n, ok)
	}
}

func TestKeysInTheEditorGoToTheTextOnly(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	m = press(m, "m")
	m = typeText(m, "jqv?s/")
	if len(m.overlays) != 1 || m.cur != 0 || !m.panes[paneNotes].visible || m.search.typing {
		t.Fatalf("reader keys acted while editing: overlays %d cur %d", len(m.overlays), m.cur)
	}
	m = press(m, "esc")
	if n := m.notes.note(a.Claims[0].ID()); n.Text != "jqv?s/" || n.Verdict != model.VerdictNone {
		t.Errorf("note %+v", n)
	}
	if !strings.Contains(paneText(m), `jqv?s/`) {
		t.Errorf("pane does not show the note as typed:\n%s", screen(m))
	}
}

func TestVerdictCyclesThroughAllFourAndBack(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 120, 40)
	id := a.Claims[0].ID()
	for _, want := range []model.Verdict{model.VerdictNeedsSource, model.VerdictSupported, model.VerdictDisputed, model.VerdictNone} {
		m = press(m, "v")
		if got := m.notes.note(id).Verdict; got != want {
			t.Errorf("verdict %q, want %q", got, want)
		}
		if !strings.Contains(footer(m), "verdict: "+want.String()) {
			t.Errorf("status line %q", footer(m))
		}
	}
	if m.notes.annotated(id) {
		t.Error("a claim with no verdict and no note is still marked")
	}
}

func TestUserNoteCannotBreakThePaneMarkdown(t *testing.T) {
	md := userNoteMarkdown(model.Note{ClaimID: "x", Text: "# not a heading\n    - [link](http://x) <b>hi</b>\n~~~\n===\n&amp; \x1b[2Jok"})
	for _, bad := range []string{"\n# ", "\n- ", "](", "<b>", "\n~~~", "&amp; ", "\x1b"} {
		if strings.Contains(md, bad) {
			t.Errorf("escaped note keeps %q:\n%s", bad, md)
		}
	}
	r, err := newMDRenderer().render(mdKey{style: markdownNoColor, width: 60, src: md})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(ansi.Strip(strings.Join(r, "\n"))), " ")
	want := "Your note: # not a heading - [link](http://x) <b>hi</b> ~~~ === &amp; ok"
	if got != want {
		t.Errorf("rendered note:\n got %q\nwant %q", got, want)
	}
}

// chdir changes the working directory for one test.
func chdir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(old) })
}

func TestExportWritesWhatTheReaderShowsAndNeverOverwrites(t *testing.T) {
	a := embedded(t)
	cwd := t.TempDir()
	chdir(t, cwd)
	slug := data.Slugify(model.ExportTitle(&a))
	existing := filepath.Join(cwd, slug+"-notes.md")
	if err := os.WriteFile(existing, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	filter, err := model.ResolveFilter(&a, []string{"experts"}, false)
	if err != nil {
		t.Fatal(err)
	}
	first := filter.Claims(&a)[0]

	tm := startReader(t, Options{Article: a, Filter: filter, Notes: openStore(t, t.TempDir())})
	tm.Send(keyPress("v"))
	tm.Send(keyPress("e"))
	waitOutput(t, tm, "exported")
	tm.Send(keyPress("q"))
	m := finalModel(t, tm)

	want := "exported 3 claims (filter: experts) to ./" + slug + "-notes-2.md"
	if m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
	if b, _ := os.ReadFile(existing); string(b) != "mine" {
		t.Errorf("the existing file was changed: %q", b)
	}
	b, err := os.ReadFile(filepath.Join(cwd, slug+"-notes-2.md"))
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	if n := strings.Count(md, "\n### "); n != 3 {
		t.Errorf("%d claim sections, want the filter's 3", n)
	}
	if !strings.Contains(md, "needs source") || m.cur != first {
		t.Errorf("the export lacks the verdict on the first expert claim (%d):\n%s", m.cur, md)
	}
}

// failingStore is a notes store whose disk refuses every write, as a
// read-only or full notes folder would: changes stay in its memory.
type failingStore struct {
	mu    sync.Mutex
	err   error
	notes map[string]model.Note
	saves int
}

func (s *failingStore) Notes() map[string]model.Note {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]model.Note{}
	for id, n := range s.notes {
		if n.Live() {
			out[id] = n
		}
	}
	return out
}

func (s *failingStore) Set(n model.Note) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notes[n.ClaimID] = n
	s.saves++
	return s.err
}

func (s *failingStore) SetPosition(string) error { return s.Save() }

func (s *failingStore) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saves++
	return s.err
}

func TestStoreErrorsShowOnTheStatusLineAndNotesStayInMemory(t *testing.T) {
	a := embedded(t)
	store := &failingStore{err: &os.PathError{Op: "open", Path: "/notes/x.json", Err: syscall.EROFS}, notes: map[string]model.Note{}}
	tm := startReader(t, Options{Article: a, Notes: store})
	tm.Send(keyPress("v"))
	waitOutput(t, tm, "notes not saved")
	tm.Send(keyPress("q"))
	m := finalModel(t, tm)

	if !strings.Contains(m.status, "read-only file system") {
		t.Errorf("status %q does not say why", m.status)
	}
	if !strings.Contains(paneText(m), "Your verdict: needs source") {
		t.Errorf("the verdict is gone from the pane:\n%s", screen(m))
	}
	// At quit the notes are written again; the error carries them so that
	// the command line can print them.
	err := m.notes.flush()
	var unsaved *UnsavedNotesError
	if !errors.As(err, &unsaved) || len(unsaved.Notes) != 1 || unsaved.Notes[0].Verdict != model.VerdictNeedsSource {
		t.Errorf("flush: %v", err)
	}
	if !errors.Is(err, syscall.EROFS) {
		t.Errorf("flush error %v does not wrap the cause", err)
	}
}

func TestAMovedAsideNotesFileIsReportedAtStart(t *testing.T) {
	dir := t.TempDir()
	store := openStore(t, dir)
	if err := os.WriteFile(store.Path(), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	in, _ := data.Load("")
	id, hash := data.NotesKey(in)
	store, warning, err := data.OpenNotes(dir, id, hash)
	if err != nil || warning == "" {
		t.Fatalf("open a damaged file: %v %q", err, warning)
	}
	m := open(t, Options{Article: embedded(t), Notes: store, Status: warning}, 120, 40)
	if f := footer(m); !strings.Contains(f, "kept it as") {
		t.Errorf("footer %q does not carry the warning %q", f, warning)
	}
}

func TestReadingPositionIsSavedShortlyAfterAMoveWithoutQuitting(t *testing.T) {
	a, dir, tm := startReaderWithNotes(t)
	for range 4 {
		tm.Send(keyPress("j"))
	}
	deadline := time.Now().Add(5 * time.Second)
	for openStore(t, dir).Position() != a.Claims[4].ID() {
		if time.Now().After(deadline) {
			t.Fatalf("position on disk %q, want claim 5", openStore(t, dir).Position())
		}
		time.Sleep(20 * time.Millisecond)
	}
	tm.Send(keyPress("q"))
	finalModel(t, tm)
}

func TestAPositionOnAClaimTheArticleLostIsReplacedByTheNewOne(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a, StartClaimID: "no-such-claim"}, 120, 40)
	m = press(m, "j")
	if m.notes.position != a.Claims[1].ID() {
		t.Errorf("position %q, want claim 2 %q", m.notes.position, a.Claims[1].ID())
	}
}

func TestAPendingStartIsNotOverwrittenWhileTheAnalysisRuns(t *testing.T) {
	a := embedded(t)
	first := a
	first.Claims, first.Paragraphs = a.Claims[:2], a.Paragraphs[:1]
	start := a.Claims[len(a.Claims)-1].ID()
	m := open(t, Options{Article: first, StartClaimID: start, Start: func() tea.Msg { return nil }}, 120, 40)
	if m.notes.position != start {
		t.Errorf("position %q changed before the analysis found %q", m.notes.position, start)
	}
	m = send(m, ArticleMsg{Article: a, Done: true, Progress: 1})
	if m.CurrentClaimID() != start || m.notes.position != start {
		t.Errorf("after the analysis: on %q, position %q, want %q", m.CurrentClaimID(), m.notes.position, start)
	}
}

func TestTheEditorShowsTheTerminalCursorAfterTheTypedText(t *testing.T) {
	a := embedded(t)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {41, 9}} {
		m := open(t, Options{Article: a}, size[0], size[1])
		m = typeText(press(m, "m"), "abc")
		c := m.View().Cursor
		if c == nil {
			t.Fatalf("%v: no cursor in the editor", size)
		}
		lines := screenLines(m)
		if c.Y >= len(lines) {
			t.Fatalf("%v: cursor row %d off the screen", size, c.Y)
		}
		if before := ansi.Truncate(lines[c.Y], c.X, ""); !strings.HasSuffix(before, "abc") {
			t.Errorf("%v: left of the cursor (%d,%d) is %q, want the typed text", size, c.X, c.Y, before)
		}
	}
}

func TestRapidChangesReachTheStoreInOrder(t *testing.T) {
	a, dir, tm := startReaderWithNotes(t)
	tm.Send(keyPress("v"))
	tm.Send(keyPress("v"))
	tm.Send(keyPress("v"))
	tm.Send(keyPress("m"))
	tm.Type("first")
	tm.Send(keyPress("esc"))
	tm.Send(keyPress("m"))
	tm.Type(", second")
	tm.Send(keyPress("esc"))
	tm.Send(keyPress("q"))
	finalModel(t, tm)

	n, ok := openStore(t, dir).Note(a.Claims[0].ID())
	if !ok || n.Text != "first, second" || n.Verdict != model.VerdictDisputed {
		t.Errorf("stored %+v (found %v), want the last text and the third verdict", n, ok)
	}
}

func TestTheUsersNoteLeadsTheSourceNotesPaneSoASmallPaneShowsIt(t *testing.T) {
	a := embedded(t)
	m := open(t, Options{Article: a}, 80, 24)
	m = press(m, "j", "j", "v", "m")
	m = press(typeText(m, "ask CBP"), "esc")
	if text := paneText(m); !strings.Contains(text, "Your verdict: needs source") || !strings.Contains(text, "ask CBP") {
		t.Errorf("the note is not visible at 80×24:\n%s", screen(m))
	}
}
