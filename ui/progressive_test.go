package ui

import (
	"strings"
	"testing"
)

// A remembered reading position in a part of the article not analysed yet
// when the reader opens: the reader starts at the top, shows the progress,
// and moves to the remembered claim in the snapshot that first contains it.
func TestPendingStartClaimIsReachedWhenItsParagraphIsAnalysed(t *testing.T) {
	full := embedded(t)
	target := full.Claims[len(full.Claims)-2]
	targetIndex := int(target.Index)
	an := embeddedAnalyzer(t, 1)
	first := an.Snapshot()
	if len(first.Claims) > targetIndex {
		t.Fatalf("the first paragraph already holds the target claim %d", targetIndex)
	}
	m := open(t, Options{Article: first, StartClaimID: target.ID(), Start: analysisStep(an), Progress: an.Progress()}, 120, 40)
	h := header(m)
	if !strings.Contains(h, claimPos(1, len(first.Claims))) || !strings.Contains(h, "analysing") {
		t.Fatalf("first frame header before the remembered claim is analysed: %q", h)
	}
	for !an.Done() {
		before := len(m.art.Claims)
		done := an.Step(1)
		m = send(m, ArticleMsg{Article: an.Snapshot(), Done: done, Progress: an.Progress()})
		arrived := before <= targetIndex && targetIndex < len(m.art.Claims)
		switch {
		case targetIndex >= len(m.art.Claims) && m.cur != 0:
			t.Fatalf("moved to claim %d before the remembered one arrived", m.cur)
		case arrived && m.CurrentClaimID() != target.ID():
			t.Fatalf("the snapshot holding the remembered claim left the reader on %q", m.CurrentClaimID())
		case arrived:
			if !strings.Contains(header(m), claimPos(targetIndex+1, len(m.art.Claims))) {
				t.Errorf("header after the jump: %q", header(m))
			}
			if !strings.Contains(strings.Join(screenLines(m), "\n"), firstWords(target.Text)) {
				t.Errorf("the remembered claim %q is not in view after the jump", target.Text)
			}
			m = press(m, "k") // the reader moves on; later snapshots must not pull it back
		}
	}
	if want := targetIndex - 1; m.cur != want || strings.Contains(header(m), "analysing") {
		t.Errorf("after the analysis: claim %d (want %d), header %q", m.cur, want, header(m))
	}
}

// Options.Progress shows on the first frame of a partial article, before any
// ArticleMsg arrives; a complete article shows none.
func TestFirstFrameShowsTheProgressOfAPartialArticle(t *testing.T) {
	an := embeddedAnalyzer(t, 2)
	m := open(t, Options{Article: an.Snapshot(), Start: analysisStep(an), Progress: 0.42}, 120, 40)
	if h := header(m); !strings.Contains(h, "analysing 42%") {
		t.Errorf("partial article, first frame header %q", h)
	}
	m = open(t, Options{Article: embedded(t)}, 120, 40)
	if h := header(m); strings.Contains(h, "analysing") {
		t.Errorf("complete article, header %q", h)
	}
}

// firstWords is the start of a claim, short enough not to be wrapped.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(3, len(f))], " ")
}

// Moving before the remembered claim is analysed wins: the reader stays
// where they went when it arrives.
func TestMovingBeforeThePendingStartClaimArrivesCancelsTheJump(t *testing.T) {
	full := embedded(t)
	target := full.Claims[len(full.Claims)-1]
	an := embeddedAnalyzer(t, 1)
	m := open(t, Options{Article: an.Snapshot(), StartClaimID: target.ID(), Start: analysisStep(an), Progress: an.Progress()}, 120, 40)
	m = press(m, "j")
	for !an.Done() {
		done := an.Step(1)
		m = send(m, ArticleMsg{Article: an.Snapshot(), Done: done, Progress: an.Progress()})
	}
	if m.cur != 1 || !strings.Contains(header(m), claimPos(2, len(full.Claims))) {
		t.Errorf("after j and the whole analysis: claim %d, header %q", m.cur+1, header(m))
	}
}
