package model

import (
	"fmt"
	"strings"
	"time"
)

// Verdict is the reader's judgement of a claim. The zero value is "no
// verdict yet". The string values are what the notes file stores, so they
// never change once released.
type Verdict string

const (
	VerdictNone        Verdict = ""
	VerdictNeedsSource Verdict = "needs source"
	VerdictSupported   Verdict = "supported"
	VerdictDisputed    Verdict = "disputed"
)

// Verdicts lists every verdict in the order the `v` key cycles through them.
var Verdicts = []Verdict{VerdictNone, VerdictNeedsSource, VerdictSupported, VerdictDisputed}

// Next is the verdict after v in the cycle none → needs source → supported
// → disputed → none. An unknown verdict starts the cycle again.
func (v Verdict) Next() Verdict {
	for i, w := range Verdicts {
		if w == v {
			return Verdicts[(i+1)%len(Verdicts)]
		}
	}
	return VerdictNone
}

// String is the verdict as a reader sees it: "none" for no verdict.
func (v Verdict) String() string {
	if v == VerdictNone {
		return "none"
	}
	return string(v)
}

// Valid reports whether v is one of the known verdicts.
func (v Verdict) Valid() bool {
	for _, w := range Verdicts {
		if w == v {
			return true
		}
	}
	return false
}

// ParseVerdict reads a verdict as String writes it ("none", "needs source",
// …), ignoring case and surrounding space.
func ParseVerdict(s string) (Verdict, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "none" || s == "" {
		return VerdictNone, nil
	}
	if v := Verdict(s); v.Valid() {
		return v, nil
	}
	return VerdictNone, fmt.Errorf("unknown verdict %q (want none, needs source, supported or disputed)", s)
}

// Note is the reader's own work on one claim: a free-text note and a verdict.
// A deleted note is kept as a tombstone (Deleted, no text, no verdict) so
// that merging two copies of the notes never brings it back.
type Note struct {
	ClaimID string    // the claim's ID (Claim.ID)
	Quote   string    // the claim's text when the note was written, so a note outlives edits to the article
	Text    string    // the note, possibly several lines
	Verdict Verdict   // the reader's verdict
	Updated time.Time // when the note was last changed; the newest change wins a merge
	Deleted bool      // a tombstone: the note was deleted at Updated
}

// Empty reports whether the note says nothing: no text (blank counts as
// none) and no verdict. Saving an empty note deletes it.
func (n Note) Empty() bool {
	return strings.TrimSpace(n.Text) == "" && n.Verdict == VerdictNone
}

// Live reports whether the note is something to show: not a tombstone and
// not empty.
func (n Note) Live() bool { return !n.Deleted && !n.Empty() }

// Newest picks which of two versions of the same claim's note survives a
// merge: the later Updated wins; at equal times a tombstone wins, so a
// deleted note is never resurrected by a copy made at the same moment; any
// remaining tie is broken by content so the choice does not depend on the
// order of the arguments.
func Newest(a, b Note) Note {
	switch {
	case a.Updated.After(b.Updated):
		return a
	case b.Updated.After(a.Updated):
		return b
	case a.Deleted != b.Deleted:
		if a.Deleted {
			return a
		}
		return b
	case a.Text+"\x00"+string(a.Verdict) >= b.Text+"\x00"+string(b.Verdict):
		return a
	default:
		return b
	}
}

// MergeNotes merges two sets of notes keyed by claim ID, keeping the newest
// version of each (see Newest). Neither argument is modified.
func MergeNotes(a, b map[string]Note) map[string]Note {
	out := make(map[string]Note, len(a)+len(b))
	for id, n := range a {
		out[id] = n
	}
	for id, n := range b {
		if old, ok := out[id]; ok {
			out[id] = Newest(old, n)
		} else {
			out[id] = n
		}
	}
	return out
}
