package names

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/sharedfiles"

	"chronicle/internal/document"
)

// TestMarkCoveredMatchesOverlaps checks the one-pass marking of covered
// words against coverage.overlaps, word by word.
func TestMarkCoveredMatchesOverlaps(t *testing.T) {
	r, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		known []document.Span
	}{
		{"Hun Sen met Norodom Sihanouk in Paris.", nil},
		{"Hun Sen met Norodom Sihanouk in Paris.", []document.Span{{0, 3}, {4, 7}, {32, 37}}},
		{"Hun Sen met Norodom Sihanouk in Paris.", []document.Span{{2, 5}, {5, 5}, {12, 40}}},
		{"Hun Sen met Norodom Sihanouk in Paris.", []document.Span{{32, 37}, {0, 1}, {36, 38}, {10, 11}}},
		{"ฮุน เซน met Sihanouk; Côte d'Ivoire and O'Brien's men", []document.Span{{0, 3}, {12, 20}, {24, 26}}},
		{"a\xffb Cam\u0301bodia", []document.Span{{1, 2}, {4, 6}}},
	}
	for _, tt := range tests {
		k := newCoverage(tt.known)
		f := &englishFinder{text: tt.text, midCap: map[string]bool{}, lower: map[string]bool{}}
		f.words = scanEnglishWords(tt.text, r, nil, &f.asked)
		f.markWords(k)
		covered := 0
		for _, w := range f.words {
			want := k.overlaps(document.Span{int(w.start), int(w.end)})
			if w.covered != want {
				t.Errorf("%q known %v: word %q covered %v, want %v", tt.text, tt.known, w.text(tt.text), w.covered, want)
			}
			if want {
				covered++
			}
		}
		if len(tt.known) > 0 && covered == 0 {
			t.Errorf("%q known %v: no word covered", tt.text, tt.known)
		}
	}
}

