package model

import "slices"

// Analyzer analyses an article paragraph by paragraph, so a reader can show
// the first screen of a huge article before the rest is analysed. Only one
// goroutine may call Step at a time; Snapshot results are safe to read while
// Step runs again.
//
// State that spans paragraphs (coreference, the speaker of an open quote)
// lives in the Analyzer, so any sequence of Step calls yields exactly the
// article a one-shot Analyze yields.
//
// For each paragraph: the sentences come from SplitSentences, quotations
// from quoteSpans; each sentence's reporting cues and their sources are read
// (attribution.go, phrases.go, speakers.go) and resolved to speakers
// (coref.go, names.go); quoted sentences without a tag of their own take
// their quotation's speaker (followQuotes); then the claim gets its ID
// (ids.go), signals and source notes (sourcenotes.go).
//
// Memory shared with snapshots is never written again: paragraphs and claims
// are appended, never changed; a speaker's Claims slice is only appended to;
// Snapshot copies the speakers and their aliases (a speaker's name, role or
// kind may still change as the article goes on). What can only be decided
// once the whole article is read is decided without writing a published
// claim: full names given after a surname was quoted are set on the
// speakers in finish, and the "Surname only" notes are made when asked for
// (Article.SourceNotes).
type Analyzer struct {
	norm   *Normalizer
	meta   Meta
	art    Article
	ids    claimIDs
	coref  *resolver
	quote  quoteState
	tokens []token               // reused scratch space for one sentence's tokens
	attrs  []sentenceAttribution // reused scratch space for one paragraph's sentences
	reader sentenceReader        // the sentence being read; its mentions point at it
	notes  arena[string]         // where claims' note and signal lists are carved from
	// where claims' speaker lists are carved from
	speakerLists arena[int]
	// where paragraphs' claim lists are carved from
	claimRuns indexRuns
	// reused scratch space for one claim's hedges and check reasons
	hedgeBuf, checkBuf []string
	lower              lowerCache
	done               bool
	size               int
	// reserved: reserveClaims has sized the claims array for the article
	reserved bool
}

// quoteState remembers the speakers of the latest attributed claim, to whom
// a following quotation without a tag of its own belongs ("“A,” said X.
// “B.”"). It holds only across adjacent claims: an unattributed claim in
// between clears it.
type quoteState struct {
	speakers  []int
	cue       cueRef
	paragraph int // 0-based paragraph where it was set
}

// NewAnalyzer prepares the analysis of raw text described by meta.
func NewAnalyzer(raw string, meta Meta) *Analyzer {
	if meta.Format == "" {
		meta.Format = "text"
	}
	a := &Analyzer{norm: NewNormalizer(raw, meta.Format), meta: meta, size: len(raw)}
	// The claims array is the analysis's largest allocation (a 104-byte
	// Claim a sentence, some 7 MB on a 5 MB article), and regrowing it late
	// in a long article holds the old and the new array at once, at the
	// peak of the analysis.
	// So it starts with room for the first part of the text only, at a dense
	// 60 bytes a sentence, and reserveClaims sizes it for the whole article
	// once that part is read.
	a.art.Claims = make([]Claim, 0, len(raw)/claimSample/60+16)
	a.ids.seen = newIDCounts(len(raw)/90 + 1)
	a.coref = newResolver(&a.art.Speakers, &a.lower)
	return a
}

// Step analyses up to n more paragraphs and reports whether the article is
// complete.
func (a *Analyzer) Step(n int) bool {
	for i := 0; i < n && !a.done; i++ {
		p, ok := a.norm.Next()
		if !ok {
			a.finish()
			break
		}
		a.addParagraph(p)
		a.reserveClaims()
	}
	return a.done
}

// claimSample is the share of the text (1/claimSample) whose sentence
// density sizes the claims array.
const claimSample = 16

