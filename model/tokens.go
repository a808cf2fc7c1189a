package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The attribution code reads a sentence as a list of tokens: words and single
// punctuation marks with their byte offsets, each word looked up once in the
// word-class table (wordclass.go) as it is scanned. One scan per sentence
// keeps attribution linear in the article's size.

type tokKind uint8

const (
	tokWord       tokKind = iota
	tokPunct              // any other single mark: , ; : ( ) — and so on
	tokQuoteOpen          // “ « „ or a straight " that opens
	tokQuoteClose         // ” » or a straight " that closes
)

// token is kept small and free of pointers: a sentence's tokens are
// written once per word of the article, and a slice of pointer-free values
// is copied and grown without the garbage collector's write barriers.
type token struct {
	start, end int32     // byte offsets into the sentence
	flags      wordFlags // the word's classes in the lexicons (wordclass.go)
	// low is 1 + the index of the token's lower case in the reader's list,
	// 0 until a capitalized word outside the lexicons is first lowered (see
	// sentenceReader.low).
	low  uint32
	lex  uint16 // 1 + the index of the word's lexicon entry, 0 for none
	kind tokKind
	// quoted says the token is inside a quotation (the marks themselves
	// are not).
	quoted bool
	// folds says lower-casing changes the token ("The", "FBI"): its lower
	// case is then not its text.
	folds bool
	// letters says a word is ASCII letters only, one letter run (see
	// gateTokens).
	letters bool
	capital bool // the word starts with an upper-case letter (isCapitalized)
}

// entry is the token's lexicon entry, or nil.
func (t *token) entry() *lexEntry {
	if t.lex == 0 {
		return nil
	}
	return &wordTable.entries[t.lex-1]
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

// tokenize splits a sentence into tokens, looks each word up in the
// word-class table, and reports whether the sentence is plain ASCII. A period right after an abbreviation, an initial or a
// dotted form ("Dr.", "J.", "U.S.") belongs to the word, so names and titles
// stay whole.
func tokenize(s string, out []token, lc *lowerCache) (tk []token, ascii bool) {
	out = out[:0]
	ascii = true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII fast path: most of an English article.
			switch {
			case c == ' ':
				i++
				continue
			case signalAlnum(c):
				// Most words are ASCII letters and digits up to a space or
				// a mark: one loop finds the end and notes what the word is
				// made of (letters only when no digit is in it). A byte
				// that may carry the word on (a joiner, a period, a comma
				// after a digit, a non-ASCII character) leaves the word to
				// scanWord.
				j := i
				var any uint8
				for j < len(s) {
					k := byteClass[s[j]]
					if k&(classLetter|classDigit) == 0 {
						break
					}
					any |= k
					j++
				}
				letters := any&classDigit == 0
				if j < len(s) && s[j] == '.' && (j+1 == len(s) || !wordMayFollowDot[s[j+1]]) {
					// A period ends the word; it belongs to an initial or
					// an abbreviation ("J.", "Dr."), as scanWord decides.
					t := token{start: int32(i), end: int32(j), kind: tokWord}
					t.setClass(s[i:j], any, letters)
					if any&classUpper != 0 && j == i+1 || t.flags&fAbbrev != 0 {
						j++
						t.end = int32(j)
						t.flags, t.lex = 0, 0
						t.setClass(s[i:j], any, false)
					}
					out = append(out, t)
				} else if j < len(s) && (wordMayGoOn[s[j]] || s[j] == ',' && isASCIIDigit(s[j-1])) {
					j = scanWord(s, i)
					t := token{start: int32(i), end: int32(j), kind: tokWord}
					ascii = classify(&t, s[i:j], lc) && ascii
					out = append(out, t)
				} else {
					t := token{start: int32(i), end: int32(j), kind: tokWord}
					t.setClass(s[i:j], any, letters)
					out = append(out, t)
				}
				i = j
				continue
			}
		} else {
			ascii = false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			end := scanWord(s, i)
			t := token{start: int32(i), end: int32(end), kind: tokWord}
			classify(&t, s[i:end], lc)
			out = append(out, t)
			i = end
		case r == '"':
			kind := tokQuoteClose
			if quoteMarkOpens(s, i) {
				kind = tokQuoteOpen
			}
			out = append(out, token{start: int32(i), end: int32(i + n), kind: kind})
			i += n
		case isQuoteOpen(r):
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tokQuoteOpen})
			i += n
		case isQuoteClose(r):
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tokQuoteClose})
			i += n
		case r == '‘' && quoteMarkOpens(s, i):
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tokQuoteOpen})
			i += n
		case r == '’' && singleQuoteCloses(s, i):
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tokQuoteClose})
			i += n
		default:
			out = append(out, token{start: int32(i), end: int32(i + n), kind: tokPunct})
			i += n
		}
	}
	return out, ascii
}

