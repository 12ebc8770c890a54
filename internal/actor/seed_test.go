package actor

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"chronicle/internal/cputime"
	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
	"chronicle/internal/wordseg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedText reads a seed; a WikiExtractor file is cut to the text between
// its <doc …> tag and </doc>. It skips the test when the seed is absent.
func seedText(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("seed %s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if strings.HasPrefix(s, "<doc") {
		if i := strings.IndexByte(s, '>'); i >= 0 {
			s = s[i+1:]
		}
		if j := strings.Index(s, "</doc>"); j >= 0 {
			s = s[:j]
		}
	}
	return s
}

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)

// thaiTokens segments Thai text with the lexicon's names as user words, as
// the pipeline does, with the best engine the build has.
func thaiTokens(l *Lexicon, text string) []document.Span {
	return wordseg.New(l.Names("th")).Tokens(text)
}

// stableThaiTokens uses the pure-Go engine whatever the build tags, so that
// golden files do not depend on whether ICU is installed.
func stableThaiTokens(l *Lexicon, text string) []document.Span {
	return wordseg.NewPureGo(l.Names("th")).Tokens(text)
}

// TestSeeds logs the most frequent actors of each seed and checks that the
// obvious ones are found.
func TestSeeds(t *testing.T) {
	l := mustDefault(t)
	th := seedText(t, thaiSeed)
	en := seedText(t, englishSeed)
	runs := []struct {
		name string
		ms   []Match
	}{
		{"thai", l.Find(th, "th", thaiTokens(l, th))},
		{"english", l.Find(en, "en", nil)},
	}
	for _, run := range runs {
		counts := map[string]int{}
		for _, m := range run.ms {
			counts[m.ID]++
		}
		top := make([]string, 0, len(counts))
		for id := range counts {
			top = append(top, id)
		}
		sort.Slice(top, func(i, j int) bool {
			if counts[top[i]] != counts[top[j]] {
				return counts[top[i]] > counts[top[j]]
			}
			return top[i] < top[j]
		})
		if len(top) > 30 {
			top = top[:30]
		}
		var b strings.Builder
		for _, id := range top {
			fmt.Fprintf(&b, " %s=%d", id, counts[id])
		}
		t.Logf("%s seed: %d matches, %d actors; top 30:%s", run.name, len(run.ms), len(counts), b.String())
		for _, id := range []string{"khmer-rouge", "country-vn", "country-kh", "country-th", "country-cn", "country-us", "pol-pot", "hun-sen"} {
			if counts[id] == 0 {
				t.Errorf("%s seed: %s not found", run.name, id)
			}
		}
	}
}

// TestGolden runs Find on our own sample articles and compares with the
// golden files in testdata (refresh with go test -update).
func TestGolden(t *testing.T) {
	l := mustDefault(t)
	for _, tc := range []struct{ file, lang string }{
		{"sample_en.txt", "en"},
		{"sample_th.txt", "th"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			var toks []document.Span
			if tc.lang == "th" {
				toks = stableThaiTokens(l, text)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, m := range l.Find(text, tc.lang, toks) {
				if err := enc.Encode(m); err != nil {
					t.Fatal(err)
				}
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(tc.file, ".txt")+".golden.jsonl")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("matches differ from %s (go test -update to accept):\n%s", golden, buf.String())
			}
		})
	}
}

// reportCPUThroughput reports MB per CPU second since cpu0, a figure that
// other programs on a shared machine disturb far less than wall time.
func reportCPUThroughput(b *testing.B, cpu0 time.Duration, size int) {
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkFind measures matching throughput on the seeds. Thai tokens are
// computed once outside the timed loop: segmentation has its own benchmark.
func BenchmarkFind(b *testing.B) {
	l := mustDefault(b)
	th := seedText(b, thaiSeed)
	en := seedText(b, englishSeed)
	thToks := thaiTokens(l, th)
	l.Find("warm", "th", nil) // build both matchers before timing
	for _, bc := range []struct {
		name, text, lang string
		toks             []document.Span
	}{
		{"english", en, "en", nil},
		{"thai-tokens", th, "th", thToks},
		{"thai-no-tokens", th, "th", nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			for b.Loop() {
				l.Find(bc.text, bc.lang, bc.toks)
			}
			reportCPUThroughput(b, cpu0, len(bc.text))
		})
	}
}
