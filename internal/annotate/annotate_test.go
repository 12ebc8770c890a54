package annotate

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/reader"
	"chronicle/internal/sharedfiles"
)

func TestAnnotateFillsLayersWithoutTouchingText(t *testing.T) {
	text := "= สงครามทดสอบ =\n\nกองทัพเวียดนามบุกกัมพูชาเมื่อวันที่ 25 ธันวาคม พ.ศ. 2521 และยึดพนมเปญได้ในเดือนมกราคม พ.ศ. 2522"
	doc := &document.Document{ID: "t", Text: text}
	ann, err := New(Options{Tokens: true})
	if err != nil {
		t.Fatal(err)
	}
	rec := ann.Annotate(doc)
	if doc.Text != text {
		t.Fatal("Annotate changed the text")
	}
	if rec.Lang != "th" {
		t.Errorf("lang %q, want th", rec.Lang)
	}
	if len(rec.Sentences) == 0 || len(rec.Tokens) == 0 {
		t.Errorf("sentences %d tokens %d, want both > 0", len(rec.Sentences), len(rec.Tokens))
	}
	var values []string
	for _, m := range rec.Times {
		values = append(values, m.Value)
	}
	if got := strings.Join(values, " "); got != "1978-12-25 1979-01" {
		t.Errorf("times %q, want 1978-12-25 1979-01", got)
	}
	if rec.Actors == nil || rec.Quantities == nil || rec.Events == nil || rec.Sections == nil || rec.Infobox == nil {
		t.Error("annotation arrays must be empty, not null")
	}
}

func FuzzAnnotate(f *testing.F) {
	f.Add("The war began on 25 December 1978. Two days later, Phnom Penh fell.", "")
	f.Add("สงครามเริ่มเมื่อ 25 ธันวาคม พ.ศ. 2521 สองวันต่อมา พนมเปญก็แตก", "th")
	f.Add("x\xff\x00y", "en")
	ann, err := New(Options{Tokens: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		doc := &document.Document{Text: text, Lang: lang}
		rec := ann.Annotate(doc)
		n := utf8.RuneCountInString(text)
		check := func(layer string, s document.Span) {
			if !s.Valid(n) {
				t.Fatalf("%s span %v out of range for %d code points", layer, s, n)
			}
		}
		for _, s := range rec.Sentences {
			check("sentence", s.Span)
		}
		for _, s := range rec.Tokens {
			check("token", s.Span)
		}
		for _, m := range rec.Times {
			check("time", m.Span)
			if m.Interval[0] > m.Interval[1] {
				t.Fatalf("interval %v reversed", m.Interval)
			}
		}
		if doc.Text != text {
			t.Fatal("text changed")
		}
	})
}

// BenchmarkAnnotateEnglishSeed annotates the English seed, all stages on
// one document, without reading or writing.
func BenchmarkAnnotateEnglishSeed(b *testing.B) {
	benchmarkAnnotateSeed(b, "002_37139f9e1a0765fa.txt")
}

// BenchmarkAnnotateThaiSeed does the same on the Thai seed.
func BenchmarkAnnotateThaiSeed(b *testing.B) {
	benchmarkAnnotateSeed(b, "000_36b565043f4e1db3.txt")
}

func benchmarkAnnotateSeed(b *testing.B, seed string) {
	ann, doc := seedDocument(b, seed)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		d := *doc
		d.Lang = ""
		ann.Annotate(&d)
	}
}

// seedDocument reads the last document of a seed and a default annotator.
func seedDocument(b *testing.B, seed string) (*Annotator, *document.Document) {
	data, err := os.ReadFile(sharedfiles.Seed(b, seed))
	if err != nil {
		b.Fatal(err)
	}
	ann, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var doc *document.Document
	for d, err := range reader.Documents(bytes.NewReader(data), "seed", reader.Auto) {
		if err != nil {
			b.Fatal(err)
		}
		doc = d
	}
	return ann, doc
}
