package wordseg

import "unicode"

// charClass is how the scanner treats a code point.
type charClass uint8

const (
	classSpace   charClass = iota // separates tokens, never part of one
	classMark                     // attaches to the preceding code point
	classAlnum                    // letters and digits of space-delimited scripts
	classThai                     // Thai letters and Thai combining marks: dictionary segmentation
	classComplex                  // other scripts written without spaces (Lao, Khmer, Myanmar, CJK)
	classSingle                   // punctuation, symbols, ๆ ฯ: one token each
)

// Thai code points with special roles.
const (
	thaiPaiyannoi   = 'ฯ' // abbreviation mark, its own token
	thaiMaiyamok    = 'ๆ' // repetition mark, its own token
	thaiSaraE       = 'เ'
	thaiSaraAa      = 'า'
	thaiSaraA       = 'ะ'
	thaiSaraAm      = 'ำ'
	thaiLakkhang    = 'ๅ'
	thaiSaraIi      = 'ี'
	thaiSaraUee     = 'ื'
	thaiYoYak       = 'ย'
	thaiOAng        = 'อ'
	thaiThanthakhat = '์'
	thaiSaraI       = 'ิ'
	thaiSaraU       = 'ุ'
)

// asciiClass caches the class of every ASCII byte.
var asciiClass = func() (t [128]charClass) {
	for c := 0; c < 128; c++ {
		t[c] = slowClass(rune(c))
	}
	return t
}()

func classOf(r rune) charClass {
	if r < 128 {
		return asciiClass[r]
	}
	if r >= 0x0E01 && r <= 0x0E4E {
		switch {
		case r == thaiPaiyannoi || r == thaiMaiyamok || r == '฿':
			return classSingle
		case r <= 0x0E3A || r >= 0x0E40:
			return classThai
		}
		return classSingle
	}
	return slowClass(r)
}

func slowClass(r rune) charClass {
	switch {
	case unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF:
		return classSpace
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200C || r == 0x200D:
		return classMark
	case unicode.IsDigit(r):
		return classAlnum
	case unicode.IsLetter(r):
		if unicode.In(r, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Tai_Tham, unicode.Tai_Viet) {
			return classComplex
		}
		return classAlnum
	case unicode.IsNumber(r):
		return classAlnum
	}
	return classSingle
}

// isConnector reports whether r may join two alphanumeric runs into one
// token, as in "U.S", "150,000", "1.4", "don't" and "Khmer-Vietnamese".
func isConnector(r rune) bool {
	switch r {
	case '.', ',', '\'', '-', '’', 0x2011:
		return true
	}
	return false
}

func isThaiConsonant(r rune) bool { return r >= 0x0E01 && r <= 0x0E2E }

func isThaiLeadingVowel(r rune) bool { return r >= 0x0E40 && r <= 0x0E44 }

// isThaiMark covers Thai above/below vowels, tone marks and other signs that
// combine with the preceding consonant.
func isThaiMark(r rune) bool {
	return r == 0x0E31 || (r >= 0x0E34 && r <= 0x0E3A) || (r >= 0x0E47 && r <= 0x0E4E)
}

func isThaiFollowingVowel(r rune) bool {
	return r == thaiSaraA || r == thaiSaraAa || r == thaiSaraAm || r == thaiLakkhang
}

// isAttaching reports whether r must stay with the code point before it.
func isAttaching(r rune) bool {
	if r >= 0x0E00 && r <= 0x0E7F {
		return isThaiMark(r)
	}
	return r >= 0x0300 && classOf(r) == classMark
}
