package model

import (
	"crypto/sha256"
	"encoding/hex"
)

// Analyzer analyses an article paragraph by paragraph, so a reader can show
// the first screen of a huge article before the rest is analysed. Only one
// goroutine may call Step at a time; Snapshot results are safe to read while
// Step runs again.
type Analyzer struct {
	norm *Normalizer
	meta Meta
	art  Article
	ids  map[string]int
	done bool
	size int
}

// NewAnalyzer prepares the analysis of raw text described by meta.
func NewAnalyzer(raw string, meta Meta) *Analyzer {
	if meta.Format == "" {
		meta.Format = "text"
	}
	return &Analyzer{norm: NewNormalizer(raw, meta.Format), meta: meta, ids: map[string]int{}, size: len(raw)}
}

// Step analyses up to n more paragraphs and reports whether the article is
// complete.
func (a *Analyzer) Step(n int) bool {
	for i := 0; i < n && !a.done; i++ {
		p, ok := a.norm.Next()
		if !ok {
			a.done = true
			break
		}
		a.addParagraph(p)
	}
	return a.done
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
	art.Speakers = append([]Speaker(nil), art.Speakers...)
	return art
}

func (a *Analyzer) addParagraph(text string) {
	pi := len(a.art.Paragraphs)
	para := Paragraph{Index: pi + 1, Text: text}
	for _, sp := range SplitSentences(text) {
		c := Claim{
			Index:     len(a.art.Claims),
			Paragraph: pi + 1,
			Start:     sp[0],
			End:       sp[1],
			Text:      text[sp[0]:sp[1]],
		}
		c.ID = a.claimID(c.Text)
		c.SourceNotes = []string{"Unattributed: stated in the article's own voice."}
		para.Claims = append(para.Claims, c.Index)
		a.art.Claims = append(a.art.Claims, c)
	}
	a.art.Paragraphs = append(a.art.Paragraphs, para)
}

// claimID derives a short stable ID from the claim's text; a repeated
// sentence gets a numbered suffix so IDs stay unique.
func (a *Analyzer) claimID(text string) string {
	sum := sha256.Sum256([]byte(text))
	id := hex.EncodeToString(sum[:])[:10]
	a.ids[id]++
	if n := a.ids[id]; n > 1 {
		id += "-" + string(rune('0'+n%10))
	}
	return id
}

// Analyze analyses a whole article.
func Analyze(raw string, meta Meta) Article {
	a := NewAnalyzer(raw, meta)
	for !a.Step(1 << 20) {
	}
	return a.Snapshot()
}
