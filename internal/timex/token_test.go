package timex

import (
	"slices"
	"strings"
	"testing"
)

func tokenTexts(t *testing.T, lang, text string) []string {
	t.Helper()
	e := engineFor(lang)
	if e == nil {
		t.Fatal(DataError())
	}
	rs := []rune(text)
	var out []string
	for _, tok := range tokenize(e.lex, text, nil, new(scratch)) {
		s := string(rs[tok.start:tok.end])
		switch {
		case tok.kind == tkBigNum:
			s = "BIG:" + s
		case tok.kind == tkOrd:
			s = "ORD:" + s
		case tok.kind == tkDecade:
			s = "DEC:" + s
		case tok.glued:
			s = "GLUED:" + s
		case tok.kind == tkOther:
			s = "~" + s
		}
		out = append(out, s)
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		lang, text, want string
	}{
		{"en", "150,000 and 1.4 and 10:30", "BIG:150,000|and|BIG:1.4|and|BIG:10:30"},
		{"en", "the 17th, 1980s, 1980's and F16 10km", "the|ORD:17th|,|DEC:1980s|,|DEC:1980's|and|F|GLUED:16|GLUED:10km"},
		{"en", "mid-1980s", "mid|-|DEC:1980s"},
		{"th", "ในเดือนสิงหาคมพ.ศ. 2524", "ใน|เดือน|สิงหาคม|พ.ศ.|2524"},
		{"th", "ปลายปี ๒๕๒๑", "ปลาย|ปี|๒๕๒๑"},
		// เดือน inside เดือด? no; but ปี must not match inside a syllable:
		// after a leading vowel (เปีย) or before a vowel sign (ปีา is no word).
		{"th", "เปียโน", "~เปียโน"},
		{"th", "2ปี", "2|ปี"},
	}
	for _, c := range cases {
		got := strings.Join(tokenTexts(t, c.lang, c.text), "|")
		if got != c.want {
			t.Errorf("%s %q:\n got %s\nwant %s", c.lang, c.text, got, c.want)
		}
	}
}

func TestThaiDigitsAndOrdinals(t *testing.T) {
	e := engineFor("th")
	toks := tokenize(e.lex, "๒๕๒๑", nil, new(scratch))
	if len(toks) != 1 || toks[0].num != 2521 || toks[0].builtins&(1<<bBEYear) == 0 {
		t.Fatalf("Thai digits: %+v", toks)
	}
	for _, c := range []struct {
		n    int
		s    string
		want bool
	}{{1, "st", true}, {2, "nd", true}, {3, "rd", true}, {11, "th", true}, {12, "nd", false}, {21, "st", true}, {22, "th", false}} {
		if got := isOrdinalSuffix(c.n, c.s); got != c.want {
			t.Errorf("isOrdinalSuffix(%d, %s) = %v", c.n, c.s, got)
		}
	}
}

// TestAppendRunesReadsLikeRange checks the inline decoder against the
// language's own on valid Thai and on malformed bytes, which must become
// U+FFFD one byte at a time as a range loop reads them.
func TestAppendRunesReadsLikeRange(t *testing.T) {
	for _, s := range []string{
		"", "abc", "พ.ศ. ๒๕๑๗ และ 1980s", "é€𝄞",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xef\xbf\xbf", "\xe1\x80", "\xe1", "ก\xe1\x80ข", "\xff\xfe", "\xf0\x9f\x98",
	} {
		if got, want := appendRunes(nil, s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("appendRunes(%q) = %U, want %U", s, got, want)
		}
	}
}

// TestASCIIWordMatchesGeneralPath checks the ASCII fast path of latinWord
// against the general one at every word start of tricky texts: the same
// end and the same lexicon entries, or a refusal that leaves the word to
// the general path.
func TestASCIIWordMatchesGeneralPath(t *testing.T) {
	texts := []string{
		"In May 1975, the AD 802 era; MAY may May. Sept SEPT sept THE The tHe",
		"Mayé Ma\u0301y ÉTÉ été naïve Straße İstanbul Mayพฤษภาคม May5 5May",
		"January's mid-1970s early-June a.m. p.m. JAN jan Jan.",
		"ในเดือน May ปี 2518 และ AD ค.ศ. 1975 the\u200bweek",
		"x\xffMay \xe0\xb8June",
	}
	e := engineFor("en")
	fastWords := 0
	for _, text := range texts {
		rs := []rune(text)
		tk := tokenizer{lex: e.lex, runes: rs}
		for i, r := range rs {
			if classOf(r) != rcLatin || (i > 0 && classOf(rs[i-1]) == rcLatin) {
				continue
			}
			wantEnd, want := tk.anyLatinWord(i)
			gotEnd, got, ok := tk.asciiWord(i)
			if !ok {
				continue
			}
			fastWords++
			if gotEnd != wantEnd || got != want {
				t.Errorf("%q at %d: asciiWord = %d %v, general path = %d %v",
					text, i, gotEnd, got.entries(), wantEnd, want.entries())
			}
		}
	}
	if fastWords < 20 {
		t.Errorf("only %d words took the fast path", fastWords)
	}
}
