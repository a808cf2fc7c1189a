package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildBinary builds marginalia, with the given build tags, into a
// temporary directory and returns its path. Without the go tool the test is
// skipped.
func buildBinary(t *testing.T, tags ...string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("needs the go tool to build the binary")
	}
	bin := filepath.Join(t.TempDir(), "marginalia")
	args := []string{"build"}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	args = append(args, "-o", bin, ".")
	if out, err := exec.Command(goTool, args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runBinary runs the binary with stdin and checks its exit status.
func runBinary(t *testing.T, bin, stdin string, wantStatus int, args ...string) (stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	status := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run %q: %v", args, err)
	}
	if status != wantStatus {
		t.Fatalf("marginalia %q: exit status %d, want %d\nstderr: %s", args, status, wantStatus, errOut.String())
	}
	return out.String(), errOut.String()
}

// runCommand runs `marginalia args...` in process and returns stdout,
// stderr and the error.
func runCommand(args ...string) (stdout, stderr string, err error) {
	root := newRootCommand()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = root.Execute()
	return out.String(), errOut.String(), err
}
