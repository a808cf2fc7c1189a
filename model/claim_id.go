package model

import (
	"fmt"
	"strconv"
	"strings"
)

// claimID is a claim's ID (see ids.go) kept as the number it is written
// from: the hash in the low idHashBits bits and the appearance count (1 for
// the first claim with that hash) above them, the same word idCounts
// stores. An article holds one ID per sentence, and 8 bytes in the claim
// replace a 16-byte string header plus the 11 to 13 bytes of the string;
// the text is written only when asked for (ID). 0 is no ID: a count is at
// least 1.
type claimID uint64

// maxIDCount is the largest appearance count the bits above the hash hold
// (16,777,215). idCounts counts in the same bits and wraps past it, as it
// did before IDs were kept as numbers: only an article repeating one
// sentence more often than that (tens of MB of the same few bytes) would
// see two claims share an ID.
const maxIDCount = 1<<(64-idHashBits) - 1

// newClaimID is the ID of the n-th claim whose text hashes to key.
func newClaimID(key uint64, n int) claimID {
	return claimID(key&idHashMask | uint64(n)<<idHashBits)
}

// String is the ID as notes stores and claims --json know it: the hash in
// 10 hex digits, then "-2", "-3", … from the second appearance on. "" for
// no ID.
func (id claimID) String() string {
	if id == 0 {
		return ""
	}
	return string(appendID(make([]byte, 0, 2*idBytes+8), uint64(id)&idHashMask, int(id>>idHashBits)))
}

// parseClaimID reads an ID written by String. Any other spelling of a
// number (upper-case hex, a count of 1 or with a leading zero, fewer
// digits) is an error rather than the ID it spells: String would write it
// otherwise, and a note stored under the one text could not be found under
// the other.
func parseClaimID(s string) (claimID, error) {
	if s == "" {
		return 0, nil
	}
	hexPart, countPart, repeated := strings.Cut(s, "-")
	key, err := strconv.ParseUint(hexPart, 16, 64)
	n := 1
	if err == nil && repeated {
		n, err = strconv.Atoi(countPart)
	}
	// Reading back what String writes also rejects counts the bits above
	// the hash cannot hold: they would be written as another count.
	if err != nil || n < 1 || n > maxIDCount || newClaimID(key, n).String() != s {
		return 0, fmt.Errorf("claim ID %q: not 10 lower-case hex digits and an optional -N (N from 2)", s)
	}
	return newClaimID(key, n), nil
}

// ID is the claim's stable ID: a short hash of its normalized text, with
// "-N" for the N-th claim of the article with that text. Notes are stored
// under it. It is written anew by each call; "" when the claim has none.
func (c Claim) ID() string { return c.id.String() }

// SetID gives the claim an ID written as ID writes them, for claims made
// outside the analysis (tests, fixtures). Any other text is refused rather
// than kept in another spelling.
func (c *Claim) SetID(id string) error {
	v, err := parseClaimID(id)
	if err != nil {
		return err
	}
	c.id = v
	return nil
}

// ClaimIndex is the index of the claim whose ID is id, or -1 when no claim
// has it. It reads id once and compares numbers: calling ID on every claim
// writes every ID (an allocation each, 1.8 ms on the 59k claims of a 5 MB
// article) to find one.
func (a *Article) ClaimIndex(id string) int {
	want, err := parseClaimID(id)
	if err != nil || want == 0 {
		return -1 // no claim's ID is written that way
	}
	for i := range a.Claims {
		if a.Claims[i].id == want {
			return i
		}
	}
	return -1
}
