package quantity

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestStartFilterKeepsEveryPhrase checks that wherever the start filters
// rule a position out, the trie finds no number phrase there either.
func TestStartFilterKeepsEveryPhrase(t *testing.T) {
	checkStartFilters(t, []string{
		"สองพันสามร้อยคน ทหารหนึ่งหมื่นนาย ราวสี่สิบเอ็ดล้านบาท หลายพันคน ครึ่งหนึ่ง",
		"Twenty-five thousand troops, a dozen tanks, one hundred and twelve ships, a few hundred men, an estimated half million.",
		"A ANOTHER At Three THOUSAND élan Ōne x a.",
		"the them then thirty-three thirds one's ones one\u0301 o\u0301ne ÉLAN Ţwo tën half-million a\u00a0few",
		"Straße İstanbul twó ＴＷＯ thousand\ufffd million\xff billion\u200bs hundreds tens",
	})
}

// TestStartFilterOnSeeds runs the same check over the real articles.
func TestStartFilterOnSeeds(t *testing.T) {
	checkStartFilters(t, []string{seedText(t, thaiSeed), seedText(t, englishSeed)})
}

func checkStartFilters(t *testing.T, texts []string) {
	t.Helper()
	for _, lang := range []string{"th", "en"} {
		lx := defaultFinder(lang).lx
		for _, text := range texts {
			r := []rune(text)
			ruledOut := 0
			for i := range r {
				var may bool
				var want roleSet
				switch {
				case isThaiLetter(r[i]):
					may, want = lx.thaiStart.mayThai(r, i), thaiNumberRoles
				case isWordLetter(r[i]):
					if i > 0 && isWordLetter(r[i-1]) {
						continue // the scanner looks at word starts only
					}
					end, ok := lx.wordStart.mayWord(r, i)
					wantEnd := i
					for wantEnd < len(r) && isWordLetter(r[wantEnd]) {
						wantEnd++
					}
					if end != wantEnd {
						t.Errorf("%s: at %d: mayWord ends the word at %d, want %d", lang, i, end, wantEnd)
					}
					may, want = ok, englishNumberRoles
				default:
					continue
				}
				if !may {
					ruledOut++
				}
				if m, ok := lx.after.longest(r, i, 0, len(r), want); ok && !may {
					t.Errorf("%s: at %d: the filter rules out %q", lang, i, string(r[m.start:m.end]))
				}
			}
			if ruledOut == 0 {
				t.Errorf("%s: the filter rules out no position of %.40q", lang, text)
			}
		}
	}
}

// TestDecodeRunesReadsLikeConversion checks the inline decoder against
// []rune on valid text and malformed bytes, and its validity flag.
func TestDecodeRunesReadsLikeConversion(t *testing.T) {
	for _, s := range []string{
		"", "abc", "ทหาร ๒๕ นาย and 1,500 men", "é€𝄞\uFFFD",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xef\xbf\xbf", "\xe1\x80", "\xe1", "ก\xe1\x80ข", "\xff\xfe", "\xf0\x9f\x98",
	} {
		got, valid := decodeRunes(s)
		if want := []rune(s); !slices.Equal(got, want) {
			t.Errorf("decodeRunes(%q) = %U, want %U", s, got, want)
		}
		if wantValid := utf8.ValidString(s); valid != wantValid {
			t.Errorf("decodeRunes(%q) valid = %v, want %v", s, valid, wantValid)
		}
	}
}
