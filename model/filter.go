package model

import (
	"fmt"
	"slices"
	"strings"
)

// Filter selects claims by who says them. The zero Filter matches every
// claim. Its parts combine with OR: a claim passes when one of its speakers is
// in Speakers, when it is unattributed and Unattributed is set, or when its
// strongest source kind is in Kinds.
type Filter struct {
	Speakers     []int  // indices into Article.Speakers
	Unattributed bool   // also match claims in the article's own voice
	Kinds        []Kind // match claims whose strongest speaker has one of these kinds; see KindFilter

	// speakerKinds is each speaker's kind, copied from the article by
	// KindFilter, because Match sees only the claim and a claim's strongest
	// kind depends on its speakers' kinds.
	speakerKinds []Kind
}

// KindFilter builds the filter for claims counted under one of the given
// kinds in a Summary: their strongest speaker has that kind. The empty Kind
// stands for unattributed claims. Build kind filters with this function: a
// Filter literal with Kinds has no speaker kinds to compare, so it matches no
// claim by kind.
func KindFilter(a *Article, kinds ...Kind) Filter {
	var f Filter
	for _, k := range kinds {
		if k == "" {
			f.Unattributed = true
			continue
		}
		if !slices.Contains(f.Kinds, k) {
			f.Kinds = append(f.Kinds, k)
		}
	}
	if len(f.Kinds) > 0 {
		f.speakerKinds = make([]Kind, len(a.Speakers))
		for i, s := range a.Speakers {
			f.speakerKinds[i] = s.Kind
		}
	}
	return f
}

// Active reports whether the filter restricts anything.
func (f Filter) Active() bool {
	return len(f.Speakers) > 0 || f.Unattributed || len(f.Kinds) > 0
}

// Match reports whether the claim passes the filter.
func (f Filter) Match(c Claim) bool {
	if !f.Active() {
		return true
	}
	if c.Unattributed() {
		return f.Unattributed
	}
	for _, s := range c.Speakers {
		if slices.Contains(f.Speakers, s) {
			return true
		}
	}
	return len(f.Kinds) > 0 && slices.Contains(f.Kinds, f.strongestKind(c))
}

// strongestKind is Article.StrongestKind computed from the kinds KindFilter
// copied, or "" when the filter holds none for the claim's speakers.
func (f Filter) strongestKind(c Claim) Kind {
	var best Kind
	for _, si := range c.Speakers {
		if si < 0 || si >= len(f.speakerKinds) {
			continue
		}
		if k := f.speakerKinds[si]; best == "" || k.Strength() < best.Strength() {
			best = k
		}
	}
	return best
}

// Claims lists the indices of the article's claims that pass the filter.
func (f Filter) Claims(a *Article) []int {
	var out []int
	for i, c := range a.Claims {
		if f.Match(c) {
			out = append(out, i)
		}
	}
	return out
}

// Label names the filter for a header or status line
// ("Morgan Lerette, experts, unattributed"); "" for the zero filter.
func (f Filter) Label(a *Article) string {
	var parts []string
	for _, si := range f.Speakers {
		if si >= 0 && si < len(a.Speakers) {
			parts = append(parts, a.Speakers[si].Name)
		}
	}
	for _, k := range f.Kinds {
		parts = append(parts, KindPlural(k))
	}
	if f.Unattributed {
		parts = append(parts, KindLabel(""))
	}
	return strings.Join(parts, ", ")
}

// ResolveFilter builds a filter from command-line values: each value matches
// every speaker whose name or alias contains it, ignoring case (so "experts"
// selects "experts" and "counter-terrorism experts"). Values and unattributed
// combine with OR. A value that is blank or matches no speaker is an error
// that names it and lists the speakers, so the user can correct it.
func ResolveFilter(a *Article, values []string, unattributed bool) (Filter, error) {
	f := Filter{Unattributed: unattributed}
	for _, v := range values {
		needle := foldName(strings.TrimSpace(v))
		if needle == "" {
			return Filter{}, fmt.Errorf("empty speaker name: give part of a name, e.g. --speaker %q", exampleName(a))
		}
		found := false
		for si, s := range a.Speakers {
			if s.nameContains(needle) {
				found = true
				if !slices.Contains(f.Speakers, si) {
					f.Speakers = append(f.Speakers, si)
				}
			}
		}
		if !found {
			return Filter{}, fmt.Errorf("no speaker matches %q; %s", v, speakerList(a))
		}
	}
	slices.Sort(f.Speakers)
	return f, nil
}

// nameContains reports whether the speaker's name or one of its aliases
// contains needle, which foldName has already folded.
func (s Speaker) nameContains(needle string) bool {
	if strings.Contains(foldName(s.Name), needle) {
		return true
	}
	for _, al := range s.Aliases {
		if strings.Contains(foldName(al), needle) {
			return true
		}
	}
	return false
}

// apostrophes are the typographic forms a keyboard user types as "'"
// ("O’Brien" must match "o'brien").
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'")

// foldName folds case and apostrophes so names compare the way people type
// them.
func foldName(s string) string {
	return strings.ToLower(apostrophes.Replace(s))
}

// speakerList is the one-line list of speakers an unknown-name error offers.
func speakerList(a *Article) string {
	if len(a.Speakers) == 0 {
		return "the article has no attributed speakers"
	}
	names := make([]string, len(a.Speakers))
	for i, s := range a.Speakers {
		names[i] = s.Name
	}
	return "speakers: " + strings.Join(names, "; ")
}

func exampleName(a *Article) string {
	if len(a.Speakers) > 0 {
		return a.Speakers[0].Name
	}
	return "Smith"
}
