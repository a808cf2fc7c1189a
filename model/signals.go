package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the word scanner and the lexicon table shared by the claim
// signals (Hedges in hedges.go, CheckWorthiness in checkworthy.go). Both run
// on every sentence of an article of any size, so they scan bytes in place:
// no regular expressions, no copies of the text, and one hash probe per word.

// nextSignalWord returns the byte span of the first word of s at or after i,
// or (-1, -1) when there is none. A word is a run of letters and digits,
// glued by the marks that belong inside it: apostrophes and hyphens between
// letters ("can't", "first-ever", "mid-2023"), periods inside abbreviations
// and decimals ("U.S", "a.m", "3.5"; a final period is punctuation), commas
// and colons between digits ("1,200", "10:30"), a leading currency sign
// before a digit ("$3.5") and a trailing percent sign ("49%").
func nextSignalWord(s string, i int) (start, end int) {
	start, end, _ = nextSignalWordGlued(s, i)
	return start, end
}

// nextSignalWordGlued is nextSignalWord that also reports whether the word
// holds a mark between its letters (a hyphen, an apostrophe, a period, a
// comma or a colon), which the check rules look for in hyphenated words.
func nextSignalWordGlued(s string, i int) (start, end int, glued bool) {
	// Skip to the word: ASCII separators one load each.
	for ; i < len(s); i++ {
		c := s[i]
		if signalAlnumTable[c] {
			break
		}
		if c < utf8.RuneSelf {
			if c == '$' && i+1 < len(s) && isASCIIDigit(s[i+1]) {
				break
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) ||
			((r == '€' || r == '£' || r == '¥') && i+n < len(s) && isASCIIDigit(s[i+n])) {
			break
		}
		i += n - 1
	}
	if i >= len(s) {
		return -1, -1, false
	}
	start = i
	if s[i] < utf8.RuneSelf {
		i++
	} else {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	for {
		for i < len(s) && signalAlnumTable[s[i]] {
			i++
		}
		if i >= len(s) {
			return start, i, glued
		}
		c := s[i]
		if c == ' ' {
			return start, i, glued // the commonest end of a word
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += n
				continue
			}
			if r == '’' && i+n < len(s) && isASCIILetter(s[i+n]) {
				i += n
				glued = true
				continue
			}
			return start, i, glued
		}
		prev := s[i-1]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == '%' && isASCIIDigit(prev):
			return start, i + 1, glued
		case (c == '.' || c == ',' || c == ':') && isASCIIDigit(prev) && isASCIIDigit(next):
		case c == '.' && isASCIILetter(prev) && isASCIILetter(next):
		case (c == '-' || c == '\'') && signalAlnum(prev) && (signalAlnum(next) || next >= utf8.RuneSelf):
		default:
			return start, i, glued
		}
		glued = true
		i++
	}
}

// signalAlnumTable marks the ASCII letters and digits: the scanner's
// commonest test, answered with one load.
var signalAlnumTable = func() (t [256]bool) {
	for c := range 256 {
		t[c] = '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

func signalAlnum(c byte) bool { return signalAlnumTable[c] }

// signalNumberAt reports whether the word at s[i:] is a figure: it starts
// with a digit or a currency sign.
func signalNumberAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIIDigit(c) || c == '$'
	}
	return strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "£") || strings.HasPrefix(s[i:], "¥")
}

// signalWordHash hashes a word for a lexicon lookup from its length and its
// first two and last two bytes in lower case: constant time, so a word that
// is in no lexicon (most of them) costs one probe and no pass over its
// letters. Collisions only cost a comparison. Every byte a lexicon word can
// hold (letters, digits, . , : - ' $ %) has bit 0x20 set once lower-cased,
// so or-ing it in lower-cases letters and leaves the rest alone. A word with
// a typographic apostrophe near either end ("can’t") is hashed as if the
// apostrophe were plain.
func signalWordHash(w string) uint32 {
	n := len(w)
	if n < 2 || (w[0]|w[1]|w[n-2]|w[n-1]) >= utf8.RuneSelf {
		return signalWordHashSlow(w) // short enough to inline, this test
	}
	return signalHashParts(n, w[0], w[1], w[n-2], w[n-1])
}

func signalHashParts(n int, a, b, y, z byte) uint32 {
	x := uint32(a|0x20) | uint32(b|0x20)<<8 | uint32(y|0x20)<<16 | uint32(z|0x20)<<24
	x ^= uint32(n) * 0x9E3779B1
	x *= 0x85EBCA6B
	return x ^ x>>15
}

