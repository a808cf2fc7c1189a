package ui

import (
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"marginalia/bench/gen"
	"marginalia/model"
)

// benchArticleSize is the size the keypress budget is measured at.
const benchArticleSize = 5 << 20

// bigArticle is a deterministic ~5 MB generated article, analysed once.
var bigArticle = generatedArticle(benchArticleSize, "bench")

// generatedArticle is a function returning the article bench/gen makes
// of about size bytes (seed 1), analysed on the first call only.
func generatedArticle(size int, source string) func() model.Article {
	return sync.OnceValue(func() model.Article {
		return model.Analyze(gen.Article(size, 1), model.Meta{Source: source, Format: "text"})
	})
}

// BenchmarkStep measures one keypress: Update plus View, on a 5 MB article,
// with the pane markdown already rendered (as the neighbour prefetch makes it
// in use). The renderings the key asks for are delivered outside the timer.
func BenchmarkStep(b *testing.B) {
	a := bigArticle()
	b.ReportMetric(float64(len(a.Claims)), "claims")
	m := openBig(Options{Article: a})
	// Start in the middle, so both directions have room.
	m.moveTo(len(a.Claims) / 2)
	m = deliverAll(m, m.refreshPanes())
	benchKeys(b, m, keyPress("j"), keyPress("j"), keyPress("]"), keyPress("k"), keyPress("["), keyPress("j"))
}

// openBig is the reader on the benchmark article, panes rendered.
func openBig(opts Options) Model {
	m := send(New(opts), tea.WindowSizeMsg{Width: 120, Height: 40})
	return deliverAll(m, m.refreshPanes())
}

// benchKeys times the keys pressed in turn, each followed by a frame; the
// renderings a key asks for are delivered outside the timer. The keys go
// through the guard, as in the program (Run), so the figures include what
// the guard costs and not the copy Model.Update's tea.Model result makes.
func benchKeys(b *testing.B, m Model, keys ...tea.KeyPressMsg) {
	g := &guard{m: m, f: &failure{}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, cmd := g.Update(keys[i%len(keys)])
		_ = g.View()
		b.StopTimer()
		g.m = deliverAll(g.m, cmd)
		b.StartTimer()
	}
	if err := g.f.get(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSearchEnter measures a search on the 5 MB article for a word
// found only near its end, the worst case of one scan.
func BenchmarkSearchEnter(b *testing.B) {
	a := bigArticle()
	m := send(New(Options{Article: a}), tea.WindowSizeMsg{Width: 120, Height: 40})
	m.search.query = "zzzz-not-there"
	b.ResetTimer()
	for b.Loop() {
		m.search.find(m.art, m.nav, 0, +1)
	}
}

// BenchmarkFirstFrame measures building the reader and drawing its first
// frame on the embedded article (analysis excluded): the reader's share of
// the time to first frame.
func BenchmarkFirstFrame(b *testing.B) {
	a := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		m := send(New(Options{Article: a}), tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkFirstFrameBig is the same on the 5 MB article: it must not
// depend on the article's size.
func BenchmarkFirstFrameBig(b *testing.B) {
	a := bigArticle()
	b.ReportAllocs()
	for b.Loop() {
		m := send(New(Options{Article: a}), tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