// reserveClaims, once the first 1/claimSample of the raw text is analysed,
// gives the claims array room for the whole article at the sentence density
// seen so far, plus an eighth: one early copy of a small array instead of
// a late one of a large array. Denser text later on is still appended to,
// just with a regrowth.
func (a *Analyzer) reserveClaims() {
	if a.reserved {
		return
	}
	read := a.size - a.norm.Remaining()
	if read*claimSample < a.size || read == 0 {
		return
	}
	a.reserved = true
	n := len(a.art.Claims)
	want := int(int64(n) * int64(a.size) / int64(read))
	want += want / 8
	if want <= cap(a.art.Claims) {
		return
	}
	// A fresh array: snapshots may still read the old one.
	claims := make([]Claim, n, want)
	copy(claims, a.art.Claims)
	a.art.Claims = claims
}

// Done reports whether the whole article has been analysed.
func (a *Analyzer) Done() bool { return a.done }

// Progress is the fraction of the raw text analysed, from 0 to 1.
func (a *Analyzer) Progress() float64 {
	if a.done || a.size == 0 {
		return 1
	}
	return 1 - float64(a.norm.Remaining())/float64(a.size)
}

// Snapshot returns the article analysed so far. It shares no mutable memory
// with the analyzer.
func (a *Analyzer) Snapshot() Article {
	art := a.art
	art.Meta = a.meta
	if art.Title == "" {
		art.Title = Sanitize(a.norm.Title())
	}
	art.Paragraphs = art.Paragraphs[:len(art.Paragraphs):len(art.Paragraphs)]
	art.Claims = art.Claims[:len(art.Claims):len(art.Claims)]
	art.Speakers = make([]Speaker, len(a.art.Speakers))
	for i, sp := range a.art.Speakers {
		sp.Aliases = slices.Clone(sp.Aliases)
		sp.Claims = sp.Claims[:len(sp.Claims):len(sp.Claims)]
		art.Speakers[i] = sp
	}
	return art
}

// sentenceAttribution is what attribution found for one sentence before
// quotations are followed across sentences.
type sentenceAttribution struct {
	speakers     []int
	cue          cueRef
	unclear      string // a pronoun cue with no antecedent
	quoted       bool   // the sentence carries a direct or partial quote
	startsQuoted bool   // it opens with a quotation (or continues one)
	firstSpan    int    // first and last quotation it overlaps, -1 if none
	lastSpan     int
}

func (a *Analyzer) addParagraph(text string) {
	pi := len(a.art.Paragraphs)
	spans := quoteSpans(text)
	sents := SplitSentences(text)
	base := len(a.art.Claims)
	para := Paragraph{Index: pi + 1, Text: text, Claims: a.claimRuns.run(base, len(sents))}
	// Every entry is overwritten below, so the scratch slice is reused
	// from paragraph to paragraph.
	a.attrs = slices.Grow(a.attrs[:0], len(sents))[:len(sents)]
	attrs := a.attrs
	cursor := 0 // first quotation that may overlap the next sentence
	for i, sp := range sents {
		attrs[i] = a.attribute(text, sp, spans, &cursor, base+i)
	}
	a.followQuotes(attrs, pi)
	ids := a.ids.paragraph(text, sents)
	for i, sp := range sents {
		at := attrs[i]
		c := Claim{
			Index:     int32(base + i),
			Paragraph: int32(pi + 1),
			Start:     int32(sp[0]),
			End:       int32(sp[1]),
			Text:      text[sp[0]:sp[1]],
			Speakers:  uniqueInts(&a.speakerLists, at.speakers),
			cue:       at.cue,
			Quoted:    at.quoted,
		}
		c.id = ids[i]
		hedges, worthy, checks := countSignals(c.Text, &a.hedgeBuf, &a.checkBuf)
		c.CheckWorthy = worthy
		a.link(&c)
		// The notes speakerNotes writes go in room from the arena.
		notes := speakerNotes(a.notes.room(max(len(c.Speakers), 1)), &c, a.art.Speakers, a.coref.info, at.unclear)
		c.setTextSignals(a.notes.keep(notes), hedges, checks)
		a.art.Claims = append(a.art.Claims, c)
	}
	a.art.Paragraphs = append(a.art.Paragraphs, para)
}

