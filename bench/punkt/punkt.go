// Package punkt compares marginalia's analysis with a Punkt sentence
// segmenter (github.com/neurosnap/sentences, English) on the same generated
// text. It is a module of its own so the peer never becomes a dependency of
// the marginalia binary.
package punkt

import (
	"fmt"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"marginalia/bench/gen"
	"marginalia/model"
)

// Size and Seed define the compared text: the same 5 MB article the model
// benchmark and the figures script generate.
const (
	Size = 5 << 20
	Seed = 1
)

// Text is the generated article both sides process.
func Text() string { return gen.Article(Size, Seed) }

// NewPunkt loads Punkt's English model. Loading is done once, outside the
// timed loop, so only segmentation is measured.
func NewPunkt() (*sentences.DefaultSentenceTokenizer, error) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("load Punkt's English model: %w", err)
	}
	return tok, nil
}

// PunktSentences segments text with Punkt and returns the sentence count.
func PunktSentences(tok *sentences.DefaultSentenceTokenizer, text string) int {
	return len(tok.Tokenize(text))
}

// MarginaliaClaims runs marginalia's whole analysis (sanitizing, paragraphs,
// sentences, attribution, signals) and returns the claim count.
func MarginaliaClaims(text string) int {
	return len(model.Analyze(text, model.Meta{Source: "bench", Format: "text"}).Claims)
}
