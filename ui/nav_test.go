package ui

import (
	"fmt"
	"strings"
	"testing"

	"marginalia/model"
)

// fourParagraphs has claims 0-2 in ¶1, 3 in ¶2, 4-5 in ¶3 and 6-8 in ¶4.
func fourParagraphs() model.Article {
	return synthetic(
		[]string{"Zero is first.", "One follows.", "Two ends it."},
		[]string{"Three stands alone."},
		[]string{"Four opens.", "Five closes."},
		[]string{"Six.", "Seven.", "Eight is last."},
	)
}

func TestStepStopsAtBothEnds(t *testing.T) {
	a := fourParagraphs()
	n := newNavigator(&a, model.Filter{})
	if got := n.Step(0, -1); got != 0 {
		t.Errorf("k on the first claim went to %d", got)
	}
	if got := n.Step(8, +1); got != 8 {
		t.Errorf("j on the last claim went to %d", got)
	}
	if got := n.Step(3, +1); got != 4 {
		t.Errorf("j from 3 went to %d", got)
	}
	if got := n.Step(0, 100); got != 8 {
		t.Errorf("a long step went to %d, want the last claim", got)
	}
}

func TestParagraphJumpsLikeVim(t *testing.T) {
	a := fourParagraphs()
	n := newNavigator(&a, model.Filter{})
	next := []struct{ from, want int }{{0, 3}, {1, 3}, {2, 3}, {3, 4}, {5, 6}}
	for _, c := range next {
		if got, ok := n.NextParagraph(&a, c.from); !ok || got != c.want {
			t.Errorf("] from %d = %d, %v; want %d", c.from, got, ok, c.want)
		}
	}
	if _, ok := n.NextParagraph(&a, 7); ok {
		t.Error("] in the last paragraph should stay put")
	}
	prev := []struct{ from, want int }{
		{2, 0}, // middle of ¶1: its first claim
		{5, 4}, // middle of ¶3: its first claim
		{4, 3}, // already first of ¶3: first of ¶2
		{3, 0}, // first of ¶2: first of ¶1
		{6, 4},
	}
	for _, c := range prev {
		if got, ok := n.PrevParagraph(&a, c.from); !ok || got != c.want {
			t.Errorf("[ from %d = %d, %v; want %d", c.from, got, ok, c.want)
		}
	}
	if _, ok := n.PrevParagraph(&a, 0); ok {
		t.Error("[ on the first claim should stay put")
	}
}

func TestStepSkipsClaimsOutsideFilter(t *testing.T) {
	a := fourParagraphs()
	si := withSpeaker(&a, "Ada Lovelace", model.KindPerson, 1, 5, 7)
	n := newNavigator(&a, model.Filter{Speakers: []int{si}})
	if n.Len() != 3 {
		t.Fatalf("filtered navigator has %d claims, want 3", n.Len())
	}
	steps := []struct{ from, delta, want int }{{1, +1, 5}, {5, +1, 7}, {7, +1, 7}, {7, -1, 5}, {1, -1, 1}, {0, +1, 1}, {6, -1, 5}, {6, +1, 7}}
	for _, s := range steps {
		if got := n.Step(s.from, s.delta); got != s.want {
			t.Errorf("Step(%d, %+d) = %d, want %d", s.from, s.delta, got, s.want)
		}
	}
	if r := n.Rank(5); r != 2 {
		t.Errorf("Rank(5) = %d, want 2", r)
	}
	// Paragraph jumps land on the paragraph's first matching claim, skipping
	// paragraphs without one.
	if got, ok := n.NextParagraph(&a, 1); !ok || got != 5 {
		t.Errorf("] from 1 = %d, %v; want 5 (¶2 has no match)", got, ok)
	}
	if got, ok := n.PrevParagraph(&a, 7); !ok || got != 5 {
		t.Errorf("[ from 7 = %d, %v; want 5", got, ok)
	}
	if got, ok := n.Nearest(8); !ok || got != 7 {
		t.Errorf("Nearest(8) = %d, %v; want 7 (none follows)", got, ok)
	}
	if got, ok := n.Nearest(2); !ok || got != 5 {
		t.Errorf("Nearest(2) = %d, %v; want 5", got, ok)
	}
}

func TestReaderStartsFilteredAndCountsWithinFilter(t *testing.T) {
	a := embedded(t)
	if len(a.Speakers) == 0 {
		t.Skip("the analysis finds no speakers yet")
	}
	// The speaker with the most claims, resolved the way --speaker does.
	best := 0
	for i, s := range a.Speakers {
		if len(s.Claims) > len(a.Speakers[best].Claims) {
			best = i
		}
	}
	sp := a.Speakers[best]
	f, err := model.ResolveFilter(&a, []string{sp.Name}, false)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	first := -1
	for _, c := range a.Claims {
		if f.Match(c) {
			if first < 0 {
				first = int(c.Index)
			}
			want++
		}
	}
	m := open(t, Options{Article: a, Filter: f}, 120, 40)
	if m.cur != first {
		t.Errorf("filtered reader opened on claim %d, want the first match %d", m.cur, first)
	}
	if h := header(m); !strings.Contains(h, fmt.Sprintf("claim 1/%d", want)) {
		t.Errorf("header %q does not count within the filter (want claim 1/%d)", h, want)
	}
	m = press(m, "G")
	if h := header(m); !strings.Contains(h, fmt.Sprintf("claim %d/%d", want, want)) {
		t.Errorf("after G header is %q", h)
	}
	for _, k := range []string{"k", "g", "]", "[", "pgdown", "pgup", "j"} {
		m = press(m, k)
		if !f.Match(m.art.Claims[m.cur]) {
			t.Errorf("%s moved to claim %d, outside the filter", k, m.cur)
		}
	}
	// esc clears the filter and keeps the claim; the header then counts the
	// whole article.
	at := m.cur
	m = press(m, "esc")
	if m.filter.Active() || m.cur != at {
		t.Errorf("esc: filter active %v, claim %d (was %d)", m.filter.Active(), m.cur, at)
	}
	if h := header(m); !strings.Contains(h, fmt.Sprintf("claim %d/%d", at+1, len(a.Claims))) {
		t.Errorf("after esc header is %q", h)
	}
}

func TestDimsClaimsOutsideFilter(t *testing.T) {
	a := fourParagraphs()
	si := withSpeaker(&a, "Ada Lovelace", model.KindPerson, 1)
	m := open(t, Options{Article: a, Filter: model.Filter{Speakers: []int{si}}}, 100, 20)
	faint := m.theme.spans.code(spanLook{inClaim: true, dimmed: true})
	if faint == "" || !strings.Contains(m.View().Content, faint) {
		t.Error("claims outside the filter are not drawn faint")
	}
	m = press(m, "esc")
	if strings.Contains(m.View().Content, faint) {
		t.Error("claims are still faint after the filter is cleared")
	}
}
