package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences returns the byte spans [start, end) of the sentences of one
// normalized paragraph: in order, non-overlapping, trimmed of surrounding
// white space, on rune boundaries, and together covering every non-space
// byte. A "\n" (only found between list items) always ends a sentence.
//
// It is a single left-to-right pass over the bytes. At each run of terminal
// punctuation it looks at the word before (abbreviation, initial, list
// marker) and the word after (its case, whether it commonly starts a
// sentence); the word lists live in abbreviations.go. Nothing is allocated
// but the span slice.
func SplitSentences(p string) [][2]int {
	// News sentences average well over 64 bytes, so one allocation usually
	// holds them all.
	s := splitter{p: p, spans: make([][2]int, 0, len(p)/64+2)}
	s.run()
	return s.spans
}

// maxWordScan bounds how far the segmenter reads a neighbouring word: no
// abbreviation or sentence starter is longer, and the bound keeps the pass
// linear on pathological input such as a megabyte without spaces.
const maxWordScan = 32

// splitter holds the state of one SplitSentences pass.
type splitter struct {
	p     string
	spans [][2]int
	start int // where the current sentence starts
	body  int // where its words start, after any bullet
	// enum is the list marker ("b.", "3.") expected next when the sentence
	// opened with one ("a.", "2."), so an inline list splits per item.
	enum    [4]byte
	enumLen int
}

func (s *splitter) run() {
	p := s.p
	s.begin(0)
	for i := s.start; i < len(p); {
		c := p[i]
		if !splitterStops[c] {
			i++
			continue
		}
		if c == ' ' && s.enumLen == 0 {
			// A space matters only for inline list markers: jump to the
			// next byte of interest past the run of plain bytes.
			i = nextSplitStop(p, i+1)
			continue
		}
		switch {
		case c == '\n':
			s.cut(i, i+1)
			i = s.start
			continue
		case c == '.' || c == '?' || c == '!' || isEllipsisAt(p, i):
			i = s.terminal(i)
			continue
		case c == ' ' && s.enumLen > 0 && s.enumAt(i+1):
			s.cut(i, i+1)
			i = s.start
			continue
		case c >= utf8.RuneSelf && i > s.body && p[i-1] == ' ' && bulletLen(p, i) > 0:
			s.cut(i, i)
			i = s.start + 1
			continue
		}
		i++
	}
	s.cut(len(p), len(p))
}

// splitterStops marks the bytes the scan must look at: terminals, newlines,
// spaces (for inline list markers) and 0xE2, which starts the ellipsis and
// the bullets. Every other byte is skipped with one table look-up.
var splitterStops = func() (t [256]bool) {
	for _, c := range splitStopsButSpace {
		t[c] = true
	}
	t[' '] = true
	return t
}()

// nextSplitStop returns the index of the first byte at or after i that the
// scan must look at when spaces do not matter (no list is being read), or
// len(p): a few vectorised searches, each bounded by the nearest find so
// far, instead of a loop over every byte.
func nextSplitStop(p string, i int) int {
	j := len(p)
	for _, b := range splitStopsButSpace {
		if k := strings.IndexByte(p[i:j], b); k >= 0 {
			j = i + k
		}
	}
	return j
}

// splitStopsButSpace are the bytes of splitterStops but the space.
var splitStopsButSpace = [...]byte{'.', '?', '!', '\n', 0xE2}

// begin starts a new sentence at the first non-space byte from pos.
func (s *splitter) begin(pos int) {
	p := s.p
	for pos < len(p) && isSpaceByte(p[pos]) {
		pos++
	}
	s.start = pos
	body := pos
	for n := bulletLen(p, body); n > 0; n = bulletLen(p, body) {
		body += n
		for body < len(p) && p[body] == ' ' {
			body++
		}
	}
	s.body = body
	s.enumLen = 0
	s.expectNextEnum()
}

// cut ends the current sentence at end (trimmed) and starts the next at or
// after next.
func (s *splitter) cut(end, next int) {
	for end > s.start && isSpaceByte(s.p[end-1]) {
		end--
	}
	if end > s.start {
		s.spans = append(s.spans, [2]int{s.start, end})
	}
	s.begin(next)
}

