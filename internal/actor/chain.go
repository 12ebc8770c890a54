package actor

// Past their first letters, names run through long chains of nodes with a
// single edge each (the "mer Rouge" of "Khmer Rouge"). A walk follows such
// a chain by comparing the text with the chain's code points, kept side by
// side in the trie's labels, instead of looking up one child at a time.

// buildChains gives every node with a single edge its chain: the code
// points from it down to the first node that holds names or does not have
// exactly one edge, where the walk resumes.
func (t *trie) buildChains() {
	single := func(n int32) bool { return t.nodes[n].edgeEnd-t.nodes[n].edgeStart == 1 }
	holds := func(n int32) bool { return t.nodes[n].termEnd > t.nodes[n].termStart }
	// inner marks the nodes inside a chain that starts above them.
	inner := make([]bool, len(t.nodes))
	for n := range t.nodes {
		if p := int32(n); single(p) {
			if c := t.edges[t.nodes[p].edgeStart].next; !holds(c) && single(c) {
				inner[c] = true
			}
		}
	}
	var path []int32
	for n := range t.nodes {
		head := int32(n)
		if !single(head) || inner[head] {
			continue
		}
		start := int32(len(t.labels))
		path = path[:0]
		m := head
		for {
			e := t.edges[t.nodes[m].edgeStart]
			t.labels = append(t.labels, e.r)
			path = append(path, m)
			if m = e.next; holds(m) || !single(m) {
				break
			}
		}
		for k, p := range path {
			node := &t.nodes[p]
			node.chainStart, node.chainLen, node.chainEnd = start+int32(k), int32(len(path)-k), m
		}
	}
}
