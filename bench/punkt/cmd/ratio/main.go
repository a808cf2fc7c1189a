// Command ratio runs marginalia's analysis and Punkt's segmentation side by
// side, taking turns, on the same generated 5 MB article and prints each one's median
// throughput and the ratio the project's target is stated in (analysis at
// least 3× Punkt). It also reports CPU time per operation: on a machine
// shared with other work, wall-clock time swings with the load while CPU
// time mostly does not, so the CPU ratio is the steadier of the two.
//
//	cd bench/punkt && go run ./cmd/ratio -count 5
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

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
	analyze, analyzeCPU, segment, segmentCPU := interleaved(*count, func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			punkt.MarginaliaClaims(text)
		}
	}, func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			punkt.PunktSentences(tok, text)
		}
	})
	fmt.Printf("text: %d bytes (bench/gen, seed %d)\n", size, punkt.Seed)
	fmt.Printf("%-20s %14s %10s %14s %14s\n", "", "ns/op", "MB/s", "allocs/op", "CPU ns/op")
	for _, r := range []struct {
		name string
		res  testing.BenchmarkResult
		cpu  time.Duration
	}{{"marginalia Analyze", analyze, analyzeCPU}, {"Punkt segment", segment, segmentCPU}} {
		fmt.Printf("%-20s %14d %10.2f %14d %14d\n", r.name, r.res.NsPerOp(), mbPerSec(r.res), r.res.AllocsPerOp(), r.cpu.Nanoseconds())
	}
	fmt.Printf("ratio (Analyze MB/s / Punkt MB/s): %.2fx (target >= 3x)\n", mbPerSec(analyze)/mbPerSec(segment))
	if analyzeCPU > 0 {
		fmt.Printf("ratio by CPU time (Punkt CPU/op / Analyze CPU/op): %.2fx\n", float64(segmentCPU)/float64(analyzeCPU))
	}
}

// interleaved runs the two benchmarks count times each, taking turns, so a
// change in the machine's load touches both alike, and returns for each the
// run with the median time per operation and the median CPU time per
// operation.
func interleaved(count int, f, g func(*testing.B)) (fRes testing.BenchmarkResult, fCPU time.Duration, gRes testing.BenchmarkResult, gCPU time.Duration) {
	var fRuns, gRuns []testing.BenchmarkResult
	var fCPUs, gCPUs []time.Duration
	for range count {
		r, c := run(f)
		fRuns, fCPUs = append(fRuns, r), append(fCPUs, c)
		r, c = run(g)
		gRuns, gCPUs = append(gRuns, r), append(gCPUs, c)
	}
	fRes, fCPU = median(fRuns, fCPUs)
	gRes, gCPU = median(gRuns, gCPUs)
	return fRes, fCPU, gRes, gCPU
}

// run is one benchmark run and its CPU time per operation. testing.Benchmark
// calls f with growing b.N and reports the last call, so the CPU time is
// taken around each call and the last one's is kept.
func run(f func(*testing.B)) (testing.BenchmarkResult, time.Duration) {
	var last time.Duration
	res := testing.Benchmark(func(b *testing.B) {
		before := cpuTime()
		f(b)
		last = (cpuTime() - before) / time.Duration(b.N)
	})
	return res, last
}

// median is the run with the median time per operation and the median CPU
// time per operation.
func median(runs []testing.BenchmarkResult, cpu []time.Duration) (testing.BenchmarkResult, time.Duration) {
	slices.SortFunc(runs, func(a, b testing.BenchmarkResult) int { return int(a.NsPerOp() - b.NsPerOp()) })
	slices.Sort(cpu)
	return runs[len(runs)/2], cpu[len(cpu)/2]
}

func mbPerSec(r testing.BenchmarkResult) float64 {
	return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
}
