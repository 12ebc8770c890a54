package quantity

import "chronicle/internal/document"

// startFilter tells from the first two runes at a position whether a phrase
// with one of the wanted roles can start there, for the 128 runes of one
// block (ASCII or Thai). It rules out most positions of a text before the
// trie is searched; what it lets through is searched as before.
type startFilter struct {
	trie   *trie
	want   roleSet
	base   rune
	first  [128]bool // a wanted phrase starts with the rune: trie.mayStart
	single [128]bool // the rune alone is a wanted phrase
	skip   [128]bool // the rune is a Thai letter and first is false
	// pair has bit a*128+b set when a wanted phrase starts with the runes
	// base+a, base+b.
	pair [128 * 128 / 64]uint64
	// triple has a bit for each three lower-case ASCII letters a wanted
	// phrase may start with (letterTriple), for words: "the" and "and"
	// pass the pair test but no number word starts so.
	triple [26 * 26 * 26 / 64]uint64
}

// letterTriple returns the index in startFilter.triple of three ASCII
// letters, in any case, and false for other runes.
func letterTriple(a, b, c rune) (int, bool) {
	x, y, z := (a|0x20)-'a', (b|0x20)-'a', (c|0x20)-'a'
	if uint32(x) >= 26 || uint32(y) >= 26 || uint32(z) >= 26 {
		return 0, false
	}
	return int(x)*26*26 + int(y)*26 + int(z), true
}

func newStartFilter(t *trie, base rune, want roleSet) *startFilter {
	f := &startFilter{trie: t, want: want, base: base}
	for a := range rune(128) {
		f.skip[a] = isThaiLetter(base+a) && !t.mayStart(base+a, want)
		n1 := t.root.child(fold(base + a))
		if n1 == nil || n1.reach&want == 0 {
			continue
		}
		f.first[a] = true
		for _, e := range n1.entries {
			if want.has(e.role) {
				f.single[a] = true
			}
		}
		for b := range rune(128) {
			if n2 := n1.child(fold(base + b)); n2 != nil && n2.reach&want != 0 {
				k := a*128 + b
				f.pair[k/64] |= 1 << (k % 64)
			}
		}
	}
	for x := 'a'; x <= 'z'; x++ {
		for y := 'a'; y <= 'z'; y++ {
			for z := 'a'; z <= 'z'; z++ {
				n := t.root.child(x)
				for _, r := range []rune{y, z} {
					if n == nil || n.reach&want == 0 {
						break
					}
					n = n.child(r)
				}
				if n != nil && n.reach&want != 0 {
					k, _ := letterTriple(x, y, z)
					f.triple[k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	return f
}

// inBlock returns r's index in the block, or -1.
func (f *startFilter) inBlock(r rune) int {
	if d := r - f.base; d >= 0 && d < 128 {
		return int(d)
	}
	return -1
}

// neverStarts reports a Thai letter of the block that starts no wanted
// phrase (cheaper than mayThai, for long runs of Thai letters).
func (f *startFilter) neverStarts(r rune) bool {
	d := uint32(r - f.base)
	return d < 128 && f.skip[d]
}

func (f *startFilter) hasPair(a, b int) bool {
	k := a*128 + b
	return f.pair[k/64]&(1<<(k%64)) != 0
}

// mayThai reports whether a Thai number phrase can start at i, where
// text[i] is a Thai letter. Thai has no word boundaries to check.
func (f *startFilter) mayThai(text []rune, i int) bool {
	a := f.inBlock(text[i])
	if a < 0 {
		return true
	}
	if !f.first[a] {
		return false
	}
	if f.single[a] || i+1 >= len(text) {
		return true
	}
	b := f.inBlock(text[i+1])
	return b < 0 || f.hasPair(a, b)
}

// mayWord reports whether an English number phrase can start at the word
// at i, where text[i] is a word letter, and returns the end of the word. A
// phrase never ends inside a word (boundaryOK), so the trie walk over the
// letters must last to the end of the word and find there a wanted entry or
// a way on past a non-letter; most words die within two letters.
func (f *startFilter) mayWord(text []rune, i int) (int, bool) {
	end := letterEnd(text, i+1)
	// The tables of the first two letters rule out most words at once.
	if a := f.inBlock(text[i]); a >= 0 {
		if !f.first[a] {
			return end, false
		}
		if end > i+1 {
			if b := f.inBlock(text[i+1]); b >= 0 && !f.hasPair(a, b) {
				return end, false
			}
		}
		if end > i+2 {
			if k, ok := letterTriple(text[i], text[i+1], text[i+2]); ok && f.triple[k/64]&(1<<(k%64)) == 0 {
				return end, false
			}
		}
	}
	n := &f.trie.root
	for _, r := range text[i:end] {
		if r < 0x80 {
			r |= 0x20 // fold of an ASCII letter, inline
		} else {
			r = fold(r)
		}
		if n = n.child(r); n == nil || n.reach&f.want == 0 {
			return end, false
		}
	}
	return end, n.stop&f.want != 0
}

// letterEnd returns the end of the run of word letters from i, reading
// ASCII letters in a loop of their own.
func letterEnd(text []rune, i int) int {
	for {
		for i < len(text) && uint32((text[i]|0x20)-'a') < 26 {
			i++
		}
		if i == len(text) || !isWordLetter(text[i]) {
			return i
		}
		i++
	}
}

// decodeRunes returns the code points of s and whether s is valid UTF-8.
// len(s) bounds the rune count, which would take a pass of its own; the
// slice lives only as long as Find.
func decodeRunes(s string) ([]rune, bool) {
	return document.AppendRunes(make([]rune, 0, len(s)), s)
}
