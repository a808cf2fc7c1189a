package model

import (
	"strings"
	"unicode/utf8"
)

// Source phrases: given where a reporting cue stands, these walks find the
// noun phrase(s) naming its source — before the verb ("Former US Army
// Captain Morgan Lerette expressed …"), after it in a tag ("…,” said Jane
// Doe, a spokeswoman for the agency."), or after "according to" — with
// post-modifiers ("officials in the city", "one of the officials"),
// appositives ("Dr. Ana Ruiz, the study's lead author,") and coordination
// ("Clarke and Byman"). A phrase must start a clause: a noun inside some
// other phrase is never taken for a source.

// maxSourceWords bounds a source's phrase read forward: a name with its
// post-modifiers ("a report by the national audit office released …") is
// never this long, a run-on clause is.
const maxSourceWords = 14

// startsTimeAdverbial reports whether a time adverbial starts at token k:
// "on Thursday", "last week", "in 2019", "Tuesday".
func (r *sentenceReader) startsTimeAdverbial(k int) bool {
	if r.has(k, fMonthOrDay) {
		return true
	}
	if !r.has(k, fPreposition) && !r.lowIs(k, "last") && !r.lowIs(k, "this") && !r.lowIs(k, "earlier") {
		return false
	}
	if !r.isWord(k + 1) {
		return false
	}
	n := r.low(k + 1)
	return r.has(k+1, fMonthOrDay|fTime) || allDigits(n) || n == "last" || n == "this"
}

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
	case r.has(p, fCorporate) && r.capital(s):
		return true // a sentence the segmenter did not split after "Inc."
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
	return !r.has(k, fCue) || r.capital(k) || r.headAt(k) != headNone
}

