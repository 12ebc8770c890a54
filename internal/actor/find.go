package actor

import (
	"unicode"
	"unicode/utf8"

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
	return l.find(text, -1, lang, tokens)
}

// FindIn is Find on a text already indexed by code point, which spares
// counting its code points again.
func (l *Lexicon) FindIn(rt *document.RuneText, lang string, tokens []document.Span) []Match {
	return l.find(rt.Text, rt.Len(), lang, tokens)
}

// find is Find; n is the number of code points of text, or -1 to count them.
func (l *Lexicon) find(text string, n int, lang string, tokens []document.Span) []Match {
	if text == "" {
		return nil
	}
	key, err := langKey(lang)
	if err != nil || key == "und" {
		key = "en"
	}
	s := scan{text: text, trie: l.trieFor(key)}
	if tokens != nil {
		if n < 0 {
			n = utf8.RuneCountInString(text)
		}
		s.bounds = tokenBounds(tokens, n)
	}
	var out []Match
	prev, prevWord := noRune, false
	for at := (pos{}); at.b < len(text); {
		r, size := rune(text[at.b]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeAt(text, at.b)
		}
		word := spacedWord(r)
		if s.mayStart(prevWord, word, r, prev, at.r) && s.trie.mayBegin(r) && !s.trie.noNameAt(text, at.b) {
			s.cands = s.trie.walk(text, at, s.cands[:0])
			if end, last, term := s.longest(at, prev, r); term != nil {
				if term.id != "" {
					out = append(out, Match{
						Span: document.Span{at.r, end.r},
						ID:   term.id,
						Text: text[at.b:end.b],
					})
				}
				at, prev, prevWord = end, last, spacedWord(last)
				continue
			}
		}
		at.b += size
		at.r++
		prev, prevWord = r, word
		if word {
			// No name starts inside a word: skip the word's ASCII letters
			// and digits at once.
			from := at.b
			for at.b < len(text) && asciiWordByte[text[at.b]] {
				at.b++
			}
			if at.b > from {
				at.r += at.b - from
				prev = rune(text[at.b-1])
			}
		}
	}
	return out
}

// spacedWord is isSpacedWordRune with ASCII read from a table.
func spacedWord(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWordByte[r]
	}
	return isSpacedWordRune(r)
}

// asciiWordByte marks the ASCII bytes isSpacedWordRune accepts.
var asciiWordByte = func() (t [256]bool) {
	for b := range utf8.RuneSelf {
		t[b] = isSpacedWordRune(rune(b))
	}
	return t
}()

// noRune stands for "no code point" before the start of the text.
const noRune = rune(-1)

// pos is an offset into the text in bytes and in code points.
type pos struct{ b, r int }

