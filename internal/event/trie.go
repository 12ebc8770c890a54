package event

import (
	"slices"
	"sync/atomic"
)

// phraseTrie maps phrases (case-folded, one space between words) to a
// value index. Nodes live in one slice; a node's children are kept sorted
// by rune, and the root's children below rootTableSize (ASCII, Latin,
// Thai) sit in a table, since every word starts a walk there. The matcher
// walks a read-only copy laid out flat (flatTrie), built on first use after
// the last insert.
type phraseTrie struct {
	nodes []trieNode
	table [rootTableSize]int32 // root child + 1, or 0
	flat  atomic.Pointer[flatTrie]
}

const rootTableSize = 0x0E80 // through the Thai block

type trieNode struct {
	edges []trieEdge // sorted by rune
	value int32      // index of the phrase's value, or -1
}

// trieEdge is one child of a node; the rune and the child sit side by
// side, so that a step reads one array.
type trieEdge struct {
	r   rune
	kid int32
}

func newPhraseTrie() *phraseTrie {
	return &phraseTrie{nodes: []trieNode{{value: -1}}}
}

// root is the node every walk starts from.
const root = 0

// insert adds phrase with value v and returns the value it replaced, or -1.
func (t *phraseTrie) insert(phrase string, v int32) int32 {
	t.flat.Store(nil)
	n := int32(root)
	for _, r := range phrase {
		next := t.step(n, r)
		if next < 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{value: -1})
			node := &t.nodes[n]
			i, _ := slices.BinarySearchFunc(node.edges, r, compareEdge)
			node.edges = slices.Insert(node.edges, i, trieEdge{r, next})
			if n == root && r >= 0 && r < rootTableSize {
				t.table[r] = next + 1
			}
		}
		n = next
	}
	old := t.nodes[n].value
	t.nodes[n].value = v
	return old
}

// lookup returns the value of phrase, or -1.
func (t *phraseTrie) lookup(phrase string) int32 {
	n := int32(root)
	for _, r := range phrase {
		if n = t.step(n, r); n < 0 {
			return -1
		}
	}
	return t.nodes[n].value
}

// step follows r from node n; -1 when there is no such edge.
func (t *phraseTrie) step(n int32, r rune) int32 {
	if n == root && r >= 0 && r < rootTableSize {
		return t.table[r] - 1
	}
	edges := t.nodes[n].edges
	return findEdge(edges, r)
}

func compareEdge(e trieEdge, r rune) int { return int(e.r) - int(r) }

// findEdge returns the child that edges, sorted by rune, lead to on r, or
// -1: a linear scan over a few edges, a binary search over more.
func findEdge(edges []trieEdge, r rune) int32 {
	if len(edges) <= 8 {
		for _, e := range edges {
			if e.r == r {
				return e.kid
			}
		}
		return -1
	}
	if i, ok := slices.BinarySearchFunc(edges, r, compareEdge); ok {
		return edges[i].kid
	}
	return -1
}

// value is the phrase value at node n, or -1.
func (t *phraseTrie) value(n int32) int32 { return t.nodes[n].value }

// clone copies the trie so that one copy can grow without the other.
func (t *phraseTrie) clone() *phraseTrie {
	c := &phraseTrie{nodes: make([]trieNode, len(t.nodes)), table: t.table}
	for i, n := range t.nodes {
		c.nodes[i] = trieNode{edges: slices.Clone(n.edges), value: n.value}
	}
	return c
}

// flatTrie is a phraseTrie laid out for walking: nodes numbered breadth
// first, so that a node's children sit next to each other, all edges in
// one slice, and an ASCII table for each node with many children. The
// walk touches two or three small arrays instead of a slice per node.
type flatTrie struct {
	root  [rootTableSize]int32 // root child, or -1
	nodes []flatNode
	edges []trieEdge // each node's run sorted by rune
	// ascii holds a [asciiFanout]int32 block per node whose dense field
	// points into it: the child by ASCII rune, or -1.
	ascii []int32
}

type flatNode struct {
	first, count int32 // the node's run in edges
	value        int32 // phrase value, or -1
	dense        int32 // start of the node's block in ascii, or -1
}

// asciiFanout is the number of children from which a node gets an ASCII
// table rather than a search of its edges.
const asciiFanout = 12

// walker returns the flat copy of t, building it after an insert.
// Concurrent first calls may each build one; they are equal.
func (t *phraseTrie) walker() *flatTrie {
	if f := t.flat.Load(); f != nil {
		return f
	}
	f := t.flatten()
	t.flat.Store(f)
	return f
}

func (t *phraseTrie) flatten() *flatTrie {
	f := &flatTrie{nodes: make([]flatNode, 0, len(t.nodes)), edges: make([]trieEdge, 0, len(t.nodes))}
	// Breadth-first renumbering: order[k] is the builder node that
	// becomes flat node k.
	order := []int32{root}
	newID := make([]int32, len(t.nodes))
	for k := 0; k < len(order); k++ {
		for _, e := range t.nodes[order[k]].edges {
			newID[e.kid] = int32(len(order))
			order = append(order, e.kid)
		}
	}
	for _, old := range order {
		n := &t.nodes[old]
		fn := flatNode{first: int32(len(f.edges)), count: int32(len(n.edges)), value: n.value, dense: -1}
		for _, e := range n.edges {
			f.edges = append(f.edges, trieEdge{e.r, newID[e.kid]})
		}
		if len(n.edges) >= asciiFanout {
			fn.dense = int32(len(f.ascii))
			for range 128 {
				f.ascii = append(f.ascii, -1)
			}
			for _, e := range n.edges {
				if e.r >= 0 && e.r < 128 {
					f.ascii[int(fn.dense)+int(e.r)] = newID[e.kid]
				}
			}
		}
		f.nodes = append(f.nodes, fn)
	}
	for r := range f.root {
		f.root[r] = -1
		if k := t.table[r]; k > 0 {
			f.root[r] = newID[k-1]
		}
	}
	return f
}

// step follows r from node n; -1 when there is no such edge, and from -1,
// so that a failed walk stays failed.
func (f *flatTrie) step(n int32, r rune) int32 {
	if n <= root {
		if n < 0 {
			return -1
		}
		if r >= 0 && r < rootTableSize {
			return f.root[r]
		}
	}
	node := &f.nodes[n]
	if node.dense >= 0 && r >= 0 && r < 128 {
		return f.ascii[node.dense+r]
	}
	edges := f.edges[node.first : node.first+node.count]
	return findEdge(edges, r)
}
