package model

import (
	"strings"
	"unicode/utf8"
)

// Attribution finds, in one sentence, the reporting cues that hand the
// sentence to a source, and the noun phrases naming those sources. It works
// on tokens with a handful of shapes:
//
//	SUBJECT (aux/adverbs) VERB …      "Experts warn that …", "Clarke and Byman both emphasize …"
//	…, SUBJECT VERB.                  "…, the official said."
//	…, VERB SUBJECT(, APPOSITIVE).    "…,” said Jane Doe, a spokeswoman for the agency."
//	SUBJECT, APPOSITIVE, VERB …       "Dr. Ana Ruiz, the study's lead author, said …"
//	… according to SUBJECT(S)         "according to a US counter-terrorism official and experts"
//
// A cue counts only as the finite verb of a clause whose subject is the
// source: a participle ("…, declaring major enemies") or a passive ("is said
// to") names nobody. Words inside quotation marks are never cues: they belong
// to the quoted speaker.

// phrase is a token range [s, e] (inclusive) naming one source, with an
// optional appositive role range [rs, re] (rs < 0 when there is none).
type phrase struct {
	s, e   int
	rs, re int
}

// cueMatch is one reporting cue found in a sentence.
type cueMatch struct {
	cue     string   // the cue as written, lower case: "said", "expressed concerns", "according to"
	phrases []phrase // the sources it names, one per conjunct
}

// sentenceReader gives token-level access to one sentence.
type sentenceReader struct {
	s  string
	tk []token
	lc *lowerCache
}

func (r *sentenceReader) text(i int) string { return r.s[r.tk[i].start:r.tk[i].end] }

// low is token i in lower case. Lower case and word classes are looked up
// the first time a phrase walk asks, so the many words no walk reaches cost
// nothing.
func (r *sentenceReader) low(i int) string {
	t := &r.tk[i]
	if t.flags&fKnown == 0 {
		t.low = r.lc.lower(r.s[t.start:t.end])
		t.flags = wordTable[t.low] | fKnown
	}
	return t.low
}

// isWord reports whether token i exists, is a word and is outside quotes.
func (r *sentenceReader) isWord(i int) bool {
	return i >= 0 && i < len(r.tk) && r.tk[i].kind == tokWord && !r.tk[i].quoted
}

// isPunct reports whether token i is the punctuation mark p.
func (r *sentenceReader) isPunct(i int, p string) bool {
	return i >= 0 && i < len(r.tk) && r.tk[i].kind == tokPunct && r.text(i) == p
}

func (r *sentenceReader) span(s, e int) string { return r.s[r.tk[s].start:r.tk[e].end] }

// has reports whether the word at k belongs to a lexicon class.
func (r *sentenceReader) has(k int, f wordFlags) bool {
	r.low(k)
	return r.tk[k].flags&f != 0
}

// stop reports whether token k is a stop word. An acronym is not, even when
// it spells one ("US", "IT").
func (r *sentenceReader) stop(k int) bool {
	return r.has(k, fStop) && !isAcronym(r.text(k))
}

// findCues returns the cues of the sentence in order. Once a cue with the
// source before its verb has been found, later cues of that shape are in its
// reported clause ("Police said the man told officers …") and are skipped;
// "according to" and trailing tags still count.
func (r *sentenceReader) findCues() []cueMatch {
	var cues []cueMatch
	haveSubjectCue := false
	for i := range r.tk {
		if !r.isWord(i) {
			continue
		}
		// Most words are lower case and need no look-up beyond the cue
		// lexicon; a capitalized one inside the sentence is a name
		// ("United States"), "According" aside.
		lw := r.text(i)
		if c := lw[0]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			if i > 0 && lw != "According" && lw != "ACCORDING" {
				continue
			}
			lw = r.low(i)
		}
		if lw == "according" && r.isWord(i+1) && r.low(i+1) == "to" {
			// A fronted "According to X, …" has the main clause after its
			// comma, never an appositive.
			if ps := r.phrasesAfter(i+2, false, i > 0); len(ps) > 0 {
				cues = append(cues, cueMatch{cue: accordingTo, phrases: ps})
			}
			continue
		}
		c, ok := cueWords[lw]
		if !ok {
			continue
		}
		m, before, ok := r.verbCue(i, c)
		if !ok || (before && haveSubjectCue) {
			continue
		}
		haveSubjectCue = haveSubjectCue || before
		cues = append(cues, m)
	}
	return cues
}