// signalWordHashSlow hashes a word of one letter, or with non-ASCII bytes
// at its ends, as signalWordHash would hash it with each typographic
// apostrophe made plain.
func signalWordHashSlow(w string) uint32 {
	var buf [4]byte // the first two and last two bytes, once normalized
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if strings.HasPrefix(w[i:], "’") {
			c = '\''
			i += len("’") - 1
		}
		if n < 2 {
			buf[n] = c
		}
		buf[2], buf[3] = buf[3], c
		n++
	}
	if n == 1 {
		buf[1], buf[2] = buf[0], buf[0]
	}
	if n == 2 {
		buf[2] = buf[0]
	}
	return signalHashParts(n, buf[0], buf[1], buf[2], buf[3])
}

// signalHashChild is the hash of a word that follows the entry parent in a
// phrase.
func signalHashChild(parent int32, wordHash uint32) uint32 {
	x := wordHash ^ uint32(parent+1)*0x27D4EB2F
	x *= 0x165667B1
	return x ^ x>>13
}

// signalWordIs reports whether the word w is the lexicon word lower (which
// is lower case, with plain apostrophes), ignoring case and the apostrophe's
// typography.
func signalWordIs(w, lower string) bool {
	// Only a typographic apostrophe (three bytes for one) makes a word's
	// length differ from its lexicon form's; without one, the bytes are
	// compared in place, folding case by table.
	if len(w) == len(lower) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return signalWordIsSlow(w, lower)
			}
			if asciiFold[c] != lower[i] {
				return false
			}
		}
		return true
	}
	if len(w) < len(lower) || strings.IndexByte(w, "’"[0]) < 0 {
		return false
	}
	return signalWordIsSlow(w, lower)
}

// signalWordIsSlow is signalWordIs for a word with a typographic
// apostrophe or other non-ASCII bytes.
func signalWordIsSlow(w, lower string) bool {
	j := 0
	for i := 0; i < len(w); i++ {
		if j == len(lower) {
			return false
		}
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			if !strings.HasPrefix(w[i:], "’") {
				return false
			}
			c = '\''
			i += len("’") - 1
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if c != lower[j] {
			return false
		}
		j++
	}
	return j == len(lower)
}

// signalTable is a read-only word trie stored in one open-addressing hash
// table: an entry is a word together with the entry of the word before it in
// a phrase (-1 for a first word), so "it is feared that" is four entries
// chained by their parents. The signals look up every word of every sentence
// and nearly all of them miss, so the probe array is kept small enough to
// stay in the fastest cache between sentences (the rest of the analysis runs
// in between): four bytes a slot, a quarter full, holding a tag of the hash
// and the index of a dense entry, which is read only when the tag matches.
type signalTable struct {
	// firstWords has a bit set for the hash of each phrase's first word:
	// 256 bytes that stay in the fastest cache and turn most words away
	// before the probe array is read.
	firstWords [32]uint64
	// firstShapes are the shapes of the first words (signalShapes), a
	// test cheaper still, before any hashing.
	firstShapes signalShapes
	mask        uint32
	probe       []uint32 // 0 for an empty slot, else tag | entry index + 1
	entries     []signalEntry
}

type signalEntry struct {
	parent int32  // entry of the previous word; -1 for a first word
	word   string // lower case
	val    uint64 // what the lexicon says of the word or phrase ending here
}

// signalIndexBits is how many low bits of a probe slot hold the entry
// index; the others hold a tag of the hash.
const (
	signalIndexBits = 12
	signalIndexMask = 1<<signalIndexBits - 1
)

// newSignalTable makes a table for at most the given number of entries.
func newSignalTable(entries int) *signalTable {
	if entries >= signalIndexMask {
		panic("model: signal lexicon too large for its table")
	}
	size := signalProbeSize(entries)
	return &signalTable{mask: uint32(size - 1), probe: make([]uint32, size), entries: make([]signalEntry, 0, entries)}
}

// signalProbeSize is the size of the probe array for a table of the given
// number of entries: a power of two, at most a quarter full.
func signalProbeSize(entries int) int {
	size := 16
	for size < 4*entries {
		size *= 2
	}
	return size
}

