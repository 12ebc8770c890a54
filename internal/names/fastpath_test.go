package names

import (
	"strings"
	"testing"

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
		rt := document.NewRuneText(tt.text)
		k := newCoverage(tt.known)
		f := &englishFinder{text: tt.text, words: scanEnglishWords(rt, []rune(tt.text), r, nil)}
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
