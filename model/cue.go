package model

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// A claim's cue is never free text: attribution gives only "according to",
// a form of a lexicon verb ("said") or, for a phrase verb, that form, an
// optional intensifier and the object its sense needs ("expressed grave
// concern"), every word from the lexicon (reporting.go). So a claim keeps
// the cue's number (cueRef, 2 bytes) instead of a 16-byte string header,
// for each of the tens of thousands of sentences of a long article, and
// Cue writes its text from the lexicon.

// cueRef numbers the cues a claim can have: noCue, "according to", every
// form of every verb in lexicon order (a form two forms share, like "said",
// is numbered under both; attribution gives the first), then the phrases of
// the needsObject verbs: for each form, its objects without and then with
// each intensifier.
type cueRef uint16

const (
	noCue          cueRef = 0
	cueAccordingTo cueRef = 1
	// firstWordCue is the first form of the first verb; form f of verb row
	// r is firstWordCue + r*verbForms + f.
	firstWordCue cueRef = 2
	verbForms           = len(reportingVerbRow{}.forms)
)

// firstPhraseCue follows the forms of every verb.
var firstPhraseCue = firstWordCue + cueRef(len(reportingVerbs)*verbForms)

// intensifierOrder numbers concernIntensifiers (a set) for the phrase cues
// that carry one.
var intensifierOrder = slices.Sorted(maps.Keys(concernIntensifiers))

// phraseCues is, by word cue less firstWordCue, the first phrase cue of
// that form of a needsObject verb (0 for other verbs): what attribution
// needs to number a phrase. Their texts are written only when first asked
// for (phraseTexts): most runs never show one.
var phraseCues = buildPhraseCues()

func buildPhraseCues() []cueRef {
	firsts := make([]cueRef, len(reportingVerbs)*verbForms)
	next := int(firstPhraseCue)
	for r, row := range reportingVerbs {
		if row.flags&needsObject == 0 {
			continue
		}
		for f := range row.forms {
			firsts[r*verbForms+f] = cueRef(next)
			next += (1 + len(intensifierOrder)) * len(row.object)
		}
	}
	if next > 1<<16 {
		panic("phraseCues: too many cues for a 16-bit cueRef")
	}
	return firsts
}

// phraseTexts is the text of every phrase cue, by cueRef less
// firstPhraseCue, in the order buildPhraseCues numbers them. The texts are
// cut from one string: a few allocations instead of one per phrase (some
// 1,500).
var phraseTexts = sync.OnceValue(func() []string {
	var b strings.Builder
	var ends []int
	for _, row := range reportingVerbs {
		if row.flags&needsObject == 0 {
			continue
		}
		for _, form := range row.forms {
			for in := 0; in <= len(intensifierOrder); in++ {
				for _, obj := range row.object {
					b.WriteString(form)
					if in > 0 {
						b.WriteString(" " + intensifierOrder[in-1])
					}
					b.WriteString(" " + obj)
					ends = append(ends, b.Len())
				}
			}
		}
	}
	texts := make([]string, len(ends))
	all, start := b.String(), 0
	for i, end := range ends {
		texts[i], start = all[start:end], end
	}
	return texts
})

// wordCue is the cue of form f of the verb in row r of reportingVerbs.
func wordCue(r int, f verbForm) cueRef { return firstWordCue + cueRef(r*verbForms+int(f)) }

// phraseCue is the cue of the phrase verb c followed by the intensifier
// intensifierOrder[in-1] (none when in is 0) and c.row.object[obj].
func phraseCue(c reportingCue, in, obj int) cueRef {
	return phraseCues[c.cue-firstWordCue] + cueRef(in*len(c.row.object)+obj)
}

// String is the cue's text, lower case; "" for noCue.
func (ref cueRef) String() string {
	switch {
	case ref == noCue:
		return ""
	case ref == cueAccordingTo:
		return accordingTo
	case ref < firstPhraseCue:
		w := int(ref - firstWordCue)
		return reportingVerbs[w/verbForms].forms[w%verbForms]
	}
	return phraseTexts()[ref-firstPhraseCue]
}

// parseCue is the cueRef whose text is s, numbered as attribution numbers
// it.
func parseCue(s string) (cueRef, error) {
	switch c, ok := cueWords[s]; {
	case s == "":
		return noCue, nil
	case s == accordingTo:
		return cueAccordingTo, nil
	case ok:
		return c.cue, nil
	}
	if i := slices.Index(phraseTexts(), s); i >= 0 {
		return firstPhraseCue + cueRef(i), nil
	}
	return noCue, fmt.Errorf("cue %q: not a cue the reporting lexicon gives", s)
}

// Cue is the reporting cue that attributed the claim, lower case ("said",
// "according to", "expressed concern"); "" when there is none.
func (c Claim) Cue() string { return c.cue.String() }

// SetCue gives the claim a cue, for claims made outside the analysis
// (tests, fixtures): one the attribution lexicon can give, or "" for none.
// Any other text is refused, not kept in another form.
func (c *Claim) SetCue(cue string) error {
	ref, err := parseCue(cue)
	if err != nil {
		return err
	}
	c.cue = ref
	return nil
}
