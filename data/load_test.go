package data

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const newsPage = `<!DOCTYPE html><html><head><title>Ferry service resumes</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Ferry service resumes</h1>
<p>The island ferry resumed service on Sunday after a two-week repair, the operator said in a statement.</p>
<p>Passengers waited for more than an hour at the first crossing, according to the harbor master.</p></article>
<footer>Contact us</footer></body></html>`

func TestLoadEmbedded(t *testing.T) {
	in, err := Load("")
	if err != nil || in.Raw != EmbeddedArticle || in.Meta.Source != "embedded" || in.Meta.Format != "text" {
		t.Errorf("Load(\"\") = %+v, %v", in.Meta, err)
	}
}

func TestLoadFileFormatFromExtensionOrContent(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		file, content, wantFormat, wantStart string
	}{
		{"a.txt", "The mayor said so.", "text", "The mayor said so."},
		{"a.txt", "<html><p>Tags in a .txt file are text.</p>", "text", "<html>"},
		{"a.md", "# Heading\n\nText.", "markdown", "# Heading"},
		{"a.markdown", "Text.", "markdown", "Text."},
		{"a.htm", newsPage, "html", "The island ferry resumed"},
		{"page.HTML", newsPage, "html", "The island ferry resumed"},
		{"saved-page", newsPage, "html", "The island ferry resumed"},
		{"note", "---\ntitle: Sniffed\n---\nBody text.", "markdown", "Body text."},
		{"notes.log", "Plain words.", "text", "Plain words."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			writeFile(t, path, tt.content)
			in, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if in.Meta.Format != tt.wantFormat || !strings.HasPrefix(in.Raw, tt.wantStart) || in.Meta.Source != path {
				t.Errorf("format %q source %q raw %q", in.Meta.Format, in.Meta.Source, in.Raw)
			}
		})
	}
}

func TestLoadRelativePathGivesAbsoluteSource(t *testing.T) {
	in := loadFixture(t, "note.md")
	want, _ := filepath.Abs("testdata/note.md")
	if in.Meta.Source != want {
		t.Errorf("Source = %q, want %q", in.Meta.Source, want)
	}
}

func TestLoadRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	writeFile(t, huge, "x")
	if err := os.Truncate(huge, MaxArticleBytes+1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		content *string // nil: do not create
		wantErr error
		reason  string
	}{
		{"missing.txt", nil, fs.ErrNotExist, "no such file or directory"},
		{"empty.txt", ptr(""), ErrEmpty, "no text (empty)"},
		{"blank.md", ptr(" \n\t\r\n\u00a0\n"), ErrEmpty, "no text (only white space)"},
		{"blank.html", ptr("\n\n   \n"), ErrEmpty, "no text (only white space)"},
		{"front-matter-only.md", ptr("---\ntitle: T\n---\n\n"), ErrEmpty, "no text (only white space)"},
		{"picture.png", ptr(string(pngBytes)), ErrNotText, "not text (binary data: image/png)"},
		{"picture-named.txt", ptr(string(pngBytes)), ErrNotText, "not text (binary data: image/png)"},
		{"picture-named.html", ptr(string(gifBytes)), ErrNotText, "not text (binary data: image/gif)"},
		{"program", ptr(string(elfBytes)), ErrNotText, "not text (binary data: ELF executable)"},
		{"nul.txt", ptr("Text with a\x00NUL byte."), ErrNotText, "not text (binary data)"},
		{"no-article.html", ptr(mustRead(t, "testdata/no_article.html")), ErrNoArticle, "no article text found in the HTML page"},
		{"huge.txt", nil, ErrTooLarge, "too large: more than 64 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if tt.content != nil {
				writeFile(t, path, *tt.content)
			}
			_, err := Load(path)
			want := `open article "` + path + `": ` + tt.reason
			if !errors.Is(err, tt.wantErr) || err.Error() != want {
				t.Errorf("err = %v\nwant  %s", err, want)
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		_, err := Load(dir)
		if !errors.Is(err, ErrIsDirectory) || err.Error() != `open article "`+dir+`": is a directory` {
			t.Errorf("err = %v", err)
		}
	})
}

func TestLoadErrorNamesTheInputAsGiven(t *testing.T) {
	_, err := Load("no such dir/missing\x1b[31m.txt")
	var ie *InputError
	if !errors.As(err, &ie) || strings.ContainsRune(err.Error(), '\x1b') || !strings.Contains(err.Error(), "no such dir/missing") {
		t.Errorf("err = %q", err)
	}
}

