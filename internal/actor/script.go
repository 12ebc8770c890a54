package actor

import "unicode"

// isThai reports whether r is in the Thai block.
func isThai(r rune) bool { return 0x0E00 <= r && r <= 0x0E7F }

// isUnspacedScript reports whether r belongs to a script written without
// spaces between words, other than Thai.
func isUnspacedScript(r rune) bool {
	switch {
	case r < 0x0E80:
		return false
	case r <= 0x0EFF: // Lao
		return true
	case 0x1000 <= r && r <= 0x109F: // Myanmar
		return true
	case 0x1780 <= r && r <= 0x17FF: // Khmer
		return true
	case 0x3040 <= r && r <= 0x30FF: // Hiragana, Katakana
		return true
	case r >= 0x2E80:
		return unicode.Is(unicode.Han, r)
	}
	return false
}

// isSpacedWordRune reports whether r is part of a word in a script that
// separates words with spaces: a letter, digit or mark that is not Thai or
// another unspaced script.
func isSpacedWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if isThai(r) || isUnspacedScript(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Thai vowels written before the consonant they follow in speech.
func isThaiLeadingVowel(r rune) bool { return 0x0E40 <= r && r <= 0x0E44 }

// isThaiDependent reports whether r cannot begin a syllable: following and
// above/below vowels, tone marks and other signs that attach to the
// preceding consonant.
func isThaiDependent(r rune) bool {
	return 0x0E30 <= r && r <= 0x0E3A || r == 0x0E45 || 0x0E47 <= r && r <= 0x0E4E
}

func isThaiConsonant(r rune) bool { return 0x0E01 <= r && r <= 0x0E2E }

const thaiThanthakhat = 0x0E4C // silences the consonant it sits on

// thaiStartOK is the conservative rule for a Thai name starting at r, after
// prev, when no word tokens are known: not inside a syllable.
func thaiStartOK(prev, r rune) bool {
	return !isThaiDependent(r) && !isThaiLeadingVowel(prev)
}

// thaiEndOK is the conservative rule for a Thai name whose last code point
// is last, followed by next and afterNext (noRune past the end): next must
// begin a new syllable, and a consonant silenced by ์ belongs to the
// name's last syllable.
func thaiEndOK(last, next, afterNext rune) bool {
	if next == noRune {
		return true
	}
	if isThaiDependent(next) || isThaiLeadingVowel(last) {
		return false
	}
	return !(isThaiConsonant(next) && afterNext == thaiThanthakhat)
}