// terminal handles a run of terminal punctuation starting at i and returns
// where scanning resumes.
func (s *splitter) terminal(i int) int {
	p := s.p
	j, dots, marks, spaced := i, 0, 0, false
scan:
	for j < len(p) {
		switch {
		case p[j] == '.':
			dots++
			j++
		case p[j] == '?' || p[j] == '!':
			marks++
			j++
		case isEllipsisAt(p, j):
			dots += 3
			j += 3
		case p[j] == ' ' && dots > 0 && marks == 0 && j+1 < len(p) && p[j+1] == '.':
			spaced = true // ". . ." written with spaces
			j++
		default:
			break scan
		}
	}
	after, quoted := skipClosers(p, j)
	if after < len(p) && p[after] != ' ' {
		return after // inside a token: 3.5, U.S.A, Jr.'s, mean...see, or a "\n"
	}
	if after == len(p) {
		return after
	}
	next := readNextWord(p, after)
	attached := i > 0 && !isSpaceByte(p[i-1])
	boundary := false
	switch {
	case dots >= 4 && spaced && attached && p[i+1] == ' ':
		// "compounds. . . . The": the word's own period ends the sentence;
		// the spaced ellipsis opens the next one.
		if next.class != wordLower && next.class != wordNone {
			s.cut(i+1, i+1)
			return s.start
		}
		return after
	case marks > 0:
		boundary = next.class != wordLower && !(quoted && quoteTagFollows(p, after))
	case dots >= 4:
		boundary = next.class != wordLower
	case dots >= 2:
		// A three-dot ellipsis marks an omission. Written with spaces
		// (". . .") or in brackets it stays inside the sentence. Solid and
		// attached to a word ("errors... Officials") it ends the sentence
		// before a capital; standing alone (" ... ") only before a typical
		// sentence opening.
		switch {
		case spaced || (i > 0 && p[i-1] == '['):
		case attached:
			boundary = next.class == wordUpper
		default:
			boundary = next.isStarter()
		}
	default:
		if tokStart, tok := tokenBefore(p, s.body, i); tokStart > s.body && p[i+1] == ')' && isEnumerator(tok) {
			// "item 2.) The second item": a list marker inside the text
			// opens a new item.
			s.cut(tokStart, tokStart)
			return after
		}
		boundary = s.periodEnds(i, next)
	}
	if boundary {
		s.cut(after, after)
		return s.start
	}
	return after
}

// periodEnds decides whether a single period at i, followed by the word
// next, ends the sentence.
func (s *splitter) periodEnds(i int, next nextWord) bool {
	if next.class == wordLower {
		return false
	}
	tokStart, tok := tokenBefore(s.p, s.body, i)
	if tok == "" {
		return true
	}
	if tokStart == s.body && isEnumerator(tok) {
		return false // "1. The first item", "a. The first item"
	}
	switch abbreviationKind(tok) {
	case abbrevTitle, abbrevInner:
		return false
	case abbrevFinal:
		_, cont := finalContinuationSet[next.word]
		return !cont
	case abbrevMid:
		return next.isStarter()
	}
	return true
}

// tokenBefore returns the word ending at i (exclusive), without opening or
// closing quotes and brackets. A word longer than maxWordScan is returned
// empty-handed as a plain word: no abbreviation is that long.
func tokenBefore(p string, from, i int) (int, string) {
	end := i
	for end > from && isCloserByte(p[end-1]) {
		end--
	}
	start := end
	for start > from && !isSpaceByte(p[start-1]) {
		if end-start > maxWordScan {
			return start, p[start:end]
		}
		start--
	}
	for start < end && isOpenerByte(p[start]) {
		start++
	}
	return start, p[start:end]
}

// abbreviationKind classifies the word before a period.
func abbreviationKind(tok string) abbrevKind {
	if len(tok) <= maxAbbreviationKindLen {
		if k, ok := abbreviationKinds[tok]; ok {
			return k
		}
	}
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) && unicode.IsLetter(r) {
		return abbrevMid // an initial: J. R. Tolkien, Amara K. Osei
	}
	if isDottedLetters(tok) {
		return abbrevMid // U.S, U.K, Ph.D, N.Y
	}
	return abbrevNone
}

