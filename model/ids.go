package model

import (
	"encoding/hex"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Claim IDs are derived from the claim's text, so a note stays attached to
// its claim when the article is reloaded, re-fetched with different
// typography, or edited elsewhere. The text is normalized first: case,
// punctuation and spacing do not change an ID; words do.

// claimIDs hands out IDs for the claims of one article, in order.
type claimIDs struct {
	seen idCounts // how often each ID hash was handed out
	buf  []byte   // scratch space for the normalized text
	// the paragraph's hashes, then its IDs, reused from paragraph to
	// paragraph
	keys []uint64
	out  []claimID
}

// paragraph returns the IDs of a paragraph's sentences (byte ranges of
// text), in order, as numbers: no ID text is written (see claimID). The
// slice is only valid until the next call.
//
// All the paragraph's hashes are taken first, then counted: each count is
// a probe into a large table that usually misses the cache, and probes in
// one tight loop overlap their misses instead of each waiting between two
// hashes.
func (g *claimIDs) paragraph(text string, sents [][2]int) []claimID {
	g.keys = g.keys[:0]
	for _, sp := range sents {
		g.keys = append(g.keys, g.hash(text[sp[0]:sp[1]]))
	}
	g.out = g.out[:0]
	for _, key := range g.keys {
		g.out = append(g.out, newClaimID(key, g.seen.add(key)))
	}
	return g.out
}

// hash is the ID hash of a claim's text: the top idBytes of the XXH64 of
// its normalized text (seed 0). Notes are stored under claim IDs, so the
// hash is part of the notes' file format: XXH64 is a published algorithm
// with reference test vectors (xxhsum computes the same values), fast on
// short texts, and needs no cryptographic strength here: IDs only tell the
// claims of one article apart, and a collision is de-duplicated like a
// repeated sentence.
func (g *claimIDs) hash(text string) uint64 {
	g.buf = appendNormalizedForID(g.buf[:0], text)
	return xxhash.Sum64(g.buf) >> (64 - idHashBits)
}

// appendID appends the ID of the n-th claim with this hash to b: the hash
// in hex, and from the second appearance on "-2", "-3", … so IDs are
// unique and deterministic.
func appendID(b []byte, key uint64, n int) []byte {
	var bits [idBytes]byte
	for i := range bits {
		bits[i] = byte(key >> (8 * (idBytes - 1 - i)))
	}
	b = hex.AppendEncode(b, bits[:])
	if n > 1 {
		b = strconv.AppendInt(append(b, '-'), int64(n), 10)
	}
	return b
}

// idCounts counts ID hashes (idBytes*8 = 40 bits) in an open-addressing
// table of words holding a hash in the low 40 bits and its count above. Every
// claim adds its hash and nearly all are new, so the one probe into one flat
// array, which is all a new hash costs, is what keeps IDs cheap on an article
// of tens of thousands of claims (a map made each of them several cache
// misses). The hash bits are well mixed (XXH64 ends with an avalanche step), so
// they index the table as they are.
type idCounts struct {
	slots []uint64 // 0 is empty: a stored word's count is at least 1
	used  int
}

const (
	idHashBits = 8 * idBytes
	idHashMask = 1<<idHashBits - 1
)

// newIDCounts makes a table for about n hashes before it grows.
func newIDCounts(n int) idCounts {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return idCounts{slots: make([]uint64, size)}
}

// add counts one more appearance of key and returns its count.
func (t *idCounts) add(key uint64) int {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch w := t.slots[i]; {
		case w == 0:
			t.slots[i] = key | 1<<idHashBits
			t.used++
			return 1
		case w&idHashMask == key:
			w += 1 << idHashBits
			t.slots[i] = w
			return int(w >> idHashBits)
		}
	}
}

// grow doubles the table, keeping the counts.
func (t *idCounts) grow() {
	old := t.slots
	t.slots = make([]uint64, max(64, 2*len(old)))
	mask := uint64(len(t.slots) - 1)
	for _, w := range old {
		if w == 0 {
			continue
		}
		i := w & idHashMask & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = w
	}
}

// idBytes is how much of the idHash of the normalized text an ID keeps:
// 10 hex digits, short enough to read, long enough that two claims of one
// article practically never collide (and a collision is de-duplicated).
const idBytes = 5

// appendNormalizedForID appends the words of a text, lower case, separated
// by single spaces: "“Hello,” she said." and "\"hello\" she said" get the
// same ID.
func appendNormalizedForID(b []byte, text string) []byte {
	// ASCII bytes, nearly all of a claim, take no branch on what they are:
	// a branch per letter/separator change mispredicts at every word's ends.
	// Each writes a space (kept only when a separator came between two
	// words) and its lower-case form (kept only for a letter or digit), into
	// room grown beforehand: an ASCII byte keeps at most one byte (a letter,
	// or the space a separator before it left unwritten), so room for the
	// rest of the text, and one byte for what is written but not kept,
	// always suffices.
	var pending, started int // a separator came since the last word byte; a word byte was written
	b = slices.Grow(b, len(text)+1)
	buf, n := b[:cap(b)], len(b)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			word := int(idWordByte[c])
			buf[n] = ' '
			n += pending & word
			buf[n] = idLower[c]
			n += word
			started |= word
			pending = started &^ word
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = buf[:n]
			if pending != 0 {
				b = append(b, ' ')
			}
			pending, started = 0, 1
			b = utf8.AppendRune(b, unicode.ToLower(r))
			b = slices.Grow(b, len(text)-i+1)
			buf, n = b[:cap(b)], len(b)
			continue
		}
		pending = started
	}
	return buf[:n]
}

// idLower maps an ASCII letter or digit to itself in lower case;
// idWordByte is 1 for those and 0 for every other ASCII byte: one load each
// per byte of a claim.
var idLower, idWordByte = func() (lower, word [utf8.RuneSelf]byte) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		switch {
		case 'A' <= c && c <= 'Z':
			lower[c], word[c] = c+'a'-'A', 1
		case signalAlnum(c):
			lower[c], word[c] = c, 1
		}
	}
	return lower, word
}()
