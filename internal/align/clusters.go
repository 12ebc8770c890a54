package align

import (
	"cmp"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"strconv"
)

// Align groups events that report the same happening and flags where the
// reports disagree, with the default options. The result does not depend
// on the order of events. It shares the events' Actors and Quantities
// slices.
func Align(events []Event) Timeline { return AlignWith(events, Options{}) }

// AlignWith is Align with options.
func AlignWith(events []Event, opts Options) Timeline {
	al := newAligner(events, opts)
	edges := append(al.candidateEdges(al.buildIndexes()), al.strengthEdges()...)
	m := al.merge(edges)
	groups := al.groups(m)
	tl := Timeline{Events: al.events, Clusters: make([]Cluster, len(groups.start)-1)}
	for c := range tl.Clusters {
		tl.Clusters[c] = al.cluster(groups.members(c))
	}
	order := sortClusters(tl.Clusters, al, groups)
	for _, c := range order {
		tl.Discrepancies = append(tl.Discrepancies, al.discrepancies(tl.Clusters[c], groups.members(c))...)
	}
	tl.Clusters = permute(tl.Clusters, order)
	slices.SortFunc(tl.Discrepancies, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(a.ID, b.ID))
	})
	return tl
}

// memberLists holds every cluster's members (canonical indexes, ascending)
// in one array: cluster c is all[start[c]:start[c+1]].
type memberLists struct {
	start []int32
	all   []int32
}

func (g *memberLists) members(c int) []int32 { return g.all[g.start[c]:g.start[c+1]] }

// groups numbers clusters by their first member in canonical order.
func (al *aligner) groups(m *merger) *memberLists {
	n := len(al.items)
	dense := make([]int32, n) // root -> cluster number + 1
	of := make([]int32, n)
	count := []int32{}
	for i := range n {
		r := m.find(int32(i))
		if dense[r] == 0 {
			count = append(count, 0)
			dense[r] = int32(len(count))
		}
		c := dense[r] - 1
		of[i] = c
		count[c]++
	}
	g := &memberLists{start: make([]int32, len(count)+1), all: make([]int32, n)}
	for c, k := range count {
		g.start[c+1] = g.start[c] + k
	}
	next := slices.Clone(g.start[:len(count)])
	for i := range n {
		c := of[i]
		g.all[next[c]] = int32(i)
		next[c]++
	}
	return g
}

// cluster describes one group of members.
func (al *aligner) cluster(members []int32) Cluster {
	c := Cluster{Events: make([]string, len(members))}
	smallest := al.events[members[0]].ID
	var langs []string
	for k, i := range members {
		e := &al.events[i]
		c.Events[k] = e.ID
		smallest = min(smallest, e.ID)
		if !slices.Contains(langs, e.Lang) {
			langs = append(langs, e.Lang)
		}
	}
	slices.Sort(langs)
	c.Langs = langs
	c.ID = "c" + shortHash(smallest)
	c.Type = al.majorityType(members)
	if s, ok := al.clusterSpan(members); ok {
		c.Interval = [2]string{s.lo.String(), s.hi.String()}
	}
	return c
}

// majorityType is the most frequent type of the members, the first in
// alphabetical order on a tie.
func (al *aligner) majorityType(members []int32) string {
	first := al.events[members[0]].Type
	if len(members) == 1 {
		return first
	}
	count := func(t string) int {
		n := 0
		for _, i := range members {
			if al.events[i].Type == t {
				n++
			}
		}
		return n
	}
	best, bestN := first, count(first)
	for _, i := range members {
		t := al.events[i].Type
		if t == best {
			continue
		}
		if n := count(t); n > bestN || (n == bestN && t < best) {
			best, bestN = t, n
		}
	}
	return best
}

// clusterSpan is what the members agree on: the intersection of their
// dates, or the hull when they conflict. Inherited dates count only when
// no member states one, decades and centuries only when no member is
// dated more precisely.
func (al *aligner) clusterSpan(members []int32) (span, bool) {
	for pass := range 3 {
		var inter, hull span
		found := false
		for _, i := range members {
			it := &al.items[i]
			w := it.when
			if !w.dated() || spanPass(it) != pass {
				continue
			}
			if !found {
				inter, hull, found = w, w, true
				continue
			}
			inter.lo, inter.hi = max(inter.lo, w.lo), min(inter.hi, w.hi)
			hull.lo, hull.hi = min(hull.lo, w.lo), max(hull.hi, w.hi)
		}
		if !found {
			continue
		}
		if inter.lo <= inter.hi {
			return inter, true
		}
		return hull, true
	}
	return span{}, false
}

// sortClusters orders clusters by interval start (undated last), then id,
// and makes ids unique (a duplicated event id could repeat one); it
// returns the new order as indexes into cs.
// spanPass is the clusterSpan pass an event's date counts in: stated
// dates first, then inherited ones, then decades and centuries.
func spanPass(it *item) int {
	switch {
	case it.when.prec == precWide:
		return 2
	case it.inherited:
		return 1
	}
	return 0
}

func sortClusters(cs []Cluster, al *aligner, g *memberLists) []int {
	starts := make([]day, len(cs))
	dated := make([]bool, len(cs))
	for c := range cs {
		if s, ok := al.clusterSpan(g.members(c)); ok {
			starts[c], dated[c] = s.lo, true
		}
	}
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if dated[a] != dated[b] {
			if dated[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(starts[a], starts[b]), cmp.Compare(cs[a].ID, cs[b].ID),
			slices.Compare(cs[a].Events, cs[b].Events))
	})
	used := map[string]int{}
	for _, c := range order {
		id := cs[c].ID
		used[id]++
		if n := used[id]; n > 1 {
			cs[c].ID = id + "-" + strconv.Itoa(n)
		}
	}
	return order
}

func permute[T any](xs []T, order []int) []T {
	out := make([]T, len(xs))
	for i, j := range order {
		out[i] = xs[j]
	}
	return out
}

// shortHash is 16 hex digits of 64-bit FNV-1a over the parts, mixed: ids stay short and collisions
// among a million clusters stay improbable.
func shortHash(parts ...string) string {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h = (h ^ uint64(p[i])) * prime
		}
		h *= prime // a zero byte between parts
	}
	// FNV barely stirs the high bits for a change in the last byte, and
	// ids of one document differ only there: finish with murmur3's mix.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	var buf [16]byte
	hex.Encode(buf[:], binary.BigEndian.AppendUint64(nil, h))
	return string(buf[:])
}
