package wordseg

import (
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// userLexicon merges runs of adjacent tokens that spell a user word.
type userLexicon struct {
	// prefixes maps every code-point prefix of every user word to whether it
	// is itself a user word, so the merge stops as soon as no word can match.
	prefixes map[string]bool
	words    []string
	// thaiPairs marks the first two code points of the words when both are
	// Thai: a run of tokens opening with another pair of Thai letters spells
	// no word, and is passed over without hashing it.
	thaiPairs []bool
}

// newUserLexicon returns nil when there are no usable words. Words are
// matched against the text exactly, spaces included ("ฮุน เซน").
func newUserLexicon(words []string) *userLexicon {
	lex := &userLexicon{prefixes: make(map[string]bool), thaiPairs: make([]bool, thaiBlock*thaiBlock)}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || !utf8.ValidString(w) {
			continue
		}
		lex.words = append(lex.words, w)
		for i := range w {
			if i > 0 {
				if _, ok := lex.prefixes[w[:i]]; !ok {
					lex.prefixes[w[:i]] = false
				}
			}
		}
		lex.prefixes[w] = true
		if k, ok := thaiPairIndex(w); ok {
			lex.thaiPairs[k] = true
		}
	}
	if len(lex.words) == 0 {
		return nil
	}
	return lex
}

// merge joins tokens in place; byteSpans are the byte offsets of toks.
func (l *userLexicon) merge(text string, toks []document.Span, byteSpans [][2]int) []document.Span {
	out := toks[:0]
	for i := 0; i < len(toks); {
		last := i
		start := byteSpans[i][0]
		if k, ok := thaiPairIndex(text[start:]); ok && !l.thaiPairs[k] {
			out = append(out, toks[i])
			i++
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			isWord, ok := l.prefixes[text[start:byteSpans[j][1]]]
			if !ok {
				break
			}
			if isWord {
				last = j
			}
		}
		out = append(out, document.Span{toks[i][0], toks[last][1]})
		i = last + 1
	}
	return out
}

// thaiBlock is the size of the Thai block, U+0E00 to U+0E7F.
const thaiBlock = 0x80

// thaiPairIndex numbers the first two code points of s when both are Thai.
func thaiPairIndex(s string) (int, bool) {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	if r1 < 0x0E00 || r1 >= 0x0E00+thaiBlock || r2 < 0x0E00 || r2 >= 0x0E00+thaiBlock {
		return 0, false
	}
	return int(r1-0x0E00)*thaiBlock + int(r2-0x0E00), true
}
