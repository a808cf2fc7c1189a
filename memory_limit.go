package main

import (
	"os"
	"runtime/debug"
)

// Peak memory of the batch commands (claims, speakers, export). Go's collector lets
// the heap grow to twice the data it found live (GOGC=100), and an analysed
// article keeps about six times its size live, so on a big article the heap
// alone would reach twelve times the article's size, beyond the budget of
// issue 7 (peak RSS at most ten times the article). A soft limit at that
// budget makes the collector run more often only once the heap nears it:
// on the 5 MB article, peak RSS of `claims --json` 70 MB -> 59 MB for about
// a tenth more CPU time (the analysis itself is unchanged; bench/punkt's
// throughput comparison does not go through main). Small articles never
// reach the floor. The reader does not set it: a limit the live heap nears
// would put collections on the keypress path. Export sets it too: it writes
// its markdown as it makes it (model.WriteExportMarkdown) instead of holding
// the document (20 MB for the 5 MB article) on top of the analysis.
const (
	memoryPerArticleByte = 10
	memoryLimitFloor     = 32 << 20
)

// limitMemory is set by main: the limit is the process's, so tests that run
// the commands inside their own process keep theirs.
var limitMemory bool

// limitMemoryFor sets the soft memory limit for analysing an article of the
// given size, unless the user set GOMEMLIMIT, which wins.
func limitMemoryFor(articleBytes int) {
	if !limitMemory {
		return
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(max(memoryLimitFloor, int64(articleBytes)*memoryPerArticleByte))
}
