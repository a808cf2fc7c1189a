package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The markdown the Normalizer understands: enough of CommonMark to keep
// markup out of claim text. Block syntax is recognised per line (headings,
// fences, quotes, list markers, rules, reference definitions); inline syntax
// is removed with bounded look-ahead so a long line stays linear.

// Look-ahead bounds for inline constructs. A link text, URL, code span or
// tag longer than these is taken as plain text.
const (
	maxLinkText = 1000
	maxLinkURL  = 2000
	maxCodeSpan = 4000
	maxTag      = 500
)

// atxHeading returns the text of a "# heading" line (any level) and whether
// the line is one.
func atxHeading(line string) (string, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return "", false
	}
	level := 0
	for level < len(t) && t[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(t) && t[level] != ' ' && t[level] != '\t') {
		return "", false
	}
	text := strings.TrimSpace(t[level:])
	// An optional closing run of #s.
	if end := strings.TrimRight(text, "#"); end != text && (end == "" || end[len(end)-1] == ' ') {
		text = strings.TrimSpace(end)
	}
	return text, true
}

// fenceOpen returns the fence marker ("```" or "~~~", possibly longer) when
// the line opens a fenced code block.
func fenceOpen(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && strings.IndexByte(t[n:], '`') >= 0) {
		return ""
	}
	return t[:n]
}

// fenceCloses reports whether the line closes the block opened by fence.
func fenceCloses(line, fence string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

// ruleLine reports whether the line is a thematic break or a setext
// underline: three or more of one of - = * _, spaces allowed. underline is
// the marker when it can underline a heading ("=" or "-" with no spaces).
func ruleLine(line string) (isRule bool, underline byte) {
	t := strings.TrimSpace(line)
	if len(t) < 3 {
		return false, 0
	}
	c := t[0]
	if c != '-' && c != '=' && c != '*' && c != '_' {
		return false, 0
	}
	count := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			count++
		case ' ', '\t':
		default:
			return false, 0
		}
	}
	if count < 3 {
		return false, 0
	}
	if (c == '=' || c == '-') && count == len(t) {
		return true, c
	}
	return true, 0
}

// listItem recognises a list item line. It returns the item's text and
// whether the line is one. The ASCII bullets of markup (- * +) are removed;
// numbers ("1.", "2)") and typographic bullets (•) are the author's text
// and stay.
func listItem(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		return strings.TrimSpace(t[2:]), true
	}
	if n := bulletLen(t, 0); n > 0 {
		return t, true
	}
	d := 0
	for d < len(t) && d < 3 && isASCIIDigit(t[d]) {
		d++
	}
	if d > 0 && d < 3 && d+1 < len(t) && (t[d] == '.' || t[d] == ')') && t[d+1] == ' ' {
		return t, true
	}
	return "", false
}

// isTableRow reports whether the line is a row of a table ("| a | b |"):
// cells of data, not sentences.
func isTableRow(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// isIndentedCode reports whether the line, starting a block, is indented
// code: four spaces or a tab.
func isIndentedCode(line string) bool {
	return strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")
}

// stripQuoteMarkers removes leading blockquote markers ("> > text").
func stripQuoteMarkers(line string) (string, bool) {
	quoted := false
	for {
		t := strings.TrimLeft(line, " ")
		if len(line)-len(t) > 3 || !strings.HasPrefix(t, ">") {
			return line, quoted
		}
		quoted = true
		line = strings.TrimPrefix(t[1:], " ")
	}
}

// isReferenceDefinition reports whether the line defines a link reference:
// "[id]: https://example.com "title"".
func isReferenceDefinition(line string) bool {
	t := strings.TrimLeft(line, " ")
	if !strings.HasPrefix(t, "[") {
		return false
	}
	end := strings.Index(t, "]:")
	return end > 1 && end < maxLinkText && !strings.ContainsAny(t[1:end], "[]")
}

// appendInline appends s to dst with inline markdown removed: emphasis and
// strike-through markers, code-span backticks, link syntax (the text stays),
// images, footnote references, HTML tags and common entities.
func appendInline(dst []byte, s string) []byte {
	in := inliner{budget: 4*len(s) + 4*maxLinkURL}
	return in.append(dst, s)
}

// inliner removes inline markdown from one line. Its look-ahead budget is
// shared by all constructs on the line: a line full of unclosed "[" or "`"
// stops being searched for links and code once it is spent, which keeps the
// work linear in the line's length.
type inliner struct{ budget int }

// spend takes n bytes of look-ahead from the budget and reports whether
// there was enough.
func (in *inliner) spend(n int) bool {
	in.budget -= n
	return in.budget >= 0
}

func (in *inliner) append(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				dst = append(dst, s[i+1])
				i += 2
				continue
			}
			if i+1 == len(s) {
				i++ // a hard line break
				continue
			}
		case '`':
			if content, end, ok := in.codeSpan(s, i); ok {
				dst = append(dst, content...)
				i = end
				continue
			}
			n := mdRunLen(s, i)
			dst = append(dst, s[i:i+n]...)
			i += n
			continue
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				if _, end, ok := in.link(s, i+1); ok {
					i = end // images carry no claim text
					continue
				}
			}
		case '[':
			if text, end, ok := in.link(s, i); ok {
				if !strings.HasPrefix(text, "^") {
					dst = in.append(dst, text)
				}
				i = end
				continue
			}
		case '<':
			if content, end, ok := in.angle(s, i); ok {
				dst = append(dst, content...)
				i = end
				continue
			}
		case '*', '_', '~':
			n := mdRunLen(s, i)
			if isEmphasisRun(s, i, n) {
				i += n
				continue
			}
			dst = append(dst, s[i:i+n]...)
			i += n
			continue
		case '&':
			if r, end, ok := mdEntity(s, i); ok {
				dst = utf8.AppendRune(dst, r)
				i = end
				continue
			}
		}
		dst = append(dst, c)
		i++
	}
	return dst
}

