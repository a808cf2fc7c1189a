package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The attribution code reads a sentence as a list of tokens: words and single
// punctuation marks with their byte offsets. Scanning once per sentence and
// looking words up in maps keeps attribution linear in the article's size.

type tokKind uint8

const (
	tokWord       tokKind = iota
	tokPunct              // any other single mark: , ; : ( ) — and so on
	tokQuoteOpen          // “ « „ or a straight " that opens
	tokQuoteClose         // ” » or a straight " that closes
)

type token struct {
	start, end int // byte offsets into the sentence
	kind       tokKind
	quoted     bool      // inside a quotation (the marks themselves are not)
	low        string    // the token in lower case, once asked for (see sentenceReader.low)
	flags      wordFlags // what the lexicons say of it, once asked for
}

// wordFlags are the word classes of the attribution lexicons. Each word is
// looked up once, when its sentence is tokenized; the phrase walks then
// test bits instead of probing a dozen maps per word.
type wordFlags uint32

const (
	fDeterminer wordFlags = 1 << iota
	fStop
	fPreposition
	fMonthOrDay
	fCue
	fPostLinker
	fBoundary
	fTime
	fPreVerbSkip
	fQuantity
	fRelative
	fBe
	fModal
	fContrast
	fCorporate
	fNegation
	fKnown // low and flags have been looked up
)

// wordTable maps each lexicon word to its classes.
var wordTable = buildWordTable()

func buildWordTable() map[string]wordFlags {
	t := map[string]wordFlags{}
	add := func(set map[string]bool, f wordFlags) {
		for w := range set {
			t[w] |= f
		}
	}
	add(determiners, fDeterminer)
	add(stopWords, fStop)
	add(prepositions, fPreposition)
	add(monthsAndDays, fMonthOrDay)
	add(postLinkers, fPostLinker)
	add(boundaryWords, fBoundary)
	add(timeWords, fTime)
	add(preVerbSkips, fPreVerbSkip)
	add(quantityHeads, fQuantity)
	add(relativeWords, fRelative)
	add(beForms, fBe)
	add(modals, fModal)
	add(contrastWords, fContrast)
	add(corporateSuffixes, fCorporate)
	add(negations, fNegation)
	for w := range cueWords {
		t[w] |= fCue
	}
	return t
}

// lowerCache lower-cases words, remembering the capitalized ones so a long
// article does not allocate a new lower-case copy of every "The" and
// "Smith". It is bounded; words past the bound are lowered each time.
type lowerCache struct {
	m map[string]string
}

const lowerCacheMax = 1 << 15

func (c *lowerCache) lower(w string) string {
	if !hasUpperOrNonASCII(w) {
		return w
	}
	if v, ok := c.m[w]; ok {
		return v
	}
	v := strings.ToLower(w)
	if c.m == nil {
		c.m = map[string]string{}
	}
	if len(c.m) < lowerCacheMax {
		c.m[strings.Clone(w)] = v
	}
	return v
}

func hasUpperOrNonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// isQuoteOpen reports whether r opens a quotation; straight quotes are decided
// by context in quoteMarkOpens.
func isQuoteOpen(r rune) bool { return r == '“' || r == '«' || r == '„' }

func isQuoteClose(r rune) bool { return r == '”' || r == '»' }

// quoteMarkOpens decides whether a straight double quote at byte i of s opens
// a quotation: it does at the start, or after a space or an opening bracket.
func quoteMarkOpens(s string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
}

// singleQuoteCloses reports whether the ’ at byte i of s closes a single
// quotation rather than being an apostrophe: it follows closing
// punctuation, or ends a word with no letter after it and no "s" before it.
func singleQuoteCloses(s string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if prev == ',' || prev == '.' || prev == '?' || prev == '!' || prev == '…' {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[i+len("’"):])
	return !isWordRune(next) && prev != 's' && isWordRune(prev)
}

// wordJoiners may continue a word when a letter or digit follows them:
// "counter-terrorism", "group's", "U.S", "AT&T", "3.5".
func isWordJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '.' || r == '&' || r == '‑'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits a sentence into tokens. A period right after an
// abbreviation, an initial or a dotted form ("Dr.", "J.", "U.S.") belongs to
// the word, so names and titles stay whole.
func tokenize(s string, out []token) []token {
	out = out[:0]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII fast path: most of an English article.
			switch {
			case c == ' ':
				i++
				continue
			case asciiWord[c]:
				end := scanWord(s, i)
				out = append(out, token{start: i, end: end, kind: tokWord})
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			end := scanWord(s, i)
			out = append(out, token{start: i, end: end, kind: tokWord})
			i = end
		case r == '"':
			kind := tokQuoteClose
			if quoteMarkOpens(s, i) {
				kind = tokQuoteOpen
			}
			out = append(out, token{start: i, end: i + n, kind: kind})
			i += n
		case isQuoteOpen(r):
			out = append(out, token{start: i, end: i + n, kind: tokQuoteOpen})
			i += n
		case isQuoteClose(r):
			out = append(out, token{start: i, end: i + n, kind: tokQuoteClose})
			i += n
		case r == '‘' && quoteMarkOpens(s, i):
			out = append(out, token{start: i, end: i + n, kind: tokQuoteOpen})
			i += n
		case r == '’' && singleQuoteCloses(s, i):
			out = append(out, token{start: i, end: i + n, kind: tokQuoteClose})
			i += n
		default:
			out = append(out, token{start: i, end: i + n, kind: tokPunct})
			i += n
		}
	}
	return out
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = true
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiWord[c] {
				j++
				continue
			}
			if c != ',' && !isWordJoiner(rune(c)) {
				break // a space or a mark: no word goes on after it
			}
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == ',' && j > i && isDigitByte(s[j-1]) && thousandsGroup(s[j+1:]) {
			j++ // "4,000": a comma grouping digits is part of the number
			continue
		}
		if isWordJoiner(r) && j+n < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(next) {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' && keepsPeriod(s[i:j]) {
		j++
	}
	if s[j-1] == 's' && j+1 < len(s) && (s[j] == '\'' || strings.HasPrefix(s[j:], "’")) {
		// A plural possessive keeps its apostrophe: "the workers’ union".
		k := j + 1
		if s[j] != '\'' {
			k = j + len("’")
		}
		if k < len(s) && s[k] == ' ' {
			j = k
		}
	}
	return j
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// thousandsGroup reports whether s starts with exactly three digits.
func thousandsGroup(s string) bool {
	return len(s) >= 3 && isDigitByte(s[0]) && isDigitByte(s[1]) && isDigitByte(s[2]) &&
		(len(s) == 3 || !isDigitByte(s[3]))
}