// mayHaveCue reports whether a sentence holds a word of the reporting
// lexicon or "according": a quick scan of its letter runs that spares
// tokenizing the many sentences that report nobody. The first word is
// checked lower-cased, as findCues would see it.
func mayHaveCue(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if !asciiLetter(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && asciiLetter(s[j]) {
			j++
		}
		w := s[i:j]
		if _, ok := cueWords[w]; ok || w == "according" || w == "According" || w == "ACCORDING" {
			return true
		}
		if i == 0 || (i < 4 && c >= 'A' && c <= 'Z') {
			// A capitalized first word, possibly after an opening quote.
			if _, ok := cueWords[lowerWord(w)]; ok {
				return true
			}
		}
		i = j
	}
	return false
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// beForms make a following past form passive and a following -ing form
// finite.
var beForms = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s")

// quotedAsSaying reports whether the gerund at i follows "was quoted as".
func (r *sentenceReader) quotedAsSaying(i int) bool {
	return r.isWord(i-3) && r.low(i-1) == "as" && r.low(i-2) == "quoted" && r.has(i-3, fBe)
}

// modals are the auxiliaries of possibility and obligation.
var modals = setOf("can", "could", "may", "might", "must", "should", "will", "would", "shall")

// preVerbSkips are auxiliaries and adverbs that may stand between a subject
// and its reporting verb: "has also said", "both emphasize", "did not say".
var preVerbSkips = setOf("have", "has", "had", "will", "would", "may", "might", "could",
	"should", "can", "must", "also", "both", "all", "further", "later", "previously",
	"repeatedly", "again", "once", "recently", "earlier", "still", "did", "does", "do", "not",
	"never", "long", "publicly", "privately", "separately", "flatly", "strongly", "firmly",
	"already", "initially", "first", "reportedly", "allegedly", "often", "frequently",
	"themselves", "himself", "herself", "itself", "each", "then", "too", "now", "jointly",
	"subsequently", "consistently", "openly", "explicitly", "specifically", "clearly")

// verbCue checks whether the reporting verb at token i is a cue here, and
// returns it with its sources; before says the source stood before the verb.
func (r *sentenceReader) verbCue(i int, c reportingCue) (m cueMatch, before, ok bool) {
	end := i
	if c.row.flags&needsObject != 0 {
		j := i + 1
		if r.isWord(j) && concernIntensifiers[r.low(j)] {
			j++
		}
		if !r.isWord(j) || !containsWord(c.row.object, r.low(j)) {
			return m, false, false
		}
		end = j
	}
	m.cue = r.low(i)
	if end > i {
		m.cue = strings.ToLower(r.span(i, end))
	}
	afterBe := r.isWord(i-1) && r.has(i-1, fBe)
	switch c.form {
	case formGerund:
		if !afterBe && !r.quotedAsSaying(i) {
			return m, false, false // a participle clause names no source
		}
	case formPast, formParticiple:
		if afterBe {
			return m, false, false // passive: "is said to", "was told"
		}
	case formBase:
		if r.isWord(i-1) && r.low(i-1) == "to" {
			return m, false, false // "declined to say"
		}
	}
	if c.row.flags&needsQuote != 0 && !r.quoteFollows(end+1) {
		return m, false, false
	}
	// Without a reported clause, a verb like "found" or "shows" reports
	// only for a written source: "The study found a 20% rise" does, "Police
	// found a car" does not.
	if c.row.flags&afterModalNever != 0 && r.isWord(i-1) && r.has(i-1, fModal) {
		return m, false, false
	}
	documentsOnly := c.row.flags&needsComplement != 0 && !r.complementFollows(end+1) && !r.quoteCloses(i)
	accept := func(ps []phrase) bool {
		if len(ps) == 0 {
			return false
		}
		if documentsOnly {
			for _, p := range ps {
				if h := r.headIndex(p.s, p.e); h < 0 || r.isProperHead(p.s, h) || classifyHead(r.low(h)) != headDocument {
					return false
				}
			}
		}
		m.phrases = ps
		return true
	}
	if c.form != formGerund && c.form != formBase && r.tagOpens(i) {
		if accept(r.phrasesAfter(end+1, true, true)) {
			return m, false, true
		}
	}
	j := i - 1
	if c.form == formGerund {
		j-- // "is saying": the subject stands before "is"
		if r.low(i-1) == "as" && r.isWord(i-2) && r.low(i-2) == "quoted" && r.isWord(i-3) && r.has(i-3, fBe) {
			j = i - 4 // "Smith was quoted as saying"
		}
	}
	for r.isWord(j) && r.has(j, fPreVerbSkip) {
		j--
	}
	if accept(r.subjectBefore(j, true)) {
		return m, true, true
	}
	// An adverb in -ly between subject and verb ("flatly denied") is skipped
	// only as a second try, so "the family said" keeps its subject.
	if r.isWord(j) && strings.HasSuffix(r.low(j), "ly") && accept(r.subjectBefore(j-1, true)) {
		return m, true, true
	}
	return m, false, false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// tagOpens reports whether the verb at i follows a comma or a closing quote,
// where a trailing tag ("…,” said X.") may begin.
func (r *sentenceReader) tagOpens(i int) bool {
	return r.isPunct(i-1, ",") || (i > 0 && r.tk[i-1].kind == tokQuoteClose)
}

// quoteCloses reports whether a quotation closes just before the verb at
// i, with at most a short subject between: "“…,” Smith wrote on X." The
// quotation is the verb's reported clause.
func (r *sentenceReader) quoteCloses(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if r.tk[k].kind == tokQuoteClose {
			return true
		}
	}
	return false
}

// quoteFollows reports whether a quotation opens soon after token i.
func (r *sentenceReader) quoteFollows(i int) bool {
	for k := i; k < len(r.tk) && k < i+8; k++ {
		if r.tk[k].kind == tokQuoteOpen || r.tk[k].quoted {
			return true
		}
	}
	return false
}

// complementWords open a reported clause after a verb.
var complementWords = setOf("that", "how", "why", "whether", "what", "when", "where", "there")

// objectWords may stand between a verb and its reported clause: "told
// reporters that", "warned them that".
var objectWords = setOf("him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers")

// complementFollows reports whether a reported clause, a quote or the end of
// a tag follows token i.
func (r *sentenceReader) complementFollows(i int) bool {
	for k := i; k < len(r.tk) && k < i+3; k++ {
		t := r.tk[k]
		switch {
		case t.kind == tokQuoteOpen || t.quoted:
			return true
		case t.kind == tokPunct:
			p := r.text(k)
			return p == "," || p == ":" || p == "." || p == ";" || p == "—"
		case t.kind == tokQuoteClose:
			return true
		case complementWords[r.low(k)]:
			return true
		case objectWords[r.low(k)] || strings.HasSuffix(r.low(k), "ly"):
			continue
		default:
			return false
		}
	}
	return i >= len(r.tk)
}

// boundaryWords start a clause, so a subject may follow them.
var boundaryWords = setOf("while", "but", "and", "or", "as", "because", "although", "though",
	"whereas", "when", "since", "if", "so", "yet", "after", "before", "that", "where", "once",
	"until", "unless", "now", "then", "meanwhile", "however", "also", "where", "even")

// startsTimeAdverbial reports whether a time adverbial starts at token k:
// "on Thursday", "last week", "in 2019", "Tuesday".
func (r *sentenceReader) startsTimeAdverbial(k int) bool {
	w := r.low(k)
	if r.has(k, fMonthOrDay) {
		return true
	}
	if !r.has(k, fPreposition) && w != "last" && w != "this" && w != "earlier" {
		return false
	}
	if !r.isWord(k + 1) {
		return false
	}
	n := r.low(k + 1)
	return r.has(k+1, fMonthOrDay|fTime) || allDigits(n) || n == "last" || n == "this"
}

// timeWords end a time adverbial that may stand before a subject without a
// comma: "Last week the company said", "Earlier this year officials said".
var timeWords = setOf("week", "month", "year", "morning", "afternoon", "evening", "night",
	"weekend", "today", "yesterday", "earlier", "later", "recently", "previously", "also")

// clauseStartsBefore reports whether a subject starting at token s begins a
// clause: at the start of the sentence, after punctuation or a quote, or after
// a conjunction.
func (r *sentenceReader) clauseStartsBefore(s int) bool {
	p := s - 1
	if p < 0 {
		return true
	}
	t := r.tk[p]
	switch {
	case t.kind != tokWord:
		return true
	case t.quoted:
		return true
	case r.has(p, fBoundary) || r.has(p, fTime) || r.has(p, fMonthOrDay) || allDigits(r.low(p)):
		return true // "On Tuesday Smith said", "In 2019 officials said"
	}
	// "Last week the company said": a determiner opens the subject whatever
	// adverbial precedes it, unless that is a preposition governing it.
	return r.has(s, fDeterminer) && !r.has(p, fPreposition)
}

// npWord reports whether token k may be part of a source's noun phrase.
func (r *sentenceReader) npWord(k int) bool {
	if !r.isWord(k) {
		return false
	}
	if r.has(k, fDeterminer) {
		return true
	}
	if r.stop(k) || r.has(k, fPreposition|fMonthOrDay) {
		return false
	}
	// A reporting verb ends the phrase ("Officials say experts warn"),
	// unless it is also a source noun ("the report", "the statement").
	return !r.has(k, fCue) || isCapitalized(r.text(k)) || classifyHead(r.low(k)) != headNone
}

// coreStart walks back from the head at j over its modifiers and returns the
// index where the core noun phrase begins, or -1 when j is no noun.
func (r *sentenceReader) coreStart(j int) int {
	if !r.npWord(j) || r.has(j, fDeterminer) {
		return -1
	}
	k := j
	for k-1 >= 0 && j-k < 10 && r.npWord(k-1) {
		k--
		if r.has(k, fDeterminer) {
			break
		}
	}
	return k
}

// subjectBefore finds the source(s) whose phrase ends at token j, before a
// verb. withAppositive allows "NAME, ROLE," (or "ROLE, NAME,") before it.
func (r *sentenceReader) subjectBefore(j int, withAppositive bool) []phrase {
	if j < 0 {
		return nil
	}
	if r.isPunct(j, ")") {
		// "Sen. Maria Lopez (D-Calif.) said": the aside is not the subject.
		for k := j - 1; k >= 0 && j-k < 12; k-- {
			if r.isPunct(k, "(") {
				return r.subjectBefore(k-1, withAppositive)
			}
		}
		return nil
	}
	if r.isPunct(j, ",") {
		if !withAppositive {
			return nil
		}
		return r.appositiveSubject(j)
	}
	if !r.isWord(j) {
		return nil
	}
	if _, ok := speakerPronouns[r.low(j)]; ok {
		if r.clauseStartsBefore(j) {
			return []phrase{{s: j, e: j, rs: -1}}
		}
		return nil
	}
	s := r.phraseStart(j)
	if s < 0 || !r.validHead(s, j) {
		return nil
	}
	if r.clauseStartsBefore(s) && !(r.isWord(s-1) && r.low(s-1) == "and") {
		return []phrase{{s: s, e: j, rs: -1}}
	}
	if r.isWord(s-1) && (r.low(s-1) == "and" || r.low(s-1) == "or") {
		// Coordinated sources: "Clarke and Byman", "A, B and C".
		if left := r.conjunctsBefore(s - 2); left != nil {
			return append(left, phrase{s: s, e: j, rs: -1})
		}
		return []phrase{{s: s, e: j, rs: -1}} // "and" only joined clauses
	}
	return nil
}

// conjunctsBefore collects coordinated source phrases ending at j, each
// separated by commas, as long as the first one starts a clause.
func (r *sentenceReader) conjunctsBefore(j int) []phrase {
	var out []phrase
	for n := 0; n < 6; n++ {
		s := r.phraseStart(j)
		if s < 0 || !r.validHead(s, j) {
			return nil
		}
		out = append([]phrase{{s: s, e: j, rs: -1}}, out...)
		if r.isPunct(s-1, ",") && r.isWord(s-2) {
			if s2 := r.phraseStart(s - 2); s2 >= 0 && r.validHead(s2, s-2) && r.clauseStartsBefore(s2) {
				j = s - 2
				continue
			}
		}
		if r.clauseStartsBefore(s) {
			return out
		}
		return nil
	}
	return nil
}

// phraseStart returns where the noun phrase ending at j begins, including
// post-modifiers ("officials in the city", "a study published in Nature",
// "one of the officials"), or -1.
func (r *sentenceReader) phraseStart(j int) int {
	s := r.coreStart(j)
	if s < 0 {
		return -1
	}
	for n := 0; n < 3; n++ {
		p := s - 1
		if !r.isWord(p) || !r.has(p, fPreposition) {
			break
		}
		q := p - 1
		// "a study published Monday in", "a report released last week by"
		for n := 0; n < 3 && r.isWord(q) && (r.has(q, fMonthOrDay) || r.has(q, fTime) || r.low(q) == "last" || r.low(q) == "this"); n++ {
			q--
		}
		if r.isWord(q) && (r.has(q, fPostLinker) || isParticiple(r.low(q))) {
			q--
		}
		if r.low(p) == "of" && r.isWord(q) && r.has(q, fQuantity) && q == p-1 {
			s = q // "one of the officials"
			break
		}
		s2 := r.coreStart(q)
		if q < 0 || s2 < 0 {
			break
		}
		s = s2
	}
	return s
}

// isVerbParticiple recognises an aside opened by a participle: "speaking
// in Chicago", "asked about the plan", "pressed on the issue".
func isVerbParticiple(w string) bool {
	return (len(w) > 5 && strings.HasSuffix(w, "ing")) || (isParticiple(w) && !personNouns[w])
}

// isParticiple recognises the -ed participles that link a post-modifier:
// "published in", "released by".
func isParticiple(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }

// validHead reports whether the phrase s..j names something that can speak.
func (r *sentenceReader) validHead(s, j int) bool {
	h := r.headIndex(s, j)
	if h < 0 {
		return false
	}
	w := r.text(h)
	lw := r.low(h)
	if r.has(h, fDeterminer|fMonthOrDay) || r.stop(h) {
		return false
	}
	if _, ok := speakerPronouns[lw]; ok {
		return s == j
	}
	if classifyHead(lw) != headNone {
		return true
	}
	// "one of the officials": the head is the post-modifier's.
	if h == s && r.isWord(h+1) && r.low(h+1) == "of" {
		return false
	}
	return isCapitalized(w)
}

// headIndex is the token index of the phrase's head: the last word before
// its first post-modifier. "one of the X" takes X's head.
func (r *sentenceReader) headIndex(s, j int) int {
	h := -1
	for k := s; k <= j; k++ {
		w := r.low(k)
		if k > s && (r.has(k, fPostLinker) || (r.has(k, fPreposition) && !r.ofInsideName(k)) || r.participleAfterHead(h, k)) {
			if w == "of" && h == s && r.has(s, fQuantity) {
				// "one of the officials", "some of the residents"
				return r.headIndex(k+1, j)
			}
			break
		}
		h = k
	}
	if h >= 0 && r.has(h, fDeterminer) && h < j {
		return -1
	}
	return h
}

// participleAfterHead reports whether the word at k is a participle
// starting a post-modifier of the head at h: "a study published in …", "the
// union representing workers" (but not "the retired officer").
func (r *sentenceReader) participleAfterHead(h, k int) bool {
	w := r.low(k)
	if !isParticiple(w) && !(len(w) > 5 && strings.HasSuffix(w, "ing")) {
		return false
	}
	return h >= 0 && classifyHead(trimPossessive(r.low(h))) != headNone
}

// quantityHeads open "one of the officials"-style phrases.
var quantityHeads = setOf("one", "some", "many", "several", "two", "three", "four", "five",
	"most", "all", "each", "none", "few", "both", "dozens", "hundreds", "thousands", "another")

// ofInsideName reports whether the "of" at k joins two capitalized words of
// one name: "University of Oslo", "Secretary of State".
func (r *sentenceReader) ofInsideName(k int) bool {
	if r.low(k) != "of" || !r.isWord(k-1) || !r.isWord(k+1) ||
		!isCapitalized(r.text(k-1)) || !isCapitalized(r.text(k+1)) {
		return false
	}
	// Only a body or a title takes "of" into its name; "Tom Becker of
	// Texas" is a person and a place.
	before := trimPossessive(r.low(k - 1))
	return organizationNouns[before] || isTitle(before)
}

// monthsAndDays are capitalized words that are never sources.
var monthsAndDays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "today", "yesterday", "tomorrow")

