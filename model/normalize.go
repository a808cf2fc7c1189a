package model

import (
	"strings"
	"unicode/utf8"
)

// Normalizer turns raw article text into sanitized, whitespace-normalized
// paragraphs, one at a time, so a huge article can be shown before all of it
// has been read. It reads physical lines: each is sanitized, markdown syntax
// is removed (for the markdown format), lines of web chrome are dropped
// (boilerplate.go), and the remaining lines of a block are joined. Blank
// lines separate paragraphs; a list block stays one paragraph with its items
// separated by "\n". Nothing is done to the whole text up front: the work
// per paragraph is proportional to its size.
type Normalizer struct {
	raw      string
	pos      int // next unread byte of raw
	markdown bool

	started bool   // the top of the text (front matter, title) is handled
	title   string // see Title
	emitted bool   // a paragraph has been returned

	fence     string // marker of the open fenced code block, if any
	inComment bool   // inside a multi-line HTML comment
	inList    bool   // the last content line belonged to a list item

	// unwrapped is set when the plain text is known to put a paragraph on
	// one long line: then a line ending a sentence ends its paragraph even
	// when no blank line follows.
	unwrapped bool

	// contentAhead is a raw offset known to hold a content line: short
	// lines before it are not the chrome at the end of the text.
	contentAhead int

	para    []byte // the paragraph being built
	paraAt  int    // raw offset of the paragraph's first line
	lines   int    // lines joined into para
	scratch []byte // one line with its markup removed
}

// Limits of a title line: a longer first line is the first paragraph.
const (
	maxTitleWords = 12
	maxTitleBytes = 100
)

// frontMatterLines bounds the search for the end of a leading "---" block.
const frontMatterLines = 200

// NewNormalizer prepares raw text in the given format ("text", "markdown").
func NewNormalizer(raw, format string) *Normalizer {
	return &Normalizer{raw: raw, markdown: format == "markdown"}
}

// Title is the title found at the top of the text: a "# heading", or a
// short first line without terminal punctuation followed by a blank line.
// It is "" when there is none.
func (n *Normalizer) Title() string {
	if !n.started {
		n.start()
	}
	return n.title
}

// Remaining is the number of raw bytes not yet consumed, for progress.
func (n *Normalizer) Remaining() int { return len(n.raw) - n.pos }

// Next returns the next paragraph's normalized text, or ok=false at the end.
func (n *Normalizer) Next() (para string, ok bool) {
	if !n.started {
		n.start()
	}
	for {
		lineStart := n.pos
		raw, more := n.readLine()
		if !more {
			break
		}
		if n.addLine(raw, lineStart) {
			break
		}
	}
	if len(n.para) == 0 {
		return "", false
	}
	p := n.paragraphText()
	n.para, n.lines = n.para[:0], 0
	n.emitted = true
	return p, true
}

// paragraphText returns the paragraph built in para as a substring of the
// raw text when the raw text holds it verbatim (most paragraphs: one line
// that needed no cleaning), so the article keeps one copy of the text
// instead of two; otherwise as a copy.
func (n *Normalizer) paragraphText() string {
	raw := n.raw[n.paraAt:n.pos]
	if i := strings.IndexByte(raw, n.para[0]); i >= 0 && len(raw)-i >= len(n.para) &&
		raw[i:i+len(n.para)] == string(n.para) {
		return raw[i : i+len(n.para)]
	}
	return string(n.para)
}

