package align

import (
	"cmp"
	"slices"
)

// clusterState is what a merge must know about a cluster: the dated
// members that set its latest start and earliest end, and its types.
type clusterState struct {
	dated bool
	// maxLo is the member interval with the latest start, minHi the one
	// with the earliest end; when maxLo.lo > minHi.hi the members disagree.
	maxLo, minHi span
	types        []int32
}

// merger is a union-find whose unions are refused when they would put
// dates that cannot be one happening, or incompatible types, together.
type merger struct {
	al     *aligner
	parent []int32
	size   []int32
	state  []clusterState
}

func (al *aligner) merge(edges []edge) *merger {
	n := len(al.items)
	m := &merger{al: al, parent: make([]int32, n), size: make([]int32, n), state: make([]clusterState, n)}
	for i := range n {
		m.parent[i], m.size[i] = int32(i), 1
		it := &al.items[i]
		m.state[i] = clusterState{dated: isDatedForMerge(it.when) && !it.inherited, maxLo: it.when, minHi: it.when}
	}
	// Strongest links first; ties in canonical order.
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	for _, e := range edges {
		m.union(e.a, e.b, e.near, e.once)
	}
	return m
}

// isDatedForMerge: decades and centuries overlap nearly everything and
// constrain nothing useful, so merges ignore them, as they ignore
// inherited dates (the narrative date in force is no claim).
func isDatedForMerge(s span) bool { return s.dated() && s.prec != precWide }

func (m *merger) find(x int32) int32 {
	root := x
	for m.parent[root] != root {
		root = m.parent[root]
	}
	for m.parent[x] != root {
		m.parent[x], x = root, m.parent[x]
	}
	return root
}

func (m *merger) typesOf(root int32) []int32 {
	if t := m.state[root].types; t != nil {
		return t
	}
	return []int32{m.al.items[root].typ}
}

// conflictGap is how far the latest start lies after the earliest end; 0
// when the members' dates all overlap.
func (s *clusterState) conflictGap() day {
	if !s.dated {
		return 0
	}
	return max(0, s.maxLo.lo-s.minHi.hi)
}

// union merges the clusters of a and b unless that joins incompatible
// types or dates. A merge may create a disagreement on dates only through
// a near link, whose two events themselves disagree: two reports that each
// agree with a vague "June" do not thereby become one happening. A once
// link (a founding told twice, a body proposed after its founding) may
// join dates as far apart as its own rule lets it, nearYrs calendar years.
func (m *merger) union(a, b int32, near, once bool) {
	ra, rb := m.find(a), m.find(b)
	if ra == rb {
		return
	}
	sa, sb := &m.state[ra], &m.state[rb]
	ta, tb := m.typesOf(ra), m.typesOf(rb)
	for _, x := range ta {
		for _, y := range tb {
			if _, ok := m.al.types.weight(x, y); !ok {
				return
			}
		}
	}
	merged := clusterState{dated: sa.dated || sb.dated}
	switch {
	case sa.dated && sb.dated:
		merged.maxLo, merged.minHi = sa.maxLo, sa.minHi
		if sb.maxLo.lo > merged.maxLo.lo {
			merged.maxLo = sb.maxLo
		}
		if sb.minHi.hi < merged.minHi.hi {
			merged.minHi = sb.minHi
		}
		if gap := merged.conflictGap(); gap > max(sa.conflictGap(), sb.conflictGap()) &&
			(!near || !nearEnough(merged.minHi, merged.maxLo, max(merged.minHi.prec, merged.maxLo.prec))) &&
			(!once || yearsApart(merged.minHi, merged.maxLo) > nearYrs) {
			return
		}
	case sa.dated:
		merged.maxLo, merged.minHi = sa.maxLo, sa.minHi
	default:
		merged.maxLo, merged.minHi = sb.maxLo, sb.minHi
	}
	merged.types = ta
	for _, y := range tb {
		if !slices.Contains(merged.types, y) {
			merged.types = append(slices.Clip(merged.types), y)
		}
	}
	if m.size[ra] < m.size[rb] {
		ra, rb = rb, ra
	}
	m.parent[rb] = ra
	m.size[ra] += m.size[rb]
	m.state[ra] = merged
	m.state[rb] = clusterState{}
}
