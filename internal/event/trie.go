package event

import "slices"

// phraseTrie maps phrases (case-folded, one space between words) to a
// value index. Nodes live in one slice; a node's children are kept sorted
// by rune, and the root's children below rootTableSize (ASCII, Latin,
// Thai) sit in a table, since every word starts a walk there.
type phraseTrie struct {
	nodes []trieNode
	table [rootTableSize]int32 // root child + 1, or 0
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

func compareEdge(e trieEdge, r rune) int { return int(e.r) - int(r) }

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
