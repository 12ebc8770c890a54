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
}

// newUserLexicon returns nil when there are no usable words. Words are
// matched against the text exactly, spaces included ("ฮุน เซน").
func newUserLexicon(words []string) *userLexicon {
	lex := &userLexicon{prefixes: make(map[string]bool)}
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
