//go:build unix

package cli

import (
	"syscall"
	"time"
)

// processCPUTime is the user and system time the process has used so far,
// which other programs on a shared machine disturb far less than wall time.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
