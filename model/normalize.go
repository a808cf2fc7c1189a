package model

import "strings"

// Normalizer turns raw article text into sanitized, whitespace-normalized
// paragraphs, one at a time, so a huge article can be shown before all of it
// has been read.
// PLACEHOLDER: the segmentation work replaces the internals (boilerplate,
// markdown, hard-wrapped lines); the API stays.
type Normalizer struct {
	rest  string
	title string
}

// NewNormalizer prepares raw text in the given format ("text", "markdown").
func NewNormalizer(raw, format string) *Normalizer {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	return &Normalizer{rest: raw}
}

// Title is the title found at the top of the text (a markdown heading or a
// short unpunctuated first line), or "". Valid after the first Next call.
func (n *Normalizer) Title() string { return n.title }

// Next returns the next paragraph's normalized text, or ok=false at the end.
func (n *Normalizer) Next() (para string, ok bool) {
	for n.rest != "" {
		var block string
		block, n.rest, _ = strings.Cut(n.rest, "\n\n")
		p := strings.Join(strings.Fields(Sanitize(block)), " ")
		if p != "" {
			return p, true
		}
	}
	return "", false
}

// Remaining is the number of raw bytes not yet consumed, for progress.
func (n *Normalizer) Remaining() int { return len(n.rest) }