// byteClass says what a byte is, for tokenize and classify: an ASCII
// letter (and whether upper case), an ASCII digit, or part of a non-ASCII
// character.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = classLetter | classUpper
		case c >= 'a' && c <= 'z':
			t[c] = classLetter
		case c >= '0' && c <= '9':
			t[c] = classDigit
		case c >= utf8.RuneSelf:
			t[c] = classNonASCII
		}
	}
	return t
}()

const (
	classLetter uint8 = 1 << iota
	classUpper
	classDigit
	classNonASCII
)

// wordMayGoOn marks the bytes after a run of ASCII letters and digits
// that scanWord may take into the word: joiners, a period, the start of a
// non-ASCII character (a letter, ’ or a non-breaking hyphen). A comma does
// only after a digit.
var wordMayGoOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || isWordJoiner(rune(c))
	}
	return t
}()

// wordMayFollowDot marks the bytes after a period that may carry a word on
// ("U.S", "3.5", "e.g"): ASCII letters and digits, and the start of a
// non-ASCII character, which scanWord decodes.
var wordMayFollowDot = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || signalAlnum(byte(c))
	}
	return t
}()

// classify notes what the word w of token t is made of and looks it up in
// the word-class table. It reports whether the word is ASCII.
func classify(t *token, w string, lc *lowerCache) bool {
	var any, all uint8 = 0, 0xff
	for i := 0; i < len(w); i++ {
		k := byteClass[w[i]]
		any, all = any|k, all&k
	}
	if any&classNonASCII != 0 {
		// Folding bytes lower-cases only ASCII: lower the word first.
		low := lc.lower(w)
		t.folds, t.capital = low != w, isCapitalized(w)
		t.setEntry(wordTable.lookup(low))
		return false
	}
	t.setClass(w, any, all&classLetter != 0)
	return true
}

// setClass records what an ASCII word is, given its bytes' classes or-ed
// together (any) and whether it is letters only, and looks it up.
func (t *token) setClass(w string, any uint8, letters bool) {
	t.letters = letters
	t.folds = any&classUpper != 0
	t.capital = byteClass[w[0]]&classUpper != 0
	t.setEntry(wordTable.find(w, foldHash(w)))
}

// setEntry records the word's lexicon entry k (0 for none) and its classes.
func (t *token) setEntry(k uint16) {
	if t.lex = k; k != 0 {
		t.flags = wordTable.entries[k-1].flags
	}
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if signalAlnum(c) {
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
		if r == ',' && j > i && isASCIIDigit(s[j-1]) && thousandsGroup(s[j+1:]) {
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

// thousandsGroup reports whether s starts with exactly three digits.
func thousandsGroup(s string) bool {
	return len(s) >= 3 && isASCIIDigit(s[0]) && isASCIIDigit(s[1]) && isASCIIDigit(s[2]) &&
		(len(s) == 3 || !isASCIIDigit(s[3]))
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
	return len(w) <= maxAbbreviationLen && foldedClasses(w)&fAbbrev != 0
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

// quoteLeadFinder finds the next byte of quoteLeads in a paragraph with
// vectorised searches. It remembers where each lead byte next occurs, so
// each part of the paragraph is searched once per lead byte: searching
// afresh from every quotation mark would rescan, for a lead byte that does
// not occur again, the whole rest of the paragraph each time, quadratic in
// a paragraph of many quotations (a whole article on one line).
type quoteLeadFinder struct {
	p    string
	next [len(quoteLeads)]int // where quoteLeads[t] next occurs at or after the last search; -1 before any
}

func newQuoteLeadFinder(p string) quoteLeadFinder {
	f := quoteLeadFinder{p: p}
	for t := range f.next {
		f.next[t] = -1
	}
	return f
}

// from returns the index of the first byte of quoteLeads at or after i, or
// len(p). Calls come with i never decreasing.
func (f *quoteLeadFinder) from(i int) int {
	j := len(f.p)
	for t, b := range quoteLeads {
		if f.next[t] < i {
			if k := strings.IndexByte(f.p[i:], b); k >= 0 {
				f.next[t] = i + k
			} else {
				f.next[t] = len(f.p)
			}
		}
		j = min(j, f.next[t])
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
	leads := newQuoteLeadFinder(p)
	for i := 0; i < len(p); {
		if c := p[i]; c != '"' && c != 0xE2 && c != 0xC2 {
			i = leads.from(i) // no quotation mark starts with this byte
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
