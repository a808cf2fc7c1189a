package data

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
)

// The formats an article can come in. HTML is extracted to plain text before
// analysis, so the analysis treats "html" like "text".
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatHTML     = "html"
)

// formatFromExt is the format a file name's extension promises, or "" when
// the extension says nothing and the content must be sniffed.
func formatFromExt(ext string) string {
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return ""
}

// sniffFormat decides from the content alone whether it is HTML, markdown or
// plain text. Call it only on data checkText accepted.
func sniffFormat(b []byte) string {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		// UTF-16 hides the ASCII the checks look for: look at its start in UTF-8.
		b = []byte(decodeWith(bomEncoding(b), b[:min(len(b), 1024)&^1]))
	}
	switch {
	case startsWithHTMLTag(b):
		return formatHTML
	case startsLikeMarkdown(b):
		return formatMarkdown
	}
	return formatText
}

// htmlLeadTags are the tags an HTML page or fragment starts with. A file
// that starts with one of them (after white space and a byte-order mark) is
// read as HTML. The list follows the HTML sniffing rules of the WHATWG MIME
// Sniffing standard, plus the article elements a saved fragment starts with.
var htmlLeadTags = []string{
	"!doctype html", "html", "head", "body", "title", "meta", "link", "script", "style",
	"article", "main", "section", "header", "div", "p", "h1", "h2", "h3", "table", "font",
	"iframe", "a", "b", "br", "!--",
}

// startsWithHTMLTag reports whether b starts, after white space and a
// byte-order mark, with one of htmlLeadTags followed by the end of the tag
// name.
func startsWithHTMLTag(b []byte) bool {
	b = bytes.TrimPrefix(b, bomUTF8)
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if len(b) < 2 || b[0] != '<' {
		return false
	}
	head := strings.ToLower(string(b[1:min(len(b), 32)]))
	for _, tag := range htmlLeadTags {
		rest, ok := strings.CutPrefix(head, tag)
		if !ok {
			continue
		}
		if tag == "!--" || rest == "" || strings.ContainsRune(" \t\r\n\f>/", rune(rest[0])) {
			return true
		}
	}
	return false
}

// startsLikeMarkdown reports whether b opens with YAML front matter or an
// ATX heading, the two unmistakable signs of a markdown note.
func startsLikeMarkdown(b []byte) bool {
	b = bytes.TrimPrefix(b, bomUTF8)
	if bytes.HasPrefix(b, []byte("---\n")) || bytes.HasPrefix(b, []byte("---\r\n")) {
		return true
	}
	b = bytes.TrimLeft(b, " \t\r\n")
	return bytes.HasPrefix(b, []byte("# "))
}

// checkText refuses data that is not text: images, archives, PDFs,
// executables and anything else with NUL bytes or mostly control bytes. Text
// with a few stray controls (an escape sequence, a BEL) is still text: the
// sanitizer makes those inert.
func checkText(b []byte) error {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) || bytes.HasPrefix(b, bomUTF8) {
		return nil
	}
	sniffed := http.DetectContentType(b)
	mediaType, _, _ := mime.ParseMediaType(sniffed)
	switch {
	case strings.HasPrefix(mediaType, "text/"):
		return nil
	case mediaType != "application/octet-stream":
		return fmt.Errorf("%w (binary data: %s)", ErrNotText, mediaType)
	}
	if kind := executableKind(b); kind != "" {
		return fmt.Errorf("%w (binary data: %s executable)", ErrNotText, kind)
	}
	if mostlyBinary(b) {
		return fmt.Errorf("%w (binary data)", ErrNotText)
	}
	return nil
}

// executableMagic maps the first bytes of a program to its format.
var executableMagic = []struct {
	magic string
	kind  string
}{
	{"\x7fELF", "ELF"},
	{"\xfe\xed\xfa\xce", "Mach-O"},
	{"\xfe\xed\xfa\xcf", "Mach-O"},
	{"\xce\xfa\xed\xfe", "Mach-O"},
	{"\xcf\xfa\xed\xfe", "Mach-O"},
	{"\xca\xfe\xba\xbe", "Mach-O universal"},
	{"MZ", "Windows"},
}

// executableKind names the executable format b starts with, or "". The short
// "MZ" mark only counts when the data is binary too, so a text starting with
// the letters "MZ" is not mistaken for a program.
func executableKind(b []byte) string {
	for _, m := range executableMagic {
		if bytes.HasPrefix(b, []byte(m.magic)) && (len(m.magic) > 2 || mostlyBinary(b)) {
			return m.kind
		}
	}
	return ""
}

// sniffWindow is how much of the data the binary check looks at.
const sniffWindow = 8 << 10

// mostlyBinary reports whether the start of b holds a NUL byte or more than
// one control byte in ten (tabs, line breaks, form feeds, ESC and BEL do not
// count: text and escape-laden text use them).
func mostlyBinary(b []byte) bool {
	b = b[:min(len(b), sniffWindow)]
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range b {
		if c < 0x20 && !strings.ContainsRune("\t\n\r\f\x1b\x07", rune(c)) {
			controls++
		}
	}
	return controls*10 > len(b)
}
