package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"chronicle/internal/cputime"
	"chronicle/internal/document"
	"chronicle/internal/langid"
	"chronicle/internal/reader"
	"chronicle/internal/sentence"
	"chronicle/internal/sharedfiles"
	"chronicle/internal/wordseg"
)

// seedPath finds a seed article beside the module root (../shared/seeds).
func seedPath(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(sharedfiles.ModuleRoot(tb), "..", "shared", "seeds", name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("seed %s not present", p)
	}
	return p
}

// repeatedSeed returns the seed file repeated to about size bytes.
func repeatedSeed(tb testing.TB, name string, size int) []byte {
	data, err := os.ReadFile(seedPath(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	// Sized at once: growing by doubling copies and clears tens of
	// megabytes, which showed in profiles as if the reader did it.
	buf.Grow(size + len(data) + 1)
	for buf.Len() < size {
		buf.Write(data)
		if data[len(data)-1] != '\n' {
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

// benchmarkAnnotate runs the whole annotate command (read, segment, tag,
// encode) on the seed repeated to about 50 MB, and reports the throughput per
// CPU second and the memory the Go runtime obtained from the system as a
// stand-in for peak RSS.
func benchmarkAnnotate(b *testing.B, seed string, args ...string) {
	input := repeatedSeed(b, seed, 50<<20)
	b.SetBytes(int64(len(input)))
	b.ResetTimer()
	cpu0 := cputime.Process()
	for range b.N {
		env := Env{Stdin: bytes.NewReader(input), Stdout: io.Discard, Stderr: io.Discard}
		if code := Main(env, append(append([]string{"annotate"}, args...), "-")); code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.StopTimer()
	// Throughput per CPU second: with one worker, the per-core figure even
	// when other programs share the cores.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(input))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}

// BenchmarkAnnotateThaiSeed50MB measures the full annotate on the Thai seed
// (WikiExtractor format) repeated to 50 MB, on all cores.
func BenchmarkAnnotateThaiSeed50MB(b *testing.B) {
	benchmarkAnnotate(b, "000_36b565043f4e1db3.txt")
}

// BenchmarkAnnotateEnglishSeed50MB does the same on the English seed. Plain
// text is one document per level-1 heading, so repeats are separate documents.
func BenchmarkAnnotateEnglishSeed50MB(b *testing.B) {
	benchmarkAnnotate(b, "002_37139f9e1a0765fa.txt")
}

// BenchmarkAnnotateThaiSeedOneCore is the per-core figure.
func BenchmarkAnnotateThaiSeedOneCore(b *testing.B) {
	benchmarkAnnotate(b, "000_36b565043f4e1db3.txt", "--workers", "1")
}

// BenchmarkAnnotateThaiSeedTokensOneCore adds Thai word segmentation for
// every document (the --tokens flag) on one core.
func BenchmarkAnnotateThaiSeedTokensOneCore(b *testing.B) {
	benchmarkAnnotate(b, "000_36b565043f4e1db3.txt", "--workers", "1", "--tokens")
}

// BenchmarkAnnotateEnglishSeedOneCore is the per-core figure for English.
func BenchmarkAnnotateEnglishSeedOneCore(b *testing.B) {
	benchmarkAnnotate(b, "002_37139f9e1a0765fa.txt", "--workers", "1")
}

// BenchmarkReadSegmentThaiOneCore measures the foundation alone on one core:
// read the Thai seed repeated to 50 MB, identify its language, split
// sentences and segment words, with no tagging and no output.
func BenchmarkReadSegmentThaiOneCore(b *testing.B) {
	input := repeatedSeed(b, "000_36b565043f4e1db3.txt", 50<<20)
	seg := wordseg.New(nil)
	b.SetBytes(int64(len(input)))
	b.ResetTimer()
	for range b.N {
		for doc, err := range reader.Documents(bytes.NewReader(input), "bench", reader.Auto) {
			if err != nil {
				b.Fatal(err)
			}
			doc.Lang = langid.Detect(doc.Text)
			_ = sentence.Split(doc, document.NewRuneText(doc.Text))
			_ = seg.Tokens(doc.Text)
		}
	}
}
