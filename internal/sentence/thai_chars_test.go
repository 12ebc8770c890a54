package sentence

import (
	"testing"
	"unicode"
)

// The Thai character classes are written as ranges for speed; check them
// against the Unicode tables over the whole Thai block.
func TestThaiCharacterClasses(t *testing.T) {
	for r := rune(0x0E00); r <= 0x0E7F; r++ {
		if want := unicode.Is(unicode.Mn, r); isThaiMark(r) != want {
			t.Errorf("isThaiMark(%U) = %v, want %v", r, !want, want)
		}
		letter := unicode.Is(unicode.Thai, r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) &&
			r != 'ฯ' && r != 'ๆ'
		if isThaiLetter(r) != letter {
			t.Errorf("isThaiLetter(%U) = %v, want %v", r, !letter, letter)
		}
		if want := r >= '๐' && r <= '๙'; isDigit(r) != want {
			t.Errorf("isDigit(%U) = %v, want %v", r, !want, want)
		}
	}
}