// coreStart walks back from the head at j over its modifiers and returns the
// index where the core noun phrase begins, or -1 when j is no noun.
func (r *sentenceReader) coreStart(j int) int {
	if !r.npWord(j) || r.has(j, fDeterminer) {
		return -1
	}
	k := j
	for k-1 >= 0 && j-k < 10 && r.npWord(k-1) {
		if r.has(k-1, fCorporate) && r.capital(k) {
			break // "… Acme Systems Inc. Local owners say": a name ended at "Inc."
		}
		k--
		if r.has(k, fDeterminer) {
			// A determiner opens the phrase; "two other", "all the" stack.
			for k-1 >= 0 && j-k < 10 && r.isWord(k-1) && r.has(k-1, fDeterminer) {
				k--
			}
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
	if r.has(j, fPronoun) {
		if r.clauseStartsBefore(j) {
			return r.one(phrase{s: j, e: j, rs: -1})
		}
		return nil
	}
	s := r.phraseStart(j)
	if s < 0 || !r.validHead(s, j) {
		return nil
	}
	for n := 0; n < 4 && r.joinsName(s-1); n++ {
		// "the Centers for Disease Control and Prevention": one name.
		s2 := r.phraseStart(s - 2)
		if s2 < 0 {
			break
		}
		s = s2
	}
	if r.clauseStartsBefore(s) && !(r.isWord(s-1) && r.low(s-1) == "and") {
		return r.one(phrase{s: s, e: j, rs: -1})
	}
	if r.isWord(s-1) && (r.low(s-1) == "and" || r.low(s-1) == "or") {
		// Coordinated sources: "Clarke and Byman", "A, B and C".
		if r.isPunct(s-2, ",") {
			// "Johnson, the speaker, and Schumer, the leader, said"
			if left := r.appositiveSubject(s - 2); len(left) == 1 && left[0].rs >= 0 {
				return append(left, phrase{s: s, e: j, rs: -1})
			}
		}
		if left := r.conjunctsBefore(s - 2); left != nil {
			if r.collectiveOf(left[0].s, left[0].e) {
				// "A coalition of nurses, doctors and patient groups":
				// the list is what the body is made of.
				return r.one(phrase{s: left[0].s, e: j, rs: -1})
			}
			if last := left[len(left)-1]; len(left) == 1 && r.joinsPostModifier(last.s, s-1) {
				// "Researchers from Stanford University and the University
				// of Toronto": the "and" joins the post-modifier's objects.
				return r.one(phrase{s: last.s, e: j, rs: -1})
			}
			return append(left, phrase{s: s, e: j, rs: -1})
		}
		return r.one(phrase{s: s, e: j, rs: -1}) // "and" only joined clauses
	}
	return nil
}

// collectiveOf reports whether the phrase s..e is a body followed by "of"
// and a bare noun, "a coalition of nurses", which a list may go on.
func (r *sentenceReader) collectiveOf(s, e int) bool {
	h := r.headIndex(s, e)
	return h >= 0 && h+2 <= e && r.lowIs(h+1, "of") && !r.has(h+2, fDeterminer) &&
		!r.capital(h) && r.headAt(h) == headOrganization
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
	return (len(w) > 5 && strings.HasSuffix(w, "ing")) || (isParticiple(w) && classesOf(w)&fPersonNoun == 0)
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
	if r.has(h, fDeterminer|fMonthOrDay) || r.stop(h) {
		return false
	}
	if r.has(h, fPronoun) {
		return s == j
	}
	if r.headAt(h) != headNone {
		return true
	}
	// "one of the officials": the head is the post-modifier's.
	if h == s && r.isWord(h+1) && r.low(h+1) == "of" {
		return false
	}
	return r.capital(h)
}

// headIndex is the token index of the phrase's head: the last word before
// its first post-modifier. "one of the X" takes X's head.
func (r *sentenceReader) headIndex(s, j int) int {
	h := -1
	for k := s; k <= j; k++ {
		if k > s && (r.has(k, fPostLinker) || (r.has(k, fPreposition) && !r.joinsName(k)) || r.participleAfterHead(h, k)) {
			if r.lowIs(k, "of") && h == s && r.has(s, fQuantity) {
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
	// Both kinds of participle end in "d" or "g": most words need not be
	// lowered.
	if c := r.s[r.tk[k].end-1] | 0x20; c != 'd' && c != 'g' && c < utf8.RuneSelf {
		return false
	}
	w := r.low(k)
	if !isParticiple(w) && !(len(w) > 5 && strings.HasSuffix(w, "ing")) {
		return false
	}
	return h >= 0 && classifyHead(trimPossessive(r.low(h))) != headNone
}

// joinsName reports whether the word at k joins two capitalized words of one
// name: "of", "for" or "on" after a body or a title ("University of Oslo",
// "Centers for Disease Control", "Secretary of State"), and "and" or "&"
// after such a joint ("Control and Prevention", "Health & Science"). Only a
// body or a title takes them in: "Tom Becker of Texas" is a person and a
// place, "Clarke and Byman" two people.
func (r *sentenceReader) joinsName(k int) bool {
	if k <= 0 || !r.isWord(k-1) || !r.isWord(k+1) || !r.capital(k-1) || !r.capital(k+1) {
		return false
	}
	switch r.low(k) {
	case "of", "for", "on":
		before := trimPossessive(r.low(k - 1))
		one, _ := singular(before)
		return classesOf(before)&(fOrgNoun|fTitle) != 0 || classesOf(one)&fOrgNoun != 0
	case "and", "&":
		for j := k - 2; j > 0 && j >= k-6; j-- {
			switch w := r.low(j); {
			case (w == "of" || w == "for" || w == "on") && r.joinsName(j):
				return true
			case !r.capital(j):
				return false
			}
		}
	}
	return false
}

// maxAppositiveTokens bounds the tokens between the commas of an appositive
// ("Dr. Ana Ruiz, the study's lead author and a neurologist at Boston
// General Hospital, said"); maxAsideTokens those of a relative clause, which
// may run longer ("A city official, who spoke on condition of anonymity
// because she was not authorized to discuss security, said").
const (
	maxAppositiveTokens = 16
	maxAsideTokens      = 32
)

// appositiveSubject handles "NAME, ROLE, said" and "ROLE, NAME, said" with
// the second comma at c2, and skips relative clauses and ages
// ("Smith, who …, said", "Smith, 45, said").
func (r *sentenceReader) appositiveSubject(c2 int) []phrase {
	return r.appositiveSubjectIn(c2, false)
}

// appositiveSubjectIn is appositiveSubject; nested says the aside closed by
// c2 is itself followed by a relative clause.
func (r *sentenceReader) appositiveSubjectIn(c2 int, nested bool) []phrase {
	c1 := -1
	for k := c2 - 1; k >= 0 && c2-k <= maxAsideTokens; k-- {
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
	if c2-c1 > maxAppositiveTokens && !relative {
		return nil // only a relative clause runs this long: a role or a name does not
	}
	// "speaking in Chicago" is an aside; "retired teacher Tom O'Brien" a
	// role and a name.
	aside := isVerbParticiple(first) &&
		(c1+2 > c2-1 || r.has(c1+2, fPreposition) || !r.capital(c2-1)) ||
		r.has(c1+1, fPreposition|fStop) // "Smith, for his part, said", "Smith, however, said"
	if relative || allDigits(first) || aside {
		// "Smith, who …, said", "Smith, 45, said", "Yellen, speaking in
		// Chicago, said": the aside is not a role.
		if relative && !nested {
			// "Elena Brandt, 58, who runs a farm, said", "Jane Doe, a
			// nurse, who fled, said": the relative clause follows an
			// earlier aside (read one level deep, so a run of commas is
			// not read again and again).
			if ps := r.appositiveSubjectIn(c1, true); len(ps) > 0 {
				return ps
			}
		}
		return r.subjectBefore(c1-1, false)
	}
	subj := r.subjectBefore(c1-1, false)
	if len(subj) == 0 {
		return r.nameAfterDescription(c1, c2)
	}
	// With coordinated subjects ("Johnson, the speaker, and Schumer, the
	// leader,"), the appositive belongs to the last of them.
	p := subj[len(subj)-1]
	apposWords, apposFl := r.words(c1+1, c2-1)
	h := r.headIndex(p.s, p.e)
	subjProper := h >= 0 && r.isProperHead(p.s, h)
	switch {
	case subjProper && looksLikeRole(apposWords, apposFl) && !r.hasClauseWord(c1+1, r.beforeRelative(c1+1, c2-1)):
		p.rs, p.re = c1+1, r.beforeRelative(c1+1, c2-1)
		return append(subj[:len(subj)-1:len(subj)-1], p)
	case len(subj) > 1:
		return subj
	case !subjProper && r.validHead(c1+1, c2-1) && r.capital(c2-1):
		return r.one(phrase{s: c1 + 1, e: c2 - 1, rs: p.s, re: p.e})
	case subjProper:
		// "Smith, D-Texas, said": an aside that is no role still leaves
		// the named subject.
		return subj
	}
	return nil
}

// nameAfterDescription reads "ROLE, NAME," before a verb whose ROLE's head
// the lexicon does not list ("The bill's sponsor, Sen. Jane Doe, said"):
// with a determiner or a possessive opening it at the start of a clause, and
// a proper name between the commas c1 and c2, the phrase is a description.
func (r *sentenceReader) nameAfterDescription(c1, c2 int) []phrase {
	j := c1 - 1
	if !r.isWord(j) || r.capital(j) || !r.isWord(c2-1) || !r.capital(c2-1) {
		return nil
	}
	s := r.coreStart(j)
	if s < 0 || !(r.has(s, fDeterminer) || isPossessive(r.text(s))) || !r.clauseStartsBefore(s) {
		return nil
	}
	h := r.headIndex(c1+1, c2-1)
	if h < 0 || !r.validHead(c1+1, c2-1) || !r.isProperHead(c1+1, h) {
		return nil
	}
	return r.one(phrase{s: c1 + 1, e: c2 - 1, rs: s, re: j})
}

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

// words lists the word tokens of s..e and their classes, in lists reused by
// the next call.
func (r *sentenceReader) words(s, e int) ([]string, []wordFlags) {
	out, fl := r.wordsBuf[:0], r.wordsBufFl[:0]
	for k := s; k <= e; k++ {
		if r.tk[k].kind == tokWord {
			out, fl = append(out, r.text(k)), append(fl, r.tk[k].flags)
		}
	}
	r.wordsBuf, r.wordsBufFl = out, fl
	return out, fl
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
		if k > i && r.has(k-1, fCorporate) && r.capital(k) {
			break // "… Acme Systems Inc. Local owners": a name ends at "Inc."
		}
		end = k
	}
	if end < i || end-i > maxSourceWords {
		return nil // nothing, or a run of words too long to be one name
	}
	if tag && r.clauseAfterTagVerb(i, end) {
		return nil // "said police removed three people": the verb's reported clause
	}
	after := end + 1
	// "figures published on Monday": with the time gone, a participle
	// left dangling at the end is no part of the name.
	if end > i && (isParticiple(r.low(end)) || r.has(end, fPostLinker)) && r.headAt(end-1) != headNone {
		if tag {
			return nil // "said the bill failed": a verb, not a tag's source
		}
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

// clauseAfterTagVerb reports whether the words i..end after a verb are a
// clause, its reported one, rather than a tag's source: a noun phrase
// followed by a finite verb, seen as a past form in -ed after a head noun
// ("police removed three people") or as a second noun phrase opening with a
// determiner after a word that cannot lead into one ("police took three
// people"). A post-modifier ("a spokesman based in Paris", "a study
// published in Nature") is a preposition away and stays a source.
func (r *sentenceReader) clauseAfterTagVerb(i, end int) bool {
	for k := i + 1; k <= end; k++ {
		switch {
		case r.has(k, fDeterminer):
			if !r.has(k-1, fPreposition|fDeterminer|fQuantity) && !r.lowIs(k-1, "and") && !r.lowIs(k-1, "or") {
				return true
			}
		case k < end && !r.capital(k) && !r.has(k, fPostLinker) && isParticiple(r.low(k)) &&
			!r.has(k+1, fPreposition) && r.headAt(k-1) != headNone:
			return true
		}
	}
	return false
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
	for j := k; r.isWord(j) || r.isPunct(j, "&") && r.isWord(j+1); j++ {
		e = j // "… at Oregon Health & Science University"
	}
	if e < k || e-k > maxSourceWords || r.has(k, fRelative) || allDigits(r.low(k)) || !looksLikeRole(r.words(k, e)) {
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
	first := len(r.phrases) // the conjuncts are added to the reader's list
	start := s
	for k := s; k <= e; k++ {
		if k == start || k == e || !r.lowIs(k, "and") {
			continue
		}
		if r.joinsName(k) || r.andInsideName(start, k) {
			continue
		}
		r.phrases = append(r.phrases, phrase{s: start, e: k - 1, rs: -1})
		start = k + 1
	}
	r.phrases = append(r.phrases, phrase{s: start, e: e, rs: -1})
	return r.phrases[first:len(r.phrases):len(r.phrases)]
}

// joinsPostModifier reports whether the "and" at k joins two names inside
// the post-modifier of the phrase starting at s: "researchers from Stanford
// University and the University of Toronto".
func (r *sentenceReader) joinsPostModifier(s, k int) bool {
	next := k + 1
	if r.isWord(next) && r.has(next, fDeterminer) {
		next++
	}
	if !r.isWord(next) || !r.capital(next) || !r.capital(k-1) {
		return false
	}
	for j := s + 1; j < k; j++ {
		if r.has(j, fPreposition) {
			return true
		}
	}
	return false
}

// andInsideName reports whether the "and" at k continues a capitalized
// "X of Y" name that began at s.
func (r *sentenceReader) andInsideName(s, k int) bool {
	if !r.capital(k-1) || !r.capital(k+1) {
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
