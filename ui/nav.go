package ui

import (
	"sort"

	"marginalia/model"
)

// navigator is the ordered list of claims the reader can move between: every
// claim, or only those passing the speaker filter. Every movement key goes
// through it, so a filter changes where they go without any key knowing.
// Without a filter no list is built: the claim indices themselves are the
// list, which keeps a 30,000-claim article free of a 30,000-entry slice.
type navigator struct {
	total    int   // claims in the article
	filtered bool  // when false, the list is 0..total-1
	list     []int // matching claim indices, ascending, when filtered
}

func newNavigator(a *model.Article, f model.Filter) navigator {
	n := navigator{total: len(a.Claims)}
	if !f.Active() {
		return n
	}
	n.filtered = true
	n.list = []int{}
	for i, c := range a.Claims {
		if f.Match(c) {
			n.list = append(n.list, i)
		}
	}
	return n
}

// Len is the number of navigable claims.
func (n navigator) Len() int {
	if n.filtered {
		return len(n.list)
	}
	return n.total
}

// At is the claim index of the i-th navigable claim.
func (n navigator) At(i int) int {
	if n.filtered {
		return n.list[i]
	}
	return i
}

// Search is the position of the first navigable claim with index >= claim
// (Len() when there is none).
func (n navigator) Search(claim int) int {
	if n.filtered {
		return sort.SearchInts(n.list, claim)
	}
	return min(max(claim, 0), n.total)
}

// Contains reports whether the claim is navigable.
func (n navigator) Contains(claim int) bool {
	i := n.Search(claim)
	return i < n.Len() && n.At(i) == claim
}

// AtOrAfter is the first navigable claim with index >= claim.
func (n navigator) AtOrAfter(claim int) (int, bool) {
	i := n.Search(claim)
	if i >= n.Len() {
		return 0, false
	}
	return n.At(i), true
}

// Before is the last navigable claim with index < claim.
func (n navigator) Before(claim int) (int, bool) {
	i := n.Search(claim) - 1
	if i < 0 || n.Len() == 0 {
		return 0, false
	}
	return n.At(i), true
}

// Nearest is the first navigable claim at or after claim, or the last one
// before it when none follows. It is where applying a filter lands.
func (n navigator) Nearest(claim int) (int, bool) {
	if c, ok := n.AtOrAfter(claim); ok {
		return c, true
	}
	return n.Before(claim)
}

// Rank is the 1-based position of claim among the navigable claims, as the
// header shows it ("claim N/M"); a claim outside the list ranks as the
// navigable claim before it would.
func (n navigator) Rank(claim int) int {
	i := n.Search(claim)
	if i < n.Len() && n.At(i) == claim {
		return i + 1
	}
	return max(i, 1)
}

// Step moves delta navigable claims from claim, stopping at either end.
func (n navigator) Step(claim, delta int) int {
	if n.Len() == 0 {
		return claim
	}
	i := n.Search(claim)
	if i >= n.Len() || n.At(i) != claim {
		// claim itself is not navigable: the first step lands on the
		// navigable claim just after (or before) it.
		if delta > 0 {
			delta--
		} else if delta < 0 {
			delta++
			i--
		}
	}
	i = min(max(i+delta, 0), n.Len()-1)
	return n.At(i)
}

// NextParagraph is the first navigable claim in a paragraph after claim's
// (`]`); ok is false at the end.
func (n navigator) NextParagraph(a *model.Article, claim int) (int, bool) {
	p := a.Paragraphs[a.Claims[claim].Paragraph-1]
	return n.AtOrAfter(p.Claims[len(p.Claims)-1] + 1)
}

// PrevParagraph is the first navigable claim of claim's paragraph, or of the
// previous paragraph holding one when claim is already its paragraph's first
// (`[`, like vim's `{`).
func (n navigator) PrevParagraph(a *model.Article, claim int) (int, bool) {
	first := a.Paragraphs[a.Claims[claim].Paragraph-1].Claims[0]
	if c, ok := n.AtOrAfter(first); ok && c < claim {
		return c, true
	}
	prev, ok := n.Before(first)
	if !ok {
		return 0, false
	}
	return n.AtOrAfter(a.Paragraphs[a.Claims[prev].Paragraph-1].Claims[0])
}
