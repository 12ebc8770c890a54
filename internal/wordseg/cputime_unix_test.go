//go:build unix

package wordseg

import (
	"syscall"
	"time"
)

// processCPUTime is the user plus system CPU time of this process, so that
// benchmarks can report throughput per CPU second on a shared machine.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
