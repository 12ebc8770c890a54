package wordseg

import (
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// userLexicon holds the user words (actor names, domain terms) that must
// come out as whole tokens.
type userLexicon struct {
	words *wordTrie // every word, spaces included
	// thai holds the words made only of Thai letters, which count as known
	// words when a split remainder is checked against the dictionary.
	thai *thaiTrie
	// thaiPairs marks the first two code points of the words when both are
	// Thai: a token opening with another pair of Thai letters begins no
	// word, and is passed over without walking the trie.
	thaiPairs []bool
}

// newUserLexicon returns nil when there are no usable words. Words are
// matched against the text exactly, spaces included ("ฮุน เซน").
func newUserLexicon(words []string) *userLexicon {
	lex := &userLexicon{thaiPairs: make([]bool, thaiBlock*thaiBlock)}
	var kept []string
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || !utf8.ValidString(w) {
			continue
		}
		kept = append(kept, w)
		if k, ok := thaiPairIndex(w); ok {
			lex.thaiPairs[k] = true
		}
	}
	if len(kept) == 0 {
		return nil
	}
	lex.words = newWordTrie(kept)
	lex.thai = newThaiTrie(kept)
	return lex
}

// appendWordEnds appends the byte offsets where a user word starting at
// byte start of text ends, shortest first.
func (l *userLexicon) appendWordEnds(dst []int, text string, start int) []int {
	t := l.words
	node := int32(0)
	for i := start; i < len(text); {
		r, size := decode(text, i)
		if node = t.step(node, r); node == noNode {
			break
		}
		i += size
		if t.final[node] {
			dst = append(dst, i)
		}
	}
	return dst
}

// isKnownWord reports whether run is one word of the dictionary or the
// user lexicon, or such a word after prefixes that join the next word
// (การเจรจา), as refineThaiEnds forms them. Engines emit anything else
// only for letters their dictionary does not know.
func (l *userLexicon) isKnownWord(run []rune) bool {
	for {
		if builtinThaiTrie().contains(run) || l.thai.contains(run) {
			return true
		}
		p := thaiPrefixOf(run)
		if p == 0 {
			return false
		}
		run = run[p:]
	}
}

// applyUserWords makes every user word that starts on a token boundary one
// token, longest word first. A word ending on a token boundary joins the
// tokens it spans. A word ending inside a Thai token, as สีหนุ does in
// สีห|นุช|นะ, is cut off there when splitSpan accepts the cut, and the rest
// of the run is segmented again (สีหนุ|ชนะ). Tokens are rewritten in place;
// t.sc.bytes holds their byte spans.
func (s *segmenter) applyUserWords(t *tokenizer) []document.Span {
	l, text := s.user, t.text
	toks, bs := t.toks, t.sc.bytes
	out := toks[:0]
	for i := 0; i < len(toks); {
		start := bs[i][0]
		if k, ok := thaiPairIndex(text[start:]); ok && !l.thaiPairs[k] {
			out = append(out, toks[i])
			i++
			continue
		}
		ends := l.appendWordEnds(t.sc.wordEnds[:0], text, start)
		t.sc.wordEnds = ends
		next := i + 1
		word := toks[i]
		for m := len(ends) - 1; m >= 0; m-- {
			e := ends[m]
			j := i
			for bs[j][1] < e {
				j++ // a word never ends in whitespace, so token j holds e
			}
			if bs[j][1] == e {
				word, next = document.Span{toks[i][0], toks[j][1]}, j+1
				break
			}
			if cut, pieces, k, ok := s.splitSpan(t, i, j, e); ok {
				// The pieces end where token k ends and are fewer than
				// the tokens i..k, so they fit in place before it.
				first := k + 1 - len(pieces)
				for p, pc := range pieces {
					toks[first+p], bs[first+p] = pc.span, pc.bytes
				}
				word, next = document.Span{toks[i][0], cut}, first
				break
			}
		}
		out = append(out, word)
		i = next
	}
	return out
}

// piece is a token found by segmenting a remainder again.
type piece struct {
	span  document.Span
	bytes [2]int
}

