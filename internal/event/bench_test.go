package event

import (
	"testing"

	"chronicle/internal/cputime"
)

// BenchmarkExtract measures Extract alone on the seeds; the other
// annotators run once, outside the timed loop. cpu-MB/s is the throughput
// per CPU second (garbage collection included), steady when other
// programs share the cores. The "untokenised" run leaves Input.Tokens nil,
// as annotate does for English, so that Extract segments the words itself.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct {
		name, seed  string
		untokenised bool
	}{{englishSeed, englishSeed, false}, {thaiSeed, thaiSeed, false}, {"untokenised-" + englishSeed, englishSeed, true}} {
		b.Run(c.name, func(b *testing.B) {
			a := annotate(b, readSeed(b, c.seed), false)
			if c.untokenised {
				a.in.Tokens = nil
			}
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
