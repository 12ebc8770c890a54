package actor

import (
	"unicode"

	"chronicle/internal/document"
)

// Match is one occurrence of an actor's name. Span is in code points; Text
// is the matched text as written.
type Match struct {
	Span document.Span `json:"span"`
	ID   string        `json:"id"`
	Text string        `json:"text"`
}

// Find returns the non-overlapping, leftmost-longest matches of the
// lexicon's names in text, in order. lang ("th", "en", …) selects the names
// looked for; English names are looked for in every language.
//
// Thai names must start and end on token boundaries when tokens (word-token
// code-point spans of text, as from the word segmenter) are given, so ไทย
// inside ไทยรัฐ is not Thailand; without tokens a conservative syllable rule
// applies. Names in spaced scripts respect word boundaries; short
// all-capital acronyms match only in capitals; English demonyms also match
// with a plural -s ("Cambodians"), and a possessive ("Vietnam's") ends the
// name like any other non-letter.
func (l *Lexicon) Find(text string, lang string, tokens []document.Span) []Match {
	if text == "" {
		return nil
	}
	key, err := langKey(lang)
	if err != nil || key == "und" {
		key = "en"
	}
	t := l.trieFor(key)
	runes, byteAt := decodeRunes(text)
	s := scan{runes: runes, bounds: tokenBounds(tokens, len(runes))}
	var out []Match
	var cands []candidate
	n := len(runes)
	for i := 0; i < n; {
		if !s.mayStart(i) {
			i++
			continue
		}
		cands = t.walk(runes, i, cands[:0])
		end, term, ok := s.longest(t, i, cands)
		if !ok {
			i++
			continue
		}
		if term.id != "" {
			out = append(out, Match{
				Span: document.Span{i, end},
				ID:   term.id,
				Text: text[byteAt[i]:byteAt[end]],
			})
		}
		i = end
	}
	return out
}

// trieFor returns the matcher for a language, building it on first use.
func (l *Lexicon) trieFor(lang string) *trie {
	c := l.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.tries[lang]
	if !ok {
		t = l.buildTrie(lang)
		c.tries[lang] = t
	}
	return t
}

// decodeRunes returns the code points of text and the byte offset of each,
// plus one for the end. Invalid bytes count as one code point each, as in
// document.RuneText.
func decodeRunes(text string) ([]rune, []int32) {
	runes := make([]rune, 0, len(text))
	byteAt := make([]int32, 0, len(text)+1)
	for i, r := range text {
		runes = append(runes, r)
		byteAt = append(byteAt, int32(i))
	}
	return runes, append(byteAt, int32(len(text)))
}

// tokenBounds marks every code-point offset where a token starts or ends;
// nil when there are no tokens. Spans out of range are ignored.
func tokenBounds(tokens []document.Span, n int) []bool {
	if tokens == nil {
		return nil
	}
	b := make([]bool, n+1)
	for _, tok := range tokens {
		if tok.Valid(n) {
			b[tok[0]] = true
			b[tok[1]] = true
		}
	}
	return b
}

// candidate is a trie node holding names that end at end.
type candidate struct {
	end  int
	node int32
}

// walk follows the trie from start and collects every node with names.
func (t *trie) walk(runes []rune, start int, dst []candidate) []candidate {
	n := int32(0)
	for j := start; j < len(runes); j++ {
		n = t.child(n, foldRune(runes[j]))
		if n < 0 {
			break
		}
		if len(t.nodes[n].terms) > 0 {
			dst = append(dst, candidate{end: j + 1, node: n})
		}
	}
	return dst
}

// scan holds the text of one Find call.
type scan struct {
	runes  []rune
	bounds []bool
}

// mayStart is a cheap filter of positions where no name can start.
func (s *scan) mayStart(i int) bool {
	r := s.runes[i]
	switch {
	case isSpacedWordRune(r):
		return i == 0 || !isSpacedWordRune(s.runes[i-1])
	case isThai(r):
		if s.bounds != nil {
			return s.bounds[i]
		}
		return thaiStartOK(s.runes, i)
	}
	return true
}

// longest returns the longest acceptable name among the candidates.
func (s *scan) longest(t *trie, start int, cands []candidate) (int, terminal, bool) {
	for c := len(cands) - 1; c >= 0; c-- {
		for _, term := range t.nodes[cands[c].node].terms {
			if end, ok := s.accept(term, start, cands[c].end); ok {
				return end, term, true
			}
		}
	}
	return 0, terminal{}, false
}

// accept checks a name's case and boundary rules at [start, end) and returns
// the end of the match, which a plural -s may extend.
func (s *scan) accept(term terminal, start, end int) (int, bool) {
	rs := s.runes
	if term.exact {
		for k, want := range term.runes {
			if punctFold(rs[start+k]) != want {
				return 0, false
			}
		}
	}
	if term.upperFirst && !unicode.IsUpper(rs[start]) {
		return 0, false
	}
	switch term.script {
	case scriptThai:
		if s.bounds != nil {
			return end, s.bounds[start] && s.bounds[end]
		}
		return end, thaiStartOK(rs, start) && thaiEndOK(rs, end)
	case scriptUnspaced:
		if s.bounds != nil {
			return end, s.bounds[start] && s.bounds[end]
		}
		return end, true
	}
	if start > 0 && isSpacedWordRune(rs[start]) && isSpacedWordRune(rs[start-1]) {
		return 0, false
	}
	if end == len(rs) || !isSpacedWordRune(rs[end-1]) || !isSpacedWordRune(rs[end]) {
		return end, true
	}
	if term.demonym && (rs[end] == 's' || rs[end] == 'S') &&
		(end+1 == len(rs) || !isSpacedWordRune(rs[end+1])) {
		return end + 1, true
	}
	return 0, false
}
