package model

import (
	"slices"
	"strings"
)

// The word-class table: every word of the attribution lexicons (lexicon.go,
// reporting.go, speakers.go, roles.go, places.go, and the abbreviations in
// tokens.go) with all the classes it belongs to, so tokenize looks each word of a sentence up once and the
// phrase walks test bits instead of lower-casing words and probing a dozen
// maps per word. The lists stay where they are, as data; this file only
// folds them together.
//
// The table is an open-addressing hash table probed with a hash that
// lower-cases ASCII letters as it reads them: an ASCII word is looked up
// without making a lower-case copy, and without the generic hashing a Go map
// does for every look-up (map look-ups were about a sixth of the analysis).

// wordFlags are the word classes of the attribution lexicons.
type wordFlags uint64

const (
	fDeterminer  wordFlags = 1 << iota // determiners
	fStop                              // stopWords
	fPreposition                       // prepositions
	fMonthOrDay                        // monthsAndDays
	fCue                               // cueWords: lexEntry.cue says which verb and form
	fPostLinker                        // postLinkers
	fBoundary                          // boundaryWords
	fTime                              // timeWords
	fPreVerbSkip                       // preVerbSkips
	fQuantity                          // quantityHeads
	fRelative                          // relativeWords
	fBe                                // beForms
	fModal                             // modals
	fContrast                          // contrastWords
	fCorporate                         // corporateSuffixes
	fNegation                          // negations
	fPronoun                           // speakerPronouns: lexEntry.pronoun says which
	fAccording                         // "according", which opens the cue "according to"
	fTitle                             // titleWords, with or without an abbreviation's period (isTitle)
	fHonorific                         // honorifics
	fPlace                             // placeWords
	fCountry                           // a one-word name in countries
	fOrgNoun                           // organizationNouns
	fOrgPlural                         // an organization noun with an "s" added ("Centers")
	fNewsOutlet                        // newsOrganizations
	fDefinite                          // definiteDeterminers
	fIndividual                        // indefiniteIndividual
	fComplement                        // complementWords
	fObject                            // objectWords
	fIntensifier                       // concernIntensifiers
	fCountryHead                       // the first word of a country's name of several words ("united")
	fPersonNoun                        // personNouns
	fIrregular                         // a plural in irregularPlurals
	fAffiliation                       // affiliations
	fAbbrev                            // abbreviations, which keep their period
	fCompanyWord                       // companyNameWords
)

// lexEntry is one lexicon word with everything the lexicons say of it.
type lexEntry struct {
	word    string // lower case
	flags   wordFlags
	head    headClass    // lexiconHead(word)
	honor   gender       // the gender of an honorific ("Ms."), from honorificGender
	gender  gender       // the gender of a gendered noun ("spokeswoman"), from genderedNouns
	cue     reportingCue // when flags has fCue
	pronoun string       // when flags has fPronoun: "he", "she", "they" or "it"
}

// wordTable is the table of every lexicon word.
var wordTable = buildWordTable()

type lexTable struct {
	entries []lexEntry
	slots   []uint16 // entry index + 1 by hash, 0 for an empty slot
	mask    uint32
	maxLen  int // the longest word: a longer one needs no look-up
}

// lexBuilder gathers the table's words and their classes. Words go straight
// into the table's entries, found again through a provisional index sized
// for every word the lists could add; build then indexes the entries at the
// table's final size. The table is built while the program starts, on the
// way to the reader's first frame: collecting the words in a map first and
// copying them over took about two and a half times the CPU
// (BenchmarkBuildTables).
type lexBuilder struct {
	t lexTable
}

// newLexBuilder makes a builder for at most n distinct words.
func newLexBuilder(n int) *lexBuilder {
	size := 1
	for size < 2*n {
		size *= 2
	}
	return &lexBuilder{t: lexTable{
		entries: make([]lexEntry, 0, n),
		slots:   make([]uint16, size),
		mask:    uint32(size - 1),
	}}
}

