package names

import (
	"os"
	"testing"
	"unicode/utf8"

	"chronicle/internal/actor"
	"chronicle/internal/cputime"
	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
	"chronicle/internal/wordseg"
)

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)

// seedInput is a seed's text, word tokens and lexicon matches.
type seedInput struct {
	text   string
	tokens []document.Span
	known  []document.Span
}

func loadSeed(t testing.TB, name, lang string) seedInput {
	b, err := os.ReadFile(sharedfiles.Seed(t, name))
	if err != nil {
		t.Fatal(err)
	}
	lex, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := seedInput{text: string(b)}
	in.tokens = wordseg.New(lex.Names("th")).Tokens(in.text)
	for _, m := range lex.Find(in.text, lang, in.tokens) {
		in.known = append(in.known, m.Span)
	}
	return in
}

// TestSeeds runs Find on the real seeds after the lexicon and checks the
// spans; the names found are logged for reading.
func TestSeeds(t *testing.T) {
	for _, c := range []struct{ file, lang string }{{thaiSeed, "th"}, {englishSeed, "en"}} {
		in := loadSeed(t, c.file, c.lang)
		ns := Find(in.text, c.lang, in.tokens, in.known)
		if len(ns) == 0 {
			t.Errorf("%s: no unknown names", c.file)
		}
		known := newCoverage(in.known)
		rt := document.NewRuneText(in.text)
		kinds := map[string]int{}
		for i, n := range ns {
			if !n.Span.Valid(rt.Len()) || rt.Slice(n.Span) != n.Text || known.overlaps(n.Span) {
				t.Errorf("%s: bad name %+v", c.file, n)
			}
			if i > 0 && n.Span[0] < ns[i-1].Span[1] {
				t.Errorf("%s: overlapping names %+v %+v", c.file, ns[i-1], n)
			}
			kinds[n.Kind]++
		}
		t.Logf("%s: %d lexicon matches, %d unknown names %v", c.file, len(in.known), len(ns), kinds)
		for _, n := range ns {
			t.Logf("  %-40s %-12s %.2f %s", n.Text, n.Kind, n.Confidence, ID(c.lang, n.Text))
		}
	}
}

func benchmarkFind(b *testing.B, file, lang string) {
	in := loadSeed(b, file, lang)
	b.SetBytes(int64(len(in.text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		Find(in.text, lang, in.tokens, in.known)
	}
	// Per CPU second: other programs on a shared machine disturb it far
	// less than wall time.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(in.text))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkFindInEnglishSeed measures FindIn as annotate calls it, with the
// code-point index and runes already made.
func BenchmarkFindInEnglishSeed(b *testing.B) {
	in := loadSeed(b, englishSeed, "en")
	rt := document.NewRuneText(in.text)
	rs := []rune(in.text)
	b.SetBytes(int64(len(in.text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		FindIn(rt, rs, "en", nil, in.known)
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(in.text))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

func BenchmarkFindThaiSeed(b *testing.B)    { benchmarkFind(b, thaiSeed, "th") }
func BenchmarkFindEnglishSeed(b *testing.B) { benchmarkFind(b, englishSeed, "en") }

func BenchmarkRomanizeThaiSeed(b *testing.B) {
	data, err := os.ReadFile(sharedfiles.Seed(b, thaiSeed))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Romanize(text)
	}
}

func BenchmarkMatch(b *testing.B) {
	pairs := readPairsFile(b, "pairs.tsv")
	var english []string
	for _, p := range pairs {
		english = append(english, p.English)
	}
	n := 0
	for _, p := range pairs {
		n += utf8.RuneCountInString(p.Thai)
	}
	b.ReportMetric(float64(len(english)), "candidates")
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pairs[:10] {
			Match(p.Thai, english)
		}
	}
}
