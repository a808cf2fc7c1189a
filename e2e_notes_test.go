package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"marginalia/data"
	"marginalia/model"
)

// TestNotesInTmux writes a note and a verdict in the real binary, exports
// them with `marginalia export` and opens the reader again, all with the same
// XDG_DATA_HOME, as a user would across three commands.
func TestNotesInTmux(t *testing.T) {
	e := newE2E(t)
	in, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	total := len(model.Analyze(in.Raw, in.Meta).Claims)
	pos := func(n int) string { return fmt.Sprintf("claim %d/%d", n, total) }
	const note = "ask CBP for the figures"

	e.start()
	e.waitText(pos(1))
	e.keys("j", "j")
	e.waitText(pos(3))
	e.keys("m")
	e.waitText("Your note on claim 3")
	e.keys("-l", note)
	e.waitText(note)
	e.keys("Escape")
	e.waitFor("the editor to close", func(s string) bool { return !strings.Contains(s, "Your note on claim 3") })
	e.keys("v")
	e.waitText("verdict: needs source")
	e.quitWith("q")

	export := exec.Command(e.bin, "export")
	export.Env = e.env()
	out, err := export.CombinedOutput()
	if err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	for _, want := range []string{note, "needs source"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}

	e = e.reopen()
	if err := os.Remove(filepath.Join(e.dir, "status")); err != nil {
		t.Fatal(err)
	}
	e.start()
	// Wait for the whole first frame (a capture can land mid-draw): on claim
	// 3, with the note and the verdict in the Source notes pane.
	e.waitFor("the reopened reader to show the note on claim 3", func(s string) bool {
		return strings.Contains(s, pos(3)) && strings.Contains(s, "Your note") &&
			strings.Contains(s, "needs source") && strings.Contains(s, "ask CBP")
	})
	e.quitWith("q")
}