// mark gives the word w the classes f, adding it if it is new.
func (b *lexBuilder) mark(w string, f wordFlags) {
	t := &b.t
	for h := foldHash(w); ; h++ {
		k := t.slots[h&t.mask]
		if k == 0 {
			if len(t.entries) == cap(t.entries) {
				panic("wordTable: more words than counted")
			}
			t.entries = append(t.entries, lexEntry{word: w, flags: f})
			t.slots[h&t.mask] = uint16(len(t.entries))
			return
		}
		if t.entries[k-1].word == w {
			t.entries[k-1].flags |= f
			return
		}
	}
}

// markSet gives every word a set holds the classes f.
func (b *lexBuilder) markSet(set map[string]bool, f wordFlags) {
	for w, in := range set {
		if in {
			b.mark(w, f)
		}
	}
}

// markKeys gives every key of a lexicon map the class f, whatever the map
// says of the word (its verb, its pronoun, its singular).
func markKeys[V any](b *lexBuilder, lexicon map[string]V, f wordFlags) {
	for w := range lexicon {
		b.mark(w, f)
	}
}

// build fills in what the lexicons say of each word and indexes the
// entries at a quarter full. The entries move to an array of their size:
// the table lives as long as the program.
func (b *lexBuilder) build() *lexTable {
	t := &b.t
	t.entries = slices.Clone(t.entries)
	size := 1
	for size < 4*len(t.entries) {
		size *= 2
	}
	if len(t.entries) >= 1<<16-1 {
		panic("wordTable: too many words for 16-bit slots")
	}
	t.slots = make([]uint16, size)
	t.mask = uint32(size - 1)
	for i := range t.entries {
		e := &t.entries[i]
		w := e.word
		e.head, e.honor, e.gender = lexiconHeadByLists(w), honorificGender[w], genderedNouns[w]
		if e.flags&fCue != 0 {
			e.cue = cueWords[w]
		}
		if e.flags&fPronoun != 0 {
			e.pronoun = speakerPronouns[w]
		}
		t.maxLen = max(t.maxLen, len(w))
		h := foldHash(w)
		for t.slots[h&t.mask] != 0 {
			h++
		}
		t.slots[h&t.mask] = uint16(i + 1)
	}
	return t
}

func buildWordTable() *lexTable {
	sets := []struct {
		set map[string]bool
		f   wordFlags
	}{
		{determiners, fDeterminer}, {stopWords, fStop}, {prepositions, fPreposition},
		{monthsAndDays, fMonthOrDay}, {postLinkers, fPostLinker}, {boundaryWords, fBoundary},
		{timeWords, fTime}, {preVerbSkips, fPreVerbSkip}, {quantityHeads, fQuantity},
		{relativeWords, fRelative}, {beForms, fBe}, {modals, fModal}, {contrastWords, fContrast},
		{corporateSuffixes, fCorporate}, {negations, fNegation}, {honorifics, fHonorific},
		{placeWords, fPlace}, {organizationNouns, fOrgNoun}, {newsOrganizations, fNewsOutlet},
		{definiteDeterminers, fDefinite}, {indefiniteIndividual, fIndividual},
		{complementWords, fComplement}, {objectWords, fObject}, {concernIntensifiers, fIntensifier},
		{personNouns, fPersonNoun}, {affiliations, fAffiliation}, {companyNameWords, fCompanyWord},
		{abbreviations, fAbbrev},
	}
	// At most this many words: every list's, "according", titles with and
	// without a period, and plurals of organization nouns.
	n := len(cueWords) + len(speakerPronouns) + 1 + 2*len(titleWords) + len(countries) +
		len(irregularPlurals) + len(organizationNouns) + len(lexiconHeads) + len(honorificGender) +
		len(genderedNouns)
	for _, s := range sets {
		n += len(s.set)
	}
	b := newLexBuilder(n)
	for _, s := range sets {
		b.markSet(s.set, s.f)
	}
	markKeys(b, cueWords, fCue)
	markKeys(b, speakerPronouns, fPronoun)
	b.mark("according", fAccording)
	for w := range titleWords {
		// isTitle drops one period: "Sen." is a title as well as "sen".
		b.mark(w, fTitle)
		b.mark(w+".", fTitle)
	}
	for w := range countries {
		if i := strings.IndexByte(w, ' '); i < 0 {
			b.mark(w, fCountry)
		} else {
			b.mark(w[:i], fCountryHead)
		}
	}
	markKeys(b, irregularPlurals, fIrregular)
	for w := range organizationNouns {
		// isOrganizationName also reads a plural: "Centers" for "Center".
		if len(w)+1 > 3 {
			b.mark(w+"s", fOrgPlural)
		}
	}
	// Words of the head-noun lexicon get their class too, so a head's class
	// is read from the table; they need no flag of their own.
	markKeys(b, lexiconHeads, 0)
	markKeys(b, honorificGender, 0)
	markKeys(b, genderedNouns, 0)
	return b.build()
}

