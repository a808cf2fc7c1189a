package ui

import (
	"testing"

	"marginalia/model"
)

// The filter's costs on the ~5 MB benchmark article (bigArticle): a
// keypress while filtered, applying a filter, opening the picker, and the
// open picker following one snapshot of a progressive analysis.

// busiestSpeakerFilter filters to the speaker with the most claims.
func busiestSpeakerFilter(a *model.Article) model.Filter {
	best := 0
	for i, s := range a.Speakers {
		if len(s.Claims) > len(a.Speakers[best].Claims) {
			best = i
		}
	}
	return model.Filter{Speakers: []int{best}}
}

// BenchmarkFilteredStep is one keypress (Update plus View) with a speaker
// filter active: the moves go through the filtered navigator.
func BenchmarkFilteredStep(b *testing.B) {
	a := bigArticle()
	f := busiestSpeakerFilter(&a)
	m := openBig(Options{Article: a, Filter: f})
	b.ReportMetric(float64(m.nav.Len()), "matching")
	m.moveTo(m.nav.At(m.nav.Len() / 2))
	m = deliverAll(m, m.refreshPanes())
	benchKeys(b, m, keyPress("j"), keyPress("]"), keyPress("k"), keyPress("["))
}

// BenchmarkApplyFilter is the picker's choice arriving (FilterChosenMsg)
// and the next frame: the navigator is built over every claim.
func BenchmarkApplyFilter(b *testing.B) {
	a := bigArticle()
	f := busiestSpeakerFilter(&a)
	m := openBig(Options{Article: a})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		next, _ := m.Update(FilterChosenMsg{Filter: f})
		_ = next.(Model).View()
	}
}

// BenchmarkOpenPicker is `f` and the first frame of the picker.
func BenchmarkOpenPicker(b *testing.B) {
	a := bigArticle()
	m := openBig(Options{Article: a})
	b.ReportMetric(float64(len(a.Speakers)), "speakers")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		next, _ := m.Update(keyPress("f"))
		_ = next.(Model).View()
	}
}

// BenchmarkPickerFollowsSnapshot is what a snapshot of a progressive
// analysis costs while the picker is open with a search typed, when the
// article has grown less than rebuildGrowth: the partial note moves.
func BenchmarkPickerFollowsSnapshot(b *testing.B) {
	benchPickerSnapshot(b, ArticleMsg{Progress: 0.6})
}

// BenchmarkPickerRebuild is the same for a snapshot that rebuilds the
// picker (the last one, or one after enough growth).
func BenchmarkPickerRebuild(b *testing.B) {
	benchPickerSnapshot(b, ArticleMsg{Progress: 1, Done: true})
}

func benchPickerSnapshot(b *testing.B, msg ArticleMsg) {
	a := bigArticle()
	m := openBig(Options{Article: a})
	m = send(m, ArticleMsg{Article: a, Progress: 0.5})
	m = typeText(press(m, "f"), "ex")
	msg.Article = a
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		next, _ := m.Update(msg)
		_ = next.(Model).View()
	}
}
