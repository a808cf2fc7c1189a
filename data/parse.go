package data

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"unicode"

	"marginalia/model"
)

// source says where bytes came from and what is known about them before
// looking: the format a file extension or Content-Type promised ("" to
// sniff), the server's Content-Type and the page's address.
type source struct {
	name        string
	format      string
	contentType string
	url         *url.URL
}

// parseArticle turns the bytes of an article into its text and metadata:
// it refuses binary and empty data, decodes the charset, extracts the article
// from HTML and the front matter from markdown.
func parseArticle(b []byte, src source) (Input, error) {
	if err := checkText(b); err != nil {
		return Input{}, err
	}
	if len(bytes.TrimFunc(b, isBlankRune)) == 0 {
		return Input{}, blankError(len(b))
	}
	format := src.format
	if format == "" {
		format = sniffFormat(b)
	}
	var text string
	meta := model.Meta{Format: format}
	switch format {
	case formatHTML:
		var err error
		if text, meta, err = extractHTML(b, src.contentType, src.url); err != nil {
			return Input{}, err
		}
	case formatMarkdown:
		text = applyFrontMatter(decodeText(b, declaredCharset(src.contentType)), &meta)
	default:
		text = decodeText(b, declaredCharset(src.contentType))
	}
	if strings.TrimFunc(text, isBlankRune) == "" {
		return Input{}, blankError(len(b))
	}
	meta.Source = oneLine(src.name) // a file name can hold escape sequences too
	if meta.URL == "" && src.url != nil {
		meta.URL = oneLine(src.url.String())
	}
	return Input{Raw: text, Meta: meta}, nil
}

// isBlankRune is true for the runes a text made only of is empty to a
// reader: white space and byte-order marks.
func isBlankRune(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// blankError says why an input of size bytes has no text.
func blankError(size int) error {
	if size == 0 {
		return fmt.Errorf("%w (empty)", ErrEmpty)
	}
	return fmt.Errorf("%w (only white space)", ErrEmpty)
}

func declaredCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}
