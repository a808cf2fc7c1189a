package model

import (
	"slices"
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

// start is where the phrase begins in the sentence: at its role when the
// role comes first ("its president, Joanna Malik,").
func (p phrase) start() int {
	if p.rs >= 0 && p.rs < p.s {
		return p.rs
	}
	return p.s
}

// cueMatch is one reporting cue found in a sentence.
type cueMatch struct {
	cue     cueRef   // the cue: "said", "expressed concerns", "according to"
	phrases []phrase // the sources it names, one per conjunct
}

// sentenceReader gives token-level access to one sentence.
type sentenceReader struct {
	s  string
	tk []token
	lc *lowerCache
	// roles caches what roles say (the resolver's, shared with it)
	roles *roleCache
	lows  []string // lower case of capitalized words outside the lexicons
	// reused word lists, with each word's classes: names (collectNames)
	// and words (r.words)
	scratch, wordsBuf     []string
	scratchFl, wordsBufFl []wordFlags
	cues                  []cueMatch // reused list of findCues
	// the phrases found in the sentence: the lists of sources handed out
	// are carved from it, each capped so an append to one copies it
	phrases []phrase
	// the speakers the sentence's cues name, gathered before the arena
	// keeps them (see arena.copyOf)
	speakers []int
}

// reset points the reader at the sentence s with the tokens tk, keeping its
// scratch lists.
func (r *sentenceReader) reset(s string, tk []token, lc *lowerCache, roles *roleCache) {
	*r = sentenceReader{s: s, tk: tk, lc: lc, roles: roles, lows: r.lows[:0],
		scratch: r.scratch[:0], wordsBuf: r.wordsBuf[:0], scratchFl: r.scratchFl[:0], wordsBufFl: r.wordsBufFl[:0],
		cues: r.cues[:0], phrases: r.phrases[:0], speakers: r.speakers[:0]}
}

// one returns a list of the one phrase p, carved from the reader's.
func (r *sentenceReader) one(p phrase) []phrase {
	r.phrases = append(r.phrases, p)
	n := len(r.phrases)
	return r.phrases[n-1 : n : n]
}

func (r *sentenceReader) text(i int) string { return r.s[r.tk[i].start:r.tk[i].end] }

// low is token i in lower case, found the first time a phrase walk asks:
// a lower-case word is its own, a lexicon word's is in its entry, and only
// a capitalized name needs lowering.
func (r *sentenceReader) low(i int) string {
	t := &r.tk[i]
	switch {
	case !t.folds:
		return r.s[t.start:t.end]
	case t.lex != 0:
		return wordTable.entries[t.lex-1].word
	case t.low != 0:
		return r.lows[t.low-1]
	}
	w := r.lc.lower(r.s[t.start:t.end])
	r.lows = append(r.lows, w)
	t.low = uint32(len(r.lows))
	return w
}

// lexHead is lexiconHead of token k in lower case, read from its lexicon
// entry when it has one.
func (r *sentenceReader) lexHead(k int) headClass {
	t := &r.tk[k]
	if t.lex != 0 {
		h := wordTable.entries[t.lex-1].head
		if h == headGroup && t.capital && k > 0 && t.flags&(fOrgPlural|fPersonNoun) == fOrgPlural {
			// "Hospitals said" opens a sentence; "Banks said" inside one
			// is someone's name.
			return headNone
		}
		return h
	}
	// An unlisted word is a head noun only as a plural or a possessive,
	// which end in "s": most names need not even be lowered.
	if c := r.s[t.end-1]; c < utf8.RuneSelf && c|0x20 != 's' {
		return headNone
	}
	h := unlistedHead(r.low(k))
	if h == headGroup && t.capital && k > 0 && !pluralOfPerson(r.low(k)) {
		return headNone // "Companies said" opens a sentence; inside one it is a name
	}
	return h
}

// headAt is classifyHead of token k in lower case.
func (r *sentenceReader) headAt(k int) headClass {
	if c := r.lexHead(k); c != headNone {
		return c
	}
	// Agent nouns end in "-ist" or "-ian", or in a possessive "s".
	if c := r.s[r.tk[k].end-1] | 0x20; c != 't' && c != 'n' && c != 's' && c < utf8.RuneSelf {
		return headNone
	}
	if isAgentNoun(trimPossessive(r.low(k))) {
		return headPerson
	}
	return headNone
}

// capital reports whether token k starts with an upper-case letter.
func (r *sentenceReader) capital(k int) bool { return r.tk[k].capital }

// lowIs reports whether token k in lower case is w, a lower-case ASCII
// word: an ASCII token is compared with its letters folded, without
// lowering a name to compare it with "of" or "and".
func (r *sentenceReader) lowIs(k int, w string) bool {
	t := &r.tk[k]
	text := r.s[t.start:t.end]
	switch {
	case !t.folds:
		return text == w // its lower case is itself
	case foldEqual(text, w):
		return true // an ASCII word, equal with its letters folded
	case isASCII(text):
		return false
	}
	return r.low(k) == w
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
func (r *sentenceReader) has(k int, f wordFlags) bool { return r.tk[k].flags&f != 0 }

// stop reports whether token k is a stop word. An acronym is not, even when
// it spells one ("US", "IT").
func (r *sentenceReader) stop(k int) bool {
	return r.has(k, fStop) && !isAcronym(r.text(k))
}

// findCues returns the cues of the sentence in order. Once a cue with the
// source before its verb has been found, later cues of that shape are in its
// reported clause ("Police said the man told officers …") and are skipped;
// "according to" and trailing tags still count. The list is valid until
// the next sentence's findCues.
func (r *sentenceReader) findCues() []cueMatch {
	cues := r.cues[:0]
	haveSubjectCue := false
	for i := range r.tk {
		// tokenize looked every word up: only a reporting verb or
		// "according" reads any further.
		t := &r.tk[i]
		if t.flags&(fCue|fAccording) == 0 || t.kind != tokWord || t.quoted {
			continue
		}
		// A capitalized word inside the sentence is a name ("United
		// States"), "According" aside; a lower-case one counts only as
		// written, all lower case like the lexicon. (No reporting verb
		// starts with a non-ASCII letter either.)
		if w := r.text(i); w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf {
			if i > 0 && w != "According" && w != "ACCORDING" {
				continue
			}
		} else if t.folds {
			continue // "saID" is no form of the lexicon
		}
		if t.flags&fAccording != 0 {
			if r.isWord(i+1) && r.low(i+1) == "to" {
				// Only a trailing "…, according to X, a …" may take an
				// appositive; a fronted "According to X, …" has the main
				// clause after its comma.
				if ps := r.phrasesAfter(i+2, false, r.isPunct(i-1, ",")); len(ps) > 0 {
					cues = append(cues, cueMatch{cue: cueAccordingTo, phrases: ps})
				}
			}
			continue
		}
		c := t.entry().cue
		m, before, ok := r.verbCue(i, c)
		if !ok || (before && haveSubjectCue && !r.newClauseBefore(m.phrases[0].start())) {
			continue
		}
		haveSubjectCue = haveSubjectCue || before
		cues = append(cues, m)
	}
	r.cues = cues[:0] // room for the next sentence
	return cues
}

// newClauseBefore reports whether the subject starting at s opens a clause
// of its own rather than one inside an earlier cue's reported clause:
// "Experts said …, though some engineers cautioned …", "…; officials said".
func (r *sentenceReader) newClauseBefore(s int) bool {
	if r.isPunct(s-1, ";") {
		return true
	}
	// "…, and its president, Joanna Malik, called it …": after a comma,
	// "and" joins a second clause with a source of its own.
	return r.isWord(s-1) && (r.has(s-1, fContrast) || r.lowIs(s-1, "and")) && r.isPunct(s-2, ",")
}

// quotedAsSaying reports whether the gerund at i follows "was quoted as".
func (r *sentenceReader) quotedAsSaying(i int) bool {
	return r.isWord(i-3) && r.low(i-1) == "as" && r.low(i-2) == "quoted" && r.has(i-3, fBe)
}

// verbCue checks whether the reporting verb at token i is a cue here, and
// returns it with its sources; before says the source stood before the verb.
func (r *sentenceReader) verbCue(i int, c reportingCue) (m cueMatch, before, ok bool) {
	end := i
	m.cue = c.cue
	if c.row.flags&needsObject != 0 {
		j, in := i+1, 0
		if r.isWord(j) && r.has(j, fIntensifier) {
			in = 1 + slices.Index(intensifierOrder, r.tk[j].entry().word)
			j++
		}
		obj := -1
		if r.isWord(j) {
			obj = slices.Index(c.row.object, r.low(j))
		}
		if obj < 0 {
			return m, false, false
		}
		end = j
		// The phrase's words as the lexicon writes them, one space apart,
		// as the sentence has them: the normalizer collapses white space
		// and a line break ends a sentence.
		m.cue = phraseCue(c, in, obj)
	}
	if r.isWord(i-1) && isPossessive(r.text(i-1)) && !contractedPronoun(r.low(i-1)) {
		return m, false, false // "the company's claims": a noun, not a verb
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
	if c.row.flags&afterModalNever != 0 && r.isWord(i-1) && r.has(i-1, fModal) {
		return m, false, false
	}
	// Without a reported clause, a verb like "found" or "shows" reports
	// only for a written source: "The study found a 20% rise" does, "Police
	// found a car" does not.
	documentsOnly := c.row.flags&needsComplement != 0 && !r.complementFollows(end+1) && !r.quoteCloses(i) &&
		!r.closesCommaTag(i, end)
	accept := func(ps []phrase) bool {
		if len(ps) == 0 {
			return false
		}
		if documentsOnly {
			for _, p := range ps {
				if h := r.headIndex(p.s, p.e); h < 0 || r.isProperHead(p.s, h) || r.headAt(h) != headDocument {
					return false
				}
			}
		}
		m.phrases = ps
		return true
	}
	if c.form != formGerund && c.form != formBase && c.row.flags&objectIsListener == 0 && r.tagOpens(i) {
		// The aside test is only needed, and only paid for, when a tag's
		// source follows.
		if accept(r.phrasesAfter(end+1, true, true)) && !r.subjectAsideBefore(i) {
			return m, false, true
		}
	}
	j := i - 1
	if c.form == formGerund {
		j-- // "is saying": the subject stands before "is"
		if r.quotedAsSaying(i) {
			j = i - 4 // "Smith was quoted as saying"
		}
	}
	for r.isWord(j) && r.has(j, fPreVerbSkip) {
		if r.has(j, fNegation) {
			// "did not say", "never commented": the article reports a
			// silence, in its own voice.
			return m, false, false
		}
		j--
	}
	if r.isWord(j) && isNegatedAuxiliary(r.low(j)) {
		return m, false, false // "didn't respond"
	}
	if accept(r.subjectBefore(j, true)) {
		return m, true, true
	}
	// An adverb in -ly between subject and verb ("flatly denied") is skipped
	// only as a second try, so "the family said" keeps its subject.
	if r.isWord(j) && strings.HasSuffix(r.low(j), "ly") && accept(r.subjectBefore(j-1, true)) {
		return m, true, true
	}
	if r.isWord(j) && (r.lowIs(j, "but") || r.lowIs(j, "and")) && accept(r.firstClauseSubject(j)) {
		return m, true, true
	}
	return m, false, false
}

// firstClauseSubject finds, for a verb joined by "but" or "and" at j to an
// earlier verb, the subject the two verbs share: "The ministry did not
// dispute the figures but said …", "Police arrested a man and said …". The
// earlier verb is seen as an auxiliary, an adverb before a verb, or a past
// form in -ed right after the subject's head.
func (r *sentenceReader) firstClauseSubject(j int) []phrase {
	for v := 1; v < j; v++ {
		if !r.isWord(v) {
			continue
		}
		k := v - 1
		afterAside := r.isPunct(k, ",") // "Smith, who leads the group, rejected"
		verb := r.isWord(k) && r.has(v, fPreVerbSkip|fBe|fModal) && !r.has(v, fDeterminer) ||
			!r.capital(v) && isParticiple(r.low(v)) && (afterAside || r.isWord(k) && r.headAt(k) != headNone)
		if !verb {
			continue
		}
		if ps := r.subjectBefore(k, true); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// closesCommaTag reports whether the verb at i..end ends the sentence as
// a tag after a comma: "…, she noted."
func (r *sentenceReader) closesCommaTag(i, end int) bool {
	if !r.endsSentence(end + 1) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if r.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// isPossessive reports whether a word ends in 's.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// contractedPronoun recognises "he's", "she's", "it's" (he has, she is …),
// which a reporting verb may follow: "He's said repeatedly that …".
func contractedPronoun(w string) bool {
	for _, p := range []string{"he", "she", "it", "that", "who", "there", "what"} {
		if w == p+"'s" || w == p+"’s" {
			return true
		}
	}
	return false
}

// isNegatedAuxiliary recognises "didn't", "hasn't", "won't" and the like.
func isNegatedAuxiliary(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// subjectAsideBefore reports whether the comma before the verb at i closes
// an aside set off after the verb's subject: "A city official, who spoke on
// condition of anonymity, said police removed three people" is the
// official's, not a tag naming "police removed three people".
func (r *sentenceReader) subjectAsideBefore(i int) bool {
	if !r.isPunct(i-1, ",") {
		return false
	}
	// No other comma in reach, no aside: most tags end a clause without one.
	c1 := i - 2
	for c1 >= 0 && i-1-c1 <= maxAsideTokens && !r.isPunct(c1, ",") {
		c1--
	}
	if c1 < 0 || i-1-c1 > maxAsideTokens {
		return false
	}
	n := len(r.phrases)
	found := len(r.appositiveSubject(i-1)) > 0
	r.phrases = r.phrases[:n] // the verb's subject reading reads it again
	return found
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
			return p == "," || p == ":" || p == ";" || p == "—"
		case t.kind == tokQuoteClose:
			return true
		case r.has(k, fComplement):
			return true
		case r.has(k, fObject) || strings.HasSuffix(r.low(k), "ly"):
			continue
		case r.has(k, fPreposition) && r.isWord(k):
			return r.complementAfterPrepPhrase(k + 1)
		default:
			return false
		}
	}
	return i >= len(r.tk)
}

// maxPrepPhraseWords bounds the prepositional phrase between a verb and its
// reported clause: "wrote in a note to clients that".
const maxPrepPhraseWords = 8

// complementAfterPrepPhrase reports whether a reported clause opens after
// the prepositional phrase whose object starts at token i: "Analysts wrote
// in a note to clients that …", "The study found in 2020 that …".
func (r *sentenceReader) complementAfterPrepPhrase(i int) bool {
	for k := i; k < len(r.tk) && k < i+maxPrepPhraseWords; k++ {
		switch {
		case !r.isWord(k):
			return r.isPunct(k, ",") || r.isPunct(k, ":")
		case r.has(k, fComplement):
			return k > i && r.lowIs(k, "that")
		case r.stop(k):
			return false
		case k > i && r.has(k, fDeterminer) && !r.has(k-1, fPreposition|fDeterminer):
			return false // "found in the river a car that …": an object, then a relative clause
		}
	}
	return false
}
