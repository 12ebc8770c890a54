package quantity

import (
	"testing"

	"chronicle/internal/cputime"
)

// BenchmarkFind finds the quantities of both seeds. MB/cpu-s is throughput
// per CPU second, which other programs on a shared machine disturb far less
// than wall time.
func BenchmarkFind(b *testing.B) {
	docs := []struct{ text, lang string }{
		{seedText(b, thaiSeed), "th"},
		{seedText(b, englishSeed), "en"},
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
		Find(d.text, d.lang, nil) // build the lexicons outside the timing
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	start := cputime.Process()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			Find(d.text, d.lang, nil)
		}
		n++
	}
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(size)*float64(n)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkFindRunesEnglish finds the quantities of the English seed from
// its code points, as the annotate pipeline calls the finder.
func BenchmarkFindRunesEnglish(b *testing.B) {
	text := seedText(b, englishSeed)
	runes := []rune(text)
	FindRunes(text, runes, "en", nil) // build the lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		FindRunes(text, runes, "en", nil)
	}
}