// place puts entry e, whose word hashes to h, in the first free probe slot
// from h on.
func (t *signalTable) place(h uint32, e int32) {
	i := h & t.mask
	for t.probe[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.probe[i] = h&^signalIndexMask | uint32(e+1)
}

// fit indexes the entries again in a table of the size newSignalTable
// gives for their number, for a table made larger than it needed.
// Re-inserting them in order gives the index newSignalTable(len(entries))
// and the same inserts would have made. The entries move to an array of
// their size: the table lives as long as the program.
func (t *signalTable) fit() {
	t.entries = slices.Clone(t.entries)
	size := signalProbeSize(len(t.entries))
	t.mask, t.probe = uint32(size-1), make([]uint32, size)
	for e, en := range t.entries {
		h := signalWordHash(en.word)
		if en.parent >= 0 {
			h = signalHashChild(en.parent, h)
		}
		t.place(h, int32(e))
	}
}

// insert adds a phrase (lower-case words), creating the entries of its
// prefixes as needed, and returns its last word's entry for the caller to
// set. It panics when the table is full: its size is fixed when the package
// starts, so that is a programming error.
func (t *signalTable) insert(words []string) *signalEntry {
	parent := int32(-1)
	for _, w := range words {
		h := signalWordHash(w)
		if parent >= 0 {
			h = signalHashChild(parent, h)
		}
		e := t.find(w, h, parent)
		if e < 0 {
			if len(t.entries) == cap(t.entries) {
				panic("model: signal lexicon table is full")
			}
			e = int32(len(t.entries))
			t.entries = append(t.entries, signalEntry{parent: parent, word: w})
			t.place(h, e)
			if parent < 0 {
				b := signalBloomBit(h)
				t.firstWords[b/64] |= 1 << (b % 64)
				t.firstShapes.add(w)
			}
		}
		parent = e
	}
	return &t.entries[parent]
}

// find returns the entry of word w (any case) following the entry parent
// (-1 for a first word), given its hash h (signalWordHash, and
// signalHashChild after a parent), or -1.
func (t *signalTable) find(w string, h uint32, parent int32) int32 {
	tag := h &^ signalIndexMask
	for i := h & t.mask; t.probe[i] != 0; i = (i + 1) & t.mask {
		if p := t.probe[i]; p&^signalIndexMask == tag {
			e := int32(p&signalIndexMask) - 1
			if en := &t.entries[e]; en.parent == parent && signalWordIs(w, en.word) {
				return e
			}
		}
	}
	return -1
}

// signalBloomBit picks a word's bit in firstWords from hash bits the probe
// index does not use.
func signalBloomBit(h uint32) uint32 { return h >> 21 & 2047 }

// signalLengthBit is a word's bit in a signalShapes entry.
func signalLengthBit(w string) uint32 { return 1 << min(len(w), 31) }

// signalShapes holds the shapes of a lexicon's words: for each pair of a
// first and a last letter, the lengths (bit n, n capped at 31) of the
// listed words that begin and end with them. Nearly all words of a
// sentence are in no lexicon, and their shape alone turns most of them
// away before any hashing (four in five for the hedges and check triggers
// of news prose). Bytes other than letters share one class, which only
// lets more words through. A listed word is also entered with typographic
// apostrophes, as a sentence may spell it.
type signalShapes [27 * 27]uint32

// mayList reports whether w, a non-empty word, has the shape of a listed
// word; false means it is not one.
func (f *signalShapes) mayList(w string) bool {
	return f[signalShapeIndex(w)]&signalLengthBit(w) != 0
}

func (f *signalShapes) add(w string) {
	f[signalShapeIndex(w)] |= signalLengthBit(w)
	if typo := strings.ReplaceAll(w, "'", "’"); typo != w {
		f[signalShapeIndex(typo)] |= signalLengthBit(typo)
	}
}

func signalShapeIndex(w string) int {
	return int(signalLetterClass[w[0]])*27 + int(signalLetterClass[w[len(w)-1]])
}

// signalLetterClass numbers the ASCII letters 1 to 26, either case, and
// puts every other byte in class 0.
var signalLetterClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = uint8(c-'a'+1), uint8(c-'a'+1)
	}
	return t
}()

// findFirst returns the entry of w as the first word of a phrase, or -1.
func (t *signalTable) findFirst(w string) int32 {
	if !t.firstShapes.mayList(w) {
		return -1
	}
	return t.findFirstHashed(w, signalWordHash(w))
}

// findFirstHashed is findFirst for a word whose hash h the caller has.
func (t *signalTable) findFirstHashed(w string, h uint32) int32 {
	if !t.mayStart(h) {
		return -1
	}
	return t.find(w, h, -1)
}

// mayStart is false when no phrase starts with a word of hash h, as for
// most words: the test findFirstHashed begins with, small enough to be
// inlined where every word is looked up, so most words cost no call.
func (t *signalTable) mayStart(h uint32) bool {
	b := signalBloomBit(h)
	return t.firstWords[b/64]&(1<<(b%64)) != 0
}

