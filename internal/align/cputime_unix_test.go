//go:build unix

package align

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of the process: on a shared machine
// wall time mostly measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
