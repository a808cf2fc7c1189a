package model

// Summary is the sourcing of an article at a glance: each claim counted once,
// under its strongest source kind ("" for unattributed), plus hedged and
// check-worthy counts.
// PLACEHOLDER: the filter work owns and tests this file; the API stays.
type Summary struct {
	Claims      int
	ByKind      map[Kind]int // Kind("") counts unattributed claims
	Hedged      int
	CheckWorthy int
}

// Summarize counts the claims that pass keep (all when keep is nil).
func Summarize(a *Article, keep func(Claim) bool) Summary {
	s := Summary{ByKind: map[Kind]int{}}
	for _, c := range a.Claims {
		if keep != nil && !keep(c) {
			continue
		}
		s.Claims++
		s.ByKind[a.StrongestKind(c)]++
		if len(c.Hedges) > 0 {
			s.Hedged++
		}
		if c.CheckWorthy {
			s.CheckWorthy++
		}
	}
	return s
}
