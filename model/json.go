package model

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
	doc := Document{Title: a.Title, Source: a.Source,
		Paragraphs: []DocParagraph{}, Claims: []DocClaim{}, Speakers: []DocSpeaker{}}
	kept := func(ci int) bool { return keep == nil || keep(a.Claims[ci]) }
	for _, p := range a.Paragraphs {
		dp := DocParagraph{Index: p.Index, Text: p.Text, Claims: []string{}}
		for _, ci := range p.Claims {
			if kept(ci) {
				dp.Claims = append(dp.Claims, a.Claims[ci].ID)
			}
		}
		doc.Paragraphs = append(doc.Paragraphs, dp)
	}
	for _, c := range a.Claims {
		if !kept(c.Index) {
			continue
		}
		dc := DocClaim{ID: c.ID, Paragraph: c.Paragraph, Text: c.Text, Start: c.Start, End: c.End,
			Speakers: []string{}, Cue: c.Cue, Hedges: nonNil(c.Hedges), CheckWorthy: c.CheckWorthy,
			SourceNotes: nonNil(c.SourceNotes)}
		for _, si := range c.Speakers {
			dc.Speakers = append(dc.Speakers, a.Speakers[si].Name)
		}
		doc.Claims = append(doc.Claims, dc)
	}
	for _, s := range a.Speakers {
		ds := DocSpeaker{Name: s.Name, Kind: s.Kind, Role: s.Role, Aliases: nonNil(s.Aliases), Claims: []string{}}
		for _, ci := range s.Claims {
			if kept(ci) {
				ds.Claims = append(ds.Claims, a.Claims[ci].ID)
			}
		}
		doc.Speakers = append(doc.Speakers, ds)
	}
	return doc
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
