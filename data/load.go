package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/charmbracelet/x/term"

	"marginalia/model"
)

// MaxArticleBytes is the largest article marginalia reads from a file or
// stdin. Larger inputs are refused without reading more than one byte past it.
const MaxArticleBytes = 64 << 20

// Input is an article as read, before analysis.
type Input struct {
	Raw  string     // the text (for HTML: the extracted article text)
	Meta model.Meta // source, format, title, byline, date
}

// Load reads the article named by arg: "" for the embedded article, "-" for
// stdin, an http:// or https:// URL, otherwise a path. Errors are
// *InputError values whose one-line message names arg and the reason.
func Load(arg string) (Input, error) {
	return LoadContext(context.Background(), arg)
}

// LoadContext is Load with a context that can cancel a fetch.
func LoadContext(ctx context.Context, arg string) (Input, error) {
	var l Loader
	return l.Load(ctx, arg)
}

// Loader reads articles. The zero value reads the real stdin, files and
// network; tests replace the seams.
type Loader struct {
	Stdin        io.Reader     // nil means os.Stdin
	FetchTimeout time.Duration // 0 means DefaultFetchTimeout

	openFile  func(name string) (fs.File, error) // nil means os.Open; an error-injection seam
	transport http.RoundTripper                  // nil means http.DefaultTransport
}

// Load reads the article named by arg, as the package-level Load does.
func (l *Loader) Load(ctx context.Context, arg string) (Input, error) {
	var in Input
	var err error
	switch {
	case arg == "":
		return Input{Raw: EmbeddedArticle, Meta: model.Meta{Source: "embedded", Format: formatText}}, nil
	case arg == "-":
		in, err = l.loadStdin()
	case isURL(arg):
		in, err = l.loadURL(ctx, arg)
	case hasOtherScheme(arg):
		err = ErrUnsupportedURL
	default:
		in, err = l.loadFile(arg)
	}
	if err != nil {
		return Input{}, inputError(arg, err)
	}
	return in, nil
}

func (l *Loader) loadStdin() (Input, error) {
	stdin := l.Stdin
	if stdin == nil {
		stdin = os.Stdin
	}
	// Typing an article at the keyboard is not a use: without this, "-"
	// on a terminal waits silently for an end of file nobody sends.
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
		return Input{}, ErrStdinTerminal
	}
	b, err := readAtMost(stdin, MaxArticleBytes, 0)
	if err != nil {
		return Input{}, err
	}
	return parseArticle(b, source{name: "stdin"})
}

func (l *Loader) loadFile(path string) (Input, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Input{}, err
	}
	open := l.openFile
	if open == nil {
		open = func(name string) (fs.File, error) { return os.Open(name) }
	}
	f, err := open(path)
	if err != nil {
		return Input{}, withoutPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Input{}, withoutPath(err)
	}
	if info.IsDir() {
		return Input{}, ErrIsDirectory
	}
	if info.Mode().IsRegular() && info.Size() > MaxArticleBytes {
		return Input{}, tooLarge(MaxArticleBytes)
	}
	b, err := readAtMost(f, MaxArticleBytes, info.Size())
	if err != nil {
		return Input{}, err
	}
	return parseArticle(b, source{name: abs, format: formatFromExt(filepath.Ext(path))})
}

func (l *Loader) loadURL(ctx context.Context, rawURL string) (Input, error) {
	page, err := l.fetch(ctx, rawURL)
	if err != nil {
		return Input{}, err
	}
	format, _ := fetchedFormat(page.contentType) // fetch already refused bad types
	return parseArticle(page.body, source{
		name: oneLine(displayURL(rawURL)), format: format, contentType: page.contentType, url: page.url,
	})
}

// readAtMost reads r to the end, refusing to hold more than limit bytes: it
// reads one byte past the limit to know it was exceeded, and no more.
// sizeHint (a file's size, or 0) sizes the buffer once instead of growing it.
func readAtMost(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint <= limit {
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, fmt.Errorf("read: %w", withoutPath(err))
	}
	if int64(buf.Len()) > limit {
		return nil, tooLarge(limit)
	}
	return buf.Bytes(), nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %s", ErrTooLarge, mebibytes(limit))
}

func mebibytes(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }

// withoutPath drops the path from an *fs.PathError: the caller's message
// already names the input as the user wrote it, or the export's path the
// user asked for, where a temporary file's name (".x.md6123319288") would
// only confuse; the reason ("no such file or directory") is what they need.
func withoutPath(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}
