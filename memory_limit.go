package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// Peak memory while an article is analysed. Go's collector lets the heap
// grow to twice the data it found live (GOGC=100), and an analysed article
// keeps about three times its size live (model.BenchmarkAnalyzeLiveHeap),
// so the heap alone would reach six times the article's size, and with the
// runtime's own memory (metadata and partly filled spans, about 6 MiB on
// the 5 MB article, bench/README.md) and the program's own pages (about
// 18 MB, below) the process more than ten times a 5 MB article: issue 7's
// budget is peak RSS at most ten times the article. A soft limit makes the
// collector run more often only once Go's memory nears it. The limit counts
// Go's memory only, not the program's own pages (code and tables: 15-16 MB
// resident in the reader, RssFile in /proc/PID/status) nor the 2.2 MB width
// table bubbletea's renderer builds outside Go's heap in terminals without
// mode 2027 (go-runewidth's), so it is the budget less programMemory.
// The heap grows to the limit whatever the analysis keeps live (about 16
// MiB on the 5 MB article, BenchmarkAnalyzeLiveHeap), so the limit, not
// the live heap, sets the peak: on the 5 MB article the reader peaked at
// 47.0 MiB with a limit of 34 MiB, 46.0 at 32 MiB (static build, peak RSS
// once the analysis is done, 3 runs each), and claims --json at 43.8 MiB
// with a limit of 36 MiB, 41.7 at 32 MiB, for 0.41 and 0.42 s of CPU (3
// runs each; GOMEMLIMIT set by hand). bench/punkt's throughput
// comparison does not go through main. Small articles never reach the
// floor.
//
// Every command that analyses sets it: claims, speakers, export (which
// writes its markdown as it makes it, model.WriteExportMarkdown, instead of
// holding the 20 MB document on top of the analysis) and the reader, which
// relaxes it once the analysis is complete (relaxMemoryLimit).
const (
	// relaxDelay is how long after the reader starts relaxMemoryLimitLater
	// relaxes the limit: after the first frame (about 40 ms from exec
	// here, some 100 ms on a loaded machine), about when a first key can
	// come.
	relaxDelay = 200 * time.Millisecond

	memoryPerArticleByte = 10
	memoryLimitFloor     = 32 << 20
	programMemory        = 18 << 20 // the program's resident pages and the width table (see above)
	readerHeadroom       = 4 << 20
)

// limitMemory is set by main: the limit is the process's, so tests that run
// the commands inside their own process keep theirs.
var limitMemory bool

// memoryLimited is whether limitMemoryFor set a limit that unlimitMemory
// has not lifted yet.
var memoryLimited atomic.Bool

// limitMemoryFor sets the soft memory limit for analysing an article of the
// given size, unless the user set GOMEMLIMIT, which wins.
func limitMemoryFor(articleBytes int) {
	if !limitMemory {
		return
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	limit := int64(articleBytes)*memoryPerArticleByte - programMemory
	debug.SetMemoryLimit(max(memoryLimitFloor, limit))
	memoryLimited.Store(true)
}

// relaxMemoryLimit replaces the limit limitMemoryFor set, once the analysis
// is complete and the reader takes over, by one readerHeadroom above the
// memory Go holds then. A limit the live heap nears would put collections
// on the keypress path; no limit at all lets the heap grow to twice the
// analysis while the reader is used (GOGC=100; on the 5 MB article RSS
// 53 -> 83 MB after 2000 moves).
//
// While the reader is used, Go's memory stays at about this limit: the
// headroom is what a reading session adds to the peak, and it sets how
// often the collector runs. On the 5 MB article (at 6202dec, whose
// analysis kept 20 MiB live; 2000 j, 5 ms apart, then
// q; 2 CPUs, runs taken in turn) an 8 MiB headroom peaked at 55.1-55.8 MiB
// for 5.0-5.1 s of CPU in the whole run, 4 MiB at 50.9-51.6 MiB for
// 5.7-6.4 s; 5 MiB gave 52.3-52.5 MiB, 3 MiB half a MiB less than 4 for
// about 8 s, 2 MiB nothing more for 14.5-14.9 s (a limit that close
// leaves the heap about a MiB to grow: a collection every few moves). The
// collections run beside the keypress, not in it: BenchmarkStep at the
// equivalent limit is 86-88 µs at 8 MiB, 93-98 µs at 4 MiB (84 µs without
// a limit). A move allocates about 150 KB in all, half of it the
// glamour renderings of the panes it brings near.
//
// What Go holds is measured after a collection that also returns the freed
// pages to the system (debug.FreeOSMemory): after a plain runtime.GC the
// analysis's garbage, freed but not yet returned, counted as held, and the
// headroom came on top of it (RSS after 2000 moves on the 5 MB article
// about 61 -> 58 MB).
func relaxMemoryLimit() {
	if !memoryLimited.CompareAndSwap(true, false) {
		return
	}
	debug.FreeOSMemory() // what the complete analysis keeps, not its garbage
	debug.SetMemoryLimit(goMemory() + readerHeadroom)
}

// relaxMemoryLimitLater relaxes the limit relaxDelay from now, off the path
// to the reader's first frame: the collection relaxMemoryLimit forces took
// 2.5-5 ms right before the reader started, after the embedded article (a
// forced collection of the package tables, and returning their pages), and
// more after a long one read whole for a filter. The limit stays the
// analysis's until then, as it does while a progressive analysis runs. It
// is safe to call with the reader running: like the progressive analysis's
// last step, it touches only the runtime's limit. A process that ends first
// never relaxes it, which changes nothing.
func relaxMemoryLimitLater() {
	scheduleRelax(func(relax func()) { time.AfterFunc(relaxDelay, relax) })
}

// scheduleRelax hands relaxMemoryLimit to schedule when limitMemoryFor set
// a limit, so a test can run it without waiting for a timer.
func scheduleRelax(schedule func(relax func())) {
	if memoryLimited.Load() {
		schedule(relaxMemoryLimit)
	}
}

// goMemory is the memory Go holds from the system, as the limit counts it.
func goMemory() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64() - s[1].Value.Uint64())
}
