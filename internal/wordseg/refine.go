package wordseg

import (
	"slices"
	"sync"
)

// Thai prefixes that form one word with the word after them, such as the
// nominalisers การ and ความ (การเลือกตั้ง "election", ความสำเร็จ "success").
// Listed in data/thai_prefixes.txt, one a line.
var (
	prefixOnce   sync.Once
	thaiPrefixes [][]rune
)

func builtinThaiPrefixes() [][]rune {
	prefixOnce.Do(func() {
		b, err := lexiconFiles.ReadFile("data/thai_prefixes.txt")
		if err != nil {
			return // cannot happen: the file is embedded
		}
		for _, w := range readWordList(string(b)) {
			thaiPrefixes = append(thaiPrefixes, []rune(w))
		}
	})
	return thaiPrefixes
}

func isThaiPrefix(seg []rune) bool {
	for _, p := range builtinThaiPrefixes() {
		if slices.Equal(seg, p) {
			return true
		}
	}
	return false
}

// thaiPrefixOf returns the length of the prefix that starts run and leaves
// at least one code point after it, or 0.
func thaiPrefixOf(run []rune) int {
	for _, p := range builtinThaiPrefixes() {
		if len(run) > len(p) && slices.Equal(run[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// isLoneConsonantWord reports whether a bare consonant is a word by itself.
func isLoneConsonantWord(r rune) bool { return r == 'ณ' || r == 'ธ' }

var (
	extraOnce sync.Once
	extraTrie *thaiTrie
)

// builtinExtraTrie holds the hand-written words of data/thai_words_extra.txt,
// which both engines honour (ICU's dictionary lacks them).
func builtinExtraTrie() *thaiTrie {
	extraOnce.Do(func() {
		b, _ := lexiconFiles.ReadFile("data/thai_words_extra.txt")
		extraTrie = newThaiTrie(readWordList(string(b)))
	})
	return extraTrie
}

// longestCompound returns the index of the last of ends[i:] such that
// run[start:ends[k]] is a word of t spanning at least two segments, or -1.
func longestCompound(t *thaiTrie, run []rune, start int32, ends []int32, i int) int {
	best := -1
	node, pos := int32(0), start
	for k := i; k < len(ends); k++ {
		for ; pos < ends[k]; pos++ {
			if node = t.step(node, run[pos]); node == noNode {
				return best
			}
		}
		if k > i && t.isFinal(node) {
			best = k
		}
	}
	return best
}

// refineThaiEnds adjusts an engine's word ends for a Thai run, in place:
// segments spelling a hand-listed word are joined; no boundary before a
// combining mark; a prefix joins the next word; a bare consonant left alone
// (a syllable's final split off an unknown name) joins the word before it.
func refineThaiEnds(run []rune, ends []int32) []int32 {
	extra := builtinExtraTrie()
	out := ends[:0]
	tokenStart, segStart := int32(0), int32(0)
	for i := 0; i < len(ends); i++ {
		if k := longestCompound(extra, run, segStart, ends, i); k >= 0 {
			i = k
		}
		e := ends[i]
		if e <= segStart {
			continue
		}
		segStart = e
		if int(e) < len(run) && (isAttaching(run[e]) || isThaiPrefix(run[tokenStart:e])) {
			continue // the token goes on into the next segment
		}
		if tok := run[tokenStart:e]; len(tok) == 1 && isThaiConsonant(tok[0]) && !isLoneConsonantWord(tok[0]) && len(out) > 0 {
			out[len(out)-1] = e
		} else {
			out = append(out, e)
		}
		tokenStart = e
	}
	return out
}