// appositiveSubject handles "NAME, ROLE, said" and "ROLE, NAME, said" with
// the second comma at c2, and skips relative clauses and ages
// ("Smith, who …, said", "Smith, 45, said").
func (r *sentenceReader) appositiveSubject(c2 int) []phrase {
	c1 := -1
	for k := c2 - 1; k >= 0 && c2-k <= 16; k-- {
		if r.isPunct(k, ",") {
			c1 = k
			break
		}
		if !r.isWord(k) && r.tk[k].kind != tokPunct {
			return nil
		}
	}
	if c1 < 0 || c1+1 > c2-1 {
		return nil
	}
	if r.isPunct(c1-1, ")") {
		// "Sen. Maria Lopez (D-Calif.), who leads …, said"
		for k := c1 - 2; k >= 0 && c1-k < 12; k-- {
			if r.isPunct(k, "(") {
				return r.subjectBefore(k-1, false)
			}
		}
	}
	first := r.low(c1 + 1)
	relative := first == "who" || first == "which" || first == "whose"
	for k := c1 + 2; k < c2 && k <= c1+3; k++ {
		relative = relative || r.isWord(k) && r.has(k, fRelative) // "Residents, many of whom …, say"
	}
	// "speaking in Chicago" is an aside; "retired teacher Tom O'Brien" a
	// role and a name.
	aside := isVerbParticiple(first) &&
		(c1+2 > c2-1 || r.has(c1+2, fPreposition) || !isCapitalized(r.text(c2-1))) ||
		r.has(c1+1, fPreposition|fStop) // "Smith, for his part, said", "Smith, however, said"
	if relative || allDigits(first) || aside {
		// "Smith, who …, said", "Smith, 45, said", "Yellen, speaking in
		// Chicago, said": the aside is not a role.
		return r.subjectBefore(c1-1, false)
	}
	subj := r.subjectBefore(c1-1, false)
	if len(subj) != 1 {
		return nil
	}
	p := subj[0]
	apposWords := r.words(c1+1, c2-1)
	h := r.headIndex(p.s, p.e)
	subjProper := h >= 0 && r.isProperHead(p.s, h)
	switch {
	case subjProper && looksLikeRole(apposWords) && !r.hasClauseWord(c1+1, r.beforeRelative(c1+1, c2-1)):
		p.rs, p.re = c1+1, r.beforeRelative(c1+1, c2-1)
		return []phrase{p}
	case !subjProper && r.validHead(c1+1, c2-1) && isCapitalized(r.text(c2-1)):
		return []phrase{{s: c1 + 1, e: c2 - 1, rs: p.s, re: p.e}}
	case subjProper:
		// "Smith, D-Texas, said": an aside that is no role still leaves
		// the named subject.
		return subj
	}
	return nil
}

