package sentence

import "strings"

// thaiSpacingLetters reports whether c is made of Thai letters only, at
// least one and at most limit of them spacing (marks above and below a
// consonant are not counted).
func thaiSpacingLetters(c string, limit int) bool {
	n := 0
	for _, r := range c {
		if !isThaiLetter(r) {
			return false
		}
		if !isThaiMark(r) {
			if n++; n > limit {
				return false
			}
		}
	}
	return n > 0
}

// hasThaiLetter reports whether s holds a Thai consonant, vowel or mark.
func hasThaiLetter(s string) bool { return strings.IndexFunc(s, isThaiLetter) >= 0 }

// isThaiLetter reports whether r is a Thai consonant, vowel or tone mark;
// Thai digits and signs (ฯ, ๆ, ฿) are not letters.
func isThaiLetter(r rune) bool {
	return (r >= 0x0E01 && r <= 0x0E2E) || (r >= 0x0E30 && r <= 0x0E3A) ||
		(r >= 0x0E40 && r <= 0x0E4E && r != 0x0E46)
}

// isThaiMark reports whether r is a Thai vowel or tone mark written above
// or below its consonant.
func isThaiMark(r rune) bool {
	return r == 0x0E31 || (r >= 0x0E34 && r <= 0x0E3A) || (r >= 0x0E47 && r <= 0x0E4E)
}

// isDigit reports whether r is an ASCII or Thai digit.
func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '๐' && r <= '๙') }
