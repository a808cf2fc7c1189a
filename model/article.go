// Package model is marginalia's domain: the analysed article (paragraphs,
// claims, speakers) and the pure functions that produce and query it. It
// knows nothing of terminals, files or networks.
package model

import (
	"slices"
)

// Kind says what sort of source a speaker is. The order of the constants is
// the order of strength used when a claim with several speakers is counted
// once (person is strongest, group weakest).
type Kind string

const (
	KindPerson       Kind = "person"       // a named individual
	KindOrganization Kind = "organization" // a named body: agency, company, union
	KindDocument     Kind = "document"     // a study, report, statement
	KindAnonymous    Kind = "anonymous"    // an unnamed individual: "a senior official"
	KindGroup        Kind = "group"        // an unnamed plural: experts, analysts
)

// Kinds lists every speaker kind from strongest to weakest source.
var Kinds = []Kind{KindPerson, KindOrganization, KindDocument, KindAnonymous, KindGroup}

// Strength ranks a kind: lower is stronger. Unknown kinds rank last.
func (k Kind) Strength() int {
	for i, kk := range Kinds {
		if kk == k {
			return i
		}
	}
	return len(Kinds)
}

// Meta is what is known about an article besides its text: where it came
// from and what its page said about itself.
type Meta struct {
	Title  string // from markdown front matter, a heading or the HTML page
	Source string // "embedded", an absolute path, a URL or "stdin"
	Format string // "text", "markdown" or "html"
	Byline string // author(s), never a claim
	Date   string // publication date as the page gave it
	URL    string // canonical URL when known
}

// Article is an analysed article. All strings in it have been through
// Sanitize, so none can reach a terminal as a control sequence. Claim texts
// are substrings of their paragraph's text, so the analysis never copies the
// article beyond the one normalized string per paragraph.
type Article struct {
	Meta
	Paragraphs []Paragraph
	Claims     []Claim
	Speakers   []Speaker
	// complete: the whole article has been analysed, so notes that depend
	// on something never appearing (a full name) may be given.
	complete bool
}

// Paragraph is one block of the article.
type Paragraph struct {
	Index  int    // 1-based position in the article
	Text   string // sanitized, whitespace-normalized paragraph text
	Claims []int  // indices into Article.Claims, in order
}

// Claim is one sentence of the article with its sourcing. An article holds
// one Claim per sentence (59k on a 5 MB article), so the struct is kept
// small: 32-bit positions, the ID as a number and the cue as an index
// into the lexicon, made into text when asked for (ID, Cue), and the source
// notes (with, for claims built by hand, the hedges and check reasons) end
// to end in one list instead of three slice headers (see Hedges, Checks,
// SourceNotes and SetSignals). 104 bytes instead of 192.
type Claim struct {
	// id is the stable short hash of the normalized text, de-duplicated
	// (see ID and claimID).
	id       claimID
	Text     string // exactly Paragraph.Text[Start:End]
	Speakers []int  // indices into Article.Speakers; empty when unattributed
	// signals is the hedges, then the check reasons, then the source
	// notes; nHedges and nChecks say how many hedges and checks there are.
	// A claim the analysis made keeps only its notes there (fromText).
	signals          []string
	Index            int32 // 0-based position in Article.Claims
	Paragraph        int32 // 1-based paragraph index
	Start, End       int32 // byte offsets into the paragraph's Text
	nHedges, nChecks uint32
	Quoted           bool   // the claim carries a direct or partial quote
	CheckWorthy      bool   // numbers, dates, superlatives, vague quantities
	cue              cueRef // the reporting cue that attributed it (see Cue)
	flags            claimFlags
}

// claimFlags say how a claim keeps its signals.
type claimFlags uint8

