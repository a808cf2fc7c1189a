package data

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// An export streamed into place that fails half-way leaves what was there
// before, and no temporary file behind: the user sees the old export or the
// new one, never a part of it.
func TestStreamedExportThatFailsLeavesNoTrace(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	if err := WriteFileAtomic(p, []byte("old export\n")); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("disk on fire")
	half := func(w io.Writer) error {
		if _, err := io.WriteString(w, "half of the new"); err != nil {
			return err
		}
		return broken
	}
	if err := WriteFileAtomicFrom(p, half); !errors.Is(err, broken) {
		t.Errorf("WriteFileAtomicFrom error = %v, want the writer's", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old export\n" {
		t.Errorf("after a failed export the file holds %q", b)
	}
	if _, err := WriteNewExportFrom(dir, "Title", half); !errors.Is(err, broken) {
		t.Errorf("WriteNewExportFrom error = %v, want the writer's", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "out.md" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder after failed exports holds %q, want only out.md", names)
	}
	p2, err := WriteNewExportFrom(dir, "Title", func(w io.Writer) error {
		_, err := io.WriteString(w, "streamed\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p2); string(b) != "streamed\n" {
		t.Errorf("%s holds %q", p2, b)
	}
}
