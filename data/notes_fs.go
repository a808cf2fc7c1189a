package data

import (
	"fmt"
	"os"

	"github.com/gofrs/flock"
	"github.com/google/renameio/v2"
)

// notesFS is every file-system operation the notes store performs. It is a
// seam for tests: CI runs as root, where chmod cannot make a folder
// read-only, so tests swap notesDisk for a fake that fails with EACCES or
// ENOSPC at a chosen step.
type notesFS interface {
	MkdirAll(dir string) error
	ReadFile(path string) ([]byte, error)
	// CreateTemp opens a temporary file in dir that will atomically replace
	// path when committed.
	CreateTemp(dir, path string) (pendingFile, error)
	Rename(from, to string) error
	Remove(path string) error
	ReadDirNames(dir string) ([]string, error)
	SyncDir(dir string) error
	// Lock takes an exclusive lock on the sidecar lock file at path, waiting
	// for other processes, and returns the function that releases it.
	Lock(path string) (unlock func() error, err error)
}

// pendingFile is a temporary file on its way to replacing its destination
// (renameio.PendingFile satisfies it).
type pendingFile interface {
	Write(p []byte) (int, error)
	// CloseAtomicallyReplace fsyncs the file, closes it and renames it over
	// the destination.
	CloseAtomicallyReplace() error
	// Cleanup removes the temporary file unless it was committed.
	Cleanup() error
}

// notesDisk is the file system the notes store uses; tests replace it.
var notesDisk notesFS = osNotesFS{}

// osNotesFS is the real file system.
type osNotesFS struct{}

func (osNotesFS) MkdirAll(dir string) error            { return os.MkdirAll(dir, 0o700) }
func (osNotesFS) ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }
func (osNotesFS) Rename(from, to string) error         { return os.Rename(from, to) }
func (osNotesFS) Remove(path string) error             { return os.Remove(path) }

func (osNotesFS) CreateTemp(dir, path string) (pendingFile, error) {
	// The temporary file must live in the notes folder itself: a rename is
	// only atomic within one file system, and /tmp is often another.
	return renameio.TempFile(dir, path)
}

func (osNotesFS) ReadDirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names, err
}

// SyncDir fsyncs a folder so that a rename inside it survives a power cut,
// not only a process crash.
func (osNotesFS) SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	if err := d.Sync(); err != nil {
		d.Close()
		return err
	}
	return d.Close()
}

func (osNotesFS) Lock(path string) (func() error, error) {
	l := flock.New(path, flock.SetPermissions(0o600))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return l.Close, nil
}