// maxAbbreviationKindLen is the longest abbreviation of abbreviationKinds in
// bytes: most words before a period ("schedule.") are longer and need no
// look-up.
var maxAbbreviationKindLen = func() int {
	n := 0
	for w := range abbreviationKinds {
		n = max(n, len(w))
	}
	return n
}()

// isDottedLetters reports whether tok is short letter groups joined by
// periods, like "U.S" or "Ph.D" (the final period is not part of tok).
func isDottedLetters(tok string) bool {
	groups, run := 1, 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			groups++
			run = 0
		case isASCIILetter(c):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 2 && run > 0
}

// isEnumerator reports whether tok looks like a list marker: a one- or
// two-digit number, a single letter or a small roman numeral.
func isEnumerator(tok string) bool {
	switch len(tok) {
	case 1:
		return isASCIILetter(tok[0]) || isASCIIDigit(tok[0])
	case 2:
		if isASCIIDigit(tok[0]) && isASCIIDigit(tok[1]) {
			return true
		}
	}
	switch tok {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix", "II", "III", "IV", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// expectNextEnum looks for a list marker at the start of the sentence and,
// when there is one, remembers the marker of the following item.
func (s *splitter) expectNextEnum() {
	p, b := s.p, s.body
	e := b
	for e < len(p) && e-b < 3 && (isASCIIDigit(p[e]) || (e == b && p[e] >= 'a' && p[e] <= 'y')) {
		e++
	}
	if e == b || e+1 >= len(p) || (p[e] != '.' && p[e] != ')') || p[e+1] != ' ' || (e-b > 1 && !isASCIIDigit(p[b])) {
		return
	}
	var buf [4]byte
	n := 0
	if isASCIIDigit(p[b]) {
		v := 0
		for _, c := range []byte(p[b:e]) {
			v = v*10 + int(c-'0')
		}
		n = len(appendInt(buf[:0], v+1))
	} else {
		buf[0] = p[b] + 1
		n = 1
	}
	buf[n] = p[e]
	s.enum, s.enumLen = buf, n+1
}

// enumAt reports whether the expected list marker followed by a space
// starts at i.
func (s *splitter) enumAt(i int) bool {
	p, m := s.p, s.enum[:s.enumLen]
	if i+len(m) >= len(p) || p[i+len(m)] != ' ' {
		return false
	}
	return p[i:i+len(m)] == string(m)
}

func appendInt(dst []byte, v int) []byte {
	if v >= 10 {
		dst = appendInt(dst, v/10)
	}
	return append(dst, byte('0'+v%10))
}

// wordClass is what the word after a terminal begins with.
type wordClass uint8

const (
	wordNone  wordClass = iota // end of text
	wordLower                  // a lowercase letter
	wordUpper                  // an uppercase letter
	wordOther                  // a digit, symbol or caseless letter
)

// nextWord describes the word after a terminal run.
type nextWord struct {
	class wordClass
	word  string // its letters (and apostrophes), at most maxWordScan bytes
}

func (w nextWord) isStarter() bool {
	if w.class != wordUpper {
		return false
	}
	_, ok := sentenceStarterSet[w.word]
	return ok
}

// readNextWord reads the word starting after the spaces at i, skipping
// opening quotes and brackets.
func readNextWord(p string, i int) nextWord {
	for i < len(p) && p[i] == ' ' {
		i++
	}
	for n := 0; n < 8 && i < len(p); n++ {
		k := openerLen(p, i)
		if k == 0 {
			break
		}
		i += k
	}
	if i >= len(p) {
		return nextWord{}
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	w := nextWord{class: wordOther}
	switch {
	case unicode.IsLower(r):
		w.class = wordLower
	case unicode.IsUpper(r):
		w.class = wordUpper
	}
	e := i
	for e < len(p) && e-i < maxWordScan {
		if isASCIILetter(p[e]) || p[e] == '\'' {
			e++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[e:])
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	w.word = p[i:e]
	return w
}

// quoteTagFollows reports whether the words after a quoted question or
// exclamation are its speech tag: "Why now?" Dr. Osei asked. The tag is a
// short clause with a speech verb near its end.
func quoteTagFollows(p string, i int) bool {
	verbAt := -1
	for n := 0; n < 6; n++ {
		for i < len(p) && p[i] == ' ' {
			i++
		}
		e := i
		for e < len(p) && p[e] != ' ' && e-i < maxWordScan {
			e++
		}
		if e == i {
			break
		}
		letters := i
		for letters < e && isASCIILetter(p[letters]) {
			letters++
		}
		word := p[i:letters]
		if _, ok := quoteTagVerbSet[word]; ok && verbAt < 0 {
			verbAt = n
		}
		if endsClause(p[letters:e]) && !(p[letters:e] == "." && abbreviationKind(word) != abbrevNone) {
			return verbAt >= 0 && n-verbAt <= 2
		}
		if verbAt >= 0 && n-verbAt >= 2 {
			return false
		}
		i = e
	}
	return verbAt >= 0 && i >= len(p)
}

// endsClause reports whether the punctuation after a word closes a clause.
func endsClause(punct string) bool {
	for i := 0; i < len(punct); i++ {
		switch punct[i] {
		case '.', ',', '?', '!', ';', ':':
			return true
		}
	}
	return false
}

// skipClosers skips closing quotes and brackets after a terminal run and
// reports whether one was a quote.
func skipClosers(p string, i int) (int, bool) {
	quoted := false
	for i < len(p) {
		switch {
		case p[i] == '"' || p[i] == '\'':
			quoted = true
			i++
		case p[i] == ')' || p[i] == ']' || p[i] == '}':
			i++
		case p[i] == '[' && citationLen(p, i) > 0:
			i += citationLen(p, i) // a citation mark: found.[3] The
		case hasPrefixAt(p, i, "\u201d") || hasPrefixAt(p, i, "\u2019") || hasPrefixAt(p, i, "\u203a"):
			quoted = true
			i += 3
		case hasPrefixAt(p, i, "\u00bb"):
			quoted = true
			i += 2
		default:
			return i, quoted
		}
	}
	return i, quoted
}

// citationLen is the length of a citation mark such as "[3]" or "[a]" at
// i, or 0.
func citationLen(p string, i int) int {
	j := i + 1
	for j < len(p) && j-i <= 4 && (isASCIIDigit(p[j]) || (p[j] >= 'a' && p[j] <= 'z')) {
		j++
	}
	if j == i+1 || j >= len(p) || p[j] != ']' {
		return 0
	}
	return j + 1 - i
}

// openerLen is the byte length of an opening quote or bracket at i, or 0.
func openerLen(p string, i int) int {
	switch p[i] {
	case '"', '\'', '(', '[', '{':
		return 1
	}
	if p[i] != 0xC2 && p[i] != 0xE2 {
		return 0
	}
	for _, o := range [...]string{"\u201c", "\u2018", "\u00ab", "\u201e", "\u00bf", "\u00a1"} {
		if hasPrefixAt(p, i, o) {
			return len(o)
		}
	}
	return 0
}

// bulletLen is the byte length of a typographic bullet at i, or 0.
func bulletLen(p string, i int) int {
	if i >= len(p) || p[i] < utf8.RuneSelf {
		return 0
	}
	for _, b := range [...]string{"\u2022", "\u2043", "\u25e6", "\u25aa", "\u2023", "\u25cf", "\u25a0"} {
		if hasPrefixAt(p, i, b) {
			return len(b)
		}
	}
	return 0
}

func isEllipsisAt(p string, i int) bool { return hasPrefixAt(p, i, "\u2026") }

func hasPrefixAt(p string, i int, prefix string) bool {
	return len(p)-i >= len(prefix) && p[i:i+len(prefix)] == prefix
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isCloserByte(c byte) bool {
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'
}

func isOpenerByte(c byte) bool {
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// allDigits reports whether w is one or more ASCII digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIIDigit(w[i]) {
			return false
		}
	}
	return w != ""
}
