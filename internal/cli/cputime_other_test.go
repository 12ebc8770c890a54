//go:build !unix

package cli

import "time"

// processCPUTime is not measured here; benchmarks then omit cpu-MB/s.
func processCPUTime() time.Duration { return 0 }
