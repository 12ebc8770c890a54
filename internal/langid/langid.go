// Package langid guesses the main language of a document's text.
package langid

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Undetermined is the code returned when no language can be told.
const Undetermined = "und"

// sampleBytes bounds how much of a text is inspected, so detection costs
// the same for a short note and a whole book.
const sampleBytes = 64 << 10

// trigramSampleBytes bounds the text handed to the trigram model, which
// builds and sorts a map per call; half a KiB of running prose decides a language
// reliably.
const trigramSampleBytes = 512

// candidates limits the trigram model to the languages most often met in
// sources about South-East Asian history. Comparing against every Latin-script
// profile costs milliseconds per document; a user who needs another language
// adds it here.
var candidates = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Fra: true, whatlanggo.Deu: true, whatlanggo.Spa: true,
	whatlanggo.Por: true, whatlanggo.Ita: true, whatlanggo.Nld: true, whatlanggo.Ind: true,
	whatlanggo.Vie: true, whatlanggo.Tgl: true, whatlanggo.Swe: true, whatlanggo.Pol: true,
	whatlanggo.Tur: true, whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Cmn: true,
	whatlanggo.Jpn: true, whatlanggo.Kor: true, whatlanggo.Khm: true, whatlanggo.Mya: true,
	whatlanggo.Arb: true, whatlanggo.Hin: true,
}}

// Detect returns the ISO 639-1 code of text's main language ("th", "en",
// "fr", …) or "und".
func Detect(text string) string {
	sample := prefix(text, sampleBytes)
	thai, latin, other := countLetters(sample)
	if thai+latin+other == 0 {
		return Undetermined
	}
	// whatlanggo only sees the majority script, so a Thai article quoting
	// many English names would still pass; deciding Thai ourselves by share
	// keeps that case explicit and cheap.
	if thai >= latin && thai >= other {
		return "th"
	}
	prose := proseSample(sample, trigramSampleBytes)
	// The trigram model costs about half a millisecond per call; ordinary
	// English prose gives itself away by its function words first.
	if latin > other && clearlyEnglish(prose) {
		return "en"
	}
	lang := whatlanggo.DetectWithOptions(prose, candidates).Lang
	if lang < 0 {
		return Undetermined
	}
	if code := lang.Iso6391(); code != "" {
		return code
	}
	return Undetermined
}

// countLetters counts Thai-block letters and signs, Latin letters and
// letters of any other script.
func countLetters(s string) (thai, latin, other int) {
	var counts [classCount]int
	for i := 0; i < len(s); {
		// ASCII and the Thai block, nearly all of the text, are read from
		// tables without decoding.
		b := s[i]
		if b < utf8.RuneSelf {
			if i+8 <= len(s) {
				if x := load8(s, i); x&highBits == 0 {
					// Eight ASCII bytes: only Latin letters count.
					counts[classLatin] += asciiLetters8(x)
					i += 8
					continue
				}
			}
			counts[asciiClass[b]]++
			i++
			continue
		}
		if b == 0xE0 && i+2 < len(s) && s[i+1]&0xFE == 0xB8 && s[i+2]&0xC0 == 0x80 {
			counts[thaiBlockClass[(s[i+1]&1)<<6|s[i+2]&0x3F]]++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		counts[classOf(r)]++
		i += size
	}
	return counts[classThai], counts[classLatin], counts[classOther]
}

// Byte-wise constants for the word-at-a-time tests.
const (
	ones     = 0x0101010101010101
	highBits = 0x8080808080808080
)

// asciiLetters8 counts the ASCII letters among the eight ASCII bytes of x.
// Setting bit 5 folds upper case onto lower case (and nothing else onto a
// letter); then adding 0x80-'a' to a byte sets its top bit from 'a' on,
// and adding 0x80-'z'-1 from past 'z' on. No byte carries into the next,
// since none is above 0x7F.
func asciiLetters8(x uint64) int {
	lower := x | 0x20*ones
	fromA := lower + (0x80-'a')*ones
	pastZ := lower + (0x80-'z'-1)*ones
	return bits.OnesCount64(fromA &^ pastZ & highBits)
}

// load8 reads eight bytes of s from i as a little-endian word; the
// compiler turns this into a single load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Letter classes that countLetters counts.
const (
	classNone = iota
	classThai
	classLatin
	classOther
	classCount
)

func classOf(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
			return classLatin
		}
	case isThaiLetter(r):
		return classThai
	case unicode.Is(unicode.Latin, r):
		return classLatin
	case unicode.IsLetter(r):
		return classOther
	}
	return classNone
}

// asciiClass and thaiBlockClass are classOf on ASCII and on U+0E00–U+0E7F.
var asciiClass, thaiBlockClass = func() (ascii, thai [128]uint8) {
	for i := range 128 {
		ascii[i] = uint8(classOf(rune(i)))
		thai[i] = uint8(classOf(0x0E00 + rune(i)))
	}
	return ascii, thai
}()

// isThaiLetter reports whether r is a Thai consonant, vowel or tone mark;
// Thai digits and punctuation (ฯ, ๆ, ๏) say nothing about the language.
func isThaiLetter(r rune) bool {
	return (r >= 0x0E01 && r <= 0x0E2E) || // consonants
		(r >= 0x0E30 && r <= 0x0E3A) || // vowels
		(r >= 0x0E40 && r <= 0x0E4E && r != 0x0E46) // leading vowels, marks
}

// proseSample takes n bytes from the middle third of s rather than its start,
// where titles, infobox lines and names say little about the language.
func proseSample(s string, n int) string {
	if len(s) <= 3*n {
		return prefix(s, n)
	}
	start := len(s) / 3
	for start < len(s) && !utf8.RuneStart(s[start]) {
		start++
	}
	return prefix(s[start:], n)
}

// prefix returns at most n bytes of s, cut on a code-point boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// englishFunctionWords are frequent English words that are not words of
// the other Latin-script candidates (so no "a", "in", "on", "de", "to").
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "was": true, "were": true, "is": true,
	"are": true, "with": true, "that": true, "which": true, "from": true, "by": true,
	"for": true, "his": true, "their": true, "has": true, "had": true, "have": true,
	"this": true, "it": true, "been": true, "not": true, "after": true,
}

// Running English prose has about one function word in four; other
// languages share few of these words with it.
const (
	minEnglishWords       = 20
	minEnglishFunctionPct = 15
)

// clearlyEnglish reports whether s reads as English prose: enough words
// (runs of ASCII letters) with many English function words among them.
func clearlyEnglish(s string) bool {
	words, function := 0, 0
	var lower [8]byte
	for i := 0; i < len(s); {
		if c := s[i]; c >= utf8.RuneSelf || asciiClass[c] != classLatin {
			i++
			continue
		}
		start := i
		for i < len(s) && s[i] < utf8.RuneSelf && asciiClass[s[i]] == classLatin {
			i++
		}
		words++
		if n := i - start; n <= len(lower) {
			for k := range n {
				lower[k] = s[start+k] | 0x20 // ASCII letters only: sets lower case
			}
			if englishFunctionWords[string(lower[:n])] {
				function++
			}
		}
	}
	return words >= minEnglishWords && function*100 >= minEnglishFunctionPct*words
}
