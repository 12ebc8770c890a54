package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldLetters maps letters that do not decompose into a base letter and a
// diacritic.
var foldLetters = map[rune]string{
	'đ': "d", 'ð': "d", 'ł': "l", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ß': "ss",
	'ı': "i", 'þ': "th",
}

// Fold lowers a Latin name and removes its diacritics: "Gusmão" → "gusmao",
// "Nguyễn" → "nguyen", "Łódź" → "lodz". Other scripts are kept.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldLetters[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// englishWords splits a folded Latin name into words of ASCII letters;
// hyphens and apostrophes join (Jong-il, O'Brien), anything else splits.
func englishWords(folded string) []string {
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range folded {
		switch {
		case r >= 'a' && r <= 'z':
			cur = append(cur, byte(r))
		case r == '-' || r == '\'' || r == '’':
		default:
			flush()
		}
	}
	flush()
	return words
}

// letterNames is how a single letter (an initial, an acronym spelled out)
// is read: B. J. Habibie is บี. เจ. ฮาบีบี.
var letterNames = map[byte]string{
	'a': "e", 'b': "bi", 'c': "si", 'd': "di", 'e': "i", 'f': "ef", 'g': "ji",
	'h': "ech", 'i': "ai", 'j': "je", 'k': "ke", 'l': "el", 'm': "em", 'n': "en",
	'o': "o", 'p': "pi", 'q': "kiu", 'r': "ar", 's': "es", 't': "ti", 'u': "yu",
	'v': "wi", 'w': "dabbeliu", 'x': "eks", 'y': "wai", 'z': "set",
}

// spelledKey is the key of a word read letter by letter.
func spelledKey(w string) key {
	var k key
	for i := 0; i < len(w); i++ {
		k = append(k, englishKey(letterNames[w[i]])...)
	}
	return collapse(k)
}

