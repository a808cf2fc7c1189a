//go:build !unix

package main

import "time"

// cpuTime is unknown on this system; the CPU columns then read 0.
func cpuTime() time.Duration { return 0 }
