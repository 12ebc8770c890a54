package wordseg

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

var update = flag.Bool("update", false, "rewrite golden files")

// tokenTexts returns the text of each token.
func tokenTexts(text string, spans []document.Span) []string {
	rt := document.NewRuneText(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = rt.Slice(s)
	}
	return out
}

// Both engines agree on these: the Thai words are all in ICU's dictionary.
func TestTokens(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"names", "พล พต และ ฮุน เซน", []string{"พล", "พต", "และ", "ฮุน", "เซน"}},
		{"thai digits", "ปี ๒๕๒๑ มี ๑๒๓ คน", []string{"ปี", "๒๕๒๑", "มี", "๑๒๓", "คน"}},
		{"number with comma", "ทหาร 150,000 นาย", []string{"ทหาร", "150,000", "นาย"}},
		{"initialism and decimal", "U.S. troops, 1.4 million", []string{"U.S.", "troops", ",", "1.4", "million"}},
		{"sentence-final dot", "It ended in 1.4.", []string{"It", "ended", "in", "1.4", "."}},
		{"quotes and era", "“สงคราม” (ค.ศ. 1978–1979)", []string{"“", "สงคราม", "”", "(", "ค.ศ.", "1978", "–", "1979", ")"}},
		{"thai abbreviation chain", "วันที่ 7 ม.ค. 2522", []string{"วัน", "ที่", "7", "ม.ค.", "2522"}},
		{"repetition mark", "ไปๆ มาๆ", []string{"ไป", "ๆ", "มา", "ๆ"}},
		{"paiyannoi", "สหรัฐฯ ฯลฯ", []string{"สหรัฐ", "ฯ", "ฯลฯ"}},
		{"hyphen and apostrophe", "Khmer-Vietnamese war's end.", []string{"Khmer-Vietnamese", "war's", "end", "."}},
		{"decomposed accent", "cafe\u0301 ok", []string{"cafe\u0301", "ok"}},
		{"stray mark", "\u0301a", []string{"\u0301", "a"}},
		{"zero width space", "กิน\u200bข้าว", []string{"กิน", "ข้าว"}},
		{"script change", "ASEANประชุม", []string{"ASEAN", "ประชุม"}},
		{"karan", "วันจันทร์", []string{"วัน", "จันทร์"}},
		{"thai sentence", "กองทัพประชาชนเวียดนามยึดกรุงพนมเปญได้", []string{"กองทัพ", "ประชาชน", "เวียดนาม", "ยึด", "กรุง", "พนมเปญ", "ได้"}},
		{"nominaliser prefix and extra word", "ความขัดแย้งและการเจรจาล้มเหลว", []string{"ความขัดแย้ง", "และ", "การเจรจา", "ล้มเหลว"}},
		{"prefix alone before space", "การ ประชุม", []string{"การ", "ประชุม"}},
		{"baht", "๕๐฿", []string{"๕๐", "฿"}},
		{"empty", "", nil},
		{"only space", " \t\n", nil},
	}
	for _, seg := range segmenters(nil) {
		for _, tc := range tests {
			t.Run(seg.Name()+"/"+tc.name, func(t *testing.T) {
				got := tokenTexts(tc.text, seg.Tokens(tc.text))
				if !slices.Equal(got, tc.want) {
					t.Errorf("Tokens(%q) = %q, want %q", tc.text, got, tc.want)
				}
				checkInvariants(t, tc.text, seg.Tokens(tc.text))
			})
		}
	}
}

