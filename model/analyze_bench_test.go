package model_test

import (
	"os"
	"testing"

	"marginalia/bench/gen"
	"marginalia/model"
)

// embeddedArticlePath is the embedded article's source file. The benchmark
// reads it from disk instead of importing package data, which imports model
// (a cycle for model's own tests) and does I/O of its own.
const embeddedArticlePath = "../data/article.txt"

// BenchmarkAnalyze measures whole-article analysis on the embedded article
// and on generated articles of 1 and 5 MB; MB/s is the throughput compared
// with Punkt in bench/punkt, and the analysis is linear in the input when
// the 1 MB and 5 MB figures agree.
func BenchmarkAnalyze(b *testing.B) {
	embedded, err := os.ReadFile(embeddedArticlePath)
	if err != nil {
		b.Fatalf("read the embedded article: %v", err)
	}
	cases := []struct {
		name string
		text string
	}{
		{"embedded", string(embedded)},
		{"1MB", gen.Article(1<<20, 1)},
		{"5MB", gen.Article(5<<20, 1)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				art := model.Analyze(c.text, model.Meta{Source: "bench", Format: "text"})
				if len(art.Claims) == 0 {
					b.Fatal("no claims: the benchmark would measure nothing")
				}
			}
		})
	}
}
