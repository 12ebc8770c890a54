package cputime

import "testing"

// TestProcessGrows checks that busy work shows as CPU time on platforms
// that report it.
func TestProcessGrows(t *testing.T) {
	before := Process()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	after := Process()
	if after == 0 {
		t.Skip("no CPU time on this platform")
	}
	if after <= before {
		t.Errorf("CPU time did not grow: %v then %v (work %d)", before, after, x)
	}
}
