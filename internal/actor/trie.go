package actor

import (
	"cmp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// nameScript tells which boundary rule a name follows.
type nameScript uint8

const (
	scriptSpaced   nameScript = iota // Latin, Cyrillic, …: words end where letters end
	scriptThai                       // Thai: word tokens or the syllable rule
	scriptUnspaced                   // Han, Lao, Khmer, …: word tokens when known
)

// terminal is a name that ends at a trie node.
type terminal struct {
	id      string // empty for a non-actor phrase
	script  nameScript
	demonym bool
	// exact names (short acronyms such as UN, US) match only in their own
	// case; runes holds them for that check.
	exact bool
	runes []rune
	// upperFirst names ("Turkey", "Khmer Rouge") need a capital first letter
	// in the text, so "turkey" or "khmer rouge"-as-a-common-phrase do not match.
	upperFirst bool
}

// trieNode locates a node's edges and names in the trie's flat arrays. It
// is 32 bytes, so that a node never straddles two cache lines: walks are
// bound by memory more than by work.
type trieNode struct {
	edgeStart, edgeEnd int32 // edges, sorted by rune
	termStart, termEnd int32
	// A node with a single edge has a chain (see chain.go): chainLen code
	// points from chainStart in the trie's labels lead to node chainEnd.
	chainStart, chainLen, chainEnd int32
	// table is 1 + the index in the trie's tables of the node's direct
	// table, or 0: the first letters after a common prefix fan out widely,
	// and every walk passes there.
	table int32
}

// denseTable maps the code points from low to low+len-1 to children, from
// start in the trie's dense array.
type denseTable struct {
	start, len int32
	low        rune
}

// trieEdge leads from a node to the child for one folded code point; rune
// and child sit together so a step touches one cache line.
type trieEdge struct {
	r    rune
	next int32
}

// trie is a rune trie over folded names; walking it from one start finds
// every name that starts there, so matching costs at most the longest
// name's length per start. Nodes, edges and names sit in flat arrays so a
// walk touches little memory.
type trie struct {
	nodes  []trieNode
	edges  []trieEdge
	terms  []terminal
	tables []denseTable
	dense  []int32 // -1 where no edge
	// labels holds the code points of the chains, one after another.
	labels []rune
	// rootASCII short-cuts the first step, which every start position takes
	// and where the fan-out is widest.
	rootASCII [128]int32
	// rootThai does the same for the Thai block, where every Thai word
	// token starts a walk.
	rootThai [thaiBlockSize]int32
	// noName rules out walks by their first three bytes, alive marks the
	// three bytes after which a walk goes on without a name, and goesOn
	// the four bytes after which it may find one (see gram.go).
	noName, alive gramFilter
	goesOn        quadFilter
}

// The Thai block is U+0E00 to U+0E7F.
const (
	thaiBlockStart = 0x0E00
	thaiBlockSize  = 0x80
)

// child returns the node reached from n by r, or -1.
func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && r < 128 {
		return t.rootASCII[r]
	}
	if n == 0 && isThai(r) {
		return t.rootThai[r-thaiBlockStart]
	}
	return t.below(n, r)
}

// below is child past the root's tables.
func (t *trie) below(n int32, r rune) int32 {
	node := &t.nodes[n]
	if node.table > 0 {
		d := &t.tables[node.table-1]
		if i := uint32(r - d.low); i < uint32(d.len) {
			return t.dense[d.start+int32(i)]
		}
		return -1
	}
	edges := t.edges[node.edgeStart:node.edgeEnd]
	// Most nodes have one or two edges: a linear scan beats a binary search.
	if len(edges) <= 8 {
		for _, e := range edges {
			if e.r == r {
				return e.next
			}
		}
		return -1
	}
	i, found := slices.BinarySearchFunc(edges, r, func(e trieEdge, r rune) int { return cmp.Compare(e.r, r) })
	if found {
		return edges[i].next
	}
	return -1
}

// mayBegin reports whether some name may start with r: a cheap test that
// spares a walk at spaces and punctuation.
func (t *trie) mayBegin(r rune) bool {
	if r >= utf8.RuneSelf {
		return true
	}
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r < ' ' || t.rootASCII[r] >= 0
}

// termsAt returns the names that end at node n.
func (t *trie) termsAt(n int32) []terminal {
	node := t.nodes[n]
	return t.terms[node.termStart:node.termEnd]
}

// trieBuilder grows a trie with maps, then freezes it into flat arrays.
type trieBuilder struct {
	children []map[rune]int32
	terms    [][]terminal
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{children: []map[rune]int32{nil}, terms: [][]terminal{nil}}
}

// insert adds a name under its folded spelling.
func (b *trieBuilder) insert(name string, term terminal) {
	n := int32(0)
	for _, r := range name {
		f := foldRune(r)
		c, ok := b.children[n][f]
		if !ok {
			c = int32(len(b.children))
			b.children = append(b.children, nil)
			b.terms = append(b.terms, nil)
			if b.children[n] == nil {
				b.children[n] = map[rune]int32{}
			}
			b.children[n][f] = c
		}
		n = c
	}
	b.terms[n] = append(b.terms[n], term)
}

