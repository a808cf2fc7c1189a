package data

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"marginalia/model"
)

// Environment of TestHelperConcurrentEditor, the child process of
// TestTwoProcessesEditingDifferentClaimsLoseNoEdit.
const (
	editorDirEnv  = "MARGINALIA_EDITOR_DIR"
	editorNameEnv = "MARGINALIA_EDITOR_NAME"
)

// editorRounds is how many edits each editor process makes; editorClaims is
// how many claims of its own it cycles through, so every claim is rewritten
// many times while the other process writes the same file.
const (
	editorRounds = 300
	editorClaims = 7
)

// TestHelperConcurrentEditor is not a test: it is the editor process that
// TestTwoProcessesEditingDifferentClaimsLoseNoEdit starts twice. It opens the
// store, waits for the go file (so both processes edit at the same time, each
// from a store opened before the other's edits), then edits its own claims in
// turn, changing the text, the verdict or both, and prints "ack" after each.
func TestHelperConcurrentEditor(t *testing.T) {
	dir, name := os.Getenv(editorDirEnv), os.Getenv(editorNameEnv)
	if dir == "" {
		t.Skip("helper process for TestTwoProcessesEditingDifferentClaimsLoseNoEdit")
	}
	s, _, err := OpenNotes(dir, "/concurrent/article.txt", "hash")
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	fmt.Println("ready")
	for !fileExists(filepath.Join(dir, "go")) {
		time.Sleep(time.Millisecond)
	}
	for i := range editorRounds {
		id := editorClaim(name, i)
		var err error
		switch i % 3 {
		case 0, 1:
			err = s.SetText(id, "quote "+id, strconv.Itoa(i))
		case 2:
			_, err = s.CycleVerdict(id, "quote "+id)
		}
		if err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Println("ack", i)
	}
}

func editorClaim(name string, i int) string { return name + "-" + strconv.Itoa(i%editorClaims) }

// TestTwoProcessesEditingDifferentClaimsLoseNoEdit runs two processes that
// edit different claims of one article at the same time, each through its own
// store, and checks the file ends with every claim exactly as its editor
// last left it: the last text written and as many verdict steps as it made.
func TestTwoProcessesEditingDifferentClaimsLoseNoEdit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two editor processes; skipped under -short")
	}
	dir := t.TempDir()
	names := []string{"left", "right"}
	type editor struct {
		cmd  *exec.Cmd
		out  *bufio.Scanner
		acks int
	}
	var eds []*editor
	for _, name := range names {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperConcurrentEditor$")
		cmd.Env = append(os.Environ(), editorDirEnv+"="+dir, editorNameEnv+"="+name)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ed := &editor{cmd: cmd, out: bufio.NewScanner(out)}
		if !ed.out.Scan() || ed.out.Text() != "ready" {
			t.Fatalf("editor %s did not start: %q", name, ed.out.Text())
		}
		eds = append(eds, ed)
	}
	if err := os.WriteFile(filepath.Join(dir, "go"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, ed := range eds {
		for ed.out.Scan() {
			line := ed.out.Text()
			if strings.HasPrefix(line, "ack ") {
				ed.acks++
			} else if line != "PASS" {
				t.Errorf("editor %s: %s", names[i], line)
			}
		}
		if err := ed.cmd.Wait(); err != nil {
			t.Fatalf("editor %s: %v", names[i], err)
		}
		if ed.acks != editorRounds {
			t.Fatalf("editor %s acknowledged %d edits, want %d", names[i], ed.acks, editorRounds)
		}
	}

	got := openTestNotesAt(t, dir, "/concurrent/article.txt", "hash").Notes()
	for _, name := range names {
		for c := range editorClaims {
			id := name + "-" + strconv.Itoa(c)
			wantText, verdictSteps := "", 0
			for i := range editorRounds {
				if editorClaim(name, i) != id {
					continue
				}
				if i%3 == 2 {
					verdictSteps++
				} else {
					wantText = strconv.Itoa(i)
				}
			}
			wantVerdict := model.Verdicts[verdictSteps%len(model.Verdicts)]
			n := got[id]
			if n.Text != wantText || n.Verdict != wantVerdict {
				t.Errorf("claim %s: text %q verdict %q, want %q and %q (an edit was lost)", id, n.Text, n.Verdict, wantText, wantVerdict)
			}
		}
	}
	if len(got) != len(names)*editorClaims {
		t.Errorf("%d notes after the edits, want %d", len(got), len(names)*editorClaims)
	}
}
