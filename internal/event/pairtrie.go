package event

import (
	"math"
	"sync/atomic"
	"unicode/utf8"
)

// pairTrie is the cue and trigger tries of a language merged into one, so
// that scanCues reads each word once for both: a node stands for a prefix
// of some cue or trigger phrase and holds the value of each, -1 where the
// prefix is no such phrase. A walk in it fails where both separate walks
// would have failed.
type pairTrie struct {
	walk *flatTrie // node values are the cue values
	trig []int32   // the trigger value of each node of walk
	// next is the child of every node by every rune below rootTableSize
	// that some phrase holds: node n's row starts at n*alphabet, and
	// class[r]-1 is r's column, class[r] == 0 when no phrase holds r. One
	// load a step, where the edge search reads a node, then its edges.
	// nil when the table would be too large or a node number would not
	// fit in its entries.
	next     []int16
	class    [rootTableSize]uint16
	alphabet int
	// asciiClass is the class of every ASCII byte once folded.
	asciiClass [utf8.RuneSelf]uint16
	// cues and triggers are the walkers it was merged from: when an
	// extension changes a trie, its walker changes and the merge is stale.
	cues, triggers *flatTrie
}

// pairCache keeps a language's merged trie between Extract calls.
type pairCache struct{ p atomic.Pointer[pairTrie] }

// pairs returns the merged cue and trigger trie of l, merging it after an
// insert into either. Concurrent first calls may each merge one; they are
// equal.
func (l *language) pairs() *pairTrie {
	cues, triggers := l.cues.walker(), l.triggers.walker()
	if p := l.pairCache.p.Load(); p != nil && p.cues == cues && p.triggers == triggers {
		return p
	}
	p := mergeTries(l.cues, l.triggers)
	p.cues, p.triggers = cues, triggers
	l.pairCache.p.Store(p)
	return p
}

// mergeTries builds the trie of the prefixes of a and b, walking both
// from their roots together.
func mergeTries(a, b *phraseTrie) *pairTrie {
	m := newPhraseTrie()
	// values[k] are the cue and trigger values of the merged node whose
	// value is k.
	var values [][2]int32
	type job struct{ n, na, nb int32 }
	stack := []job{{root, root, root}}
	for len(stack) > 0 {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var ea, eb []trieEdge
		va, vb := int32(-1), int32(-1)
		if j.na >= 0 {
			ea, va = a.nodes[j.na].edges, a.nodes[j.na].value
		}
		if j.nb >= 0 {
			eb, vb = b.nodes[j.nb].edges, b.nodes[j.nb].value
		}
		if va >= 0 || vb >= 0 {
			m.nodes[j.n].value = int32(len(values))
			values = append(values, [2]int32{va, vb})
		}
		// Both edge lists are sorted by rune: merging them keeps the
		// merged node's edges sorted.
		for len(ea) > 0 || len(eb) > 0 {
			next := job{na: -1, nb: -1}
			var r rune
			switch {
			case len(eb) == 0 || len(ea) > 0 && ea[0].r < eb[0].r:
				r, next.na, ea = ea[0].r, ea[0].kid, ea[1:]
			case len(ea) == 0 || eb[0].r < ea[0].r:
				r, next.nb, eb = eb[0].r, eb[0].kid, eb[1:]
			default:
				r, next.na, next.nb, ea, eb = ea[0].r, ea[0].kid, eb[0].kid, ea[1:], eb[1:]
			}
			next.n = int32(len(m.nodes))
			m.nodes = append(m.nodes, trieNode{value: -1})
			m.nodes[j.n].edges = append(m.nodes[j.n].edges, trieEdge{r, next.n})
			if j.n == root && r >= 0 && r < rootTableSize {
				m.table[r] = next.n + 1
			}
			stack = append(stack, next)
		}
	}
	f := m.flatten()
	trig := make([]int32, len(f.nodes))
	for k := range f.nodes {
		trig[k] = -1
		if v := f.nodes[k].value; v >= 0 {
			f.nodes[k].value, trig[k] = values[v][0], values[v][1]
		}
	}
	p := &pairTrie{walk: f, trig: trig}
	p.tabulate()
	return p
}