// freeze lays the nodes out flat, edges sorted, exact names first in each
// node so that "US" is tried before a case-insensitive "us".
func (b *trieBuilder) freeze() *trie {
	t := &trie{nodes: make([]trieNode, len(b.children))}
	for i := range t.rootASCII {
		t.rootASCII[i] = -1
	}
	for i := range t.rootThai {
		t.rootThai[i] = -1
	}
	for n, kids := range b.children {
		node := &t.nodes[n]
		node.edgeStart = int32(len(t.edges))
		rs := make([]rune, 0, len(kids))
		for r := range kids {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		for _, r := range rs {
			t.edges = append(t.edges, trieEdge{r, kids[r]})
			if n == 0 && r < 128 {
				t.rootASCII[r] = kids[r]
			}
			if n == 0 && isThai(r) {
				t.rootThai[r-thaiBlockStart] = kids[r]
			}
		}
		node.edgeEnd = int32(len(t.edges))
		t.addDense(node)
		terms := b.terms[n]
		sort.SliceStable(terms, func(i, j int) bool { return terms[i].exact && !terms[j].exact })
		node.termStart = int32(len(t.terms))
		t.terms = append(t.terms, terms...)
		node.termEnd = int32(len(t.terms))
	}
	t.buildGramFilter()
	t.buildChains()
	return t
}

// Nodes with more than denseMinEdges edges spanning at most denseMaxSpan
// code points get a direct table; the span bound keeps a node whose edges
// mix scripts from taking thousands of slots.
const (
	denseMinEdges = 8
	denseMaxSpan  = 256
)

// addDense gives node a direct table of its edges when it has many.
func (t *trie) addDense(node *trieNode) {
	lo, hi := node.edgeStart, node.edgeEnd
	if hi-lo <= denseMinEdges {
		return
	}
	low, high := t.edges[lo].r, t.edges[hi-1].r
	if high-low >= denseMaxSpan {
		return
	}
	d := denseTable{start: int32(len(t.dense)), len: int32(high - low + 1), low: low}
	t.tables = append(t.tables, d)
	node.table = int32(len(t.tables))
	for range d.len {
		t.dense = append(t.dense, -1)
	}
	for _, e := range t.edges[lo:hi] {
		t.dense[d.start+e.r-low] = e.next
	}
}

// buildTrie makes the matcher for lang from the lexicon's forms. Forms that
// fold to the same key keep one actor: the allow-listed one if any, else the
// last added, so a user's lexicon overrides the built-in one.
func (l *Lexicon) buildTrie(lang string) *trie {
	b := newTrieBuilder()
	type key struct {
		text  string
		exact bool
	}
	chosen := map[key]terminal{}
	var keys []key
	for _, f := range l.forms(lang) {
		term := makeTerminal(f)
		k := key{foldString(f.text), term.exact}
		if term.exact {
			k.text = f.text
		}
		prev, seen := chosen[k]
		switch {
		case !seen:
			keys = append(keys, k)
		case prev.id == term.id:
			// The same actor twice: a demonym keeps its plural.
			term.demonym = term.demonym || prev.demonym
		default:
			if pref, ok := l.preferredID(lang, f.text); ok && prev.id == pref {
				continue
			}
		}
		chosen[k] = term
	}
	for _, k := range keys {
		b.insert(k.text, chosen[k])
	}
	return b.freeze()
}

// preferredID returns the allow-listed actor for an ambiguous name.
func (l *Lexicon) preferredID(lang, name string) (string, bool) {
	folded := foldString(name)
	for _, lg := range []string{lang, "en"} {
		if id, ok := l.rules.preferred[lg][folded]; ok {
			return id, true
		}
	}
	return "", false
}

// makeTerminal classifies a form for matching.
func makeTerminal(f form) terminal {
	rs := []rune(f.text)
	term := terminal{id: f.id, demonym: f.demonym, script: scriptOf(rs)}
	if term.script != scriptSpaced {
		return term
	}
	letters, upper := 0, 0
	for _, r := range rs {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters > 0 && letters == upper && letters <= maxExactLetters:
		term.exact = true
		term.runes = make([]rune, len(rs))
		for i, r := range rs {
			term.runes[i] = punctFold(r)
		}
	case len(rs) > 0 && unicode.IsUpper(rs[0]):
		term.upperFirst = true
	}
	return term
}

// maxExactLetters is the longest all-capitals name matched case-sensitively:
// short acronyms spell ordinary words (US, WHO, PAP); longer ones such as
// FUNCINPEC are also written Funcinpec.
const maxExactLetters = 4

// scriptOf classifies a name by its first letter.
func scriptOf(rs []rune) nameScript {
	for _, r := range rs {
		switch {
		case isThai(r):
			return scriptThai
		case isUnspacedScript(r):
			return scriptUnspaced
		case unicode.IsLetter(r):
			return scriptSpaced
		}
	}
	return scriptSpaced
}
