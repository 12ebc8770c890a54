package names

import "strings"

// rtgsInitial is the RTGS value of each consonant at the start of a syllable.
var rtgsInitial = map[rune]string{
	'ก': "k", 'ข': "kh", 'ฃ': "kh", 'ค': "kh", 'ฅ': "kh", 'ฆ': "kh", 'ง': "ng",
	'จ': "ch", 'ฉ': "ch", 'ช': "ch", 'ซ': "s", 'ฌ': "ch", 'ญ': "y",
	'ฎ': "d", 'ฏ': "t", 'ฐ': "th", 'ฑ': "th", 'ฒ': "th", 'ณ': "n",
	'ด': "d", 'ต': "t", 'ถ': "th", 'ท': "th", 'ธ': "th", 'น': "n",
	'บ': "b", 'ป': "p", 'ผ': "ph", 'ฝ': "f", 'พ': "ph", 'ฟ': "f", 'ภ': "ph",
	'ม': "m", 'ย': "y", 'ร': "r", 'ล': "l", 'ว': "w", 'ศ': "s", 'ษ': "s",
	'ส': "s", 'ห': "h", 'ฬ': "l", 'อ': "", 'ฮ': "h",
}

// rtgsFinal is the RTGS value of each consonant closing a syllable: the
// stops merge into k, t and p, the sonorants into n.
var rtgsFinal = map[rune]string{
	'ก': "k", 'ข': "k", 'ฃ': "k", 'ค': "k", 'ฅ': "k", 'ฆ': "k", 'ง': "ng",
	'จ': "t", 'ฉ': "t", 'ช': "t", 'ซ': "t", 'ฌ': "t", 'ญ': "n",
	'ฎ': "t", 'ฏ': "t", 'ฐ': "t", 'ฑ': "t", 'ฒ': "t", 'ณ': "n",
	'ด': "t", 'ต': "t", 'ถ': "t", 'ท': "t", 'ธ': "t", 'น': "n",
	'บ': "p", 'ป': "p", 'ผ': "p", 'ฝ': "p", 'พ': "p", 'ฟ': "p", 'ภ': "p",
	'ม': "m", 'ย': "i", 'ร': "n", 'ล': "n", 'ว': "o", 'ศ': "t", 'ษ': "t",
	'ส': "t", 'ฬ': "n",
}

// thaiDigit converts ๐–๙ to 0–9.
func thaiDigit(r rune) (rune, bool) {
	if r >= '๐' && r <= '๙' {
		return '0' + (r - '๐'), true
	}
	return r, false
}

// Romanize transcribes Thai text into the Royal Thai General System of
// Transcription (RTGS), in lower case: initial and final consonant values,
// vowels including the leading เ แ โ ใ ไ, the implied o and a, clusters,
// silent ห and อ leads, letters silenced by ์, ฤ and ฦ; tone marks are
// ignored. Text that is not Thai is copied, Thai digits become 0–9 and other
// Thai signs (ๆ ฯ) are dropped. Reading Thai spelling has exceptions that
// only a dictionary knows; the rules aim at transliterated foreign names
// (ฮุน เซน → hun sen, ซูฮาร์โต → suhato, กอร์บาชอฟ → kobachop).
func Romanize(thai string) string {
	var b strings.Builder
	b.Grow(len(thai))
	forEachPiece(thai, func(word []syllable, other string) {
		if word == nil {
			b.WriteString(other)
			return
		}
		for _, s := range word {
			writeRTGS(&b, s)
		}
	})
	return b.String()
}

// writeRTGS appends the RTGS spelling of one syllable.
func writeRTGS(b *strings.Builder, s syllable) {
	for _, c := range s.onset {
		b.WriteString(rtgsInitial[c])
	}
	vowel := s.vowel
	if s.final == thaiYoYak && strings.HasSuffix(vowel, "i") {
		b.WriteString(vowel) // ิย: the ย adds no second i
		return
	}
	b.WriteString(vowel)
	if s.final != 0 {
		b.WriteString(rtgsFinal[s.final])
	}
}

// forEachPiece splits text into Thai words, given to fn parsed into
// syllables, and the text between them, given as other. Invalid UTF-8 is
// passed on as U+FFFD.
func forEachPiece(text string, fn func(word []syllable, other string)) {
	var letters thaiWord
	var other strings.Builder
	flushWord := func() {
		if len(letters) > 0 {
			fn(parseThaiWord(letters), "")
			letters = letters[:0]
		}
	}
	flushOther := func() {
		if other.Len() > 0 {
			fn(nil, other.String())
			other.Reset()
		}
	}
	for _, r := range text {
		if isThaiLetterRune(r) {
			flushOther()
			if !isTransparentMark(r) {
				letters = append(letters, r)
			}
			continue
		}
		flushWord()
		if d, ok := thaiDigit(r); ok {
			r = d
		} else if r == '๏' || r == '๚' || r == '๛' {
			continue
		}
		other.WriteRune(r)
	}
	flushWord()
	flushOther()
}