// relativeWords open a relative clause, which ends a role: "an
// epidemiologist at King's College London who was not involved".
var relativeWords = setOf("who", "which", "whose", "whom", "that", "where")

// beforeRelative returns the end of the role s..e before any relative
// clause in it.
func (r *sentenceReader) beforeRelative(s, e int) int {
	for k := s + 1; k <= e; k++ {
		if r.isWord(k) && r.has(k, fRelative) {
			return k - 1
		}
	}
	return e
}

// hasClauseWord reports whether s..e holds a verb of being or having, a
// modal or a conjunction: a clause, not a role.
func (r *sentenceReader) hasClauseWord(s, e int) bool {
	for k := s; k <= e; k++ {
		if r.isWord(k) && r.stop(k) && r.low(k) != "and" {
			return true
		}
	}
	return false
}

func (r *sentenceReader) words(s, e int) []string {
	var out []string
	for k := s; k <= e; k++ {
		if r.tk[k].kind == tokWord {
			out = append(out, r.text(k))
		}
	}
	return out
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// phrasesAfter reads the source(s) after "according to" or a tag verb. A
// tag's source must end the sentence or be followed by a comma and an
// appositive ("said Jane Doe, a spokeswoman for the agency."); only a
// trailing phrase (a tag, or "according to" after the main clause) may take
// an appositive.
func (r *sentenceReader) phrasesAfter(i int, tag, trailing bool) []phrase {
	if r.isWord(i) && r.has(i, fPreposition) {
		return nil // "disagreed with the society" names no source
	}
	end := i - 1
	for k := i; r.isWord(k) && (!r.stop(k) || r.low(k) == "and" && k > i); k++ {
		if k > i && r.startsTimeAdverbial(k) {
			break // "a note to clients on Thursday": the time is not the source's
		}
		end = k
	}
	if end < i {
		return nil
	}
	after := end + 1
	// "figures published on Monday": with the time gone, a participle
	// left dangling at the end is no part of the name.
	if end > i && (isParticiple(r.low(end)) || r.has(end, fPostLinker)) && classifyHead(r.low(end-1)) != headNone {
		end--
	}
	check := after
	if r.isWord(check) && r.startsTimeAdverbial(check) {
		// "said Smith on Tuesday.": the time may end the tag.
		for n := 0; n < 4 && r.isWord(check); n++ {
			check++
		}
	}
	if tag && !r.endsTag(after) && !r.endsTag(check) {
		return nil
	}
	ps := r.splitConjuncts(i, end)
	for _, p := range ps {
		if !r.validHead(p.s, p.e) {
			return nil
		}
	}
	if h := r.headIndex(ps[0].s, ps[0].e); trailing && len(ps) == 1 && r.isPunct(after, ",") && r.isProperHead(ps[0].s, h) {
		if rs, re, ok := r.trailingAppositive(after + 1); ok {
			ps[0].rs, ps[0].re = rs, re
		}
	}
	return ps
}

// endsTag reports whether token k ends a trailing tag: the end of the
// sentence, closing punctuation, or the comma before an appositive.
func (r *sentenceReader) endsTag(k int) bool {
	if k >= len(r.tk) {
		return true
	}
	t := r.tk[k]
	if t.kind == tokQuoteClose {
		return true
	}
	if t.kind != tokPunct {
		return false
	}
	switch r.text(k) {
	case ".", ",", "!", "?", ";", ")", "…", ":":
		return true
	}
	return false
}

// endsSentence reports whether token k ends the sentence: nothing or only
// closing punctuation and quotes follow, or a comma before a relative
// clause ("…, a resident, who has lived here …").
func (r *sentenceReader) endsSentence(k int) bool {
	for ; k < len(r.tk); k++ {
		t := r.tk[k]
		switch {
		case t.kind == tokQuoteClose:
		case t.kind == tokPunct && strings.Contains(".!?)…", r.text(k)):
		case t.kind == tokPunct && r.text(k) == "," && r.isWord(k+1) && r.has(k+1, fRelative):
			return true
		default:
			return false
		}
	}
	return true
}

// trailingAppositive reads a role after a tag's source, up to the next
// comma or the end of the sentence.
func (r *sentenceReader) trailingAppositive(k int) (rs, re int, ok bool) {
	e := k - 1
	for j := k; r.isWord(j); j++ {
		e = j
	}
	if e < k || r.has(k, fRelative) || !looksLikeRole(r.words(k, e)) {
		return 0, 0, false
	}
	if !r.endsSentence(e + 1) {
		return 0, 0, false // "according to Smith, the company plans …"
	}
	e = r.beforeRelative(k, e)
	if r.hasClauseWord(k, e) {
		return 0, 0, false // "according to Smith, the building had failed …"
	}
	return k, e, true
}

// splitConjuncts splits s..e at "and" into coordinated sources, except where
// "and" joins the words of one name ("the Department of Health and Human
// Services").
func (r *sentenceReader) splitConjuncts(s, e int) []phrase {
	var out []phrase
	start := s
	for k := s; k <= e; k++ {
		if r.low(k) != "and" || k == start || k == e {
			continue
		}
		if r.andInsideName(start, k) {
			continue
		}
		out = append(out, phrase{s: start, e: k - 1, rs: -1})
		start = k + 1
	}
	return append(out, phrase{s: start, e: e, rs: -1})
}

// andInsideName reports whether the "and" at k continues a capitalized
// "X of Y" name that began at s.
func (r *sentenceReader) andInsideName(s, k int) bool {
	if !isCapitalized(r.text(k-1)) || !isCapitalized(r.text(k+1)) {
		return false
	}
	// "a filing with the Securities and Exchange Commission", "the
	// Department of Health and Human Services": the "and" is inside the
	// post-modifier's name.
	for j := s + 1; j < k; j++ {
		if r.has(j, fPreposition) {
			return true
		}
	}
	return false
}
