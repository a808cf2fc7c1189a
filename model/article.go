// Package model is marginalia's domain: the analysed article (paragraphs,
// claims, speakers) and the pure functions that produce and query it. It
// knows nothing of terminals, files or networks.
package model

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

// Claim is one sentence of the article with its sourcing.
type Claim struct {
	ID          string   // stable short hash of the normalized text, de-duplicated
	Index       int      // 0-based position in Article.Claims
	Paragraph   int      // 1-based paragraph index
	Start, End  int      // byte offsets into the paragraph's Text
	Text        string   // exactly Paragraph.Text[Start:End]
	Speakers    []int    // indices into Article.Speakers; empty when unattributed
	Cue         string   // the reporting cue that attributed it ("said", "according to")
	Quoted      bool     // the claim carries a direct or partial quote
	Hedges      []string // hedging words and phrases found ("may", "potentially")
	CheckWorthy bool     // numbers, dates, superlatives, vague quantities
	Checks      []string // why it is check-worthy ("a figure: 49%", "a vague quantity: hundreds")
	SourceNotes []string // short notes a reader can act on
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
