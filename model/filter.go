package model

import (
	"fmt"
	"strings"
)

// Filter selects claims by who says them. The zero Filter matches every
// claim. Speakers and Unattributed combine with OR.
// PLACEHOLDER implementation: the filter work owns and tests this file; the
// API stays.
type Filter struct {
	Speakers     []int // indices into Article.Speakers
	Unattributed bool  // also match claims in the article's own voice
}

// Active reports whether the filter restricts anything.
func (f Filter) Active() bool { return len(f.Speakers) > 0 || f.Unattributed }

// Match reports whether the claim passes the filter.
func (f Filter) Match(c Claim) bool {
	if !f.Active() {
		return true
	}
	if f.Unattributed && c.Unattributed() {
		return true
	}
	for _, s := range c.Speakers {
		for _, w := range f.Speakers {
			if s == w {
				return true
			}
		}
	}
	return false
}

// Label names the filter for a header or status line ("Lerette, experts").
func (f Filter) Label(a *Article) string {
	var parts []string
	for _, si := range f.Speakers {
		parts = append(parts, a.Speakers[si].Name)
	}
	if f.Unattributed {
		parts = append(parts, "unattributed")
	}
	return strings.Join(parts, ", ")
}

// ResolveFilter builds a filter from command-line values: each value
// matches every speaker whose name or alias contains it, case-insensitively.
// A value that matches no speaker is an error naming it and the speakers.
func ResolveFilter(a *Article, values []string, unattributed bool) (Filter, error) {
	f := Filter{Unattributed: unattributed}
	for _, v := range values {
		found := false
		for si, s := range a.Speakers {
			if s.matches(v) {
				found = true
				f.Speakers = appendUnique(f.Speakers, si)
			}
		}
		if !found {
			names := make([]string, len(a.Speakers))
			for i, s := range a.Speakers {
				names[i] = s.Name
			}
			return Filter{}, fmt.Errorf("no speaker matches %q (speakers: %s)", v, strings.Join(names, "; "))
		}
	}
	return f, nil
}

func (s Speaker) matches(v string) bool {
	v = strings.ToLower(v)
	if strings.Contains(strings.ToLower(s.Name), v) {
		return true
	}
	for _, al := range s.Aliases {
		if strings.Contains(strings.ToLower(al), v) {
			return true
		}
	}
	return false
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