// keepsPeriod reports whether a following period is part of the word: an
// initial ("J."), a dotted form ("U.S."), or a known abbreviation ("Dr.").
func keepsPeriod(w string) bool {
	if strings.IndexByte(w, '.') >= 0 {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return len(w) <= maxAbbreviationLen && inLower(abbreviations, w)
}

// maxAbbreviationLen is the longest abbreviation in bytes: a longer word
// ("said.") needs no look-up. (Lower-casing keeps a word's length but for a
// few letters like the Kelvin sign, which lowers to "k", in no abbreviation.)
var maxAbbreviationLen = func() int {
	n := 0
	for w := range abbreviations {
		n = max(n, len(w))
	}
	return n
}()

// abbreviations are the short forms that take a period: titles and common
// abbreviations found inside names and roles.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "sen": true,
	"gov": true, "rep": true, "rev": true, "lt": true, "col": true, "gen": true, "capt": true,
	"cpt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "det": true, "insp": true,
	"supt": true, "st": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "dept": true, "atty": true, "pres": true, "gen'l": true, "cpl": true, "pvt": true,
}

// inLower reports whether w, lower-cased, is in set. Short ASCII words are
// lowered on the stack, so the look-up does not allocate.
func inLower(set map[string]bool, w string) bool {
	v, _ := lookupLower(set, w)
	return v
}

// lookupLower looks w up in m lower-cased, like m[strings.ToLower(w)], but
// lowers short ASCII words on the stack, so the look-up does not allocate
// (capitalized words are looked up for every sentence).
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lowerWord lower-cases a word, without allocating when it is already lower
// case (the common case).
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether a word is an all-capitals abbreviation of two or
// more letters ("FBI", "U.N.").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// quoteLeads are the bytes a quotation mark starts with: '"', and the lead
// bytes of “ ” „ ‘ ’ (E2 …) and « » (C2 …).
var quoteLeads = [...]byte{'"', 0xE2, 0xC2}

// nextQuoteLead returns the index of the first byte of quoteLeads at or
// after i, or len(p): a few vectorised searches instead of a loop over
// every byte, each search bounded by the nearest find so far.
func nextQuoteLead(p string, i int) int {
	j := len(p)
	for _, b := range quoteLeads {
		if k := strings.IndexByte(p[i:j], b); k >= 0 {
			j = i + k
		}
	}
	return j
}

// quoteSpans finds the quotations of a paragraph as byte spans [open, close]
// covering the marks. A quotation still open at the end of the paragraph
// runs to its end (news style continues a quote into the next paragraph
// without closing it); a closing mark with no opening one closes a quotation
// that began before the paragraph.
//
// Single quotes (British style, ‘…’) count when no double quotation is
// open; a ’ inside or after a word ("don’t", "workers’") is an apostrophe,
// and only one after closing punctuation or before a space closes.
func quoteSpans(p string) [][2]int {
	var spans [][2]int
	open := -1
	single := false // the open quotation is a single-quoted one
	for i := 0; i < len(p); {
		if c := p[i]; c != '"' && c != 0xE2 && c != 0xC2 {
			i = nextQuoteLead(p, i) // no quotation mark starts with this byte
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		opens, closes := isQuoteOpen(r), isQuoteClose(r)
		switch r {
		case '"':
			opens = quoteMarkOpens(p, i) && open < 0
			closes = !opens
		case '‘':
			if open < 0 && quoteMarkOpens(p, i) {
				open, single = i, true
			}
			i += n
			continue
		case '’':
			if open >= 0 && single && singleQuoteCloses(p, i) {
				spans = append(spans, [2]int{open, i + n})
				open, single = -1, false
			}
			i += n
			continue
		}
		if single && (opens || closes) {
			// A double quotation inside a single-quoted one: keep the outer.
			i += n
			continue
		}
		switch {
		case opens && open < 0:
			open = i
		case closes && open >= 0:
			spans = append(spans, [2]int{open, i + n})
			open = -1
		case closes && len(spans) == 0 && open < 0:
			spans = append(spans, [2]int{0, i + n})
		}
		i += n
	}
	if open >= 0 {
		spans = append(spans, [2]int{open, len(p)})
	}
	return spans
}
