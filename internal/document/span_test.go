package document

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/cputime"
	"chronicle/internal/sharedfiles"
)

func TestRuneTextConversions(t *testing.T) {
	cases := []struct {
		text string
		span Span
		want string
	}{
		{"abc", Span{1, 3}, "bc"},
		{"พล พต", Span{0, 2}, "พล"},
		{"กัมพูชา 1979", Span{0, 7}, "กัมพูชา"}, // combining marks are code points of their own
		{"กัมพูชา 1979", Span{8, 12}, "1979"},
		{"a\xffb", Span{1, 2}, "\xff"},         // an invalid byte is one code point
		{"ก\xe0\xb8x", Span{1, 3}, "\xe0\xb8"}, // so is each byte of a cut sequence
		{"", Span{0, 0}, ""},
	}
	for _, c := range cases {
		rt := NewRuneText(c.text)
		if rt.Len() != utf8.RuneCountInString(c.text) {
			t.Errorf("%q: Len %d, want %d", c.text, rt.Len(), utf8.RuneCountInString(c.text))
		}
		if got, want := rt.Runes(), []rune(c.text); !slices.Equal(got, want) {
			t.Errorf("%q: Runes gives %q, want %q", c.text, string(got), string(want))
		}
		if got := rt.Slice(c.span); got != c.want {
			t.Errorf("%q %v: Slice %q, want %q", c.text, c.span, got, c.want)
		}
		b0, b1 := rt.ByteOffset(c.span[0]), rt.ByteOffset(c.span[1])
		if got := rt.SpanOfBytes(b0, b1); got != c.span {
			t.Errorf("%q: SpanOfBytes(%d,%d) = %v, want %v", c.text, b0, b1, got, c.span)
		}
	}
}

func TestSpanRelations(t *testing.T) {
	a, b, c := Span{0, 5}, Span{3, 8}, Span{5, 9}
	if !a.Overlaps(b) || a.Overlaps(c) || !c.Overlaps(b) {
		t.Error("Overlaps wrong on touching or crossing spans")
	}
	if !a.Contains(Span{1, 5}) || a.Contains(b) {
		t.Error("Contains wrong")
	}
	if !a.Valid(5) || a.Valid(4) || (Span{3, 2}).Valid(9) || (Span{-1, 2}).Valid(9) {
		t.Error("Valid wrong")
	}
	if a.Len() != 5 || b.Start() != 3 || b.End() != 8 {
		t.Error("accessors wrong")
	}
}

func FuzzRuneText(f *testing.F) {
	f.Add("สงคราม 25 ธันวาคม พ.ศ. 2521")
	f.Add("a\xff\xfeb")
	f.Add("The army withdrew, é then กองทัพ\u0301 and 😀 long ASCII runs")
	f.Fuzz(func(t *testing.T, s string) {
		rt := NewRuneText(s)
		if want := runeTextByRange(s); !slices.Equal(rt.byteAt, want) {
			t.Fatalf("index %v, want %v", rt.byteAt, want)
		}
		n := rt.Len()
		if rt.ByteOffset(n) != len(s) {
			t.Fatalf("end maps to byte %d, want %d", rt.ByteOffset(n), len(s))
		}
		joined := ""
		for i := range n {
			joined += rt.Slice(Span{i, i + 1})
			if rt.RuneOffset(rt.ByteOffset(i)) != i {
				t.Fatalf("round trip of code point %d failed", i)
			}
		}
		if joined != s {
			t.Fatal("code-point slices do not rebuild the text")
		}
		if rs, want := rt.Runes(), []rune(s); !slices.Equal(rs, want) {
			t.Fatalf("Runes gives %q, want %q", string(rs), string(want))
		}
	})
}

func TestDocumentRuneTextFollowsText(t *testing.T) {
	doc := &Document{Text: "สงคราม 1979"}
	rt := doc.RuneText()
	if rt.Len() != 11 || doc.RuneText() != rt {
		t.Fatalf("first index: Len %d, reused %v", rt.Len(), doc.RuneText() == rt)
	}
	doc.Text = "war of 1979"
	if got := doc.RuneText(); got == rt || got.Slice(Span{0, 3}) != "war" {
		t.Fatal("index not rebuilt after the text changed")
	}
}

// runeTextByRange is the index the plain way: one entry per code point a
// range loop meets.
func runeTextByRange(text string) []int32 {
	var idx []int32
	for i := range text {
		idx = append(idx, int32(i))
	}
	return append(idx, int32(len(text)))
}

// TestRuneTextMatchesRange compares the word-at-a-time index and decoder
// with a range loop on texts that mix ASCII runs with Thai, combining
// marks, other scripts and invalid bytes at every alignment.
func TestRuneTextMatchesRange(t *testing.T) {
	pieces := []string{"abcdefgh", "The army withdrew. ", "กองทัพ", "ั", "é", "e\u0301", "—", "😀", "\xff", "\xe0\xb8", "\n", "12345678901"}
	var texts []string
	for _, a := range pieces {
		for _, b := range pieces {
			for pad := range 9 {
				texts = append(texts, strings.Repeat("x", pad)+a+b+a)
			}
		}
	}
	for _, text := range texts {
		rt := NewRuneText(text)
		if want := runeTextByRange(text); !slices.Equal(rt.byteAt, want) {
			t.Fatalf("%q: index %v, want %v", text, rt.byteAt, want)
		}
		if got, want := rt.Runes(), []rune(text); !slices.Equal(got, want) {
			t.Fatalf("%q: Runes %U, want %U", text, got, want)
		}
	}
}

// BenchmarkRuneTextEnglishSeed indexes and decodes the English seed, as
// every document is on its way to the annotators.
func BenchmarkRuneTextEnglishSeed(b *testing.B) {
	benchmarkRuneText(b, "002_37139f9e1a0765fa.txt")
}

// BenchmarkRuneTextThaiSeed does the same on the Thai seed.
func BenchmarkRuneTextThaiSeed(b *testing.B) {
	benchmarkRuneText(b, "000_36b565043f4e1db3.txt")
}

func benchmarkRuneText(b *testing.B, seed string) {
	data, err := os.ReadFile(sharedfiles.Seed(b, seed))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	cpu0 := cputime.Process()
	for b.Loop() {
		NewRuneText(text).Runes()
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
