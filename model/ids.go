package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Claim IDs are derived from the claim's text, so a note stays attached to
// its claim when the article is reloaded, re-fetched with different
// typography, or edited elsewhere. The text is normalized first: case,
// punctuation and spacing do not change an ID; words do.

// claimIDs hands out IDs for the claims of one article, in order.
type claimIDs struct {
	seen map[uint64]uint32 // ID hash bits → times seen
	buf  []byte            // scratch space for the normalized text
}

// next returns the ID of the next claim with this text. A sentence that
// appears again gets its hash with "-2", "-3", … in order of appearance, so
// IDs are unique and deterministic.
func (g *claimIDs) next(text string) string {
	if g.seen == nil {
		g.seen = map[uint64]uint32{}
	}
	g.buf = appendNormalizedForID(g.buf[:0], text)
	sum := sha256.Sum256(g.buf)
	bits := sum[:idBytes]
	var key uint64
	for _, b := range bits {
		key = key<<8 | uint64(b)
	}
	g.seen[key]++
	var buf [2*idBytes + 12]byte
	hex.Encode(buf[:2*idBytes], bits)
	id := buf[:2*idBytes]
	if n := g.seen[key]; n > 1 {
		id = strconv.AppendInt(append(id, '-'), int64(n), 10)
	}
	return string(id)
}

// idBytes is how much of the SHA-256 of the normalized text an ID keeps:
// 10 hex digits, short enough to read, long enough that two claims of one
// article practically never collide (and a collision is de-duplicated).
const idBytes = 5

// claimHash is the ID a claim with this text gets on its first appearance.
func claimHash(text string) string {
	sum := sha256.Sum256(appendNormalizedForID(nil, text))
	return hex.EncodeToString(sum[:idBytes])
}

// appendNormalizedForID appends the words of a text, lower case, separated
// by single spaces: "“Hello,” she said." and "\"hello\" she said" get the
// same ID.
func appendNormalizedForID(b []byte, text string) []byte {
	pendingSpace := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if asciiWord[c] {
				if pendingSpace && len(b) > 0 {
					b = append(b, ' ')
				}
				pendingSpace = false
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			} else {
				pendingSpace = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pendingSpace && len(b) > 0 {
				b = append(b, ' ')
			}
			pendingSpace = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		pendingSpace = true
	}
	return b
}
