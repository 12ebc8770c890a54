package align

import (
	"chronicle/internal/cputime"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

var benchSink int

// BenchmarkAlignMillion aligns a million synthetic events. Run on one core:
//
//	go test -run '^$' -bench AlignMillion -benchtime 1x -cpu 1 ./internal/align/
//
// peak-heap-MB is the largest heap (live and not yet collected) seen while
// aligning, the input included; cpu-s/op is CPU time, which on a shared
// machine says more than wall time.
func BenchmarkAlignMillion(b *testing.B) {
	if testing.Short() {
		b.Skip("a million events: not under -short")
	}
	events := synthEvents(1_000_000, 1)
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	b.ReportAllocs()
	var clusters, discrepancies int
	cpu0 := cputime.Process()
	for b.Loop() {
		tl := Align(events)
		clusters, discrepancies = len(tl.Clusters), len(tl.Discrepancies)
	}
	cpu := cputime.Process() - cpu0
	close(stop)
	<-done
	benchSink = clusters
	b.ReportMetric(float64(peak.Load())/1e6, "peak-heap-MB")
	b.ReportMetric(float64(clusters), "clusters")
	b.ReportMetric(float64(discrepancies), "discrepancies")
	b.ReportMetric(float64(len(events))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
