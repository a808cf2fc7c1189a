package model_test

import (
	"fmt"
	"strings"
	"testing"

	"marginalia/bench/gen"
	"marginalia/model"
)

// pathologicalSize is the size of the inputs BenchmarkAnalyzePathological
// measures (and four times it, to show the cost per byte does not grow).
const pathologicalSize = 1 << 20

// pathologicalInputs are inputs of size bytes shaped to defeat a per-line or
// per-paragraph algorithm, beside a normal article of the same size:
//   - one-line: the normal article's prose with every line break made a
//     space, so the whole megabyte is one line and one paragraph;
//   - one-token: one unbroken line with no space and no sentence end at all;
//   - one-word-paragraphs: 100k paragraphs of one word each;
//   - one-sentence-of-figures: "1, 2, 3, …" as one sentence, every figure a
//     different check-worthy reason, so collecting a claim's reasons without
//     duplicates must not compare each with all the others.
func pathologicalInputs(size int) []struct{ name, text string } {
	article := gen.Article(size, 1)[:size]
	oneLine := strings.ReplaceAll(article, "\n", " ")

	oneToken := strings.Repeat("abcdefghij", size/10+1)[:size]

	words := strings.Fields(article)
	var paras strings.Builder
	paras.Grow(size + 64)
	for i := 0; paras.Len() < size; i++ {
		paras.WriteString(words[i%len(words)])
		paras.WriteString("\n\n")
	}
	var figures strings.Builder
	figures.Grow(size + 16)
	for i := 1; figures.Len() < size; i++ {
		fmt.Fprintf(&figures, "%d, ", i)
	}
	figures.WriteString("and more.")
	return []struct{ name, text string }{
		{"normal", article},
		{"one-line", oneLine},
		{"one-token", oneToken},
		{"one-word-paragraphs", paras.String()},
		{"one-sentence-of-figures", figures.String()},
	}
}

// BenchmarkAnalyzePathological reports the analysis cost in ns/byte for the
// inputs above at 1 MB and 4 MB. Linear time shows as the same ns/byte at
// both sizes; the bound is 10× the normal article's ns/byte. It
// fails when a shape breaks either: more than 10× the normal article's
// ns/byte at the same size, or at 4 MB more than twice its own ns/byte at
// 1 MB (a cost quadratic in the input is four times).
//
//	go test ./model -run '^$' -bench AnalyzePathological -benchtime 3x
func BenchmarkAnalyzePathological(b *testing.B) {
	nsPerByte := map[string]float64{} // "name/size" of the sub-benchmarks run
	for _, size := range []int{pathologicalSize, 4 * pathologicalSize} {
		for _, in := range pathologicalInputs(size) {
			key := fmt.Sprintf("%s/%dMB", in.name, size>>20)
			b.Run(key, func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					art := model.Analyze(in.text, model.Meta{Source: "bench", Format: "text"})
					if len(art.Paragraphs) == 0 {
						b.Fatal("no paragraphs: the benchmark would measure nothing")
					}
				}
				nsPerByte[key] = float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(len(in.text))
				b.ReportMetric(nsPerByte[key], "ns/byte")
			})
		}
	}
	for _, in := range pathologicalInputs(0) {
		for _, size := range []int{pathologicalSize, 4 * pathologicalSize} {
			key := fmt.Sprintf("%s/%dMB", in.name, size>>20)
			normal, ok := nsPerByte[fmt.Sprintf("normal/%dMB", size>>20)]
			if got, run := nsPerByte[key]; run && ok && got > 10*normal {
				b.Errorf("%s: %.1f ns/byte, more than 10× the normal article's %.1f", key, got, normal)
			}
		}
		small, ok1 := nsPerByte[fmt.Sprintf("%s/%dMB", in.name, pathologicalSize>>20)]
		large, ok4 := nsPerByte[fmt.Sprintf("%s/%dMB", in.name, 4*pathologicalSize>>20)]
		if ok1 && ok4 && large > 2*small {
			b.Errorf("%s: %.1f ns/byte at 4 MB against %.1f at 1 MB: the cost grows faster than the input", in.name, large, small)
		}
	}
}
