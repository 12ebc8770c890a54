package document

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestAppendRunesMatchesTheConversion(t *testing.T) {
	for _, s := range []string{
		"", "plain ASCII", "กองทัพเวียดนามบุก พ.ศ. 2521", "café – “quotes” €5", "\xed\xa0\x80 surrogate",
		"bad \xff byte", "cut short \xe0\xb8", "emoji 😀 and ๑๒๓", "\xe0\x80\x80 overlong",
	} {
		got, valid := AppendRunes([]rune("x"), s)
		if want := append([]rune("x"), []rune(s)...); !slices.Equal(got, want) {
			t.Errorf("AppendRunes(%q) = %U, want %U", s, got, want)
		}
		if valid != utf8.ValidString(s) {
			t.Errorf("AppendRunes(%q) valid = %v, want %v", s, valid, !valid)
		}
	}
}