// splitSpan decides whether a user word starting at token i and ending at
// byte e inside token j should be cut off there. The cut must fall where
// thaiCutAllowed allows it; the rest of the Thai run from e is segmented
// again by the engine up to the first boundary it shares with the old
// tokens, the end of token k. The cut is accepted when every new piece is
// a known word and the old tokens i..k either held an unknown Thai
// fragment or were more than the word plus the pieces: maximal matching's
// preferences, fewest unknown letters first, then fewest words. A tie with
// nothing unknown keeps the engine's reading (นาที, not นา|ที). It returns
// the code-point offset of the cut, the pieces (no more than the tokens
// i+1..k) and k.
func (s *segmenter) splitSpan(t *tokenizer, i, j, e int) (int, []piece, int, bool) {
	text, toks, bs := t.text, t.toks, t.sc.bytes
	before, _ := utf8.DecodeLastRuneInString(text[:e])
	after, _ := decode(text, e)
	if !thaiCutAllowed(before, after) {
		return 0, nil, 0, false
	}
	offset := utf8.RuneCountInString(text[bs[j][0]:e])
	cut := toks[j][0] + offset

	// The rest of the Thai run, as dictionaryRun collects it.
	rest := t.sc.cut[:0]
	runEnd := e
	for runEnd < len(text) {
		r, size := decode(text, runEnd)
		if classOf(r) != classThai && !isAttaching(r) {
			break
		}
		rest = append(rest, r)
		runEnd += size
	}
	t.sc.cut = rest
	ends := s.thaiWordEnds(t.sc.recut[:0], rest)
	t.sc.recut = ends

	pieces := t.sc.pieces[:0]
	k := j
	pr, pb := 0, e // start of the next piece in rest and in text
	for _, end := range ends {
		b := pb
		for _, r := range rest[pr:end] {
			b += utf8.RuneLen(r)
		}
		pieces = append(pieces, piece{span: document.Span{cut + pr, cut + int(end)}, bytes: [2]int{pb, b}})
		for k < len(toks) && bs[k][1] < b {
			k++
		}
		if k == len(toks) || bs[k][0] >= runEnd {
			break // the abbreviation rule made the run's tokens differ
		}
		if bs[k][1] == b {
			t.sc.pieces = pieces
			for _, p := range pieces {
				if !s.user.isKnownWord(rest[p.span[0]-cut : p.span[1]-cut]) {
					return 0, nil, 0, false
				}
			}
			if 1+len(pieces) < k-i+1 || s.user.anyUnknown(text, bs[i:k+1]) {
				return cut, pieces, k, true
			}
			return 0, nil, 0, false
		}
		pr, pb = int(end), b
	}
	t.sc.pieces = pieces
	return 0, nil, 0, false
}

// anyUnknown reports whether one of the tokens at byte spans bs is made
// of Thai letters but is no known word.
func (l *userLexicon) anyUnknown(text string, bs [][2]int) bool {
	var run []rune
	for _, b := range bs {
		run = run[:0]
		thai := true
		for _, r := range text[b[0]:b[1]] {
			if classOf(r) != classThai {
				thai = false
				break
			}
			run = append(run, r)
		}
		if thai && !l.isKnownWord(run) {
			return true
		}
	}
	return false
}

// thaiCutAllowed reports whether a word may end between the Thai letters
// before and after without breaking a written syllable: no combining mark
// leaves its base, no following vowel (ะ า ำ ๅ) its consonant, and no
// leading vowel (เ แ โ ใ ไ) the consonant it is written before. It is
// looser than a cluster boundary, which would forbid เซ|อยู่ (เ-อ reads
// both ways); the dictionary check on the rest decides such cases.
func thaiCutAllowed(before, after rune) bool {
	return classOf(before) == classThai && classOf(after) == classThai &&
		!isAttaching(after) && !isThaiFollowingVowel(after) && !isThaiLeadingVowel(before)
}

// thaiWordEnds returns, in buf, the word ends of a Thai run as
// dictionaryRun cuts it: the engine's ends, refined, with no boundary
// before a combining mark.
func (s *segmenter) thaiWordEnds(buf []int32, run []rune) []int32 {
	ends := refineThaiEnds(run, s.eng.appendWordEnds(buf[:0], run, true))
	out := ends[:0]
	prev := int32(0)
	for _, e := range ends {
		if e <= prev || (int(e) < len(run) && isAttaching(run[e])) {
			continue
		}
		out = append(out, e)
		prev = e
	}
	if len(run) > 0 && (len(out) == 0 || int(out[len(out)-1]) != len(run)) {
		out = append(out, int32(len(run)))
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