// maxNextTable bounds the entries of pairTrie.next (8 MB).
const maxNextTable = 1 << 22

// tabulate fills p.next from p.walk.
func (p *pairTrie) tabulate() {
	f := p.walk
	for _, e := range f.edges {
		if e.r >= 0 && e.r < rootTableSize && p.class[e.r] == 0 {
			p.alphabet++
			p.class[e.r] = uint16(p.alphabet)
		}
	}
	if p.alphabet == 0 || len(f.nodes)*p.alphabet > maxNextTable || len(f.nodes) > math.MaxInt16 {
		p.class = [rootTableSize]uint16{}
		p.alphabet = 0
		return
	}
	for c := range p.asciiClass {
		p.asciiClass[c] = p.class[asciiFold[c]]
	}
	p.next = make([]int16, len(f.nodes)*p.alphabet)
	for i := range p.next {
		p.next[i] = -1
	}
	for n := range f.nodes {
		row := p.next[n*p.alphabet : (n+1)*p.alphabet]
		node := f.nodes[n]
		for _, e := range f.edges[node.first : node.first+node.count] {
			if e.r >= 0 && e.r < rootTableSize {
				row[p.class[e.r]-1] = int16(e.kid)
			}
		}
	}
}

// step follows r from node n >= 0; -1 when there is no such edge.
func (p *pairTrie) step(n int32, r rune) int32 {
	if r >= 0 && r < rootTableSize && p.next != nil {
		if c := p.class[r]; c > 0 {
			return int32(p.next[int(n)*p.alphabet+int(c)-1])
		}
		return -1
	}
	return p.walk.step(n, r)
}

// stepWord follows the folded code points of s from node n >= 0; -1 once
// the walk fails.
func (p *pairTrie) stepWord(n int32, s string) int32 {
	for k := 0; k < len(s) && n >= 0; {
		n, k = p.stepAt(n, s, k)
	}
	return n
}

// stepAt follows the folded code point at byte k of s from node n >= 0
// and returns the node, -1 when the walk fails, and the byte after it.
func (p *pairTrie) stepAt(n int32, s string, k int) (int32, int) {
	c := s[k]
	if c < utf8.RuneSelf && p.next != nil {
		// An ASCII byte, nearly all of English, folds and finds its
		// column in one table.
		if col := p.asciiClass[c]; col > 0 {
			return int32(p.next[int(n)*p.alphabet+int(col)-1]), k + 1
		}
		return -1, k + 1
	}
	r, k := foldedRuneAt(s, k)
	return p.step(n, r), k
}

// longest walks p from words[i] on and returns the longest cue phrase and
// the longest trigger phrase, as longestPhrase on each trie would.
func (p *pairTrie) longest(text string, words []word, i int) (cue, trig phraseMatch) {
	cue = phraseMatch{last: -1, value: -1}
	trig = cue
	n := int32(root)
	for j := i; j < len(words) && j < i+maxPhraseWords; j++ {
		w := &words[j]
		if j > i && w.spaced {
			if n = p.step(n, ' '); n < 0 {
				return cue, trig
			}
		}
		// stepWord written out: most walks end in the first word, and
		// the call would cost them as much as their steps.
		for k := w.b0; k < w.b1; {
			if c := text[k]; c < utf8.RuneSelf && p.next != nil {
				col := p.asciiClass[c]
				if col == 0 {
					return cue, trig
				}
				n = int32(p.next[int(n)*p.alphabet+int(col)-1])
				k++
			} else {
				n, k = p.stepAt(n, text[:w.b1], k)
			}
			if n < 0 {
				return cue, trig
			}
		}
		if v := p.walk.nodes[n].value; v >= 0 {
			cue = phraseMatch{last: j, value: v}
		}
		if v := p.trig[n]; v >= 0 {
			trig = phraseMatch{last: j, value: v}
		}
	}
	return cue, trig
}
