package align

import (
	"cmp"
	"slices"
	"sort"
)

// Blocking limits. An event with no date (or only a decade or century)
// links only on a shared actor, and not at all when the block of events
// sharing its type group and that actor is so large that the choice would
// be a guess; the same holds for an event without actors in its month.
const (
	maxUndatedBlock = 64
	maxNoActorBlock = 256
	// nearMonthProbe and nearYearProbe are how far apart the buckets of
	// two events may be for the near rules to apply.
	nearMonthProbe = 2
	nearYearProbe  = 2
)

// posting puts an event in a block; a block is a run of equal keys.
type posting struct {
	key uint64
	ev  int32
}

// index is a sorted list of postings.
type index []posting

// blockKey packs a type group, an actor and a time bucket so that the
// buckets of one group and actor are consecutive keys. Collisions from
// wrapping only add candidates; the score still decides.
func blockKey(group, actor int32, bucket int) uint64 {
	const bucketBits = 24
	b := bucket + 8000*12 // years from 8000 BC stay non-negative
	b = max(0, min(b, 1<<bucketBits-1))
	return uint64(uint8(group))<<56 | uint64(uint32(actor))<<bucketBits | uint64(b)
}

func (ix index) sort() {
	slices.SortFunc(ix, func(a, b posting) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.ev, b.ev)) })
}

// rangeOf returns the postings with lo <= key <= hi.
func (ix index) rangeOf(lo, hi uint64) index {
	i := sort.Search(len(ix), func(k int) bool { return ix[k].key >= lo })
	j := i
	for j < len(ix) && ix[j].key <= hi {
		j++
	}
	return ix[i:j]
}

// dated events are blocked by time; fine ones (a month or less) by month,
// coarse ones (up to three years) by year.
func (it *item) fine() bool   { return it.when.prec <= precMonth }
func (it *item) coarse() bool { return it.when.prec == precYear || it.when.prec == precYears }

// indexes are the blocks Align compares within.
type indexes struct {
	fineMonth  index // fine events by group, actor, month
	fineYear   index // fine events by group, actor, year
	coarseYear index // coarse events by group, actor, year
	byActor    index // every event by group and actor
	monthAll   index // fine events by group and month, whatever their actors
}

func (al *aligner) buildIndexes() *indexes {
	ix := &indexes{}
	for i := range al.items {
		it := &al.items[i]
		g := al.types.group[it.typ]
		ev := int32(i)
		for _, a := range it.actors {
			ix.byActor = append(ix.byActor, posting{blockKey(g, a.id, 0), ev})
			switch {
			case it.fine():
				for m := it.when.loMonth; m <= it.when.hiMonth; m++ {
					ix.fineMonth = append(ix.fineMonth, posting{blockKey(g, a.id, m), ev})
				}
				for y := it.when.loYear; y <= it.when.hiYear; y++ {
					ix.fineYear = append(ix.fineYear, posting{blockKey(g, a.id, y), ev})
				}
			case it.coarse():
				for y := it.when.loYear; y <= it.when.hiYear; y++ {
					ix.coarseYear = append(ix.coarseYear, posting{blockKey(g, a.id, y), ev})
				}
			}
		}
		if it.fine() {
			for m := it.when.loMonth; m <= it.when.hiMonth; m++ {
				ix.monthAll = append(ix.monthAll, posting{blockKey(g, 0, m), ev})
			}
		}
	}
	for _, x := range []index{ix.fineMonth, ix.fineYear, ix.coarseYear, ix.byActor, ix.monthAll} {
		x.sort()
	}
	return ix
}

// edge is a scored link between two events (a < b, canonical indexes).
type edge struct {
	a, b  int32
	score float64
}

// candidateEdges scores every pair that shares a block and keeps those at
// or above the link threshold. Each pair is found from one side only: from
// both sides when the probe is symmetric (then only j > i is scored), from
// the coarser or less informed side otherwise.
func (al *aligner) candidateEdges(ix *indexes) []edge {
	var edges []edge
	seen := make([]int32, len(al.items)) // seen[j] == i+1: pair (i, j) done
	for i := range al.items {
		it := &al.items[i]
		stamp := int32(i + 1)
		try := func(j int32, symmetric bool) {
			if int(j) == i || seen[j] == stamp || (symmetric && int(j) < i) {
				return
			}
			seen[j] = stamp
			p, ok := al.pair(it, &al.items[j])
			if !ok || p.total() < linkThreshold {
				return
			}
			a, b := int32(i), j
			if b < a {
				a, b = b, a
			}
			edges = append(edges, edge{a, b, p.total()})
		}
		g := al.types.group[it.typ]
		switch {
		case len(it.actors) == 0 && it.fine():
			for m := it.when.loMonth - nearMonthProbe; m <= it.when.hiMonth+nearMonthProbe; m++ {
				block := ix.monthAll.rangeOf(blockKey(g, 0, m), blockKey(g, 0, m))
				if len(block) > maxNoActorBlock {
					continue
				}
				for _, p := range block {
					try(p.ev, len(al.items[p.ev].actors) == 0)
				}
			}
		case len(it.actors) == 0:
			// No actor and no month: nothing to tell it from its neighbours.
		case it.fine():
			for _, a := range it.actors {
				for _, p := range ix.fineMonth.rangeOf(blockKey(g, a.id, it.when.loMonth-nearMonthProbe), blockKey(g, a.id, it.when.hiMonth+nearMonthProbe)) {
					try(p.ev, true)
				}
			}
		case it.coarse():
			for _, a := range it.actors {
				lo, hi := blockKey(g, a.id, it.when.loYear-nearYearProbe), blockKey(g, a.id, it.when.hiYear+nearYearProbe)
				for _, p := range ix.coarseYear.rangeOf(lo, hi) {
					try(p.ev, true)
				}
				for _, p := range ix.fineYear.rangeOf(lo, hi) {
					try(p.ev, false)
				}
			}
		default: // undated, or dated only to a decade or more
			for _, a := range it.actors {
				k := blockKey(g, a.id, 0)
				block := ix.byActor.rangeOf(k, k)
				if len(block) > maxUndatedBlock {
					continue
				}
				for _, p := range block {
					other := &al.items[p.ev]
					try(p.ev, !other.fine() && !other.coarse())
				}
			}
		}
	}
	return edges
}