// link records the claim on its speakers, and a reason for anonymity given
// in it on its anonymous speakers.
func (a *Analyzer) link(c *Claim) {
	checked, explained := false, false
	for _, si := range c.Speakers {
		sp := &a.art.Speakers[si]
		sp.Claims = append(sp.Claims, int(c.Index))
		if sp.Kind == KindAnonymous || sp.Kind == KindGroup {
			if !checked {
				checked, explained = true, anonymityExplained(c.Text)
			}
			if explained {
				a.coref.info[si].anonymityExplained = true
			}
		}
	}
}

// attribute finds the cues of one sentence and resolves their sources.
// Sentences come in order, so the quotations they overlap are found from
// *cursor onwards, keeping the paragraph's work linear.
func (a *Analyzer) attribute(text string, sp [2]int, spans [][2]int, cursor *int, claim int) sentenceAttribution {
	at := sentenceAttribution{firstSpan: -1, lastSpan: -1}
	s := text[sp[0]:sp[1]]
	for *cursor < len(spans) && spans[*cursor][1] <= sp[0] {
		*cursor++
	}
	for k := *cursor; k < len(spans) && spans[k][0] < sp[1]; k++ {
		if at.firstSpan < 0 {
			at.firstSpan = k
		}
		at.lastSpan = k
	}
	if at.firstSpan >= 0 {
		at.quoted = true
		first := spans[at.firstSpan]
		at.startsQuoted = first[0] < sp[0] || first[0] == sp[0]
	}
	tk, ascii := tokenize(s, a.tokens, &a.lower)
	a.tokens = tk
	cues, names := sentenceGate(s, tk, ascii)
	if !cues && !names {
		return at // no reporting word and no one introduced
	}
	if at.firstSpan >= 0 {
		markQuoted(tk, sp[0], spans[at.firstSpan:at.lastSpan+1])
	}
	// One reader for every sentence: a fresh one per sentence escaped to the
	// heap (mentions point back at it), an allocation for each sentence. Its
	// scratch lists are kept from sentence to sentence.
	a.reader.reset(s, tk, &a.lower, &a.coref.roles)
	r := &a.reader
	a.coref.startSentence()
	if names {
		r.collectNames(&a.coref.book)
	}
	if !cues {
		return at
	}
	unclearCue := noCue
	// The speakers are gathered in the reader's scratch list and kept in
	// the arena at the end: one copy instead of an allocation per sentence.
	at.speakers = r.speakers[:0]
	for _, cue := range r.findCues() {
		// The cue's speakers go straight onto the sentence's; found is
		// this cue's part of them.
		first := len(at.speakers)
		for _, p := range cue.phrases {
			m, ok := r.readMention(p)
			if !ok {
				continue
			}
			n := len(at.speakers)
			at.speakers = a.coref.resolve(at.speakers, m, claim)
			if len(at.speakers) == n && m.pronoun != "" && at.unclear == "" {
				at.unclear, unclearCue = m.pronoun, cue.cue
			}
		}
		found := at.speakers[first:]
		a.coref.notePlural(found)
		if at.cue == noCue && len(found) > 0 {
			at.cue = cue.cue // the first cue that names someone
		}
	}
	switch {
	case len(at.speakers) > 0:
		at.unclear = ""
	case at.unclear != "":
		at.cue = unclearCue // "she said" with no one to be "she"
	}
	r.speakers = at.speakers[:0]
	at.speakers = a.speakerLists.copyOf(at.speakers)
	return at
}

// markQuoted flags the tokens inside quotation marks. Token offsets are
// relative to the sentence starting at off; spans are paragraph offsets.
func markQuoted(tk []token, off int, spans [][2]int) {
	for i := range tk {
		pos := off + int(tk[i].start)
		for _, q := range spans {
			if pos > q[0] && pos < q[1] && tk[i].kind != tokQuoteClose {
				tk[i].quoted = true
				break
			}
		}
	}
}

