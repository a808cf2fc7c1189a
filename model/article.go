// Package model is marginalia's domain: the analysed article (paragraphs,
// claims, speakers) and the pure functions that produce and query it. It
// knows nothing of terminals, files or networks.
package model

import (
	"math"
	"slices"
	"strconv"
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
}

// Paragraph is one block of the article.
type Paragraph struct {
	Index  int    // 1-based position in the article
	Text   string // sanitized, whitespace-normalized paragraph text
	Claims []int  // indices into Article.Claims, in order
}

// Claim is one sentence of the article with its sourcing. An article holds
// one Claim per sentence (59k on a 5 MB article), so the struct is kept
// small: 32-bit positions, and the hedges, check reasons and source notes
// end to end in one list (see Hedges, Checks, SourceNotes and SetSignals)
// instead of three slice headers. 120 bytes instead of 192.
type Claim struct {
	// id is the stable short hash of the normalized text, de-duplicated
	// (see ID and claimID).
	id       claimID
	Text     string // exactly Paragraph.Text[Start:End]
	cue      cueRef // the reporting cue that attributed it (see Cue)
	Speakers []int  // indices into Article.Speakers; empty when unattributed
	// signals is the hedges, then the check reasons, then the source
	// notes; nHedges and nChecks say how many hedges and checks there are.
	signals          []string
	Index            int32 // 0-based position in Article.Claims
	Paragraph        int32 // 1-based paragraph index
	Start, End       int32 // byte offsets into the paragraph's Text
	nHedges, nChecks uint16
	Quoted           bool // the claim carries a direct or partial quote
	CheckWorthy      bool // numbers, dates, superlatives, vague quantities
	// spellsSignals: the source notes end with the notes spelling out the
	// hedges and checks (signalNotes), made when asked for rather than kept.
	spellsSignals bool
	// wide: more hedges or checks than 16 bits count (one sentence of a
	// pasted table of figures). signals then starts with the two counts in
	// decimal, and nHedges and nChecks are unused: 16-bit counts keep the
	// struct at 120 bytes instead of 128 for the claims of every article.
	wide bool
}

// bounds is where the hedges start, where they end and where the checks
// end in c.signals.
func (c Claim) bounds() (hedges, checks, notes int) {
	if !c.wide {
		return 0, int(c.nHedges), int(c.nHedges) + int(c.nChecks)
	}
	h, _ := strconv.Atoi(c.signals[0]) // written by setSignals
	k, _ := strconv.Atoi(c.signals[1])
	return 2, 2 + h, 2 + h + k
}

// Hedges is the hedging words and phrases found ("may", "potentially"),
// nil when there are none.
func (c Claim) Hedges() []string {
	from, to, _ := c.bounds()
	return part(c.signals, from, to)
}

// Checks is why the claim is check-worthy ("a figure: 49%", "a vague
// quantity: hundreds"), nil when there is nothing to check.
func (c Claim) Checks() []string {
	_, from, to := c.bounds()
	return part(c.signals, from, to)
}

// SourceNotes is the short notes a reader can act on, nil when there are
// none: who stands behind the claim, then its hedges and checks spelled out
// ("Hedged: may.", "Check-worthy: a figure: 49%."). Those last two are made
// anew by each call.
func (c Claim) SourceNotes() []string {
	_, _, from := c.bounds()
	notes := part(c.signals, from, len(c.signals))
	if !c.spellsSignals {
		return notes
	}
	// notes is capped: appending copies it, never writing the list the
	// claim shares with snapshots.
	return signalNotes(notes, c.Hedges(), c.CheckWorthy, c.Checks())
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
// one new list; the analysis builds that list in an arena instead). The
// notes are all of SourceNotes: none is added to spell out the hedges and
// checks.
func (c *Claim) SetSignals(hedges, checks, notes []string) {
	c.setSignals(slices.Concat(hedges, checks, notes), len(hedges), len(checks))
	c.spellsSignals = false
}

// SetSourceNotes replaces the claim's source notes (all of them, see
// SetSignals), keeping its hedges and check reasons.
func (c *Claim) SetSourceNotes(notes []string) { c.SetSignals(c.Hedges(), c.Checks(), notes) }

// setSpeakerNotes replaces the notes on who stands behind the claim, in a
// new list: the notes spelling out its hedges and checks still follow them.
func (c *Claim) setSpeakerNotes(notes []string) {
	hedges, checks := c.Hedges(), c.Checks()
	c.setSignals(slices.Concat(hedges, checks, notes), len(hedges), len(checks))
}

// setSignals adopts signals, whose first hedges entries are the hedges and
// the next checks entries the check reasons.
func (c *Claim) setSignals(signals []string, hedges, checks int) {
	if len(signals) == 0 {
		signals = nil
	}
	c.wide = hedges > math.MaxUint16 || checks > math.MaxUint16
	if c.wide {
		signals = slices.Concat([]string{strconv.Itoa(hedges), strconv.Itoa(checks)}, signals)
		hedges, checks = 0, 0
	}
	c.signals, c.nHedges, c.nChecks = signals, uint16(hedges), uint16(checks)
}

// Unattributed reports whether the claim is in the article's own voice.
func (c Claim) Unattributed() bool { return len(c.Speakers) == 0 }

// Speaker is one source of claims, all its mentions merged.
type Speaker struct {
	Name       string   // fullest form of the name
	Kind       Kind     // person, organization, document, anonymous or group
	Role       string   // title or appositive: "Former US Army Captain"
	Aliases    []string // other forms used in the article ("Lerette", "the official")
	Claims     []int    // indices into Article.Claims, in order
	FirstClaim int      // index of the claim where the speaker is first introduced
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
