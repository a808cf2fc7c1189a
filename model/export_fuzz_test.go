package model_test

import (
	"strings"
	"testing"

	"marginalia/model"
)

// FuzzExportMarkdown exports arbitrary claim and note text and checks that
// the result parses as CommonMark with exactly one level-3 heading per claim,
// each claim and note intact in its blockquote, and no raw HTML, link, image
// or code node.
func FuzzExportMarkdown(f *testing.F) {
	for i, h := range hostile {
		f.Add(h, hostile[(i+3)%len(hostile)])
	}
	f.Add("", "")
	f.Add("A plain claim.", "A plain note.")
	f.Fuzz(func(t *testing.T, claim, note string) {
		a := hostileArticle(claim, "Second claim: "+claim)
		notes := map[string]model.Note{
			a.Claims[0].ID(): {ClaimID: a.Claims[0].ID(), Text: note, Verdict: model.VerdictNeedsSource},
			a.Claims[1].ID(): {ClaimID: a.Claims[1].ID(), Text: claim + "\n" + note},
			"gone":           {ClaimID: "gone", Quote: claim, Text: note},
		}
		md := model.ExportMarkdown(&a, notes, model.Filter{}, model.ExportOptions{})
		fm, body, ok := strings.Cut(strings.TrimPrefix(md, "---\n"), "\n---\n")
		if !ok || strings.Contains(fm, "\n---") {
			t.Fatalf("front matter broken:\n%s", md)
		}
		checkCommonMark(t, &a, notes, body, 2)
	})
}
