package data

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"marginalia/model"
)

// MaxArticleBytes is the largest article marginalia reads.
const MaxArticleBytes = 64 << 20

// Input is an article as read, before analysis.
type Input struct {
	Raw  string     // the text (for HTML: the extracted article text)
	Meta model.Meta // source, format, title, byline, date
}

// Load reads the article named by arg: "" for the embedded article, "-" for
// stdin, otherwise a path.
// PLACEHOLDER internals: the inputs work adds HTML, URLs and sniffing.
func Load(arg string) (Input, error) {
	switch arg {
	case "":
		return Input{Raw: EmbeddedArticle, Meta: model.Meta{Source: "embedded", Format: "text"}}, nil
	case "-":
		b, err := io.ReadAll(io.LimitReader(os.Stdin, MaxArticleBytes+1))
		if err != nil {
			return Input{}, fmt.Errorf("read article from stdin: %w", err)
		}
		return fromBytes("stdin", "stdin", "", b)
	}
	abs, err := filepath.Abs(arg)
	if err != nil {
		return Input{}, fmt.Errorf("open article %q: %w", arg, err)
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return Input{}, fmt.Errorf("open article %q: %w", arg, errors.Unwrap(err))
	}
	return fromBytes(arg, abs, strings.ToLower(filepath.Ext(arg)), b)
}

func fromBytes(name, source, ext string, b []byte) (Input, error) {
	if len(b) > MaxArticleBytes {
		return Input{}, fmt.Errorf("open article %q: larger than 64 MiB", name)
	}
	if strings.TrimSpace(string(b)) == "" {
		return Input{}, fmt.Errorf("open article %q: no text (empty)", name)
	}
	format := "text"
	if ext == ".md" || ext == ".markdown" {
		format = "markdown"
	}
	return Input{Raw: string(b), Meta: model.Meta{Source: source, Format: format}}, nil
}