// checkInvariants asserts what holds for every input: spans ordered, in
// range, non-empty and non-overlapping; whitespace never in a token, every
// other code point in one; no boundary between a base and its combining mark.
func checkInvariants(t *testing.T, text string, spans []document.Span) {
	t.Helper()
	runes := make([]rune, 0, len(text))
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		runes = append(runes, r)
		i += size
	}
	covered := make([]bool, len(runes))
	prev := 0
	for _, s := range spans {
		if !s.Valid(len(runes)) || s.Len() == 0 || s[0] < prev {
			t.Fatalf("bad span %v after %d in %q (%d code points)", s, prev, text, len(runes))
		}
		prev = s[1]
		for k := s[0]; k < s[1]; k++ {
			covered[k] = true
		}
	}
	for k, r := range runes {
		if space := classOf(r) == classSpace; covered[k] == space {
			t.Fatalf("code point %d %U covered=%v in %q", k, r, covered[k], text)
		}
	}
	for _, s := range spans {
		for _, k := range s {
			if k > 0 && k < len(runes) && isAttaching(runes[k]) && classOf(runes[k-1]) != classSpace {
				t.Fatalf("boundary at %d splits %U from its base in %q", k, runes[k], text)
			}
		}
	}
}

func TestJoinedTokensEqualTextWithoutSpace(t *testing.T) {
	texts := []string{"ผู้นำเขมรแดงหลบหนีไปยังชายแดนไทย–กัมพูชา", "漢字𠀀かな ລາວ ខ្មែរ 𝐀𝐁 ก𠀀ข", "น้ำแข็ง ศาสตร์ กษัตริย์ เกี่ยวข้อง เลือกตั้ง", "1,000,000 people; 3-4 km."}
	for _, seed := range []string{"000_36b565043f4e1db3.txt", "002_37139f9e1a0765fa.txt"} {
		path := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", seed)
		if b, err := os.ReadFile(path); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, seg := range segmenters(nil) {
		for _, text := range texts {
			spans := seg.Tokens(text)
			checkInvariants(t, text, spans)
			got := strings.Join(tokenTexts(text, spans), "")
			want := strings.Map(func(r rune) rune {
				if classOf(r) == classSpace {
					return -1
				}
				return r
			}, text)
			if got != want {
				t.Errorf("%s: joined tokens differ from text without spaces (%d vs %d bytes)", seg.Name(), len(got), len(want))
			}
		}
	}
}

func TestUserWords(t *testing.T) {
	user := []string{"เขมร", "เขมรแดง", "พันล้าน", "ฮุน เซน", " ", ""}
	text := "เขมรแดงใช้เงินพันล้าน ฮุน เซน กับเขมร"
	want := []string{"เขมรแดง", "ใช้", "เงิน", "พันล้าน", "ฮุน เซน", "กับ", "เขมร"}
	for _, seg := range segmenters(user) {
		got := tokenTexts(text, seg.Tokens(text))
		if !slices.Equal(got, want) {
			t.Errorf("%s: Tokens(%q) = %q, want %q", seg.Name(), text, got, want)
		}
	}
	// Without user words the domain terms come apart.
	for _, seg := range segmenters(nil) {
		if got := tokenTexts(text, seg.Tokens(text)); slices.Contains(got, "เขมรแดง") || slices.Contains(got, "ฮุน เซน") {
			t.Errorf("%s: merged without user words: %q", seg.Name(), got)
		}
	}
}

func TestClusters(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"เกี่ยว", []string{"เกี่ย", "ว"}},
		{"เลือก", []string{"เลือ", "ก"}},
		{"เธอ", []string{"เธอ"}},
		{"เอา", []string{"เอา"}},
		{"เกาะ", []string{"เกาะ"}},
		{"กำลัง", []string{"กำ", "ลั", "ง"}},
		{"ไม่", []string{"ไม่"}},
		{"น้ำแข็ง", []string{"น้ำ", "แข็", "ง"}},
		{"จันทร์", []string{"จั", "น", "ทร์"}},
		{"ศาสตร์", []string{"ศา", "ส", "ตร์"}},
		{"กษัตริย์", []string{"ก", "ษั", "ต", "ริย์"}},
		{"ศักดิ์", []string{"ศั", "กดิ์"}},
		{"เ", []string{"เ"}},
	}
	for _, tc := range tests {
		run := []rune(tc.word)
		var got []string
		start := 0
		for _, end := range appendClusterEnds(nil, run) {
			got = append(got, string(run[start:end]))
			start = int(end)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("clusters(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

// TestGolden pins each engine's output on a sample we wrote.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample_th.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, seg := range segmenters(nil) {
		var got bytes.Buffer
		spans := seg.Tokens(string(text))
		for i, tok := range tokenTexts(string(text), spans) {
			fmt.Fprintf(&got, "%d\t%d\t%s\n", spans[i][0], spans[i][1], tok)
		}
		golden := filepath.Join("testdata", "sample_th."+seg.Name()+".golden")
		if *update {
			if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: output differs from %s (run go test -update after checking)", seg.Name(), golden)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	text := "สงครามกัมพูชา–เวียดนามเริ่มขึ้นในปี 1978 และยุติลงในปี 1989 ฮุน เซน"
	for _, seg := range segmenters([]string{"ฮุน เซน"}) {
		want := seg.Tokens(text)
		var wg sync.WaitGroup
		errs := make(chan string, 8)
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < 200; k++ {
					if got := seg.Tokens(text); !slices.Equal(got, want) {
						errs <- fmt.Sprintf("%s: got %v, want %v", seg.Name(), got, want)
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	}
}

func TestEvaluateCoNLLU(t *testing.T) {
	const conllu = "# text = ก ขค.\n" +
		"1\tก\t_\t_\t_\t_\t0\troot\t_\t_\n" +
		"2-3\tขค\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"2\tข\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"3\tค\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"3.1\tง\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n" +
		"\n"
	seg := fixedSegmenter{"ก ขค. ": {{0, 1}, {2, 3}, {3, 4}, {4, 5}}}
	got, err := EvaluateCoNLLU(strings.NewReader(conllu), seg)
	if err != nil {
		t.Fatal(err)
	}
	want := Scores{Engine: "fixed", Sentences: 1, GoldWords: 3, PredictedWords: 4, CorrectWords: 2,
		GoldStarts: 3, PredictedStarts: 4, CorrectStarts: 3}
	if got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if p, r := got.WordPrecision(), got.WordRecall(); p != 0.5 || r != 2.0/3 {
		t.Errorf("word P/R = %v/%v", p, r)
	}
	if !strings.Contains(got.String(), "boundary") {
		t.Errorf("String() lacks the boundary row:\n%s", got)
	}
	_, err = EvaluateCoNLLU(strings.NewReader("1\tก\n"), seg)
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("malformed line: err = %v, want one naming line 1", err)
	}
}

// fixedSegmenter returns canned spans per text.
type fixedSegmenter map[string][]document.Span

func (f fixedSegmenter) Tokens(text string) []document.Span { return f[text] }
func (f fixedSegmenter) Name() string                       { return "fixed" }

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"พล พต", "150,000 นาย", "U.S.", "ฯลฯ ๆ", "เกี่ยว\u0301", "\u0E48\u0E48ก", "a\u0E48b", "ดร.", "ก.", "\xff\xfeก", "จันทร์์",
		"สีหนุชนะ", "ต่อมาอู นุนำ", "ซีไอเออยู่", "ฮุน เซนชนะ", "สีหนุชกร", "พ.ศ.สีหนุ"} {
		f.Add(s)
	}
	segs := segmenters(nil)
	user := segmenters([]string{"พลพต", "ฮุน เซน", "สีหนุ", "อู นุ", "ซีไอเอ", "ดานัง"})
	f.Fuzz(func(t *testing.T, text string) {
		for _, seg := range segs {
			spans := seg.Tokens(text)
			if n := utf8.RuneCountInString(text); len(spans) > n {
				t.Fatalf("%d spans for %d code points", len(spans), n)
			}
			checkInvariants(t, text, spans)
		}
		// User words may hold a space; all else still holds.
		for _, seg := range user {
			spans := seg.Tokens(text)
			checkSpans(t, text, spans)
			checkCovered(t, text, spans)
		}
	})
}