// readLine returns the next physical line without its "\n".
func (n *Normalizer) readLine() (string, bool) {
	if n.pos >= len(n.raw) {
		return "", false
	}
	rest := n.raw[n.pos:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 {
		n.pos = len(n.raw)
		return rest, true
	}
	n.pos += i + 1
	return rest[:i], true
}

// cleanLine sanitizes one physical line. Separators that Sanitize turns into
// newlines stay inside the line as spaces.
func cleanLine(raw string) string {
	line := Sanitize(raw)
	if strings.IndexByte(line, '\n') >= 0 {
		line = strings.ReplaceAll(line, "\n", " ")
	}
	return line
}

// addLine handles one physical line starting at raw offset at, and reports
// whether it ended a non-empty paragraph.
func (n *Normalizer) addLine(raw string, at int) bool {
	line := cleanLine(raw)
	if n.markdown {
		var done, ends bool
		if line, done, ends = n.markdownBlock(line); done {
			return ends
		}
	}
	if done, ends := n.blockBreak(line); done {
		return ends
	}
	return n.addContent(line, at)
}

// markdownBlock handles the markdown block syntax that hides a line (code
// fences and their content, HTML comments, reference definitions, tables,
// indented code) and strips blockquote markers. done reports that the line
// was consumed; ends, that it ended a non-empty paragraph.
func (n *Normalizer) markdownBlock(line string) (rest string, done, ends bool) {
	switch {
	case n.fence != "":
		if fenceCloses(line, n.fence) {
			n.fence = ""
		}
		return "", true, false
	case n.inComment:
		n.inComment = !strings.Contains(line, "-->")
		return "", true, false
	}
	if f := fenceOpen(line); f != "" {
		n.fence = f
		return "", true, len(n.para) > 0
	}
	if t := strings.TrimSpace(line); strings.HasPrefix(t, "<!--") && !strings.Contains(t, "-->") {
		n.inComment = true
		return "", true, false
	}
	line, _ = stripQuoteMarkers(line)
	if isReferenceDefinition(line) || isTableRow(line) || (len(n.para) == 0 && !n.inList && isIndentedCode(line)) {
		return "", true, false
	}
	return line, false, false
}

// blockBreak handles the lines that separate paragraphs without adding
// text: blank lines, headings (a subheading is not a claim) and rules. A
// setext underline removes the one-line paragraph above it, its heading.
func (n *Normalizer) blockBreak(line string) (done, ends bool) {
	if strings.TrimSpace(line) == "" {
		return true, len(n.para) > 0
	}
	if _, ok := atxHeading(line); ok {
		return true, len(n.para) > 0
	}
	if isRule, underline := ruleLine(line); isRule {
		if underline != 0 && n.lines == 1 && looksLikeHeading(string(n.para)) {
			n.para, n.lines = n.para[:0], 0
			return true, false
		}
		return true, len(n.para) > 0
	}
	return false, false
}

// addContent adds a line of text (a list item starts a new "\n"-separated
// item) unless it is web chrome, and reports whether it ended the
// paragraph.
func (n *Normalizer) addContent(line string, at int) bool {
	sep := byte(' ')
	if item, ok := listItem(line); ok {
		line, sep = item, '\n'
		n.inList = true
	} else if line[0] != ' ' && line[0] != '\t' {
		n.inList = false
	}
	text := n.inline(line)
	if isChromeLine(text) || (!n.emitted && len(n.para) == 0 && isLeadingChrome(text)) {
		return false
	}
	if len(n.para) == 0 && n.emitted && at >= n.contentAhead && isShortLine(text) && n.onlyChromeFrom(at) {
		n.pos = len(n.raw) // the rest of the text is chrome
		return false
	}
	if len(n.para) == 0 {
		n.paraAt = at
	}
	n.appendLine(text, sep)
	// In plain text, a long line ending a sentence was not hard-wrapped: the
	// text puts one paragraph per line, and the next line starts another.
	// (Markdown joins such lines into one paragraph when rendered.)
	if n.markdown || n.inList || !endsSentence(text) {
		return false
	}
	if len(text) > maxWrappedLine {
		n.unwrapped = true
	}
	return n.unwrapped
}

// wrapLookahead bounds the look at the top of a plain text for a long line
// that shows it is not hard-wrapped.
const wrapLookahead = 64 << 10

// detectUnwrapped looks at the first wrapLookahead bytes from the current
// position for a long line ending a sentence, so that even the paragraphs
// before it are split per line.
func (n *Normalizer) detectUnwrapped() {
	if n.markdown {
		return
	}
	window := n.raw[n.pos:min(len(n.raw), n.pos+wrapLookahead)]
	for window != "" {
		line, rest, _ := strings.Cut(window, "\n")
		if len(line) > maxWrappedLine && endsSentence(strings.TrimSpace(line)) {
			n.unwrapped = true
			return
		}
		window = rest
	}
}

// maxWrappedLine is longer than the lines of hard-wrapped text, in bytes.
const maxWrappedLine = 120

// endsSentence reports whether text ends with terminal punctuation, maybe
// followed by closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, " \t\"')]”’»")
	last, _ := utf8.DecodeLastRuneInString(text)
	return last == '.' || last == '!' || last == '?' || last == '…'
}

// inline removes inline markdown from a line (markdown format only).
func (n *Normalizer) inline(line string) string {
	if !n.markdown || !strings.ContainsAny(line, "\\`[<*_~&") {
		return line
	}
	n.scratch = appendInline(n.scratch[:0], line)
	// Removing markup or decoding an entity can bring a combining mark next
	// to a letter; sanitizing again restores NFC (usually the fast path).
	return Sanitize(string(n.scratch))
}

// maxTrailingShortLines bounds the short lines taken for trailing chrome:
// a longer run of them (a list of one-word paragraphs, a poem) is content.
const maxTrailingShortLines = 20

// onlyChromeFrom reports whether nothing but blank, chrome or short lines
// follows from raw offset at to the end of the text. When content is found,
// its offset is remembered, so each stretch is looked at once.
func (n *Normalizer) onlyChromeFrom(at int) bool {
	short := 0
	for at < len(n.raw) {
		end := strings.IndexByte(n.raw[at:], '\n')
		next := len(n.raw)
		if end >= 0 {
			next = at + end + 1
		} else {
			end = len(n.raw) - at
		}
		raw := n.raw[at : at+end]
		if len(raw) > 4*maxTitleBytes {
			n.contentAhead = at
			return false
		}
		line := cleanLine(raw)
		if n.markdown {
			line, _ = stripQuoteMarkers(line)
			if item, ok := listItem(line); ok {
				line = item
			}
			line = string(appendInline(nil, line))
		}
		if strings.TrimSpace(line) != "" && !isChromeLine(line) {
			if h, ok := atxHeading(line); ok {
				line = h
			}
			if !isShortLine(line) {
				n.contentAhead = at
				return false
			}
			if short++; short > maxTrailingShortLines {
				n.contentAhead = len(n.raw) // short lines are this text's style
				return false
			}
		}
		at = next
	}
	return true
}

