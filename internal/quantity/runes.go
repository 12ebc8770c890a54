package quantity

import "unicode"

// digitValue returns the value of an ASCII or Thai digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '๐' && r <= '๙':
		return int(r - '๐')
	}
	return -1
}

func isDigit(r rune) bool { return digitValue(r) >= 0 }

// isThaiLetter reports Thai consonants, vowels, tone marks and ๆ: the runes
// that make up Thai words. Thai digits and the baht sign are not letters.
func isThaiLetter(r rune) bool {
	return r >= 0x0E01 && r <= 0x0E4F && r != 0x0E3F
}

// isWordLetter reports letters of space-delimited scripts (Latin and the
// like): a digit glued to one is part of a name or code such as "K5".
func isWordLetter(r rune) bool {
	// r|0x20 is in a-z for exactly the ASCII letters; one unsigned
	// comparison tests both ends.
	if uint32((r|0x20)-'a') < 26 {
		return true
	}
	return r >= 0x80 && isOtherWordLetter(r)
}

// isOtherWordLetter is isWordLetter beyond ASCII, kept apart so that the
// ASCII test inlines.
func isOtherWordLetter(r rune) bool { return !isThaiLetter(r) && unicode.IsLetter(r) }

// isInlineSpace reports white space other than line breaks: expressions never
// run across lines, so infobox and list lines stay apart.
func isInlineSpace(r rune) bool {
	switch r {
	case ' ', '\t', 0xA0, 0x2009, 0x202F, 0x200B:
		return true
	case '\n', '\r', 0x2028, 0x2029:
		return false
	}
	return unicode.IsSpace(r)
}

// fold maps a rune to the form phrases are stored in: lower case, with every
// inline space read as one ASCII space.
func fold(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if r >= 0x0E00 && r <= 0x0E7F {
		return r
	}
	if isInlineSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}