const (
	// fromText: the hedges and check reasons are not kept but found again
	// in Text when asked for (Signals gives the same lists for the same
	// text). Kept, they were a seventh of what an analysed article keeps
	// live (2.8 of 20.1 MiB on the 5 MB article, BenchmarkAnalyzeLiveHeap),
	// yet are read only for the one claim shown, or once per claim by
	// claims --json and export. nHedges and nChecks still count them: the
	// analysis did.
	fromText claimFlags = 1 << iota
	// spellsSignals: the source notes end with the notes spelling out the
	// hedges and checks (signalNotes), made when asked for rather than kept.
	spellsSignals
	// analysedNotes: the source notes are the analysis's, not set by
	// SetSignals or SetSourceNotes, so Article.SourceNotes may add those
	// only the whole article decides.
	analysedNotes
)

func (c Claim) has(f claimFlags) bool { return c.flags&f != 0 }

// set turns f on or off.
func (c *Claim) set(f claimFlags, on bool) {
	if on {
		c.flags |= f
	} else {
		c.flags &^= f
	}
}

// bounds is where the hedges start, where they end and where the checks
// end in c.signals.
func (c Claim) bounds() (hedges, checks, notes int) {
	if c.has(fromText) {
		return 0, 0, 0
	}
	return 0, int(c.nHedges), int(c.nHedges) + int(c.nChecks)
}

// Hedges is the hedging words and phrases found ("may", "potentially"),
// nil when there are none.
func (c Claim) Hedges() []string {
	if c.has(fromText) {
		hedges, _ := c.textSignals()
		return hedges
	}
	from, to, _ := c.bounds()
	return part(c.signals, from, to)
}

// Checks is why the claim is check-worthy ("a figure: 49%", "a vague
// quantity: hundreds"), nil when there is nothing to check.
func (c Claim) Checks() []string {
	if c.has(fromText) {
		_, checks := c.textSignals()
		return checks
	}
	_, from, to := c.bounds()
	return part(c.signals, from, to)
}

// hedged reports whether the claim has hedges, without finding them again.
func (c Claim) hedged() bool { return c.nHedges > 0 }

// textSignals finds a fromText claim's hedges and checks again in its
// text, skipping the scan when the analysis found neither (most claims).
func (c Claim) textSignals() (hedges, checks []string) {
	if c.nHedges == 0 && c.nChecks == 0 {
		return nil, nil
	}
	hedges, _, checks = Signals(c.Text)
	return part(hedges, 0, len(hedges)), part(checks, 0, len(checks))
}

// SourceNotes is the short notes a reader can act on, nil when there are
// none: who stands behind the claim, then its hedges and checks spelled out
// ("Hedged: may.", "Check-worthy: a figure: 49%."). Those last two are made
// anew by each call. The notes only the whole article decides ("Surname
// only") are not among them: Article.SourceNotes gives every note.
func (c Claim) SourceNotes() []string {
	_, _, notes := c.signalLists(c.ownNotes())
	return notes
}

// ownNotes is the source notes the claim keeps.
func (c Claim) ownNotes() []string {
	_, _, from := c.bounds()
	return part(c.signals, from, len(c.signals))
}

// signalLists is the claim's hedges and checks, from one scan of its text
// for an analysed claim, and notes followed, for an analysed claim, by the
// notes spelling out those hedges and checks.
func (c Claim) signalLists(notes []string) (hedges, checks, spelled []string) {
	if c.has(fromText) {
		hedges, checks = c.textSignals()
	} else {
		hedges, checks = c.Hedges(), c.Checks()
	}
	if !c.has(spellsSignals) {
		return hedges, checks, notes
	}
	// notes is capped: appending copies it, never writing the list the
	// claim shares with snapshots.
	return hedges, checks, signalNotes(notes, hedges, c.CheckWorthy, checks)
}

// part is list[from:to], nil when empty, capped so nothing appended to it
// reaches the rest of the list.
func part(list []string, from, to int) []string {
	if from == to {
		return nil
	}
	return list[from:to:to]
}

// Clone is a copy of the claim that shares no list with it.
func (c Claim) Clone() Claim {
	c.Speakers = slices.Clone(c.Speakers)
	c.signals = slices.Clone(c.signals)
	return c
}

