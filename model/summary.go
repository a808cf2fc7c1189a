package model

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Summary is the sourcing of an article at a glance: each claim counted once,
// under its strongest source kind ("" for unattributed), so the counts by
// kind add up to Claims; plus how many claims hedge and how many carry
// something a reader could check.
type Summary struct {
	Claims      int
	ByKind      map[Kind]int // Kind("") counts unattributed claims
	Hedged      int
	CheckWorthy int
}

// SummaryKinds is the order in which summaries list the kinds: the article's
// own voice first, then from the weakest source to the strongest, so the
// claims a critical reader should question come first.
var SummaryKinds = []Kind{"", KindAnonymous, KindGroup, KindPerson, KindOrganization, KindDocument}

// kindNames are the words used for each kind in summaries, labels and
// filters: the singular for a count's label, the plural for a filter name.
var kindNames = map[Kind][2]string{
	"":               {"unattributed", "unattributed"},
	KindAnonymous:    {"anonymous", "anonymous sources"},
	KindGroup:        {"group", "group sources"},
	KindPerson:       {"named person", "named people"},
	KindOrganization: {"organization", "organizations"},
	KindDocument:     {"document", "documents"},
}

// KindLabel names a kind as a summary counts it ("named person",
// "unattributed" for the empty kind).
func KindLabel(k Kind) string {
	if n, ok := kindNames[k]; ok {
		return n[0]
	}
	return string(k)
}

// KindPlural names the claims of a kind as a filter shows it ("named
// people").
func KindPlural(k Kind) string {
	if n, ok := kindNames[k]; ok {
		return n[1]
	}
	return string(k)
}

// Summarize counts the claims that pass keep (all when keep is nil).
func Summarize(a *Article, keep func(Claim) bool) Summary {
	s := Summary{ByKind: map[Kind]int{}}
	for _, c := range a.Claims {
		if keep == nil || keep(c) {
			s.add(a, c)
		}
	}
	return s
}

// SummarizeClaims counts the claims with the given indices, such as one
// paragraph's. Indices outside the article are ignored.
func SummarizeClaims(a *Article, claims []int) Summary {
	s := Summary{ByKind: map[Kind]int{}}
	for _, ci := range claims {
		if ci >= 0 && ci < len(a.Claims) {
			s.add(a, a.Claims[ci])
		}
	}
	return s
}

func (s *Summary) add(a *Article, c Claim) {
	s.Claims++
	s.ByKind[a.StrongestKind(c)]++
	if c.hedged() {
		s.Hedged++
	}
	if c.CheckWorthy {
		s.CheckWorthy++
	}
}

// Dominant is the kind most claims count under, ties going to the weaker
// source (unattributed weakest), because a reader should notice weak sourcing
// rather than have it hidden by an equal amount of strong sourcing. It is ""
// for an empty summary too; check Claims to tell the two apart.
func (s Summary) Dominant() Kind {
	best, bestN := Kind(""), -1
	for _, k := range SummaryKinds {
		if n := s.ByKind[k]; n > bestN || (n == bestN && k.weakerThan(best)) {
			best, bestN = k, n
		}
	}
	return best
}

// weakerThan orders kinds by source strength with the article's own voice
// ("") weakest of all.
func (k Kind) weakerThan(o Kind) bool {
	if k == "" || o == "" {
		return k == "" && o != ""
	}
	return k.Strength() > o.Strength()
}

// String is the summary as one line, for a terminal:
// "19 claims: 12 unattributed, 1 anonymous, 3 group, 2 named person,
// 1 organization, 0 document; 5 hedged, 8 check-worthy".
func (s Summary) String() string {
	parts := make([]string, len(SummaryKinds))
	for i, k := range SummaryKinds {
		parts[i] = fmt.Sprintf("%d %s", s.ByKind[k], KindLabel(k))
	}
	noun := "claims"
	if s.Claims == 1 {
		noun = "claim"
	}
	return fmt.Sprintf("%d %s: %s; %d hedged, %d check-worthy",
		s.Claims, noun, strings.Join(parts, ", "), s.Hedged, s.CheckWorthy)
}

// summaryJSON is the JSON form of a Summary (`speakers --json`): every kind is
// present, keyed by the Kind's own value ("person") and "unattributed" for the
// article's own voice, so scripts never meet a missing or empty key.
type summaryJSON struct {
	Claims      int            `json:"claims"`
	ByKind      map[string]int `json:"by_kind"`
	Hedged      int            `json:"hedged"`
	CheckWorthy int            `json:"checkworthy"`
}

// MarshalJSON writes the summary in its documented JSON form.
func (s Summary) MarshalJSON() ([]byte, error) {
	out := summaryJSON{Claims: s.Claims, ByKind: map[string]int{}, Hedged: s.Hedged, CheckWorthy: s.CheckWorthy}
	for _, k := range SummaryKinds {
		out.ByKind[jsonKindKey(k)] = 0
	}
	for k, n := range s.ByKind {
		out.ByKind[jsonKindKey(k)] += n
	}
	return json.Marshal(out)
}

func jsonKindKey(k Kind) string {
	if k == "" {
		return "unattributed"
	}
	return string(k)
}