// The unreadable-file cases go through the openFile seam: tests run as root in
// CI, where file permissions stop nothing.
func TestLoadReportsUnreadableFiles(t *testing.T) {
	tests := []struct {
		name    string
		open    func(string) (fs.File, error)
		wantErr error
		reason  string
	}{
		{"permission denied on open", func(name string) (fs.File, error) {
			return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
		}, fs.ErrPermission, "permission denied"},
		{"read fails midway", func(string) (fs.File, error) {
			return &fakeFile{r: io.MultiReader(strings.NewReader("Some text"), errReader{syscall.EIO})}, nil
		}, syscall.EIO, "read: input/output error"},
		{"stat fails", func(string) (fs.File, error) {
			return &fakeFile{statErr: &fs.PathError{Op: "stat", Path: "secret.txt", Err: syscall.EIO}}, nil
		}, syscall.EIO, "input/output error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Loader{openFile: tt.open}
			_, err := l.Load(context.Background(), "secret.txt")
			want := `open article "secret.txt": ` + tt.reason
			if !errors.Is(err, tt.wantErr) || err.Error() != want {
				t.Errorf("err = %v\nwant  %s", err, want)
			}
		})
	}
}

func TestLoadReadsAtMostOneByteOverTheLimit(t *testing.T) {
	// A device or pipe reports no size: the limit is enforced while reading.
	endless := &countingReader{}
	l := Loader{openFile: func(string) (fs.File, error) {
		return &fakeFile{r: endless, mode: fs.ModeCharDevice}, nil
	}}
	_, err := l.Load(context.Background(), "/dev/endless")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if endless.n != MaxArticleBytes+1 {
		t.Errorf("read %d bytes, want exactly the limit plus one (%d)", endless.n, MaxArticleBytes+1)
	}
}

func TestLoadRefusesALargeRegularFileWithoutReading(t *testing.T) {
	endless := &countingReader{}
	l := Loader{openFile: func(string) (fs.File, error) {
		return &fakeFile{r: endless, size: MaxArticleBytes + 1}, nil
	}}
	_, err := l.Load(context.Background(), "big.txt")
	if !errors.Is(err, ErrTooLarge) || endless.n != 0 {
		t.Errorf("err = %v after reading %d bytes", err, endless.n)
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct {
		name, input, wantFormat, wantStart, wantTitle string
	}{
		{"text", "The mayor said so.\n", "text", "The mayor said so.", ""},
		{"html is sniffed", newsPage, "html", "The island ferry resumed", "Ferry service resumes"},
		{"markdown is sniffed", "---\ntitle: From a pipe\n---\nBody.", "markdown", "Body.", "From a pipe"},
		{"latin-1 is decoded", "Le caf\xe9 a rouvert.", "text", "Le café a rouvert.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Loader{Stdin: strings.NewReader(tt.input)}
			in, err := l.Load(context.Background(), "-")
			if err != nil {
				t.Fatal(err)
			}
			if in.Meta.Source != "stdin" || in.Meta.Format != tt.wantFormat || in.Meta.Title != tt.wantTitle ||
				!strings.HasPrefix(in.Raw, tt.wantStart) {
				t.Errorf("meta %+v raw %q", in.Meta, in.Raw)
			}
		})
	}
}

func TestLoadStdinRefusesBadInput(t *testing.T) {
	tests := []struct{ input, want string }{
		{"", "read article from stdin: no text (empty)"},
		{"  \n\n", "read article from stdin: no text (only white space)"},
		{string(pngBytes), "read article from stdin: not text (binary data: image/png)"},
	}
	for _, tt := range tests {
		l := Loader{Stdin: strings.NewReader(tt.input)}
		if _, err := l.Load(context.Background(), "-"); err == nil || err.Error() != tt.want {
			t.Errorf("stdin %q: err = %v, want %s", tt.input, err, tt.want)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ptr(s string) *string { return &s }

// fakeFile is an fs.File whose size, mode, reads and stat can be chosen.
type fakeFile struct {
	r       io.Reader
	size    int64
	mode    fs.FileMode
	statErr error
}

func (f *fakeFile) Stat() (fs.FileInfo, error) {
	if f.statErr != nil {
		return nil, f.statErr
	}
	return fakeInfo{size: f.size, mode: f.mode}, nil
}
func (f *fakeFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *fakeFile) Close() error               { return nil }

type fakeInfo struct {
	size int64
	mode fs.FileMode
}

func (i fakeInfo) Name() string       { return "fake" }
func (i fakeInfo) Size() int64        { return i.size }
func (i fakeInfo) Mode() fs.FileMode  { return i.mode }
func (i fakeInfo) ModTime() time.Time { return time.Time{} }
func (i fakeInfo) IsDir() bool        { return i.mode.IsDir() }
func (i fakeInfo) Sys() any           { return nil }

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// countingReader is an endless supply of text that counts what was read.
type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

func TestLoadSanitizesTheSourceName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "evil\x1b]0;pwned\x07\nname.txt")
	writeFile(t, path, "The mayor said so.")
	in, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsFunc(in.Meta.Source, isControlOrBidi) || !strings.HasPrefix(in.Meta.Source, "/") {
		t.Errorf("Source = %q", in.Meta.Source)
	}
}
