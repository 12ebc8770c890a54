package event

// phraseTrie maps phrases (case-folded, one space between words) to a
// value index. Nodes live in one slice; children are kept in small maps.
type phraseTrie struct {
	nodes []trieNode
}

type trieNode struct {
	next  map[rune]int32
	value int32 // index of the phrase's value, or -1
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
		next, ok := t.nodes[n].next[r]
		if !ok {
			if t.nodes[n].next == nil {
				t.nodes[n].next = map[rune]int32{}
			}
			next = int32(len(t.nodes))
			t.nodes[n].next[r] = next
			t.nodes = append(t.nodes, trieNode{value: -1})
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
	next, ok := t.nodes[n].next[r]
	if !ok {
		return -1
	}
	return next
}

// value is the phrase value at node n, or -1.
func (t *phraseTrie) value(n int32) int32 { return t.nodes[n].value }
