package main

import (
	"math"
	"runtime/debug"
	"testing"
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
// reader draws its first frame, and relaxes it when its timer fires: the
// test runs what the timer would, without waiting for it. Without a limit
// to relax (commands run inside a test, GOMEMLIMIT) nothing is scheduled.
func TestRelaxMemoryLimitLater(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		limitMemory = false
		memoryLimited.Store(false)
		debug.SetMemoryLimit(before)
	})
	memoryLimited.Store(false)
	var due []func()
	schedule := func(relax func()) { due = append(due, relax) }

	limitMemory = false
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemoryFor(3209)
	if scheduleRelax(schedule); len(due) != 0 {
		t.Fatal("a relax was scheduled with no limit set (a command run inside a test)")
	}

	limitMemory = true
	limitMemoryFor(3209)
	scheduleRelax(schedule)
	if got := debug.SetMemoryLimit(-1); got != memoryLimitFloor {
		t.Fatalf("once scheduled, before it runs: limit %d, want the analysis's %d", got, memoryLimitFloor)
	}
	if len(due) != 1 {
		t.Fatalf("%d relaxes scheduled, want 1", len(due))
	}
	due[0]()
	if got, held := debug.SetMemoryLimit(-1), goMemory(); got > held+2*readerHeadroom || got < held+readerHeadroom/2 {
		t.Errorf("after the relax ran: limit %d MiB, want about %d MiB", got>>20, (held+readerHeadroom)>>20)
	}
	// A progressive analysis that completed first has relaxed the limit
	// already; the timer then leaves the limit it set alone.
	debug.SetMemoryLimit(math.MaxInt64)
	if scheduleRelax(schedule); len(due) != 1 {
		t.Error("a relax was scheduled after the limit was already relaxed")
	}
	limitMemoryFor(3209)
	relaxMemoryLimit()
	const set = 1 << 40 // not a limit a relax would choose
	debug.SetMemoryLimit(set)
	due[0]()
	if got := debug.SetMemoryLimit(-1); got != set {
		t.Errorf("a second relax changed the limit from %d to %d", int64(set), got)
	}
}
