package event

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

// slowWords is what segmentWords stands for: splitWords of the fallback
// segmenter's tokens.
func slowWords(text string, prefixes []string) []word {
	rt := document.NewRuneText(text)
	return splitWords(nil, rt, fallbackSegmenter().Tokens(text), prefixes)
}

// TestSegmentWordsMatchesSegmenter compares the ASCII fast path with the
// segmenter and splitWords on initialisms, connectors, hyphens, Thai,
// combining marks, non-ASCII Latin, other white space and invalid UTF-8.
func TestSegmentWordsMatchesSegmenter(t *testing.T) {
	texts := []string{
		"",
		" ",
		"On 2 August 1990, Iraq invaded Kuwait.",
		"the U.S. and U.K. forces; U.S.-backed, A.B.C, a.b.c. 1.2.3. e.g. i.e.",
		"150,000 troops; 1.4 million; don't, rock'n'roll, '90s, 'quoted' ,lead .lead",
		"Khmer-Vietnamese war, Vietnam-backed, --dash, a--b, -x, x-, a-1-b, 2-3, a/b, /x",
		"end with connector. end, end' end- U.S end.",
		"tabs\tand\nnew\r\nlines\v\fhere\x00nul \x1f",
		"Café résumé naïve Ångström – em—dash ‐ ‑ hyphens ’s U.S.’s 3‑4",
		"Thai คูเวตถูกอิรักรุกราน พ.ศ. 2533 ฯลฯ ๆ mixed-ไทย",
		"combining e\u0301 a\u0300b \u0301lead mark",
		"nbsp\u00a0here zero\u200bwidth bom\ufeffx ideographic\u3000space",
		"invalid \xff\xfe bytes a\xffb \xe0\xb8 cut",
		"中文字 ລາວ ខ្មែរ 😀 emoji",
		"x", "-", "U.", "U.S", "a.", "1,", "'a",
	}
	prefixLists := [][]string{nil, {"un"}, {"การ", "ความ"}, {""}}
	for _, text := range texts {
		for _, prefixes := range prefixLists {
			got := segmentWords(nil, document.NewRuneText(text), prefixes)
			if want := slowWords(text, prefixes); !slices.Equal(got, want) {
				t.Errorf("%q %q:\n got %v\nwant %v", text, prefixes, got, want)
			}
		}
	}
}

// TestSegmentWordsOnSeeds compares both paths on the seeds and samples.
func TestSegmentWordsOnSeeds(t *testing.T) {
	var texts []string
	for _, name := range []string{"sample_en.txt", "sample_th.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, name := range []string{englishSeed, thaiSeed} {
		if _, err := os.Stat(filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)); err == nil {
			texts = append(texts, readSeed(t, name).Text)
		}
	}
	for i, text := range texts {
		got := segmentWords(nil, document.NewRuneText(text), nil)
		if want := slowWords(text, nil); !slices.Equal(got, want) {
			t.Errorf("text %d: %d words, want %d", i, len(got), len(want))
		}
	}
}

// FuzzSegmentWords checks the fast path against the segmenter on any text.
func FuzzSegmentWords(f *testing.F) {
	f.Add("the U.S.-backed forces, 150,000 troops; don't -- a/b")
	f.Add("Café – คูเวต\u0301 \xff U.S.’s")
	f.Fuzz(func(t *testing.T, text string) {
		got := segmentWords(nil, document.NewRuneText(text), []string{"un"})
		if want := slowWords(text, []string{"un"}); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
	})
}

// BenchmarkSegmentWords compares the fast path with the segmenter and
// splitWords on the English seed.
func BenchmarkSegmentWords(b *testing.B) {
	rt := document.NewRuneText(readSeed(b, englishSeed).Text)
	b.SetBytes(int64(len(rt.Text)))
	var words []word
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			words = segmentWords(words[:0], rt, nil)
		}
	})
	b.Run("segmenter", func(b *testing.B) {
		for b.Loop() {
			words = splitWords(words[:0], rt, fallbackSegmenter().Tokens(rt.Text), nil)
		}
	})
}
