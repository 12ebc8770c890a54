package wordseg

import (
	"os"
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/cputime"
	"chronicle/internal/sharedfiles"
)

// segmenters returns the engines compiled in: ICU (with -tags icu) and pure Go.
func segmenters(userWords []string) []Segmenter {
	best, pure := New(userWords), NewPureGo(userWords)
	if best.Name() == pure.Name() {
		return []Segmenter{pure}
	}
	return []Segmenter{best, pure}
}

func benchmarkSeed(b *testing.B, seed string) {
	text, err := os.ReadFile(sharedfiles.Path(b, "seeds/"+seed))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTokens(b, segmenters(nil), string(text))
}

// benchmarkTokens segments text with each segmenter, reporting MB/s and,
// as wall-clock MB/s suffers when other jobs share the cores, MB/cpu-s.
func benchmarkTokens(b *testing.B, segs []Segmenter, text string) {
	for _, seg := range segs {
		b.Run(seg.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			cpu := cputime.Process()
			for b.Loop() {
				seg.Tokens(text)
			}
			if used := cputime.Process() - cpu; used > 0 {
				b.ReportMetric(float64(len(text))*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
			}
		})
	}
}

func BenchmarkTokensThaiSeed(b *testing.B) { benchmarkSeed(b, "000_36b565043f4e1db3.txt") }

func BenchmarkTokensEnglishSeed(b *testing.B) { benchmarkSeed(b, "002_37139f9e1a0765fa.txt") }

// BenchmarkTokensThaiSeedParallel checks that pooled engines scale across goroutines.
func BenchmarkTokensThaiSeedParallel(b *testing.B) {
	text, err := os.ReadFile(sharedfiles.Path(b, "seeds/000_36b565043f4e1db3.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, seg := range segmenters(nil) {
		b.Run(seg.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					seg.Tokens(string(text))
				}
			})
		})
	}
}

// BenchmarkTokensThaiSeedUserWords segments the Thai seed with the actor
// lexicon's Thai names as user words, as the annotator does.
func BenchmarkTokensThaiSeedUserWords(b *testing.B) {
	text, err := os.ReadFile(sharedfiles.Path(b, "seeds/000_36b565043f4e1db3.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lex, err := actor.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTokens(b, segmenters(lex.Names("th")), string(text))
}
