package event

import (
	"testing"

	"chronicle/internal/cputime"
)

// BenchmarkExtract measures Extract alone on the seeds; the other
// annotators run once, outside the timed loop. cpu-MB/s is the throughput
// per CPU second (garbage collection included), steady when other
// programs share the cores.
func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{englishSeed, thaiSeed} {
		b.Run(name, func(b *testing.B) {
			a := annotate(b, readSeed(b, name), false)
			Extract(a.in) // load the data files before timing
			b.SetBytes(int64(len(a.in.Text.Text)))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			for b.Loop() {
				Extract(a.in)
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(len(a.in.Text.Text))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
			}
		})
	}
}