// asciiFold lower-cases ASCII letters and leaves every other byte alone.
var asciiFold = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// foldHash hashes a word, its ASCII letters lower-cased, by its length and
// its first two and last two bytes: a few loads however long the word, and
// the table's words differ enough there (the look-up compares whole words).
func foldHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(asciiFold[w[0]]) | uint32(asciiFold[w[n-1]])<<24
	if n > 1 {
		x |= uint32(asciiFold[w[1]])<<8 | uint32(asciiFold[w[n-2]])<<16
	}
	h := x*0x9E3779B1 + uint32(n)*0x85EBCA77
	return h ^ h>>15
}

// find returns 1 + the index of the entry of w with its ASCII letters
// lower-cased, given foldHash(w), or 0 when it has none. Only ASCII words,
// or words already lower-cased, may be passed: folding bytes one by one
// lower-cases nothing beyond ASCII.
func (t *lexTable) find(w string, h uint32) uint16 {
	if len(w) > t.maxLen {
		return 0
	}
	for ; ; h++ {
		k := t.slots[h&t.mask]
		if k == 0 || foldEqual(w, t.entries[k-1].word) {
			return k
		}
	}
}

// lookup returns 1 + the index of the entry of w exactly as written, or 0:
// like a map of the lexicon words, a word with a capital letter has none.
func (t *lexTable) lookup(w string) uint16 {
	if len(w) > t.maxLen {
		return 0
	}
	for h := foldHash(w); ; h++ {
		k := t.slots[h&t.mask]
		if k == 0 || t.entries[k-1].word == w {
			return k
		}
	}
}

// classesOf returns the classes of the word w exactly as written (lower
// case, for any class): one table probe instead of a map look-up per list.
func classesOf(w string) wordFlags {
	if k := wordTable.lookup(w); k != 0 {
		return wordTable.entries[k-1].flags
	}
	return 0
}

// foldedClasses returns the classes of w lower-cased, as a look-up of
// strings.ToLower(w) in the lists would: ASCII words are folded as they are
// hashed, without a lower-case copy.
func foldedClasses(w string) wordFlags {
	if e := foldedEntry(w); e != nil {
		return e.flags
	}
	return 0
}

// foldedEntry returns the entry of w lower-cased, or nil.
func foldedEntry(w string) *lexEntry {
	k := uint16(0)
	if isASCII(w) {
		k = wordTable.find(w, foldHash(w))
	} else {
		k = wordTable.lookup(strings.ToLower(w))
	}
	if k == 0 {
		return nil
	}
	return &wordTable.entries[k-1]
}

// foldEqual reports whether w with its ASCII letters lower-cased is low.
func foldEqual(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if asciiFold[w[i]] != low[i] {
			return false
		}
	}
	return true
}