// followQuotes gives quoted sentences without a tag of their own the speaker
// of their quotation: the sentences of one quotation share the tag found in
// any of them ("“A. B.” said X."), and a quotation that opens a claim right
// after an attributed claim continues it ("… said X. “C.”").
func (a *Analyzer) followQuotes(attrs []sentenceAttribution, pi int) {
	for i := 0; i < len(attrs); {
		if attrs[i].firstSpan < 0 {
			a.remember(attrs[i], pi)
			i++
			continue
		}
		j := i
		for j+1 < len(attrs) && attrs[j+1].firstSpan >= 0 && attrs[j+1].firstSpan <= attrs[j].lastSpan {
			j++
		}
		tag := -1
		for k := i; k <= j; k++ {
			if len(attrs[k].speakers) > 0 {
				tag = k
				break
			}
		}
		var speakers []int
		var cue cueRef
		switch {
		case tag >= 0:
			speakers, cue = attrs[tag].speakers, attrs[tag].cue
		case attrs[i].startsQuoted && len(a.quote.speakers) > 0 && a.quote.paragraph >= pi-1:
			speakers, cue = a.quote.speakers, a.quote.cue
		}
		for k := i; k <= j; k++ {
			if len(attrs[k].speakers) == 0 && attrs[k].unclear == "" && len(speakers) > 0 {
				attrs[k].speakers, attrs[k].cue = speakers, cue
			}
			a.remember(attrs[k], pi)
		}
		i = j + 1
	}
}

// remember updates the quote state after a claim.
func (a *Analyzer) remember(at sentenceAttribution, pi int) {
	if len(at.speakers) == 0 {
		a.quote = quoteState{}
		return
	}
	a.quote = quoteState{speakers: at.speakers, cue: at.cue, paragraph: pi}
}

// finish completes the analysis: speakers get the full names given after
// they were quoted, and the article is marked complete, so the notes only
// the whole article decides (a person never given a full name or role) are
// made when asked (Article.SourceNotes), from the speakers as they end up.
// No claim the snapshots share is rewritten, nor copied.
func (a *Analyzer) finish() {
	a.done = true
	a.coref.completeNames()
	// Those notes also name the article's other speakers of the claim, as
	// anonymous or vague, with whether a reason for anonymity was given:
	// kept on the speakers, since the coreference tables are released.
	for si := range a.art.Speakers {
		a.art.Speakers[si].anonymityExplained = a.coref.info[si].anonymityExplained
	}
	a.art.complete = true
	a.release()
}

// release drops what only the analysis needed, now that it is complete:
// the claim ID counts, the coreference tables and the scratch space (2 MB
// on the 5 MB article), which would otherwise live as long as the analyzer
// does. The reader's first command holds it for good.
func (a *Analyzer) release() {
	a.ids, a.coref, a.quote, a.lower = claimIDs{}, nil, quoteState{}, lowerCache{}
	a.tokens, a.attrs, a.reader = nil, nil, sentenceReader{}
	a.notes, a.speakerLists, a.claimRuns = arena[string]{}, arena[int]{}, indexRuns{}
	a.hedgeBuf, a.checkBuf = nil, nil
}

// indexRuns hands out paragraphs' claim lists. A paragraph's claims are
// consecutive, so every list is a window on one run of consecutive indices
// shared by many paragraphs: no allocation per paragraph, and no list has
// room past its end.
type indexRuns struct {
	run0 []int // run0[i] == run0[0]+i
}

// run returns the list first, first+1, …, first+n-1 (nil when n is 0).
func (r *indexRuns) run(first, n int) []int {
	if n == 0 {
		return nil
	}
	if len(r.run0) == 0 || first < r.run0[0] || first+n > r.run0[0]+len(r.run0) {
		r.run0 = make([]int, max(arenaChunk, n))
		for i := range r.run0 {
			r.run0[i] = first + i
		}
	}
	off := first - r.run0[0]
	return r.run0[off : off+n : off+n]
}

// Analyze analyses a whole article.
func Analyze(raw string, meta Meta) Article {
	a := NewAnalyzer(raw, meta)
	for !a.Step(1 << 20) {
	}
	return a.Snapshot()
}
