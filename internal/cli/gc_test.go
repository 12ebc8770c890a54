package cli

import (
	"os"
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's target without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestRelaxGCRaisesTargetAndRestoresIt(t *testing.T) {
	if v, set := os.LookupEnv("GOGC"); set {
		t.Setenv("GOGC", v) // restored after the test
		os.Unsetenv("GOGC")
	}
	before := debug.SetGCPercent(77)
	defer debug.SetGCPercent(before)
	p := relaxGC()
	if p == nil {
		t.Fatal("relaxGC did nothing with GOGC unset")
	}
	if got := gcPercent(); got < 100 {
		t.Errorf("target during the batch %d%%, want at least 100%%", got)
	}
	p.adjust()
	if got, live := gcPercent(), p.live[0].Value.Uint64(); live > 0 && live < gcHeadroom && got < 100*gcHeadroom/int(live)*9/10 {
		t.Errorf("live heap %d B: target %d%% leaves less than %d B of headroom", live, got, gcHeadroom)
	}
	p.restore()
	if got := gcPercent(); got != 77 {
		t.Errorf("target after the batch %d%%, want the 77%% it had", got)
	}
}

func TestRelaxGCLeavesUserGOGC(t *testing.T) {
	t.Setenv("GOGC", "50")
	before := debug.SetGCPercent(50)
	defer debug.SetGCPercent(before)
	p := relaxGC()
	p.adjust()
	p.restore()
	if p != nil || gcPercent() != 50 {
		t.Errorf("relaxGC changed the target the user set: pacer %v, target %d%%", p != nil, gcPercent())
	}
}