// mdRunLen is the length of the run of the byte at i.
func mdRunLen(s string, i int) int {
	n := 1
	for i+n < len(s) && s[i+n] == s[i] {
		n++
	}
	return n
}

// isEmphasisRun reports whether the run of n markers at i is emphasis
// markup rather than text: "*" or "~~" not surrounded by spaces ("2 * 3"
// stays), "_" not inside a word ("snake_case" stays).
func isEmphasisRun(s string, i, n int) bool {
	if s[i] == '~' && n < 2 {
		return false
	}
	before, after := rune(' '), rune(' ')
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		after, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	if s[i] == '_' {
		return !(isWordRune(before) && isWordRune(after))
	}
	return !(unicode.IsSpace(before) && unicode.IsSpace(after))
}

// codeSpan parses a code span opened by the backtick run at i and returns
// its content.
func (in *inliner) codeSpan(s string, i int) (string, int, bool) {
	n := mdRunLen(s, i)
	limit := min(len(s), i+n+maxCodeSpan)
	if !in.spend(limit - i) {
		return "", 0, false
	}
	for j := i + n; j < limit; {
		if s[j] != '`' {
			j++
			continue
		}
		m := mdRunLen(s, j)
		if m == n {
			return strings.TrimSpace(s[i+n : j]), j + m, true
		}
		j += m
	}
	return "", 0, false
}

// link parses "[text](url)", "[text][ref]" or "[text][]" at i (the "[") and
// returns the text and the index after the link. A "[^note]" footnote
// reference parses as a link whose text starts with "^".
func (in *inliner) link(s string, i int) (string, int, bool) {
	closeAt := in.matching(s, i, '[', ']', maxLinkText)
	if closeAt < 0 {
		return "", 0, false
	}
	text := s[i+1 : closeAt]
	j := closeAt + 1
	switch {
	case j < len(s) && s[j] == '(':
		end := in.matching(s, j, '(', ')', maxLinkURL)
		if end < 0 {
			return "", 0, false
		}
		return text, end + 1, true
	case j < len(s) && s[j] == '[':
		end := in.matching(s, j, '[', ']', maxLinkText)
		if end < 0 {
			return "", 0, false
		}
		return text, end + 1, true
	case strings.HasPrefix(text, "^") && !strings.Contains(text, " "):
		return text, j, true
	}
	return "", 0, false
}

// matching returns the index of the bracket closing the one at i, nested
// brackets allowed, or -1 within limit bytes.
func (in *inliner) matching(s string, i int, open, shut byte, limit int) int {
	depth := 0
	end := min(len(s), i+limit)
	for j := i; j < end; j++ {
		if !in.spend(1) {
			return -1
		}
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case shut:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// angle parses an autolink ("<https://x>", "<a@b.org>") or an HTML tag at
// i. An autolink keeps its address; a tag is dropped.
func (in *inliner) angle(s string, i int) (string, int, bool) {
	if i+1 >= len(s) {
		return "", 0, false
	}
	end := strings.IndexByte(s[i+1:min(len(s), i+maxTag)], '>')
	if !in.spend(max(end, min(len(s)-i, maxTag))) || end < 0 {
		return "", 0, false
	}
	inner := s[i+1 : i+1+end]
	next := i + end + 2
	if inner == "" {
		return "", 0, false
	}
	if !strings.ContainsAny(inner, " \t<") && (strings.Contains(inner, "://") || strings.HasPrefix(inner, "mailto:") || strings.Contains(inner, "@")) {
		return strings.TrimPrefix(inner, "mailto:"), next, true
	}
	c := inner[0]
	if isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
		return "", next, true
	}
	return "", 0, false
}

// namedEntities are the HTML entities common in converted articles.
var namedEntities = map[string]rune{
	"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "nbsp": ' ',
	"mdash": '—', "ndash": '–', "hellip": '…', "lsquo": '‘', "rsquo": '’',
	"ldquo": '“', "rdquo": '”', "laquo": '«', "raquo": '»', "copy": '©',
	"eacute": 'é', "euro": '€', "pound": '£',
}

// mdEntity decodes an HTML entity at i ("&amp;", "&#8217;", "&#x2019;").
// Numeric entities that would decode to a control character are left
// alone, so decoding can never undo the sanitizer.
func mdEntity(s string, i int) (rune, int, bool) {
	end := strings.IndexByte(s[i+1:min(len(s), i+12)], ';')
	if end <= 0 {
		return 0, 0, false
	}
	name := s[i+1 : i+1+end]
	next := i + end + 2
	if r, ok := namedEntities[name]; ok {
		return r, next, true
	}
	if name[0] != '#' || len(name) < 2 {
		return 0, 0, false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	v := 0
	for j := 0; j < len(digits); j++ {
		d := hexValue(digits[j])
		if d < 0 || d >= base || v > unicode.MaxRune {
			return 0, 0, false
		}
		v = v*base + d
	}
	r := rune(v)
	if digits == "" || !utf8.ValidRune(r) || !unicode.IsPrint(r) || isDroppedRune(r) {
		return 0, 0, false
	}
	return r, next, true
}

func hexValue(c byte) int {
	switch {
	case isASCIIDigit(c):
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
