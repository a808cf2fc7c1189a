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

// e2e drives the real binary in a real terminal (tmux). CI installs tmux
// (.ci/run); without it the test is skipped.
type e2e struct {
	t      *testing.T
	dir    string
	socket string
	bin    string
}

func newE2E(t *testing.T) *e2e {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	return e2eSession(t, t.TempDir(), buildBinary(t)) // cli_helpers_test.go
}

// e2eSession drives bin with its own tmux server, whose socket and files are
// in dir; the server is killed when the test ends.
func e2eSession(t *testing.T, dir, bin string) *e2e {
	e := &e2e{t: t, dir: dir, socket: filepath.Join(dir, "tmux.sock"), bin: bin}
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", e.socket, "kill-server").Run() })
	return e
}

// again is a fresh terminal (its own tmux server, directory and exit status
// file) for another run of the binary e already built.
func (e *e2e) again() *e2e { return e2eSession(e.t, e.t.TempDir(), e.bin) }

// reopen is a fresh terminal on the same folder, so the binary finds the same
// notes. It gets a new tmux server on its own socket: killing the only
// session and starting another on the same socket races the old server's
// exit ("server exited unexpectedly").
func (e *e2e) reopen() *e2e {
	e.tmux("kill-server")
	r := e2eSession(e.t, e.dir, e.bin)
	r.socket = e.socket + ".reopened"
	return r
}

func (e *e2e) tmux(args ...string) string {
	e.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", e.socket}, args...)...).CombinedOutput()
	if err != nil {
		e.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// start runs the binary with args in a 120×40 tmux session, in a pinned
// environment, and records its exit status in a file.
func (e *e2e) start(args ...string) {
	e.t.Helper()
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	script := fmt.Sprintf("%s %s; echo $? > %s/status; sleep 30", e.bin, strings.Join(quoted, " "), e.dir)
	session := append([]string{"new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", "env", "-i"}, e.env()...)
	e.tmux(append(session, "sh", "-c", script)...)
}

// env is the pinned environment the binary runs in: its notes are kept in
// e.dir, so a later command given the same environment finds them.
func (e *e2e) env() []string {
	return []string{"TERM=xterm-256color", "HOME=" + e.dir, "XDG_DATA_HOME=" + filepath.Join(e.dir, "data"),
		"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8"}
}

func (e *e2e) screen() string { return e.tmux("capture-pane", "-p", "-t", "e2e") }

func (e *e2e) keys(keys ...string) { e.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...) }

// waitFor polls the screen until cond holds.
func (e *e2e) waitFor(what string, cond func(screen string) bool) string {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := e.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (e *e2e) waitText(text string) string {
	e.t.Helper()
	return e.waitFor(fmt.Sprintf("%q", text), func(s string) bool { return strings.Contains(s, text) })
}

// quitWith presses key and fails the test unless the binary then exits
// with status 0.
func (e *e2e) quitWith(key string) {
	e.t.Helper()
	e.keys(key)
	if status := e.exitStatus(); status != "0" {
		e.t.Fatalf("%s exited with status %s", key, status)
	}
}

// exitStatus waits for the binary to end and returns its status.
func (e *e2e) exitStatus() string {
	e.t.Helper()
	path := filepath.Join(e.dir, "status")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return strings.TrimSpace(string(b))
		}
		time.Sleep(20 * time.Millisecond)
	}
	e.t.Fatalf("the program did not exit; screen:\n%s", e.screen())
	return ""
}

func TestReaderInTmux(t *testing.T) {
	e := newE2E(t)
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := model.Analyze(in.Raw, in.Meta)
	total := len(a.Claims)
	secondParagraph := a.Paragraphs[1].Claims[0] + 1
	pos := func(n int) string { return fmt.Sprintf("claim %d/%d", n, total) }

	e.start()
	// A capture can land while tmux is still drawing the first frame, so
	// wait for the whole of it: the header, both panes and the footer.
	e.waitFor("the first frame with both panes", func(s string) bool {
		return strings.Contains(s, pos(1)) && strings.Contains(s, "Source notes") &&
			strings.Contains(s, "Attribution") && strings.Contains(s, "q quit")
	})
	e.keys("j")
	e.waitText(pos(2))
	e.keys("G")
	e.waitText(pos(total))
	e.keys("g", "]")
	e.waitText(pos(secondParagraph))

	e.keys("s")
	e.waitFor("Source notes to hide", func(s string) bool { return !strings.Contains(s, "Source notes") })
	e.keys("s")
	e.waitText("Source notes")
	e.keys("a")
	e.waitFor("Attribution to hide", func(s string) bool { return !strings.Contains(s, "Attribution") })
	e.keys("a")
	e.waitText("Attribution")

	e.quitWith("q")
}

func TestReaderQuitsWithCtrlC(t *testing.T) {
	e := newE2E(t)
	e.start()
	e.waitText("claim 1/")
	e.quitWith("C-c")
}

func TestPipedOutputIsPlainText(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("piped run: %v", err)
	}
	if strings.Contains(string(out), "\x1b") {
		t.Error("piped output contains escape sequences")
	}
	if !strings.Contains(string(out), "¶ 1") {
		t.Errorf("piped output is not the plain article:\n%s", out)
	}
}

// TestDashOnATerminalSaysSo: "-" reads stdin; when stdin is the keyboard
// there is no article to wait for, so the reader refuses at once instead of
// hanging silently.
func TestDashOnATerminalSaysSo(t *testing.T) {
	e := newE2E(t)
	e.start("-")
	screen := e.waitText("marginalia: read article from stdin: stdin is a terminal")
	if status := e.exitStatus(); status != "1" {
		t.Errorf("exit status %s, want 1; screen:\n%s", status, screen)
	}
}
