package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/list"
	"github.com/sahilm/fuzzy"

	"marginalia/model"
)

// Special values of pickerEntry.speaker for rows that are not a speaker.
const (
	entryUnattributed = -1 // the article's own voice
	entryHeading      = -2 // a group heading, never selectable
)

// pickerEntry is one row of the speaker picker: a speaker, the
// "Unattributed" entry, or a group heading.
type pickerEntry struct {
	speaker int        // index into Article.Speakers, or entryUnattributed / entryHeading
	name    string     // the speaker's name, or the heading's text
	kind    model.Kind // "" for unattributed and headings
	role    string
	claims  int
	search  string // what typing matches: the name, then the aliases, joined by nameSeparator
}

// nameSeparator joins a speaker's name and aliases in pickerEntry.search. It
// is a control character, so Sanitize has removed it from every name.
const nameSeparator = "\x1f"

// FilterValue is what the list's fuzzy filter matches. Headings match
// nothing, so typing leaves only speakers on screen.
func (e pickerEntry) FilterValue() string { return e.search }

func (e pickerEntry) heading() bool { return e.speaker == entryHeading }

// pickerGroup is one section of the picker, holding speakers of some kinds.
type pickerGroup struct {
	heading string
	kinds   []model.Kind
}

// pickerGroups orders the picker the way a critical reader weighs sources:
// named people first, then named bodies and papers, then the sources no one
// can check. The article's own voice comes last, as its own entry.
var pickerGroups = []pickerGroup{
	{"Named people", []model.Kind{model.KindPerson}},
	{"Organizations and documents", []model.Kind{model.KindOrganization, model.KindDocument}},
	{"Anonymous and group sources", []model.Kind{model.KindAnonymous, model.KindGroup}},
}

const (
	ownVoiceHeading = "No source"
	ownVoiceName    = "Unattributed (the article's own voice)"
)

// pickerEntries lists every speaker under its group heading, the most
// quoted first within a group, then the Unattributed entry. A speaker of a
// kind no group names joins the last group rather than disappearing.
func pickerEntries(a *model.Article) []pickerEntry {
	grouped := make([][]pickerEntry, len(pickerGroups))
	for si, s := range a.Speakers {
		g := len(pickerGroups) - 1
		for gi, grp := range pickerGroups {
			if slices.Contains(grp.kinds, s.Kind) {
				g = gi
			}
		}
		grouped[g] = append(grouped[g], pickerEntry{
			speaker: si, name: s.Name, kind: s.Kind, role: s.Role, claims: len(s.Claims),
			search: strings.Join(append([]string{s.Name}, s.Aliases...), nameSeparator),
		})
	}
	var out []pickerEntry
	for gi, entries := range grouped {
		if len(entries) == 0 {
			continue
		}
		slices.SortStableFunc(entries, func(x, y pickerEntry) int {
			return cmp.Or(y.claims-x.claims, x.kind.Strength()-y.kind.Strength())
		})
		out = append(out, pickerEntry{speaker: entryHeading, name: pickerGroups[gi].heading})
		out = append(out, entries...)
	}
	unattributed := 0
	for _, c := range a.Claims {
		if c.Unattributed() {
			unattributed++
		}
	}
	out = append(out,
		pickerEntry{speaker: entryHeading, name: ownVoiceHeading},
		pickerEntry{speaker: entryUnattributed, name: ownVoiceName, claims: unattributed,
			search: ownVoiceName})
	return out
}

// filterFor is the filter that selects the given entries' claims.
func filterFor(entries []pickerEntry) model.Filter {
	var f model.Filter
	for _, e := range entries {
		switch {
		case e.speaker == entryUnattributed:
			f.Unattributed = true
		case e.speaker >= 0 && !slices.Contains(f.Speakers, e.speaker):
			f.Speakers = append(f.Speakers, e.speaker)
		}
	}
	slices.Sort(f.Speakers)
	return f
}

// matchNamesSeparately is the picker's fuzzy filter (a list.FilterFunc). It
// matches the search against the name and each alias on its own, so the
// letters of one query never come half from the name and half from an alias
// ("ler" must not find "Colin Clarke" through "Colin" + "Clarke"). Entries are
// ranked by their best-matching name, the best first, ties in list order.
func matchNamesSeparately(term string, targets []string) []list.Rank {
	// One fuzzy pass over every name of every entry.
	var names []string
	var owner, offset []int
	for i, target := range targets {
		at := 0
		for name := range strings.SplitSeq(target, nameSeparator) {
			names = append(names, name)
			owner = append(owner, i)
			offset = append(offset, at)
			at += len(name) + len(nameSeparator)
		}
	}
	type hit struct {
		rank  list.Rank
		score int
	}
	best := map[int]hit{}
	for _, m := range fuzzy.FindNoSort(term, names) {
		i := owner[m.Index]
		if h, seen := best[i]; seen && h.score >= m.Score {
			continue
		}
		idx := make([]int, len(m.MatchedIndexes))
		for j, b := range m.MatchedIndexes {
			idx[j] = b + offset[m.Index]
		}
		best[i] = hit{list.Rank{Index: i, MatchedIndexes: idx}, m.Score}
	}
	hits := make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	slices.SortFunc(hits, func(x, y hit) int { return cmp.Or(y.score-x.score, x.rank.Index-y.rank.Index) })
	ranks := make([]list.Rank, len(hits))
	for i, h := range hits {
		ranks[i] = h.rank
	}
	return ranks
}
