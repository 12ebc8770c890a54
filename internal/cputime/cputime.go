// Package cputime reads how much CPU time the process has used, so that
// benchmarks on a shared machine can report throughput per CPU second,
// which other programs disturb far less than wall time.
package cputime

import "time"

// Process returns the user and system time the process has used so far,
// or 0 where the platform does not report it (callers then omit the
// figure).
func Process() time.Duration { return process() }
