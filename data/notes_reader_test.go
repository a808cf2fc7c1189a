package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"marginalia/data"
	"marginalia/model"
	"marginalia/ui"
)

// TestReaderOnAFailingNotesFolder runs the reader on the real notes store
// while its folder is read-only or full (through the store's error-injection
// seam: CI runs as root, where chmod cannot do it). A note and a verdict
// typed then must show the failure on the status line, stay in the reader
// and in the store's memory, leave the file on disk exactly as it was, and
// reach the disk once the folder works again.
func TestReaderOnAFailingNotesFolder(t *testing.T) {
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := model.Analyze(in.Raw, in.Meta)
	claim1, claim3 := a.Claims[0], a.Claims[2]

	for _, c := range []struct {
		kind, reason string
		err          error
	}{
		{"read-only", "read-only file system", syscall.EROFS},
		{"full", "no space left on device", syscall.ENOSPC},
	} {
		t.Run(c.kind, func(t *testing.T) {
			dir := t.TempDir()
			store, _, err := data.OpenNotes(dir, "/reader/article.txt", "hash")
			if err != nil {
				t.Fatal(err)
			}
			saved := model.Note{ClaimID: claim1.ID(), Quote: claim1.Text, Text: "saved before the failure"}
			if err := store.Set(saved); err != nil {
				t.Fatal(err)
			}
			before, err := os.ReadFile(store.Path())
			if err != nil {
				t.Fatal(err)
			}

			fault := data.InjectNotesDiskFault(t, c.kind, c.err)
			tm := teatest.NewTestModel(t, ui.New(ui.Options{Article: a, Notes: store}),
				teatest.WithInitialTermSize(120, 40),
				teatest.WithProgramOptions(
					tea.WithColorProfile(colorprofile.ANSI256),
					tea.WithEnvironment([]string{"TERM=xterm-256color"}),
				))
			waitFor(t, tm, "claim 1/")
			tm.Send(key("j"))
			tm.Send(key("j"))
			tm.Send(key("m"))
			waitFor(t, tm, "Your note on claim 3")
			tm.Type("typed while the disk fails")
			tm.Send(key("esc"))
			tm.Send(key("v"))
			waitFor(t, tm, c.reason) // the status line says the notes were not saved, and why

			// The disk is untouched and the store still holds everything.
			if after, _ := os.ReadFile(store.Path()); !bytes.Equal(after, before) {
				t.Errorf("the notes file changed during the failure:\n%s\nwant\n%s", after, before)
			}
			if temps, _ := filepath.Glob(filepath.Join(dir, ".*.json*")); len(temps) != 0 {
				t.Errorf("temporary files left: %v", temps)
			}
			if n, ok := store.Note(claim3.ID()); !ok || n.Text != "typed while the disk fails" || n.Verdict != model.VerdictNeedsSource {
				t.Errorf("the store's memory lost the new note: %+v (found %v)", n, ok)
			}
			if n, _ := store.Note(claim1.ID()); n.Text != saved.Text {
				t.Errorf("the store's memory lost the older note: %+v", n)
			}

			// The folder works again: the next change saves everything.
			fault.Recover()
			tm.Send(key("v"))
			waitFor(t, tm, "verdict: supported")
			deadline := time.Now().Add(15 * time.Second)
			for {
				b, _ := os.ReadFile(store.Path())
				if bytes.Contains(b, []byte("typed while the disk fails")) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the note never reached the disk after it recovered:\n%s", b)
				}
				time.Sleep(10 * time.Millisecond)
			}
			tm.Send(key("q"))
			final := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second)).(ui.Model)
			screen := strings.Join(strings.Fields(ansi.Strip(final.View().Content)), " ")
			if !strings.Contains(screen, "typed while the disk fails") {
				t.Errorf("the reader no longer shows the note:\n%s", ansi.Strip(final.View().Content))
			}

			reopened, warning, err := data.OpenNotes(dir, "/reader/article.txt", "hash")
			if err != nil || warning != "" {
				t.Fatalf("reopen: warning %q, error %v", warning, err)
			}
			if n, _ := reopened.Note(claim3.ID()); n.Text != "typed while the disk fails" || n.Verdict != model.VerdictSupported {
				t.Errorf("on disk after recovery: %+v", n)
			}
			if n, _ := reopened.Note(claim1.ID()); n.Text != saved.Text {
				t.Errorf("the older note on disk: %+v", n)
			}
		})
	}
}

func key(k string) tea.KeyPressMsg {
	if k == "esc" {
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}
