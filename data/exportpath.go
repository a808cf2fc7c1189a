package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/google/renameio/v2"
	"golang.org/x/text/unicode/norm"
)

// maxSlugBytes keeps export file names well under every file system's
// 255-byte limit, with room for "-notes-NNN.md".
const maxSlugBytes = 60

// Slugify turns a title into a file-name-safe slug: lower case, accents
// removed, letters and digits kept (in any script), every other run of
// characters one hyphen, at most maxSlugBytes bytes, cut at a word
// boundary when it can be. A title with nothing usable gives "article".
func Slugify(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r): // accents split off by NFKD
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	slug := b.String()
	if len(slug) > maxSlugBytes {
		cut := maxSlugBytes
		for cut > 0 && !isRuneStart(slug[cut]) {
			cut--
		}
		slug = slug[:cut]
		if i := strings.LastIndexByte(slug, '-'); i > maxSlugBytes/2 {
			slug = slug[:i]
		}
		slug = strings.TrimRight(slug, "-")
	}
	if slug == "" {
		return "article"
	}
	return norm.NFC.String(slug)
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// exportName is the n-th candidate file name for a title's export:
// "<slug>-notes.md", then "<slug>-notes-2.md", "<slug>-notes-3.md", ….
func exportName(title string, n int) string {
	if n <= 1 {
		return Slugify(title) + "-notes.md"
	}
	return Slugify(title) + "-notes-" + strconv.Itoa(n) + ".md"
}

// UniqueExportPath is the first "<slug>-notes.md", "-2", "-3", … path in dir
// that does not exist yet. Another program may create it before the caller
// writes it; WriteNewExport closes that gap.
func UniqueExportPath(dir, title string) string {
	for n := 1; ; n++ {
		p := filepath.Join(dir, exportName(title, n))
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
	}
}

// maxExportAttempts bounds the search for a free name, so a folder that
// refuses every name cannot loop forever.
const maxExportAttempts = 10000

// WriteNewExport writes an export to dir under the first free
// "<slug>-notes.md", "-2", "-3", … name and returns its path. It never
// replaces an existing file, even one created a moment earlier by another
// program, and readers never see a half-written file: the content is written
// and fsynced under a temporary name, then hard-linked to the final name
// (which fails if that name exists). Where hard links are not supported it
// falls back to creating the file exclusively and writing it in place.
func WriteNewExport(dir, title string, content []byte) (string, error) {
	return WriteNewExportFrom(dir, title, writeContent(content))
}

// WriteNewExportFrom is WriteNewExport with the content written by write,
// straight into the temporary file: a long article's export (20 MB of
// markdown for a 5 MB article) is never held in memory whole.
func WriteNewExportFrom(dir, title string, write func(io.Writer) error) (string, error) {
	tmp, err := writeTemp(dir, write)
	if err != nil {
		return "", fmt.Errorf("export to %s: %w", dir, withoutPath(err))
	}
	defer os.Remove(tmp)
	for n := 1; n <= maxExportAttempts; n++ {
		p := filepath.Join(dir, exportName(title, n))
		err := os.Link(tmp, p)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			err = writeExclusive(p, tmp)
			if errors.Is(err, fs.ErrExist) {
				continue
			}
		}
		if err != nil {
			return "", fmt.Errorf("export to %s: %w", p, err)
		}
		if err := notesDisk.SyncDir(dir); err != nil {
			return "", fmt.Errorf("export to %s: %w", p, err)
		}
		return p, nil
	}
	return "", fmt.Errorf("export to %s: no free name after %d tries", dir, maxExportAttempts)
}

// writeContent is a write function for content already in memory.
func writeContent(content []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(content)
		return err
	}
}

// writeTemp writes a fresh hidden temporary file in dir with write, fsynced.
func writeTemp(dir string, write func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(dir, ".marginalia-export-*")
	if err != nil {
		return "", err
	}
	werr := write(f)
	if werr == nil {
		werr = f.Sync()
	}
	if err := f.Close(); werr == nil {
		werr = err
	}
	if werr == nil {
		werr = os.Chmod(f.Name(), 0o644)
	}
	if werr != nil {
		os.Remove(f.Name())
		return "", werr
	}
	return f.Name(), nil
}

// writeExclusive creates path, failing if it exists, and copies the file
// from into it.
func writeExclusive(path, from string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, werr := io.Copy(f, src)
	if werr == nil {
		werr = f.Sync()
	}
	if err := f.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		os.Remove(path)
	}
	return werr
}

// WriteFileAtomic replaces path with content atomically (temporary file in
// the same folder, fsync, rename), as `export -o FILE` needs: a reader of
// FILE sees the old export or the new one, never a mix.
func WriteFileAtomic(path string, content []byte) error {
	return WriteFileAtomicFrom(path, writeContent(content))
}

// WriteFileAtomicFrom is WriteFileAtomic with the content written by write,
// straight into the temporary file (as renameio.WriteFile does with a
// slice), so a large export is never held in memory whole.
func WriteFileAtomicFrom(path string, write func(io.Writer) error) error {
	if err := writeAtomic(path, write); err != nil {
		return fmt.Errorf("write %s: %w", path, withoutPath(err))
	}
	return nil
}

func writeAtomic(path string, write func(io.Writer) error) error {
	t, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o644), renameio.WithExistingPermissions())
	if err != nil {
		return err
	}
	defer t.Cleanup()
	if err := write(t); err != nil {
		return err
	}
	return t.CloseAtomicallyReplace()
}
