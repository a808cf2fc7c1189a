package data

import (
	"sync/atomic"
	"testing"
)

// This file lends the notes store's error-injection seam to the tests of
// package data_test (notes_reader_test.go), which drive the reader on a real
// store: CI runs as root, where chmod cannot make a folder read-only.

// NotesDiskFault makes the notes disk fail at one step until Recover.
type NotesDiskFault struct {
	on    atomic.Bool
	fault failingFS
}

// InjectNotesDiskFault swaps in a notes disk that fails like a read-only
// folder ("read-only": creating the temporary file fails with EROFS) or a
// full one ("full": writing it fails with ENOSPC). The real disk is back
// after the test.
func InjectNotesDiskFault(t *testing.T, kind string, err error) *NotesDiskFault {
	t.Helper()
	f := &NotesDiskFault{}
	switch kind {
	case "read-only":
		f.fault = failingFS{failCreate: err}
	case "full":
		f.fault = failingFS{failWrite: err}
	default:
		t.Fatalf("unknown notes disk fault %q", kind)
	}
	f.on.Store(true)
	withNotesFS(t, switchableFS{f})
	return f
}

// Recover makes the disk work again (the folder made writable, space freed).
func (f *NotesDiskFault) Recover() { f.on.Store(false) }

// switchableFS is the failing disk while the fault is on and the real one
// after, without reassigning notesDisk while the reader's commands use it.
type switchableFS struct{ f *NotesDiskFault }

func (s switchableFS) disk() notesFS {
	if s.f.on.Load() {
		return s.f.fault
	}
	return osNotesFS{}
}

func (s switchableFS) MkdirAll(dir string) error                 { return s.disk().MkdirAll(dir) }
func (s switchableFS) ReadFile(path string) ([]byte, error)      { return s.disk().ReadFile(path) }
func (s switchableFS) Rename(from, to string) error              { return s.disk().Rename(from, to) }
func (s switchableFS) Remove(path string) error                  { return s.disk().Remove(path) }
func (s switchableFS) ReadDirNames(dir string) ([]string, error) { return s.disk().ReadDirNames(dir) }
func (s switchableFS) SyncDir(dir string) error                  { return s.disk().SyncDir(dir) }
func (s switchableFS) Lock(path string) (func() error, error)    { return s.disk().Lock(path) }
func (s switchableFS) CreateTemp(dir, path string) (pendingFile, error) {
	return s.disk().CreateTemp(dir, path)
}
