package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
)

// Claim IDs are derived from the claim's text, so a note stays attached to
// its claim when the article is reloaded, re-fetched with different
// typography, or edited elsewhere. The text is normalized first: case,
// punctuation and spacing do not change an ID; words do.

// claimIDs hands out IDs for the claims of one article, in order.
type claimIDs struct {
	seen map[string]int
}

// next returns the ID of the next claim with this text. A sentence that
// appears again gets its hash with "-2", "-3", … in order of appearance, so
// IDs are unique and deterministic.
func (g *claimIDs) next(text string) string {
	if g.seen == nil {
		g.seen = map[string]int{}
	}
	id := claimHash(text)
	g.seen[id]++
	if n := g.seen[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}

// claimHash is the first 10 hex digits of the SHA-256 of the normalized
// text: short enough to read, long enough that two claims of one article
// practically never collide (and a collision is de-duplicated anyway).
func claimHash(text string) string {
	sum := sha256.Sum256([]byte(normalizeForID(text)))
	return hex.EncodeToString(sum[:])[:10]
}

// normalizeForID keeps the words of a text, lower case, separated by single
// spaces: "“Hello,” she said." and "\"hello\" she said" get the same ID.
func normalizeForID(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	pendingSpace := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pendingSpace && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pendingSpace = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		pendingSpace = true
	}
	return b.String()
}
