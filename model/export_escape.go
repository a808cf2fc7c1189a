package model

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// These helpers make untrusted text (claim text, names, the reader's notes)
// safe to place in a markdown export: whatever it contains, it renders as the
// same text and cannot open a heading, list, code block, link, image, raw
// HTML or table cell, nor close the structure it sits in.

// mdEscaped are the characters escaped wherever they appear. CommonMark lets
// a backslash escape any ASCII punctuation; these are the ones that can start
// inline markup (emphasis, code, links, images, autolinks, raw HTML,
// strikethrough), split a GFM table cell, or start a block at a line's start.
const mdEscaped = "\\`*_[]<>#|~"

// mdInline escapes text for a single-line context: a list item, a table cell
// or a heading. Line breaks become spaces and surrounding space is trimmed,
// so the text cannot end its line early or add a hard break.
func mdInline(s string) string {
	return mdLine(oneSpaced(Sanitize(s)))
}

// oneSpaced is strings.Join(strings.Fields(s), " "): the words of s with one
// space between them. Most text (every claim of an export) is that already,
// and is returned as it is instead of split and joined anew.
func oneSpaced(s string) string {
	prevSpace := true // the start counts as after a space: no leading space
	for i, r := range s {
		space := r == ' '
		if !space && (r < utf8.RuneSelf && asciiSpace(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			return strings.Join(strings.Fields(s), " ") // other white space
		}
		if space && (prevSpace || i == len(s)-1) {
			return strings.Join(strings.Fields(s), " ") // leading, trailing or doubled
		}
		prevSpace = space
	}
	return s
}

// asciiSpace reports the ASCII white space strings.Fields splits at, but ' '.
func asciiSpace(b byte) bool { return b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r' }

// mdLines escapes multi-line text, one escaped line per input line, with
// blank lines kept (as "") so paragraphs survive. Leading and trailing
// blank lines are dropped.
func mdLines(s string) []string {
	raw := strings.Split(Sanitize(s), "\n")
	var out []string
	for _, l := range raw {
		out = append(out, mdLine(strings.TrimSpace(l)))
	}
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// mdLine escapes one line of text that has no line break. Inline markup
// characters and entity-like ampersands are backslash-escaped, then the
// line's start is neutralised: a line beginning with "-", "+" or "=" could
// be a list item, a thematic break or a setext underline, and "1." or "1)"
// an ordered list item. Leading space is removed so it cannot indent the
// line into a code block.
func mdLine(s string) string {
	s = strings.TrimLeft(s, " \t")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(mdEscaped, c) >= 0 || (c == '&' && entityAt(s[i:])) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	out := b.String()
	switch {
	case out == "":
		return out
	case strings.IndexByte("-+=", out[0]) >= 0:
		return "\\" + out
	}
	if n := leadingDigits(out); n > 0 && n < len(out) && (out[n] == '.' || out[n] == ')') {
		return out[:n] + "\\" + out[n:]
	}
	return out
}

// entityAt reports whether s starts with something CommonMark reads as an
// entity or character reference ("&amp;", "&#60;", "&#x3C;"), which would
// render as a different character than the one written.
func entityAt(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 33 {
		return false
	}
	body := s[1:end]
	if body[0] == '#' {
		body = strings.TrimPrefix(strings.TrimPrefix(body[1:], "x"), "X")
		return body != "" && strings.Trim(body, "0123456789abcdefABCDEF") == ""
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// mdQuote renders multi-line text as blockquote lines, each prefixed with
// indent + "> ". Lines of one paragraph end with a backslash (a hard line
// break) so the reader's line breaks survive; a blank line separates
// paragraphs. Text with no line at all gives an empty blockquote (">"), so a
// claim section always has its quote.
func mdQuote(s, indent string) []string {
	lines := mdLines(s)
	if len(lines) == 0 {
		return []string{indent + ">"}
	}
	var out []string
	for i, l := range lines {
		switch {
		case l == "":
			if out[len(out)-1] != indent+">" {
				out = append(out, indent+">")
			}
		case i+1 < len(lines) && lines[i+1] != "":
			// A line ending in an escaped backslash followed by the hard-break
			// backslash is misread by some parsers (goldmark among them), so
			// that last backslash is written as a character reference.
			if strings.HasSuffix(l, `\\`) {
				l = strings.TrimSuffix(l, `\\`) + "&#92;"
			}
			out = append(out, indent+"> "+l+"\\")
		default:
			out = append(out, indent+"> "+l)
		}
	}
	return out
}

// yamlString quotes a string for YAML front matter. A JSON string is a valid
// YAML double-quoted scalar, and JSON escapes every character that could end
// it or start a new key.
func yamlString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(Sanitize(s)) // encoding a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}
