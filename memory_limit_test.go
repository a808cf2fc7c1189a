package main

import (
	"math"
	"runtime/debug"
	"testing"
	"time"
)

// The soft memory limit is ten times the article less the program's own
// memory, never below the floor, and a GOMEMLIMIT the user set is left
// alone; without main (commands run inside a test) none is set.
// relaxMemoryLimit then leaves the readerHeadroom above what Go holds, and
// touches only a limit limitMemoryFor set.
func TestLimitMemoryFor(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	limitMemory = true
	t.Cleanup(func() {
		limitMemory = false
		debug.SetMemoryLimit(before)
	})
	cases := []struct {
		name    string
		env     string
		setEnv  bool
		article int
		want    int64
	}{
		{"5 MB article", "", false, 5 << 20, 50<<20 - programMemory},
		{"small article: the floor", "", false, 3209, 32 << 20},
		{"GOMEMLIMIT set: untouched", "off", true, 5 << 20, math.MaxInt64},
	}
	limitMemory = false
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemoryFor(5 << 20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("without main: limit = %d, want none", got)
	}
	limitMemory = true
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.setEnv {
				t.Setenv("GOMEMLIMIT", c.env)
			}
			debug.SetMemoryLimit(math.MaxInt64)
			limitMemoryFor(c.article)
			if got := debug.SetMemoryLimit(-1); got != c.want {
				t.Errorf("limit = %d, want %d", got, c.want)
			}
			relaxMemoryLimit()
			got := debug.SetMemoryLimit(-1)
			if c.setEnv && got != c.want {
				t.Errorf("relaxMemoryLimit changed the user's limit to %d", got)
			}
			if held := goMemory(); !c.setEnv && (got < held+readerHeadroom/2 || got > held+2*readerHeadroom) {
				t.Errorf("after relaxMemoryLimit: limit %d MiB, want about %d MiB (Go holds %d MiB)",
					got>>20, (held+readerHeadroom)>>20, held>>20)
			}
		})
	}
}

// relaxMemoryLimitLater leaves the analysis's limit in place while the
// reader draws its first frame, and relaxes it afterwards.
func TestRelaxMemoryLimitLater(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	limitMemory = true
	t.Cleanup(func() {
		limitMemory = false
		memoryLimited.Store(false)
		debug.SetMemoryLimit(before)
	})
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemoryFor(3209)
	relaxMemoryLimitLater()
	if got := debug.SetMemoryLimit(-1); got != memoryLimitFloor {
		t.Fatalf("right after relaxMemoryLimitLater: limit %d, want the analysis's %d", got, memoryLimitFloor)
	}
	// Relaxed once the delay is over: the limit leaves the floor for what
	// Go holds plus the headroom.
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) == memoryLimitFloor && time.Now().Before(deadline) {
		time.Sleep(relaxDelay / 4)
	}
	if got, held := debug.SetMemoryLimit(-1), goMemory(); got > held+2*readerHeadroom || got < held+readerHeadroom/2 {
		t.Errorf("after the delay: limit %d MiB, want about %d MiB", got>>20, (held+readerHeadroom)>>20)
	}
}