// appendLine appends a line's text to the paragraph, collapsing every run
// of white space to one space; sep joins it to the previous line.
func (n *Normalizer) appendLine(text string, sep byte) {
	if isCollapsed(text) {
		if len(n.para) > 0 {
			n.para = append(n.para, sep)
		}
		n.para = append(n.para, text...)
		n.lines++
		return
	}
	pending := len(n.para) > 0
	first := true
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		space := c == ' ' || c == '\t'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = isUnicodeSpace(r)
		}
		if space {
			pending = len(n.para) > 0
			i += size
			continue
		}
		if pending {
			if first {
				n.para = append(n.para, sep)
			} else {
				n.para = append(n.para, ' ')
			}
			pending = false
		}
		first = false
		// Copy the run up to the next possible space in one go.
		j := i + size
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] < utf8.RuneSelf {
			j++
		}
		n.para = append(n.para, text[i:j]...)
		i = j
	}
	if !first {
		n.lines++
	}
}

// isCollapsed reports whether text is non-empty with single ASCII spaces
// between words, no tab, no Unicode space and no space at either end: the
// common case, appended as is.
func isCollapsed(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	// Whole-string searches (vectorised in the standard library) instead
	// of a loop over every byte: a run of spaces, a tab, then each lead
	// byte of a Unicode space, decoded where it occurs.
	if strings.Contains(text, "  ") || strings.IndexByte(text, '\t') >= 0 {
		return false
	}
	for _, lead := range unicodeSpaceLeads {
		for s := text; ; {
			i := strings.IndexByte(s, lead)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeRuneInString(s[i:]); isUnicodeSpace(r) {
				return false
			}
			s = s[i+1:]
		}
	}
	return true
}

// unicodeSpaceLeads are the lead bytes of the Unicode spaces isUnicodeSpace
// knows (none of them can be a continuation byte).
var unicodeSpaceLeads = [...]byte{0xC2, 0xE1, 0xE2, 0xE3}

// isUnicodeSpace reports whether r is a space character other than ASCII
// space and tab (no-break, thin, ideographic...).
func isUnicodeSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// start handles the top of the text: a leading front-matter block, leading
// chrome lines and the title.
func (n *Normalizer) start() {
	n.started = true
	n.skipFrontMatter()
	n.detectUnwrapped()
	for {
		at := n.pos
		raw, ok := n.readLine()
		if !ok {
			return
		}
		line := cleanLine(raw)
		if n.markdown {
			if fenceOpen(line) != "" {
				n.pos = at
				return
			}
			line, _ = stripQuoteMarkers(line)
		}
		if isRule, _ := ruleLine(line); isRule || strings.TrimSpace(line) == "" {
			continue
		}
		if h, ok := atxHeading(line); ok {
			n.title = n.titleText(h)
			return
		}
		if _, ok := listItem(line); ok {
			n.pos = at
			return
		}
		text := n.inline(line)
		if isChromeLine(text) || isLeadingChrome(text) {
			continue
		}
		if n.isTitleLine(text) {
			n.title = n.titleText(text)
			return
		}
		n.pos = at
		return
	}
}

// looksLikeHeading reports whether text could be a heading or title: short
// and without terminal punctuation.
func looksLikeHeading(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxTitleBytes || len(strings.Fields(text)) > maxTitleWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’)"))
	return !strings.ContainsRune(".!?,;:", last)
}

// isTitleLine reports whether the first line of the text, already read, is
// a title: short, without terminal punctuation, and followed by a blank
// line or a setext underline (which is consumed).
func (n *Normalizer) isTitleLine(text string) bool {
	if !looksLikeHeading(text) {
		return false
	}
	at := n.pos
	next, ok := n.readLine()
	if !ok {
		n.pos = at
		return false
	}
	next = cleanLine(next)
	if strings.TrimSpace(next) == "" {
		return true
	}
	if _, underline := ruleLine(next); underline != 0 {
		return true
	}
	n.pos = at
	return false
}

// titleText normalizes a title's text like a paragraph's.
func (n *Normalizer) titleText(text string) string {
	if n.markdown {
		text = n.inline(text)
	}
	return strings.Join(strings.Fields(text), " ")
}

// skipFrontMatter skips a leading "---" block (YAML front matter) when it
// is closed within frontMatterLines lines.
func (n *Normalizer) skipFrontMatter() {
	start := n.pos
	first, ok := n.readLine()
	if !ok || strings.TrimSpace(cleanLine(first)) != "---" {
		n.pos = start
		return
	}
	for i := 0; i < frontMatterLines; i++ {
		line, ok := n.readLine()
		if !ok {
			break
		}
		if t := strings.TrimSpace(cleanLine(line)); t == "---" || t == "..." {
			return
		}
	}
	n.pos = start
}
