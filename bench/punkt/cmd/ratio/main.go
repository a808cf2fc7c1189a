// Command ratio runs marginalia's analysis and Punkt's segmentation side by
// side on the same generated 5 MB article and prints each one's median
// throughput and the ratio the project's target is stated in (analysis at
// least 3× Punkt):
//
//	cd bench/punkt && go run ./cmd/ratio -count 5
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"

	"marginalia-bench/punkt"
)

func main() {
	count := flag.Int("count", 5, "runs of each benchmark; the median is reported")
	flag.Parse()
	if *count < 1 {
		fmt.Fprintln(os.Stderr, "ratio: -count must be at least 1")
		os.Exit(2)
	}
	text := punkt.Text()
	tok, err := punkt.NewPunkt()
	if err != nil {
		fmt.Fprintf(os.Stderr, "ratio: %v\n", err)
		os.Exit(1)
	}
	size := int64(len(text))
	analyze := median(*count, func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			punkt.MarginaliaClaims(text)
		}
	})
	segment := median(*count, func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			punkt.PunktSentences(tok, text)
		}
	})
	fmt.Printf("text: %d bytes (bench/gen, seed %d)\n", size, punkt.Seed)
	fmt.Printf("%-20s %14s %10s %14s\n", "", "ns/op", "MB/s", "allocs/op")
	for _, r := range []struct {
		name string
		res  testing.BenchmarkResult
	}{{"marginalia Analyze", analyze}, {"Punkt segment", segment}} {
		fmt.Printf("%-20s %14d %10.2f %14d\n", r.name, r.res.NsPerOp(), mbPerSec(r.res), r.res.AllocsPerOp())
	}
	fmt.Printf("ratio (Analyze MB/s / Punkt MB/s): %.2fx (target >= 3x)\n", mbPerSec(analyze)/mbPerSec(segment))
}

// median runs the benchmark count times and returns the run with the median
// time per operation.
func median(count int, f func(*testing.B)) testing.BenchmarkResult {
	runs := make([]testing.BenchmarkResult, count)
	for i := range runs {
		runs[i] = testing.Benchmark(f)
	}
	slices.SortFunc(runs, func(a, b testing.BenchmarkResult) int { return int(a.NsPerOp() - b.NsPerOp()) })
	return runs[count/2]
}

func mbPerSec(r testing.BenchmarkResult) float64 {
	return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
}
