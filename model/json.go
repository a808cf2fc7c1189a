package model

import (
	"iter"
	"slices"
)

// Document is the `claims --json` contract: field names are relied on by
// scripts and tests, and arrays are never null.
type Document struct {
	Title      string         `json:"title"`
	Source     string         `json:"source"`
	Paragraphs []DocParagraph `json:"paragraphs"`
	Claims     []DocClaim     `json:"claims"`
	Speakers   []DocSpeaker   `json:"speakers"`
}

// DocParagraph is a paragraph in the JSON document.
type DocParagraph struct {
	Index  int      `json:"index"`
	Text   string   `json:"text"`
	Claims []string `json:"claims"`
}

// DocClaim is a claim in the JSON document.
type DocClaim struct {
	ID          string   `json:"id"`
	Paragraph   int      `json:"paragraph"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Speakers    []string `json:"speakers"`
	Cue         string   `json:"cue"`
	Hedges      []string `json:"hedges"`
	CheckWorthy bool     `json:"checkworthy"`
	SourceNotes []string `json:"source_notes"`
}

// DocSpeaker is a speaker in the JSON document.
type DocSpeaker struct {
	Name    string   `json:"name"`
	Kind    Kind     `json:"kind"`
	Role    string   `json:"role"`
	Aliases []string `json:"aliases"`
	Claims  []string `json:"claims"`
}

// ToDocument builds the JSON document for an article, restricted to the
// claims for which keep returns true (all of them when keep is nil).
func ToDocument(a *Article, keep func(Claim) bool) Document {
	return Document{Title: a.Title, Source: a.Source,
		Paragraphs: slices.AppendSeq(make([]DocParagraph, 0, len(a.Paragraphs)), DocParagraphs(a, keep)),
		Claims:     slices.AppendSeq(make([]DocClaim, 0, len(a.Claims)), DocClaims(a, keep)),
		Speakers:   slices.AppendSeq(make([]DocSpeaker, 0, len(a.Speakers)), DocSpeakers(a, keep))}
}

// DocParagraphs, DocClaims and DocSpeakers yield the document's elements
// one at a time, as ToDocument lists them, so `claims --json` can write a
// huge article without holding a second copy of its analysis in memory.
func DocParagraphs(a *Article, keep func(Claim) bool) iter.Seq[DocParagraph] {
	return func(yield func(DocParagraph) bool) {
		for _, p := range a.Paragraphs {
			dp := DocParagraph{Index: p.Index, Text: p.Text, Claims: keptIDs(a, p.Claims, keep)}
			if !yield(dp) {
				return
			}
		}
	}
}

// DocClaims yields the kept claims; see DocParagraphs.
func DocClaims(a *Article, keep func(Claim) bool) iter.Seq[DocClaim] {
	return func(yield func(DocClaim) bool) {
		for _, c := range a.Claims {
			if keep != nil && !keep(c) {
				continue
			}
			hedges, _, notes := a.ClaimSignals(int(c.Index))
			dc := DocClaim{ID: c.ID(), Paragraph: int(c.Paragraph), Text: c.Text, Start: int(c.Start), End: int(c.End),
				Speakers: make([]string, 0, len(c.Speakers)), Cue: c.Cue(), Hedges: nonNil(hedges),
				CheckWorthy: c.CheckWorthy, SourceNotes: nonNil(notes)}
			for _, si := range c.Speakers {
				dc.Speakers = append(dc.Speakers, a.Speakers[si].Name)
			}
			if !yield(dc) {
				return
			}
		}
	}
}

// DocSpeakers yields every speaker with its kept claims; see DocParagraphs.
func DocSpeakers(a *Article, keep func(Claim) bool) iter.Seq[DocSpeaker] {
	return func(yield func(DocSpeaker) bool) {
		for _, s := range a.Speakers {
			ds := DocSpeaker{Name: s.Name, Kind: s.Kind, Role: s.Role, Aliases: nonNil(s.Aliases),
				Claims: keptIDs(a, s.Claims, keep)}
			if !yield(ds) {
				return
			}
		}
	}
}

// keptIDs returns the IDs of the kept claims among the indexed ones, never nil.
func keptIDs(a *Article, claims []int, keep func(Claim) bool) []string {
	ids := make([]string, 0, len(claims))
	for _, ci := range claims {
		if keep == nil || keep(a.Claims[ci]) {
			ids = append(ids, a.Claims[ci].ID())
		}
	}
	return ids
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
