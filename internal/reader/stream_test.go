package reader

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"testing"

	"chronicle/internal/cputime"
)

func BenchmarkReadSeeds(b *testing.B) {
	var inputs [][]byte
	total := 0
	for _, name := range []string{thaiSeed, englishSeed} {
		data, err := os.ReadFile(seedPath(b, name))
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range inputs {
			for doc, err := range Documents(bytes.NewReader(data), "seed", Auto) {
				if err != nil || len(doc.Sections) == 0 {
					b.Fatalf("seed read failed: %v", err)
				}
			}
		}
	}
}

// docStream generates WikiExtractor documents until it has produced size
// bytes, without holding more than one document.
type docStream struct {
	size, produced int64
	next           int
	pending        []byte
}

func (g *docStream) Read(p []byte) (int, error) {
	if len(g.pending) == 0 {
		if g.produced >= g.size {
			return 0, io.EOF
		}
		g.next++
		g.pending = fmt.Appendf(g.pending[:0],
			"<doc id=\"%d\" url=\"https://example.org/?curid=%d\" title=\"เหตุการณ์ที่ %d\">\nเหตุการณ์ที่ %d\n\n"+
				"เหตุการณ์ที่ %d เกิดขึ้นใน พ.ศ. 2400 กองทัพเคลื่อนพลออกจากเมืองหลวงตั้งแต่เช้าตรู่ผลที่ตามมา ผลที่ตามมา. "+
				"ทั้งสองฝ่ายลงนามในสนธิสัญญาสงบศึกเมื่อปลายปี. In year %d the army marched at dawn [[link]] and the treaty followed.\n</doc>\n",
			g.next, g.next, g.next, g.next, g.next, 1800+g.next%200)
	}
	n := copy(p, g.pending)
	g.pending = g.pending[n:]
	g.produced += int64(n)
	return n, nil
}

func TestLargeStreamHeapBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a generated 200 MB stream")
	}
	const streamBytes = 200 << 20
	runtime.GC()
	gen := &docStream{size: streamBytes}
	sampler := &heapSampler{r: gen, sampleEvery: 8 << 20}
	docs := 0
	for doc, err := range Documents(sampler, "generated", Auto) {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		docs++
		if len(doc.Sections) != 2 {
			t.Fatalf("document %s: %d sections, want the title and one glued heading", doc.ID, len(doc.Sections))
		}
	}
	if docs != gen.next {
		t.Errorf("read %d documents, generated %d", docs, gen.next)
	}
	t.Logf("%d documents, %d MiB, peak HeapInuse %d MiB", docs, gen.produced>>20, sampler.peak>>20)
	if sampler.peak > 32<<20 {
		t.Errorf("peak HeapInuse %d MiB, want well below the %d MiB stream", sampler.peak>>20, streamBytes>>20)
	}
}

// BenchmarkReadEnglishSeedRepeated reads the English seed repeated 30
// times, 30 plain-text documents, as the annotate benchmarks do.
func BenchmarkReadEnglishSeedRepeated(b *testing.B) {
	data, err := os.ReadFile(seedPath(b, englishSeed))
	if err != nil {
		b.Fatal(err)
	}
	if data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	input := bytes.Repeat(data, 30)
	b.SetBytes(int64(len(input)))
	cpu0 := cputime.Process()
	for b.Loop() {
		n := 0
		for _, err := range Documents(bytes.NewReader(input), "seed", Auto) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 30 {
			b.Fatalf("%d documents, want 30", n)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
