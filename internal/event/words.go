package event

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/wordseg"
)

// word is one unit the matchers see: a word token, or a part of one split
// at a hyphen or slash ("Vietnam-backed" gives "Vietnam" and "backed"), or
// a punctuation mark.
type word struct {
	span   document.Span // code points
	b0, b1 int           // bytes
	punct  bool
	// spaced is true when whitespace or a joiner separates the word from
	// the previous one; phrases then need a space there.
	spaced bool
}

// fallbackSegmenter tokenises a document whose Input carries no tokens.
var fallbackSegmenter = sync.OnceValue(func() wordseg.Segmenter { return wordseg.NewPureGo(nil) })

// splitWords appends the words of word tokens to words. Tokens out of
// range or out of order are skipped, so bad input cannot make spans
// invalid.
func splitWords(words []word, rt *document.RuneText, tokens []document.Span, prefixes []string) []word {
	n := rt.Len()
	words = slices.Grow(words, len(tokens)+len(tokens)/8)
	lastEnd := 0
	for _, tok := range tokens {
		if !tok.Valid(n) || tok.Len() == 0 || tok[0] < lastEnd {
			continue
		}
		b0, b1 := rt.ByteOffset(tok[0]), rt.ByteOffset(tok[1])
		words = appendTokenWords(words, rt, tok, b0, b1, tok[0] > lastEnd, prefixes)
		lastEnd = tok[1]
	}
	return words
}

// appendTokenWords appends the words of the token tok, bytes [b0, b1);
// spaced tells whether space separates it from the token before.
func appendTokenWords(words []word, rt *document.RuneText, tok document.Span, b0, b1 int, spaced bool, prefixes []string) []word {
	// Cut the token at joiners; a joiner is never a word of its own.
	text := rt.Text[b0:b1]
	start, startB := tok[0], b0
	ri := tok[0]
	for bi, r := range text[:joinerFree(text)] {
		if isJoiner(r) && (bi > 0 || len(text) > utf8.RuneLen(r)) {
			if ri > start {
				words = appendWord(words, rt, document.Span{start, ri}, startB, b0+bi, spaced)
			}
			spaced = true
			start, startB = ri+1, b0+bi+utf8.RuneLen(r)
		}
		ri++
	}
	if tok[1] > start {
		words = appendLastPiece(words, rt, document.Span{start, tok[1]}, startB, b1, spaced, prefixes)
	}
	return words
}

// appendLastPiece appends the last piece of a token, sp and bytes [b0,
// b1), after splitting off a glued prefix.
func appendLastPiece(words []word, rt *document.RuneText, sp document.Span, b0, b1 int, spaced bool, prefixes []string) []word {
	if pb, pr := gluedPrefix(rt.Text[b0:b1], prefixes); pr > 0 {
		words = appendWord(words, rt, document.Span{sp[0], sp[0] + pr}, b0, b0+pb, spaced)
		sp[0], b0, spaced = sp[0]+pr, b0+pb, false
	}
	return appendWord(words, rt, sp, b0, b1, spaced)
}

