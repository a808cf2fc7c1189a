package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marginalia/data"
	"marginalia/model"
)

// terminalState is what the shell sees of the terminal: the line discipline
// (stty -g) and the modes tmux tracks for the pane.
const terminalStateFormat = "alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag} keypad=#{keypad_cursor_flag} title=#{pane_title}"

// TestPanicsRestoreTheTerminal builds marginalia with the test-only panic
// hook (ui/testpanic_on.go), opens the reader in tmux on an article with a
// saved note, moves, and makes it panic in Update, in one of its commands
// and in a bare command that does not go through safeCmd. Each time the program
// must exit with a non-zero status, leave the terminal as it found it (stty
// settings, alternate screen, cursor, mouse modes, window title), print a
// sanitized error, and leave the notes file whole with the note in it.
func TestPanicsRestoreTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	bin := buildBinary(t, "marginalia_testpanic")
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := model.Analyze(in.Raw, in.Meta)

	for _, where := range []string{"update", "cmd", "teacmd"} {
		t.Run(where, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
			store, _, err := data.OpenNotesFor(in)
			if err != nil {
				t.Fatal(err)
			}
			seeded := model.Note{ClaimID: a.Claims[2].ID(), Text: "ask CBP for the figures", Verdict: model.VerdictNeedsSource}
			if err := store.Set(seeded); err != nil {
				t.Fatal(err)
			}

			e := e2eSession(t, dir, bin) // e2e_test.go
			script := fmt.Sprintf(`stty -g > %[1]s/stty.before; touch %[1]s/ready; while [ ! -e %[1]s/go ]; do sleep 0.02; done
%[2]s 2> %[1]s/stderr; echo $? > %[1]s/status; stty -g > %[1]s/stty.after; sleep 30`, dir, bin)
			e.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40",
				"env", "-i", "TERM=xterm-256color", "HOME="+dir, "XDG_DATA_HOME="+filepath.Join(dir, "data"),
				"PATH="+os.Getenv("PATH"), "LANG=C.UTF-8", "MARGINALIA_TEST_PANIC="+where, "sh", "-c", script)
			waitForFile(t, filepath.Join(dir, "ready"), false)
			before := e.tmux("display-message", "-p", "-t", "e2e", terminalStateFormat)
			if err := os.WriteFile(filepath.Join(dir, "go"), nil, 0o600); err != nil {
				t.Fatal(err)
			}

			e.waitText(fmt.Sprintf("claim 1/%d", len(a.Claims)))
			e.keys("j", "j")
			e.waitText(fmt.Sprintf("claim 3/%d", len(a.Claims)))
			e.keys("P")
			status := e.exitStatus()
			after := e.tmux("display-message", "-p", "-t", "e2e", terminalStateFormat)
			stderr, _ := os.ReadFile(filepath.Join(dir, "stderr"))

			if status == "0" {
				t.Errorf("exit status 0 after a panic; stderr %q", stderr)
			}
			sttyBefore, _ := os.ReadFile(filepath.Join(dir, "stty.before"))
			sttyAfter := waitForFile(t, filepath.Join(dir, "stty.after"), true)
			if len(sttyBefore) == 0 || string(sttyBefore) != string(sttyAfter) {
				t.Errorf("stty -g before %q, after %q", sttyBefore, sttyAfter)
			}
			// Bubble Tea clears the window title on every exit (a terminal
			// cannot be asked for the old one), so the title is only
			// checked for the article's attempt to set one.
			modes := func(state string) string { m, _, _ := strings.Cut(state, " title="); return m }
			if modes(before) != modes(after) {
				t.Errorf("terminal modes before %q, after %q", before, after)
			}
			if strings.Contains(after, "pwned") {
				t.Errorf("the panic value set the window title: %q", after)
			}
			if !strings.Contains(string(stderr), "test panic") {
				t.Errorf("the panic is not reported; stderr %q", stderr)
			}
			if strings.ContainsAny(string(stderr), "\x1b\x07") {
				t.Errorf("the panic report carries escape sequences: %q", stderr)
			}

			reopened, warning, err := data.OpenNotesFor(in)
			if err != nil || warning != "" {
				t.Fatalf("notes after the panic: warning %q, error %v", warning, err)
			}
			if n, ok := reopened.Note(seeded.ClaimID); !ok || n.Text != seeded.Text || n.Verdict != seeded.Verdict {
				t.Errorf("the note after the panic: %+v (found %v), want %+v", n, ok, seeded)
			}
			t.Logf("status %s; stderr ends %q", status, string(stderr)[strings.LastIndex(strings.TrimSpace(string(stderr)), "\n")+1:])
		})
	}
}

// waitForFile waits up to 10 s for path to exist (with some content, when
// nonEmpty) and returns its content.
func waitForFile(t *testing.T, path string, nonEmpty bool) []byte {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, err := os.ReadFile(path)
		if err == nil && (len(b) > 0 || !nonEmpty) {
			return b
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not appear", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