// lookup returns the value of the single word w, if the table has it. It
// is findFirst written out, one call fewer for every word classified.
func (t *signalTable) lookup(w string) (uint64, bool) {
	if !t.firstShapes.mayList(w) {
		return 0, false
	}
	h := signalWordHash(w)
	if !t.mayStart(h) {
		return 0, false
	}
	if e := t.find(w, h, -1); e >= 0 {
		return t.entries[e].val, true
	}
	return 0, false
}

// Signals returns both signals of a sentence from one scan: its hedges (as
// Hedges returns them) and whether it is check-worthy, and why (as
// CheckWorthiness returns them). The analysis needs both for every claim;
// one scan reads and hashes each word once instead of twice.
//
// It reads the sentence word by word and lets the hedge matcher and the
// check rules look at every word. A hedge phrase or a check reason may use
// the words after its first; the matcher that used them starts nothing more
// before their end, and the other still sees them.
func Signals(sentence string) (hedges []string, checkWorthy bool, reasons []string) {
	return signalsInto(sentence, nil, nil)
}

// signalsInto is Signals appending the hedges and reasons to the lists given
// (empty, possibly with room), so the analysis can reuse its scratch lists
// instead of growing two new ones for every claim.
func signalsInto(sentence string, hedges, reasons []string) ([]string, bool, []string) {
	s := sentence
	sc := checkScanner{s: s, reasons: reasons}
	none := [2]int{-1, -1}
	prev3, prev2, prev := none, none, none
	hedgeFrom, checkFrom := 0, 0
	for pos := 0; ; {
		st, en, glued := nextSignalWordGlued(s, pos)
		if st < 0 {
			break
		}
		pos = en
		w := s[st:en]
		var h uint32
		hashed := false
		if st >= hedgeFrom && hedgeLexicon.firstShapes.mayList(w) {
			h, hashed = signalWordHash(w), true
			if hedgeLexicon.mayStart(h) {
				if entry := hedgeLexicon.find(w, h, -1); entry >= 0 {
					if text, end, ok := hedgeAt(s, prev[0], prev[1], st, en, entry); ok {
						hedges = appendSignal(hedges, text)
						hedgeFrom = end
					}
				}
			}
		}
		if st >= checkFrom && checkMayTrigger(w, glued, h, hashed) {
			checkFrom = sc.trigger(prev3, prev2, prev, st, en)
		}
		prev3, prev2, prev = prev2, prev, [2]int{st, en}
	}
	checkWorthy, reasons := sc.finish()
	return hedges, checkWorthy, reasons
}

// expandPattern turns a lexicon pattern into the phrases it stands for:
// "{a|b}" is a choice, and an empty choice makes a part optional, so
// "it {is|was} said {that|}" is four phrases. Keeping variants in one line
// keeps the lexicon short and reviewable. The phrases come in the order of
// the choices, the first choice varying slowest, with single spaces
// between words.
//
// The lexicons are expanded while the program starts, so each phrase is
// written once into a buffer (substituting one choice at a time into the
// whole pattern and splitting it into words again took about half of
// building the hedge lexicon).
func expandPattern(pattern string) []string {
	// The pattern as parts, each its choices; text outside braces is a
	// part of one choice.
	var parts [][]string
	for rest := pattern; rest != ""; {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			parts = append(parts, []string{rest})
			break
		}
		end := open + strings.IndexByte(rest[open:], '}')
		parts = append(parts, []string{rest[:open]}, strings.Split(rest[open+1:end], "|"))
		rest = rest[end+1:]
	}
	n := 1
	for _, p := range parts {
		n *= len(p)
	}
	out := make([]string, 0, n)
	pick := make([]int, len(parts)) // the choice of each part
	var buf []byte
	for {
		buf = buf[:0]
		for i, p := range parts {
			buf = appendWords(buf, p[pick[i]])
		}
		out = append(out, string(buf))
		i := len(parts) - 1
		for ; i >= 0; i-- {
			if pick[i]++; pick[i] < len(parts[i]) {
				break
			}
			pick[i] = 0
		}
		if i < 0 {
			return out
		}
	}
}

// appendWords appends the words of s to buf, with one space before each
// unless buf is empty. Words are separated by spaces, tabs or line
// breaks (isSpaceByte), as in the lexicons.
func appendWords(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, s[i:j]...)
		}
		i = j
	}
	return buf
}

// signalOnlySpaces reports whether the gap between two words of a phrase is
// plain white space, so a phrase never matches across a comma or a quote.
func signalOnlySpaces(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] != ' ' && gap[i] != '\t' && gap[i] != '\n' {
			return false
		}
	}
	return true
}

// appendSignal appends s unless it is already there: signals are reported
// once per sentence, in order of first appearance.
func appendSignal(list []string, s string) []string {
	for _, have := range list {
		if have == s {
			return list
		}
	}
	return append(list, s)
}
