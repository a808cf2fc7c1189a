package model_test

import (
	"runtime"
	"testing"

	"marginalia/bench/gen"
	"marginalia/model"
)

// BenchmarkAnalyzeLiveHeap reports what an analysed 5 MB article keeps on
// the heap, in bytes per byte of article (the article's own text included),
// measured after a collection with the article still referenced: the figure
// issue 7's peak-memory budget (ten times the article) is mostly spent on.
// The time per op is the analysis plus two collections; BenchmarkAnalyze is
// the one for speed.
func BenchmarkAnalyzeLiveHeap(b *testing.B) {
	text := gen.Article(5<<20, 1)
	var before, after runtime.MemStats
	var live uint64
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		art := model.Analyze(text, model.Meta{Source: "bench", Format: "text"})
		runtime.GC()
		runtime.ReadMemStats(&after)
		live = after.HeapAlloc - before.HeapAlloc + uint64(len(text))
		runtime.KeepAlive(art)
	}
	b.ReportMetric(float64(live)/float64(len(text)), "live-B/article-B")
	b.ReportMetric(float64(live)/(1<<20), "live-MiB")
}
