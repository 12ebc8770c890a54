package names

// A phonetic key is a sequence of sound classes that Thai and English
// spellings of one name share. Consonant classes are upper-case letters,
// vowel classes lower-case:
//
//	K  k c(a/o/u) q g(a/o/u) kh ck — ก ข ค ฆ      G  ng — ง
//	C  ch sh j zh g(e/i/y) — จ ฉ ช ฌ              S  s z x- c(e/i/y) — ซ ศ ษ ส
//	T  t th — ต ท ถ ธ ฏ ฐ ฑ ฒ                    D  d — ด ฎ
//	P  p ph — ป พ ผ ภ                            B  b — บ
//	F  f — ฝ ฟ                                    V  v
//	W  w — ว    Y  y — ย ญ    H  h — ห ฮ    M N L R — ม น ณ ล ฬ ร
//	a  a ai ao — ะ า ไ ใ เา    e  e — เ    E  ae — แ    i  i y ea ie — ิ ี เีย
//	o  o — โ อ    u  u ou oo — ุ ู ัว    U  ue — ึ ื เือ    @  oe — เอ เิ
//
// Symbols marked optional (silent letters, implied vowels, glides, a final
// English e) cost little to drop, since one spelling writes them and the
// other does not.

// sym is one sound class of a key.
type sym struct {
	c   byte
	opt bool
}

// key is the keyed form of one word.
type key []sym

func isVowelSym(c byte) bool { return c >= 'a' && c <= 'z' || c == '@' || c == 'E' || c == 'U' }

// thaiClass is the sound class of a Thai consonant.
var thaiClass = map[rune]byte{
	'ก': 'K', 'ข': 'K', 'ฃ': 'K', 'ค': 'K', 'ฅ': 'K', 'ฆ': 'K', 'ง': 'G',
	'จ': 'C', 'ฉ': 'C', 'ช': 'C', 'ซ': 'S', 'ฌ': 'C', 'ญ': 'Y',
	'ฎ': 'D', 'ฏ': 'T', 'ฐ': 'T', 'ฑ': 'T', 'ฒ': 'T', 'ณ': 'N',
	'ด': 'D', 'ต': 'T', 'ถ': 'T', 'ท': 'T', 'ธ': 'T', 'น': 'N',
	'บ': 'B', 'ป': 'P', 'ผ': 'P', 'ฝ': 'F', 'พ': 'P', 'ฟ': 'F', 'ภ': 'P',
	'ม': 'M', 'ย': 'Y', 'ร': 'R', 'ล': 'L', 'ว': 'W', 'ศ': 'S', 'ษ': 'S',
	'ส': 'S', 'ห': 'H', 'ฬ': 'L', 'ฮ': 'H',
}

// thaiVowelKey maps an RTGS vowel to its class and an optional glide.
var thaiVowelKey = map[string][2]byte{
	"a": {'a'}, "am": {'a', 'M'}, "ai": {'a', 'i'}, "ao": {'a', 'u'},
	"e": {'e'}, "ae": {'E'}, "i": {'i'}, "ia": {'i'}, "o": {'o'},
	"oe": {'@'}, "oei": {'@', 'i'}, "u": {'u'}, "ua": {'u'},
	"ue": {'U'}, "uea": {'U'},
}

// thaiKeys returns the key of each space-separated word of a Thai name.
// Final consonants keep the class of their letter (ล stays L although RTGS
// reads it n), because transliterations spell the foreign sound.
func thaiKeys(name string) []key {
	var out []key
	var cur key
	forEachPiece(name, func(word []syllable, other string) {
		if word == nil {
			if containsBreak(other) && len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			return
		}
		for i, s := range word {
			cur = appendThaiSyllable(cur, s, i > 0)
		}
	})
	if len(cur) > 0 {
		out = append(out, cur)
	}
	for i := range out {
		out[i] = collapse(out[i])
	}
	return out
}

// containsBreak reports a space or other separator between name words;
// hyphens and dots inside a word (จอง-อิล) do not break it.
func containsBreak(s string) bool {
	for _, r := range s {
		if r != '-' && r != '.' && r != '\'' && r != '’' {
			return true
		}
	}
	return false
}

func appendThaiSyllable(k key, s syllable, inner bool) key {
	if s.silentLead == thaiHoHip {
		// Inside a word ห before a sonorant is often spoken (สีหนุ Sihanouk).
		k = append(k, sym{'H', true})
		if inner {
			k = append(k, sym{'a', true})
		}
	}
	for _, c := range s.onset {
		if cl, ok := thaiClass[c]; ok {
			k = append(k, sym{c: cl})
		}
	}
	if v, ok := thaiVowelKey[s.vowel]; ok {
		k = append(k, sym{c: v[0], opt: s.implicit && s.vowel == "a"})
		if v[1] != 0 {
			k = append(k, sym{c: v[1], opt: isVowelSym(v[1])})
		}
	}
	switch s.final {
	case 0:
	case thaiYoYak:
		k = append(k, sym{'i', true})
	case thaiWoWaen:
		k = append(k, sym{'u', true})
	case 'ญ':
		k = append(k, sym{c: 'N'})
	default:
		if cl, ok := thaiClass[s.final]; ok {
			k = append(k, sym{c: cl})
		}
	}
	for _, c := range s.silent {
		if cl, ok := thaiClass[c]; ok {
			k = append(k, sym{cl, true})
		}
	}
	return k
}

// collapse merges a repeated consonant class (อันนัน has N N where Annan
// writes nn once) and drops a vowel glide equal to the vowel before it.
func collapse(k key) key {
	out := k[:0]
	for _, s := range k {
		if n := len(out); n > 0 && out[n-1].c == s.c {
			out[n-1].opt = out[n-1].opt && s.opt
			continue
		}
		out = append(out, s)
	}
	return out
}