// decodeAt decodes the code point at byte offset i; an invalid byte counts
// as one code point, as when ranging over a string. ASCII and the Thai
// block (E0 B8 80 to E0 B9 BF), nearly all of the text, skip the general
// decoder.
func decodeAt(text string, i int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xE0 && i+2 < len(text) && text[i+1]&0xFE == 0xB8 && text[i+2]&0xC0 == 0x80 {
		return thaiBlockStart + (rune(text[i+1]&1)<<6 | rune(text[i+2]&0x3F)), 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeAt returns the code point at byte offset i and its size, or noRune
// at the end.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return noRune, 0
	}
	return decodeAt(text, i)
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

// tokenBounds marks every code-point offset where a token starts or ends.
// Spans out of range are ignored.
func tokenBounds(tokens []document.Span, n int) []bool {
	b := make([]bool, n+1)
	for _, tok := range tokens {
		if tok.Valid(n) {
			b[tok[0]] = true
			b[tok[1]] = true
		}
	}
	return b
}

// candidate is a trie node holding names that end at end; last is the
// code point just before end.
type candidate struct {
	end  pos
	last rune
	node int32
}

// walk follows the trie from start and collects every node with names.
func (t *trie) walk(text string, start pos, dst []candidate) []candidate {
	at := start
	r, f := t.foldAt(text, &at)
	n := t.child(0, f)
	for n >= 0 {
		nd := &t.nodes[n]
		if nd.termEnd > nd.termStart {
			dst = append(dst, candidate{end: at, last: r, node: n})
		}
		if nd.chainLen > 0 {
			for _, want := range t.labels[nd.chainStart : nd.chainStart+nd.chainLen] {
				if at.b >= len(text) {
					return dst
				}
				if r, f = t.foldAt(text, &at); f != want {
					return dst
				}
			}
			n = nd.chainEnd
			continue
		}
		if at.b >= len(text) {
			break
		}
		r, f = t.foldAt(text, &at)
		n = t.below(n, f)
	}
	return dst
}

// foldAt decodes the code point at *at, moves *at past it and returns it
// with its folded form.
func (t *trie) foldAt(text string, at *pos) (r, folded rune) {
	at.r++
	if c := text[at.b]; c < utf8.RuneSelf {
		at.b++
		return rune(c), asciiFold[c]
	}
	r, size := decodeAt(text, at.b)
	at.b += size
	return r, foldRune(r)
}

// asciiFold is foldRune on ASCII.
var asciiFold = func() (t [utf8.RuneSelf]rune) {
	for c := range t {
		t[c] = foldRune(rune(c))
	}
	return t
}()

// scan holds the state of one Find call.
type scan struct {
	text   string
	trie   *trie
	bounds []bool // nil without tokens
	cands  []candidate
}

// mayStart is a cheap filter of positions where no name can start; r is
// the code point at code-point offset i and prev the one before, word and
// prevWord tell whether they are spaced word runes.
func (s *scan) mayStart(prevWord, word bool, r, prev rune, i int) bool {
	switch {
	case word:
		return !prevWord
	case isThai(r):
		if s.bounds != nil {
			return s.bounds[i]
		}
		return thaiStartOK(prev, r)
	}
	return true
}

// longest returns the end of the longest acceptable name among the
// candidates, the code point before that end, and the name (nil if none).
func (s *scan) longest(start pos, prev, first rune) (pos, rune, *terminal) {
	for c := len(s.cands) - 1; c >= 0; c-- {
		cand := s.cands[c]
		terms := s.trie.termsAt(cand.node)
		for i := range terms {
			if end, last, ok := s.accept(&terms[i], start, prev, first, cand); ok {
				return end, last, &terms[i]
			}
		}
	}
	return pos{}, 0, nil
}

// accept checks a name's case and boundary rules for the match from start
// to cand.end and returns its end, which a plural -s may extend.
func (s *scan) accept(term *terminal, start pos, prev, first rune, cand candidate) (pos, rune, bool) {
	end := cand.end
	if term.exact && !s.sameCase(term.runes, start.b) {
		return end, 0, false
	}
	if term.upperFirst && !unicode.IsUpper(first) {
		return end, 0, false
	}
	next, nextSize := runeAt(s.text, end.b)
	switch term.script {
	case scriptThai:
		if s.bounds != nil {
			return end, cand.last, s.bounds[start.r] && s.bounds[end.r]
		}
		if !thaiStartOK(prev, first) {
			return end, 0, false
		}
		afterNext, _ := runeAt(s.text, end.b+nextSize)
		return end, cand.last, thaiEndOK(cand.last, next, afterNext)
	case scriptUnspaced:
		if s.bounds != nil {
			return end, cand.last, s.bounds[start.r] && s.bounds[end.r]
		}
		return end, cand.last, true
	}
	if isSpacedWordRune(first) && isSpacedWordRune(prev) {
		return end, 0, false
	}
	if next == '$' {
		return end, 0, false // a currency sign: US$, A$, NZ$ name money, not a state
	}
	if !isSpacedWordRune(cand.last) || !isSpacedWordRune(next) {
		return end, cand.last, true
	}
	if afterNext, _ := runeAt(s.text, end.b+1); term.demonym && (next == 's' || next == 'S') && !isSpacedWordRune(afterNext) {
		return pos{end.b + 1, end.r + 1}, next, true
	}
	return end, 0, false
}

// sameCase reports whether the text from byte offset b spells want exactly,
// up to the spelling of spaces, apostrophes and hyphens.
func (s *scan) sameCase(want []rune, b int) bool {
	for _, w := range want {
		if b >= len(s.text) {
			return false
		}
		r, size := decodeAt(s.text, b)
		if punctFold(r) != w {
			return false
		}
		b += size
	}
	return true
}
