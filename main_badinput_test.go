package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badInputTimeout bounds every run of TestBadInputsAreBounded: a run that
// takes longer is killed and fails the test.
const badInputTimeout = 60 * time.Second

// TestBadInputsAreBounded feeds `marginalia claims --json` the inputs a
// careless or hostile user can give beyond TestInputsCLI's table: broken
// encodings, NUL bytes, an input over the 64 MiB limit and a 50 MB file of
// one word. Each gives either the documented one-line error or a correct
// read, within badInputTimeout and the stated peak memory (maximum resident
// set size of the process).
func TestBadInputsAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and reads inputs up to 64 MiB")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	sparse := write("sparse.txt", []byte("x"))
	if err := os.Truncate(sparse, 64<<20+1); err != nil {
		t.Fatal(err)
	}
	// The big inputs are written in pieces and read by the child from
	// disk: a child's peak memory counts the parent's until it execs, so
	// the test process itself must stay small.
	oversized := writeRepeated(t, filepath.Join(dir, "oversized.txt"), "All work and no play makes a dull article. ", 64<<20+1)
	oneWord := writeRepeated(t, filepath.Join(dir, "oneword.txt"), "word ", 50_000_000) // no sentence end

	const mb = 1 << 20
	tests := []struct {
		name   string
		arg    string
		stdin  string // file given on stdin
		maxRSS int64  // bytes
		err    string
		want   []string // substrings of the claims' text, for a correct read
		reject []string // substrings no claim may hold
	}{
		{name: "invalid UTF-8 in UTF-8 text becomes U+FFFD",
			arg:    write("invalid.txt", []byte("The café’s owner said “prices rose” by 5%. A stray byte \xff\xfe here. The mayor disagreed.\n")),
			maxRSS: 100 * mb, want: []string{"The café’s owner said “prices rose” by 5%.", "A stray byte \ufffd\ufffd here."}},
		{name: "invalid UTF-8 in ASCII text reads as Windows-1252",
			arg:    write("legacy.txt", []byte("Officials said the plan \x93failed\x94 on Monday. The mayor disagreed.\n")),
			maxRSS: 100 * mb, want: []string{"Officials said the plan “failed” on Monday."}},
		{name: "Latin-1 text is decoded",
			arg:    write("latin1.txt", []byte("Caf\xe9 owners in Z\xfcrich said prices rose. The ma\xeetre d' disagreed.\n")),
			maxRSS: 100 * mb, want: []string{"Café owners in Zürich said prices rose.", "The maître d' disagreed."}},
		{name: "NUL bytes at the start are binary data",
			arg: write("nul-start.txt", []byte("\x00\x00Officials said the plan failed.\n")), maxRSS: 100 * mb,
			err: "not text (binary data)"},
		{name: "a NUL byte after the sniffed start is dropped",
			arg:    write("nul-late.txt", []byte(strings.Repeat("Officials said the plan failed. ", 100)+"Late\x00ly, the mayor disagreed.\n")),
			maxRSS: 100 * mb, want: []string{"Lately, the mayor disagreed."}, reject: []string{"\x00"}},
		{name: "a 64 MiB+1 file is refused without reading it",
			arg: sparse, maxRSS: 100 * mb, err: "too large: more than 64 MiB"},
		{name: "64 MiB+1 on stdin is refused",
			arg: "-", stdin: oversized, maxRSS: 400 * mb, err: "too large: more than 64 MiB"},
		{name: "a 50 MB file of one word is read",
			arg: oneWord, maxRSS: 1200 * mb, want: []string{"word word word"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run := runBounded(t, bin, tt.stdin, "claims", "--json", tt.arg)
			t.Logf("%.2f s, max RSS %d MB", run.elapsed.Seconds(), run.maxRSS>>20)
			if run.maxRSS > tt.maxRSS {
				t.Errorf("max RSS %d MB, bound %d MB", run.maxRSS>>20, tt.maxRSS>>20)
			}
			if tt.err != "" {
				name := tt.arg
				if name == "-" {
					name = "stdin"
				}
				if run.status != 1 || run.stdout.Len() != 0 || strings.Count(run.stderr, "\n") != 1 ||
					!strings.Contains(run.stderr, name) || !strings.Contains(run.stderr, tt.err) {
					t.Fatalf("want status 1, no output and one line naming %q with %q; got status %d, %d bytes out, stderr %q",
						name, tt.err, run.status, run.stdout.Len(), run.stderr)
				}
				return
			}
			if run.status != 0 {
				t.Fatalf("status %d, stderr %q", run.status, run.stderr)
			}
			var doc struct {
				Claims []struct{ Text string } `json:"claims"`
			}
			if err := json.Unmarshal(run.stdout.Bytes(), &doc); err != nil {
				t.Fatalf("output is not the JSON document: %v", err)
			}
			var all strings.Builder
			for _, c := range doc.Claims {
				all.WriteString(c.Text)
				all.WriteString("\n")
			}
			for _, w := range tt.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("no claim holds %q; claims start %.300q", w, all.String())
				}
			}
			for _, r := range tt.reject {
				if strings.Contains(all.String(), r) {
					t.Errorf("a claim holds %q", r)
				}
			}
			if i := strings.IndexFunc(all.String(), isControlButNewline); i >= 0 {
				t.Errorf("a claim holds a control character at %d", i)
			}
		})
	}
}

type boundedRun struct {
	status  int
	stdout  bytes.Buffer
	stderr  string
	elapsed time.Duration
	maxRSS  int64 // bytes
}

// runBounded runs the binary with a deadline and reports its exit status,
// output, time and peak resident memory.
func runBounded(t *testing.T, bin, stdin string, args ...string) *boundedRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), badInputTimeout)
	defer cancel()
	r := &boundedRun{}
	var errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+t.TempDir())
	if stdin != "" {
		f, err := os.Open(stdin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	cmd.Stdout, cmd.Stderr = &r.stdout, &errOut
	start := time.Now()
	err := cmd.Run()
	r.elapsed = time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("marginalia %q did not finish within %v", args, badInputTimeout)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		r.status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run %q: %v", args, err)
	}
	r.stderr = errOut.String()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = int64(ru.Maxrss) << 10 // kilobytes on Linux
	}
	return r
}

// writeRepeated writes piece over and over to path until size bytes, cut
// at size, and returns path.
func writeRepeated(t *testing.T, path, piece string, size int) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	chunk := strings.Repeat(piece, (1<<20)/len(piece)+1)
	for written := 0; written < size; {
		n := min(len(chunk), size-written)
		if _, err := f.WriteString(chunk[:n]); err != nil {
			t.Fatal(err)
		}
		written += n
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}