// TestWordFilterHoldsLoweredWords checks that the filter of lower-case
// spellings never turns away a word it was given, ASCII or not, whose
// lower case may change its length.
func TestWordFilterHoldsLoweredWords(t *testing.T) {
	words := []string{
		"The", "In", "A", "Khmer", "ROUGE", "O'Brien", "D’Ivoire", "Sâr", "Ébola", "ÉTAT",
		"İstanbul", "ΣΟΦΙΑ", "Straße", "\u212Aelvin", "Ǆemal", "Cam\u0301bodia", "x",
	}
	var f wordFilter
	for _, w := range words {
		f.addLowered(w, isASCII(w))
	}
	for _, w := range words {
		if lw := strings.ToLower(w); !f.mayHold(lw) {
			t.Errorf("filter turns away %q, the lower case of %q", lw, w)
		}
	}
	turnedAway := 0
	for _, w := range []string{"of", "and", "government", "troops", "border", "zz"} {
		if !f.mayHold(w) {
			turnedAway++
		}
	}
	if turnedAway == 0 {
		t.Error("the filter lets every word through")
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// slowScanEnglishWords is scanEnglishWords as it was, over the text's
// runes, with byte offsets from the code-point index.
func slowScanEnglishWords(text string, r *rules) []enWord {
	rt, rs := document.NewRuneText(text), []rune(text)
	var words []enWord
	sepB := int32(0)
	boundary := true
	for i := 0; i < len(rs); {
		if !isCasedLetter(rs[i]) {
			i++
			continue
		}
		start := i
		for i < len(rs) {
			c := rs[i]
			if isCasedLetter(c) || (c >= utf8.RuneSelf && unicode.Is(unicode.Mn, c) && i > start) {
				i++
				continue
			}
			if (c == '\'' || c == '’') && i+1 < len(rs) && isCasedLetter(rs[i+1]) {
				if rs[i+1] == 's' && (i+2 >= len(rs) || !isCasedLetter(rs[i+2])) {
					break
				}
				i++
				continue
			}
			break
		}
		w := enWord{start: int32(start), end: int32(i), b: int32(rt.ByteOffset(start)), e: int32(rt.ByteOffset(i))}
		w.cap = unicode.IsUpper(rs[start])
		w.allCaps = w.cap && i-start > 1 && noLower(string(rs[start:i]))
		w.dotAfter = i < len(rs) && rs[i] == '.'
		w.sentStart = boundary || sepEndsSentence(text[sepB:w.b], text, words, r)
		boundary = false
		words = append(words, w)
		sepB = w.e
	}
	return words
}

// TestScanEnglishWordsMatchesRunes compares the byte scan with the rune
// scan on apostrophes, possessives, combining marks, Thai, other scripts
// and invalid UTF-8, and on the seeds and samples.
func TestScanEnglishWordsMatchesRunes(t *testing.T) {
	r, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"O'Brien's men met D’Ivoire’s envoy; the Khmers' camp. Gen. Lon Nol. B. J. Habibie",
		"rock'n'roll ' s 's s' x's x’s x'S x's\xff x'", "'", "a'", "a's", "a’", "a’s",
		"Cam\u0301bodia \u0301Laos e\u0301 São Tomé É ÉTAT Ǆemal ΣΟΦΙΑ",
		"ไทยKhmer Rougeไทย กัมพูชา Hun Sen\nSihanouk:\r\nThe end.",
		"a\xffb \xe0\xb8 Cambodia\xe0 \xc3 é\xff's \xff",
		"US$ 5 HK$ 6 \u00a0Pol\u00a0Pot “Quoted.” (Paren.) [Brack.]",
	}
	root := sharedfiles.ModuleRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt"))
	samples, _ := filepath.Glob(filepath.Join(root, "internal", "samples", "data", "*"))
	for _, p := range append(files, samples...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		var asked askedWords
		got, want := scanEnglishWords(text, r, nil, &asked), slowScanEnglishWords(text, r)
		if len(want) == 0 {
			continue
		}
		f := &englishFinder{text: text, words: got, r: r, rs: []rune(text)}
		for i, w := range got {
			word := w.text(text)
			if w.sentStart && !asked.opening.mayHold(word) {
				t.Errorf("%.60q: asked turns away %q, which opens a sentence", text, word)
			}
			if !w.cap {
				continue
			}
			if r.neverInName(word) {
				// Words asked does not hold must never be part of a name.
				if f.nameish(i) || r.particles[word] {
					t.Errorf("%.60q: %q may be part of a name, yet neverInName", text, word)
				}
			} else if !asked.lowered.mayHold(strings.ToLower(word)) {
				t.Errorf("%.60q: asked turns away %q, the lower case of a capitalised word", text, strings.ToLower(word))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%.60q: byte scan differs from rune scan: %d words, want %d", text, len(got), len(want))
		}
	}
}

// TestListedENHoldsListedWords checks that the filter before the English
// word lists holds every key of them, and turns away some other words.
func TestListedENHoldsListedWords(t *testing.T) {
	r, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	keys := 0
	for _, m := range []map[string]bool{r.stopEN, r.calendar} {
		for w := range m {
			keys++
			if !r.listedEN.mayHold(w) {
				t.Errorf("listedEN turns away listed word %q", w)
			}
		}
	}
	for w := range r.titlesENByWord {
		keys++
		if !r.listedEN.mayHold(w) {
			t.Errorf("listedEN turns away title word %q", w)
		}
	}
	if keys == 0 {
		t.Fatal("no listed words")
	}
	turnedAway := 0
	for _, w := range []string{"Khmer", "Rouge", "Cambodia", "Sihanouk", "Vietnamese", "Hanoi"} {
		if !r.listedEN.mayHold(w) {
			turnedAway++
		}
	}
	if turnedAway == 0 {
		t.Error("listedEN lets every name through")
	}
}

// FuzzScanEnglishWordsMatchesRunes compares the byte scan with the rune
// scan on any text.
func FuzzScanEnglishWordsMatchesRunes(f *testing.F) {
	r, err := defaultRules()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"O'Brien's men. Gen. Lon Nol", "a’s x'S é\xff's Cam\u0301bodia", "ไทยKhmer Rouge"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := scanEnglishWords(text, r, nil, &askedWords{}), slowScanEnglishWords(text, r); !slices.Equal(got, want) {
			t.Fatalf("%q: byte scan %+v, rune scan %+v", text, got, want)
		}
	})
}
