package event

import "testing"

// BenchmarkExtract measures Extract alone on the seeds; the other
// annotators run once, outside the timed loop.
func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{englishSeed, thaiSeed} {
		b.Run(name, func(b *testing.B) {
			a := annotate(b, readSeed(b, name), false)
			Extract(a.in) // load the data files before timing
			b.SetBytes(int64(len(a.in.Text.Text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(a.in)
			}
		})
	}
}