func isVowelLetter(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// vowelAt reports whether the letter at i is read as a vowel: a, e, i, o, u,
// or y where it is not a consonant (Thuy, Ky; not Yasser, Maya).
func vowelAt(w string, i int) bool {
	if i < 0 || i >= len(w) {
		return false
	}
	if isVowelLetter(w[i]) {
		return true
	}
	if w[i] != 'y' {
		return false
	}
	nextVowel := i+1 < len(w) && isVowelLetter(w[i+1])
	if !nextVowel {
		return true
	}
	return i > 0 && w[i-1] == 'u' // Nguyen: uye is one vowel
}

// englishVowels maps a run of vowel letters to its class and an optional
// second class; runs not listed take the class of their first letter.
var englishVowels = map[string][2]byte{
	"y": {'i'}, "aa": {'a'}, "ae": {'E'}, "ai": {'a', 'i'}, "ay": {'a', 'i'},
	"ao": {'a', 'u'}, "au": {'o'}, "ea": {'i'}, "ee": {'i'}, "ei": {'e', 'i'},
	"ey": {'e', 'i'}, "eu": {'e', 'u'}, "eo": {'e', 'u'}, "ia": {'i'}, "ie": {'i'},
	"io": {'i', 'o'}, "iu": {'i', 'u'}, "ieu": {'i', 'u'}, "iao": {'i', 'u'},
	"oo": {'u'}, "ou": {'u'}, "oa": {'o', 'a'}, "oe": {'@'}, "oeu": {'U'},
	"oi": {'o', 'i'}, "oy": {'o', 'i'}, "ua": {'u', 'a'}, "ue": {'u', 'e'},
	"ui": {'u', 'i'}, "uo": {'u', 'o'}, "uy": {'u', 'i'}, "uye": {'i'},
	"uya": {'i'}, "ya": {'i'},
}

// englishKey returns the key of one folded word of ASCII letters.
func englishKey(w string) key {
	var k key
	add := func(c byte, opt bool) { k = append(k, sym{c, opt}) }
	for i := 0; i < len(w); {
		c := w[i]
		if vowelAt(w, i) {
			j := i + 1
			for j < len(w) && vowelAt(w, j) {
				j++
			}
			run := w[i:j]
			v, ok := englishVowels[run]
			if !ok {
				v = [2]byte{run[0]}
				if len(run) > 1 && isVowelLetter(run[1]) {
					v[1] = run[1]
				}
			}
			// A final e after a consonant is mostly silent (George, Claude).
			silentE := run == "e" && j == len(w) && i > 1 && len(w) > 3
			add(v[0], silentE)
			if v[1] != 0 {
				add(v[1], true)
			}
			i = j
			continue
		}
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		n := 1
		switch {
		case strings.HasPrefix(w[i:], "sch") || strings.HasPrefix(w[i:], "tch"):
			add('C', false)
			n = 3
		case c == 's' && next == 'h', c == 'c' && next == 'h', c == 'z' && next == 'h',
			c == 'd' && next == 'j', c == 't' && next == 'j', c == 'j' && next == 'h':
			add('C', false)
			n = 2
		case c == 'p' && next == 'h':
			add('P', false)
			n = 2
		case c == 't' && next == 'h':
			add('T', false)
			n = 2
		case c == 'k' && next == 'h':
			add('K', false)
			n = 2
		case c == 'g' && next == 'h':
			// Silent in English (Leigh), a k sound in Arabic (Baghdad).
			add('K', i > 0)
			n = 2
		case c == 'n' && next == 'g':
			add('G', false)
			n = 2
		case c == 'n' && next == 'h' && i == 0:
			add('Y', false) // Khmer and Vietnamese nh- is ญ: Nhem, Nhu
			n = 2
		case c == 'n' && next == 'h', c == 'd' && next == 'h', c == 'b' && next == 'h', c == 'r' && next == 'h':
			add(plainClass(c), false)
			add('H', true)
			n = 2
		case c == 'c' && next == 'k':
			add('K', false)
			n = 2
		case c == 'q':
			add('K', false)
			if next == 'u' && vowelAt(w, i+2) {
				add('W', false)
				n = 2
			}
		case c == 'x':
			if i > 0 {
				add('K', false)
			}
			add('S', false)
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				add('S', false)
			} else {
				add('K', false)
			}
		case c == 'g':
			if next == 'e' || next == 'i' || next == 'y' {
				add('C', false)
			} else {
				add('K', false)
			}
		case c == 'y':
			add('Y', false)
		case c == 'w':
			if vowelAt(w, i+1) {
				add('W', false)
			} else {
				add('u', true)
			}
		case c == 'h':
			add('H', i > 0 && !vowelAt(w, i+1))
		case c == 'r':
			add('R', vowelAt(w, i-1) && !vowelAt(w, i+1))
		default:
			add(plainClass(c), false)
		}
		i += n
	}
	return collapse(k)
}

// plainClass is the class of a consonant letter read on its own.
func plainClass(c byte) byte {
	switch c {
	case 'j':
		return 'C'
	case 'z', 's':
		return 'S'
	case 'k':
		return 'K'
	}
	return c - 'a' + 'A'
}

// englishKeys returns the keys of each word of an English name, read as
// written; single letters are read by their names.
func englishKeys(name string) []key {
	words := englishWords(Fold(name))
	out := make([]key, 0, len(words))
	for _, w := range words {
		if len(w) == 1 {
			out = append(out, spelledKey(w))
			continue
		}
		out = append(out, englishKey(w))
	}
	return out
}

// englishLetterSounds returns the keys of a name with one-letter words
// read as their sound rather than their name (U Nu is อู นุ), or nil when it
// has no such word.
func englishLetterSounds(name string) []key {
	words := englishWords(Fold(name))
	single := false
	out := make([]key, 0, len(words))
	for _, w := range words {
		single = single || len(w) == 1
		out = append(out, englishKey(w))
	}
	if !single {
		return nil
	}
	return out
}

// acronymKeys returns the keys of a name written in capitals of up to six
// letters (KPNLF) read letter by letter, or nil.
func acronymKeys(name string) []key {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ' ':
		default:
			return nil
		}
	}
	if letters < 2 || letters > 6 {
		return nil
	}
	return []key{spelledKey(strings.Join(englishWords(Fold(name)), ""))}
}