// SetSignals sets the claim's hedges, check reasons and source notes (in
// one new list; the analysis keeps only the notes and finds the hedges and
// checks in the text again). The notes are all of SourceNotes: none is
// added to spell out the hedges and checks.
func (c *Claim) SetSignals(hedges, checks, notes []string) {
	c.set(fromText, false)
	c.set(analysedNotes, false)
	c.setSignals(slices.Concat(hedges, checks, notes), len(hedges), len(checks))
	c.set(spellsSignals, false)
}

// SetSourceNotes replaces the claim's source notes (all of them, see
// SetSignals), keeping its hedges and check reasons.
func (c *Claim) SetSourceNotes(notes []string) {
	if c.has(fromText) {
		c.signals = slices.Concat(notes) // the hedges and checks stay in the text
		if len(c.signals) == 0 {
			c.signals = nil
		}
	} else {
		hedges, checks := c.Hedges(), c.Checks()
		c.setSignals(slices.Concat(hedges, checks, notes), len(hedges), len(checks))
	}
	c.set(spellsSignals, false)
	c.set(analysedNotes, false)
}

// setTextSignals adopts notes as the claim's source notes, the analysis
// having found hedges hedges and checks checks in its text: those are
// found again when asked for (fromText).
func (c *Claim) setTextSignals(notes []string, hedges, checks int) {
	if len(notes) == 0 {
		notes = nil
	}
	c.signals = notes
	c.nHedges, c.nChecks = uint32(hedges), uint32(checks)
	c.set(fromText, true)
	c.set(spellsSignals, true)
	c.set(analysedNotes, true)
}

// setSignals adopts signals, whose first hedges entries are the hedges and
// the next checks entries the check reasons.
func (c *Claim) setSignals(signals []string, hedges, checks int) {
	if len(signals) == 0 {
		signals = nil
	}
	c.signals, c.nHedges, c.nChecks = signals, uint32(hedges), uint32(checks)
}

// Unattributed reports whether the claim is in the article's own voice.
func (c Claim) Unattributed() bool { return len(c.Speakers) == 0 }

// SourceNotes is every note on claim ci (see Claim.SourceNotes), with,
// once the whole article is analysed, the notes that only the whole article
// decides: "Surname only" for a person never introduced with a full name
// or role. Those are made here, when asked, instead of being written into
// the claims at the end of the analysis: rewriting claims that snapshots
// already share would copy the whole claims array (7 MB on a 5 MB article)
// at the reader's peak of memory.
func (a *Article) SourceNotes(ci int) []string {
	_, _, notes := a.ClaimSignals(ci)
	return notes
}

// ClaimSignals is claim ci's Hedges, Checks and SourceNotes (the article's:
// every note), from one scan of its text where an analysed claim has any.
func (a *Article) ClaimSignals(ci int) (hedges, checks, notes []string) {
	c := &a.Claims[ci]
	notes = c.ownNotes()
	if a.complete && c.has(analysedNotes) && slices.ContainsFunc(c.Speakers, func(si int) bool { return surnameOnly(a.Speakers[si]) }) {
		notes = finalSpeakerNotes(c, a.Speakers)
	}
	return c.signalLists(notes)
}

// Speaker is one source of claims, all its mentions merged.
type Speaker struct {
	Name       string   // fullest form of the name
	Kind       Kind     // person, organization, document, anonymous or group
	Role       string   // title or appositive: "Former US Army Captain"
	Aliases    []string // other forms used in the article ("Lerette", "the official")
	Claims     []int    // indices into Article.Claims, in order
	FirstClaim int      // index of the claim where the speaker is first introduced
	// anonymityExplained: a reason for the source's anonymity was given
	// (kept once the article is complete, for Article.SourceNotes).
	anonymityExplained bool
}

// StrongestKind is the kind a claim counts under in summaries: its strongest
// speaker's, or "" when the claim is unattributed.
func (a *Article) StrongestKind(c Claim) Kind {
	var best Kind
	for _, si := range c.Speakers {
		k := a.Speakers[si].Kind
		if best == "" || k.Strength() < best.Strength() {
			best = k
		}
	}
	return best
}
