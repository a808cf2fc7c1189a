package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// measureOnce runs ttff's loop with a private tmux server and returns the
// reported times, skipping when tmux is not installed.
func measureOnce(t *testing.T, o options) ([]time.Duration, error) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	if o.runs == 0 {
		o.runs = 1
	}
	if o.width == 0 {
		o.width, o.height = 120, 40
	}
	if o.timeout == 0 {
		o.timeout = 10 * time.Second
	}
	o.term = "xterm-256color"
	var times []time.Duration
	err := run(context.Background(), o, func(d time.Duration) { times = append(times, d) })
	return times, err
}

func TestTimesUntilMarkerAppears(t *testing.T) {
	times, err := measureOnce(t, options{
		marker:  "ready-marker",
		runs:    2,
		command: []string{"sh", "-c", "sleep 0.2; echo ready-marker; sleep 30"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != 2 {
		t.Fatalf("got %d times, want one per run (2)", len(times))
	}
	for _, d := range times {
		if d < 200*time.Millisecond || d > 5*time.Second {
			t.Errorf("time %v: want at least the program's 200ms delay and far below the timeout", d)
		}
	}
}

func TestPaneHasRequestedSizeAndTermAndHidesTmux(t *testing.T) {
	_, err := measureOnce(t, options{
		marker:  "size 40 120 term xterm-256color tmux none",
		width:   120,
		height:  40,
		command: []string{"sh", "-c", `echo "size $(stty size) term $TERM tmux ${TMUX:-none}"; sleep 30`},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestArgumentsReachProgramVerbatim(t *testing.T) {
	arg := `it's "quoted" $HOME; a b`
	_, err := measureOnce(t, options{
		marker:  "got " + arg,
		command: []string{"sh", "-c", `printf 'got %s\n' "$1"; sleep 30`, "sh", arg},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReportsProgramExitingBeforeMarker(t *testing.T) {
	_, err := measureOnce(t, options{
		marker:  "never shown",
		command: []string{"sh", "-c", "echo something else; sleep 0.3"},
	})
	if err == nil || !strings.Contains(err.Error(), "exited before") || !strings.Contains(err.Error(), "something else") {
		t.Fatalf("error = %v, want it to say the program exited and show its last screen", err)
	}
}

func TestGivesUpAfterTimeout(t *testing.T) {
	_, err := measureOnce(t, options{
		marker:  "never shown",
		timeout: 300 * time.Millisecond,
		command: []string{"sh", "-c", "echo waiting; sleep 30"},
	})
	if err == nil || !strings.Contains(err.Error(), "gave up") || !strings.Contains(err.Error(), "waiting") {
		t.Fatalf("error = %v, want a timeout that shows the last screen", err)
	}
}

func TestQuitKeysReachProgramAndItsExitIsAwaited(t *testing.T) {
	out := filepath.Join(t.TempDir(), "answer")
	_, err := measureOnce(t, options{
		marker:   "ready",
		quitKeys: "bye Enter",
		command:  []string{"sh", "-c", `echo ready; read x; echo "$x" > "$1"`, "sh", out},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the program did not finish before ttff returned: %v", err)
	}
	if strings.TrimSpace(string(got)) != "bye" {
		t.Errorf("program read %q, want the quit keys %q", got, "bye")
	}
}

func TestParseOptionsRequiresMarkerAndCommand(t *testing.T) {
	for _, args := range [][]string{
		{"--", "less", "x"},
		{"-marker", "m"},
		{"-marker", "m", "-runs", "0", "--", "less"},
	} {
		if _, err := parseOptions(args); err == nil {
			t.Errorf("parseOptions(%q) accepted invalid arguments", args)
		}
	}
	o, err := parseOptions([]string{"-marker", "claim 1/", "-runs", "7", "--", "prog", "-x"})
	if err != nil {
		t.Fatal(err)
	}
	if o.marker != "claim 1/" || o.runs != 7 || strings.Join(o.command, " ") != "prog -x" || o.width != 120 || o.height != 40 {
		t.Errorf("parseOptions = %+v", o)
	}
}

func TestPrivateServerLeavesNoSocketBehind(t *testing.T) {
	if _, err := measureOnce(t, options{marker: "up", command: []string{"sh", "-c", "echo up; sleep 30"}}); err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("TMUX_TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	pattern := filepath.Join(dir, fmt.Sprintf("tmux-%d", os.Getuid()), fmt.Sprintf("ttff-%d-*", os.Getpid()))
	if left, _ := filepath.Glob(pattern); len(left) > 0 {
		t.Errorf("sockets left behind: %v", left)
	}
}

func TestKeysReachProgramInOrderBeforeQuitKeys(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "answer")
	keys := filepath.Join(dir, "keys")
	if err := os.WriteFile(keys, []byte("a\nEnter\n\nsleep 20ms\nb\nEnter\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := parseOptions([]string{"-marker", "ready", "-keys", keys, "-quit", "c Enter", "-timeout", "10s", "--",
		"sh", "-c", `echo ready; read x; read y; read z; echo "$x $y $z" > "$1"`, "sh", out})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "Enter", "sleep 20ms", "b", "Enter"}; strings.Join(o.keys, ",") != strings.Join(want, ",") {
		t.Fatalf("keys read from the file: %q, want %q", o.keys, want)
	}
	if _, err := measureOnce(t, o); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the program did not finish before ttff returned: %v", err)
	}
	if strings.TrimSpace(string(got)) != "a b c" {
		t.Errorf("program read %q, want the keys and then the quit keys: %q", got, "a b c")
	}
}

func TestParseOptionsChecksKeysFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("j\nsleep soon\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good")
	if err := os.WriteFile(good, []byte("j\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-marker", "m", "-keys", bad, "-quit", "q", "--", "prog"},
		{"-marker", "m", "-keys", filepath.Join(dir, "missing"), "-quit", "q", "--", "prog"},
		{"-marker", "m", "-keys", good, "--", "prog"}, // keys without a quit
	} {
		if _, err := parseOptions(args); err == nil {
			t.Errorf("parseOptions(%q) accepted invalid arguments", args)
		}
	}
}