// gluedPrefix returns the byte and code-point length of the prefix that
// starts w and leaves at least two code points, the first not a combining
// mark; zeros when there is none.
func gluedPrefix(w string, prefixes []string) (int, int) {
	for _, p := range prefixes {
		if len(w) <= len(p) || w[:len(p)] != p {
			continue
		}
		rest := w[len(p):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsMark(r) || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		return len(p), utf8.RuneCountInString(p)
	}
	return 0, 0
}

// joinerFree returns 0 when no byte of text can belong to a joiner, so
// that the joiner search, which decodes every code point, only reads the
// tokens that may hold one; len(text) otherwise.
func joinerFree(text string) int {
	for i := 0; i < len(text); i++ {
		if joinerByte[text[i]] {
			return len(text)
		}
	}
	return 0
}

// joinerByte marks the bytes a joiner's UTF-8 form starts with.
var joinerByte = func() (t [256]bool) {
	for _, r := range "-‐‑–—/" {
		t[string(r)[0]] = true
	}
	return t
}()

func appendWord(words []word, rt *document.RuneText, sp document.Span, b0, b1 int, spaced bool) []word {
	return append(words, word{span: sp, b0: b0, b1: b1, punct: isPunctWord(rt.Text[b0:b1]), spaced: spaced})
}

// isPunctWord reports whether w starts with neither a letter, a digit nor
// a mark; ASCII and Thai, nearly all words, are read from a table.
func isPunctWord(w string) bool {
	if w != "" {
		if b := w[0]; b < utf8.RuneSelf {
			return punctASCII[b]
		}
		if len(w) >= 3 && w[0] == 0xE0 && w[1]&0xFE == 0xB8 && w[2]&0xC0 == 0x80 {
			return punctThai[(w[1]&1)<<6|w[2]&0x3F]
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return isPunctRune(r)
}

func isPunctRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// punctASCII and punctThai are isPunctRune on ASCII and on the Thai block.
var punctASCII, punctThai = func() (ascii, thai [128]bool) {
	for i := range 128 {
		ascii[i] = isPunctRune(rune(i))
		thai[i] = isPunctRune(0x0E00 + rune(i))
	}
	return ascii, thai
}()

// phraseMatch is the longest phrase of a trie that starts at a word.
type phraseMatch struct {
	last  int   // index of its last word
	value int32 // trie value
}

// maxPhraseWords bounds how many words a phrase may span.
const maxPhraseWords = 8

// longestPhrase walks t from words[i] on and returns the longest phrase
// that ends on a word end, or last = -1.
func longestPhrase(t *phraseTrie, text string, words []word, i int) phraseMatch {
	m := phraseMatch{last: -1, value: -1}
	f := t.walker()
	n := int32(root)
	for j := i; j < len(words) && j < i+maxPhraseWords; j++ {
		w := words[j]
		if j > i && w.spaced {
			if n = f.step(n, ' '); n < 0 {
				return m
			}
		}
		if n = f.stepWord(n, text[w.b0:w.b1]); n < 0 {
			return m
		}
		if v := f.nodes[n].value; v >= 0 {
			m = phraseMatch{last: j, value: v}
		}
	}
	return m
}

// stepWord follows the folded code points of s from node n; -1 once the
// walk fails.
func (f *flatTrie) stepWord(n int32, s string) int32 {
	for k := 0; k < len(s) && n >= 0; {
		var r rune
		r, k = foldedRuneAt(s, k)
		n = f.step(n, r)
	}
	return n
}

// foldedRuneAt decodes and folds the code point at byte k of s and returns
// it with the byte after it. ASCII folds by table and Thai, which has no
// case, decodes by hand: the two make up nearly all of the text.
func foldedRuneAt(s string, k int) (rune, int) {
	switch c := s[k]; {
	case c < utf8.RuneSelf:
		return rune(asciiFold[c]), k + 1
	case c == 0xE0 && k+2 < len(s) && s[k+1]&0xFE == 0xB8 && s[k+2]&0xC0 == 0x80:
		return 0x0E00 | rune(s[k+1]&1)<<6 | rune(s[k+2]&0x3F), k + 3
	}
	r, size := utf8.DecodeRuneInString(s[k:])
	return foldRune(r), k + size
}

// asciiFold is foldRune on the ASCII bytes.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for b := range t {
		t[b] = byte(foldRune(rune(b)))
	}
	return t
}()

// trigWalk is a trigger walk made beside a cue walk: the longest trigger
// phrase from word start to sentence end w1.
type trigWalk struct {
	start, w1 int32
	m         phraseMatch
}

// cuesAndTriggers returns the longest cue phrase from words[i] on, within
// words, and keeps the trigger walk made with it in walks[i-w0] for
// triggerFrom. pairs is l.pairs().
func cuesAndTriggers(pairs *pairTrie, text string, words []word, w0, i int, walks *[]trigWalk) phraseMatch {
	cue, trig := pairs.longest(text, words, i)
	k := i - w0
	for len(*walks) <= k {
		*walks = append(*walks, trigWalk{start: -1})
	}
	(*walks)[k] = trigWalk{start: int32(i), w1: int32(len(words)), m: trig}
	return cue
}

// triggerFrom returns the longest trigger phrase from words[i] on, within
// words, from walks when cuesAndTriggers made that walk.
func triggerFrom(l *language, text string, words []word, w0, i int, walks []trigWalk) phraseMatch {
	if k := i - w0; k >= 0 && k < len(walks) && walks[k].start == int32(i) && walks[k].w1 == int32(len(words)) {
		return walks[k].m
	}
	return longestPhrase(l.triggers, text, words, i)
}
