package align

import (
	"cmp"
	"math"
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
	// maxVagueBlock bounds the blocks an event dated to a year compares
	// with; in a larger one a link on a shared actor alone would be a
	// guess, and a pair with more in common also meets in a smaller
	// block of its other actor.
	maxVagueBlock = 64
	// maxVagueTies: an event dated to a year or worse whose best links
	// tie with more than this many others is ambiguous.
	maxVagueTies = 3
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
		if al.isStrength(it) {
			continue // compared by holder only (strengthEdges)
		}
		g := al.types.group[it.typ]
		ev := int32(i)
		for _, a := range it.blockIDs {
			ix.byActor = append(ix.byActor, posting{blockKey(g, a, 0), ev})
			switch {
			case it.fine():
				for m := it.when.loMonth; m <= it.when.hiMonth; m++ {
					ix.fineMonth = append(ix.fineMonth, posting{blockKey(g, a, m), ev})
				}
				for y := it.when.loYear; y <= it.when.hiYear; y++ {
					ix.fineYear = append(ix.fineYear, posting{blockKey(g, a, y), ev})
				}
			case it.coarse():
				for y := it.when.loYear; y <= it.when.hiYear; y++ {
					ix.coarseYear = append(ix.coarseYear, posting{blockKey(g, a, y), ev})
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

// busiestActor is the actor of a fine event whose block over the event's
// months is largest (the smaller id on a tie).
func (ix *indexes) busiestActor(g int32, it *item) int32 {
	best, bestN := int32(-1), -1
	for _, a := range it.blockIDs {
		n := len(ix.fineMonth.rangeOf(blockKey(g, a, it.when.loMonth), blockKey(g, a, it.when.hiMonth)))
		if n > bestN || (n == bestN && a < best) {
			best, bestN = a, n
		}
	}
	return best
}

// bestEvidence is the most the type, actor and quantity parts of a score
// can reach with any partner: the best type match, every actor shared in
// the same role, an agreeing number.
func (al *aligner) bestEvidence(it *item) float64 {
	best := 1 + min(actorCap, actorSameRole*float64(len(it.actors)))
	if len(it.qty) > 0 {
		best += quantityAgree
	}
	return best
}

// nearReach is how many months away a fine event's near misses can lie:
// none without the evidence a near link needs, the next month when that
// evidence allows a week at most, two when it allows nearDays.
func (al *aligner) nearReach(it *item) int {
	switch best := al.bestEvidence(it); {
	case best+timeNearDayLast >= linkThreshold:
		return nearMonthProbe
	case best >= nearEvidenceMin:
		return 1
	}
	return 0
}

// agreeing reports whether dates can all belong to one happening: they
// share a day, or are all days at most sameDocNearDays apart.
func agreeing(ws []span) bool {
	lo, hi := day(math.MinInt32), day(math.MaxInt32)
	first, last := day(math.MaxInt32), day(math.MinInt32)
	allDays := true
	for _, w := range ws {
		if !w.dated() {
			continue
		}
		lo, hi = max(lo, w.lo), min(hi, w.hi)
		first, last = min(first, w.lo), max(last, w.hi)
		allDays = allDays && w.prec == precDay
	}
	return lo <= hi || allDays && last-first <= sameDocNearDays
}

// edge is a scored link between two events (a < b, canonical indexes);
// near marks dates that do not overlap.
type edge struct {
	a, b  int32
	score float64
	near  bool
	// pa and pb are the precisions the ambiguity rules see: the events'
	// own, or none for an inherited date the pair left out.
	pa, pb precision
	// loose: an inherited date was set aside on a shared principal that
	// is not distinctive (parts.loosePrincipal).
	loose bool
	// once: both report the founding of one actor (parts.once).
	once bool
}

// candidateEdges scores every pair that shares a block and keeps those at
// or above the link threshold. Each pair is found from one side only: from
// both sides when the probe is symmetric (then only j > i is scored), from
// the coarser or less informed side otherwise.
func (al *aligner) candidateEdges(ix *indexes) []edge {
	return al.pruneAmbiguous(al.scoredEdges(ix))
}

// scoredEdges is candidateEdges before the ambiguity rules.
func (al *aligner) scoredEdges(ix *indexes) []edge {
	var edges []edge
	seen := make([]int32, len(al.items)) // seen[j] == i+1: pair (i, j) done
	for i := range al.items {
		it := &al.items[i]
		if al.isStrength(it) {
			continue
		}
		stamp := int32(i + 1)
		try := func(j int32, symmetric bool) {
			if int(j) == i || seen[j] == stamp || (symmetric && int(j) < i) {
				return
			}
			seen[j] = stamp
			p, ok := al.pair(it, &al.items[j])
			if !ok || !p.links() {
				return
			}
			a, b := int32(i), j
			pa, pb := it.when.prec, al.items[j].when.prec
			if p.looseA {
				pa = precNone
			}
			if p.looseB {
				pb = precNone
			}
			if b < a {
				a, b, pa, pb = b, a, pb, pa
			}
			edges = append(edges, edge{a, b, p.total(), p.near, pa, pb, p.loosePrincipal, p.once})
		}
		g := al.types.group[it.typ]
		if it.inherited {
			// Its date may be left out: meet reports of any date that
			// share an actor, in blocks small enough to single one out.
			for _, a := range it.blockIDs {
				k := blockKey(g, a, 0)
				if block := ix.byActor.rangeOf(k, k); len(block) <= maxUndatedBlock {
					for _, p := range block {
						try(p.ev, false)
					}
				}
			}
		}
		if it.final {
			// An ending meets the other reports of its source's ending
			// whatever their dates (FinalPhrases).
			for _, a := range it.actors {
				if a.role != roleSource {
					continue
				}
				k := blockKey(g, a.id, 0)
				if block := ix.byActor.rangeOf(k, k); len(block) <= maxUndatedBlock {
					for _, p := range block {
						try(p.ev, true)
					}
				}
			}
		}
		if founding, ok := al.foundingOf(it); ok && it.when.dated() {
			// A proposed body meets the reports of its founding whatever
			// their dates (Proposal); only the proposal probes.
			for _, a := range it.actors {
				if a.role != roleTarget {
					continue
				}
				k := blockKey(al.types.group[founding], a.id, 0)
				if block := ix.byActor.rangeOf(k, k); len(block) <= maxUndatedBlock {
					for _, p := range block {
						try(p.ev, false)
					}
				}
			}
		}
		if al.hasOnceActor(it) {
			// A founding meets the other reports of its actor's founding
			// whatever their dates (OnceRole); both ends probe.
			role, limit := al.types.onceRole(it.typ), al.distinctiveLimit()
			for _, a := range it.actors {
				if a.role != role || !al.onceActor(it.typ, a.id, limit) {
					continue
				}
				k := blockKey(g, a.id, 0)
				if block := ix.byActor.rangeOf(k, k); len(block) <= maxUndatedBlock {
					for _, p := range block {
						try(p.ev, true)
					}
				}
			}
		}
		switch {
		case len(it.actors) == 0 && it.fine():
			// Without actors no near miss can link: own months only.
			for m := it.when.loMonth; m <= it.when.hiMonth; m++ {
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
			// Neighbouring months only hold near misses. One shared actor
			// links days at most a week apart (the next month at most);
			// farther ones need two shared actors or an actor and a
			// number, and skipping the far months of the actor with the
			// largest block still meets every pair that shares two.
			reach, busiest := al.nearReach(it), int32(-1)
			if reach == nearMonthProbe && len(it.qty) == 0 {
				busiest = ix.busiestActor(g, it)
			}
			for _, a := range it.blockIDs {
				r := reach
				if a == busiest {
					r = 1
				}
				for _, p := range ix.fineMonth.rangeOf(blockKey(g, a, it.when.loMonth-r), blockKey(g, a, it.when.hiMonth+r)) {
					try(p.ev, true)
				}
			}
		case it.coarse():
			// A year one off links only with more than one shared actor
			// (or an actor and a number), two off only with both.
			reach := 0
			switch best := al.bestEvidence(it); {
			case best >= linkThreshold-timeNearYear2:
				reach = nearYearProbe
			case best >= linkThreshold-timeNearYear1:
				reach = 1
			}
			for _, a := range it.blockIDs {
				if block := ix.coarseYear.rangeOf(blockKey(g, a, it.when.loYear-reach), blockKey(g, a, it.when.hiYear+reach)); len(block) <= maxVagueBlock {
					for _, p := range block {
						try(p.ev, true)
					}
				}
				if block := ix.fineYear.rangeOf(blockKey(g, a, it.when.loYear-reach), blockKey(g, a, it.when.hiYear+reach)); len(block) <= maxVagueBlock {
					for _, p := range block {
						try(p.ev, false)
					}
				}
			}
		default: // undated, or dated only to a decade or more
			for _, a := range it.blockIDs {
				k := blockKey(g, a, 0)
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
	return uniqueEdges(edges)
}

// uniqueEdges drops pairs found twice (an inherited date probes the actor
// blocks as well as the time blocks), keeping the higher score.
func uniqueEdges(edges []edge) []edge {
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(y.score, x.score))
	})
	return slices.CompactFunc(edges, func(x, y edge) bool { return x.a == y.a && x.b == y.b })
}

// pruneAmbiguous drops links that do not single out one happening.
//
// A link between two equally vague events — both dated only to a year or
// worse, or not at all — must be the best-scoring such link of both its
// ends, and neither end may have more than maxVagueTies of them: "in 1979
// Vietnam attacked" agrees with many reports of 1979, and the weak
// evidence would otherwise chain them all together.
//
// A vaguer event keeps only its best-scoring links to more precise events,
// and only if those dates agree with one another (they overlap, or are
// days at most sameDocNearDays apart): "June 1979" agrees with both 3 June
// and 20 June, and joining it to either would be a guess.
func (al *aligner) pruneAmbiguous(edges []edge) []edge {
	edges = al.pruneLoose(edges)
	best := make([]float64, len(al.items))
	ties := make([]int32, len(al.items)) // peer links at the best score
	for i := range best {
		best[i] = math.Inf(-1)
	}
	vaguePeers := func(e edge) bool {
		return e.pa == e.pb && e.pa >= precYear
	}
	for _, e := range edges {
		if !vaguePeers(e) {
			continue
		}
		for _, x := range [2]int32{e.a, e.b} {
			switch {
			case e.score > best[x]:
				best[x], ties[x] = e.score, 1
			case e.score == best[x]:
				ties[x]++
			}
		}
	}
	drop := make([]bool, len(edges))
	type down struct {
		coarse, fine int32
		// once links name what was founded: they outrank any score.
		once  bool
		score float64
		at    int // index in edges
	}
	var downs []down
	for k, e := range edges {
		if vaguePeers(e) {
			drop[k] = e.score < best[e.a] || e.score < best[e.b] || ties[e.a] > maxVagueTies || ties[e.b] > maxVagueTies
			continue
		}
		switch pa, pb := e.pa, e.pb; {
		case pa > pb:
			downs = append(downs, down{e.a, e.b, e.once, e.score, k})
		case pb > pa:
			downs = append(downs, down{e.b, e.a, e.once, e.score, k})
		}
	}
	slices.SortFunc(downs, func(x, y down) int {
		return cmp.Or(cmp.Compare(x.coarse, y.coarse), boolCompare(y.once, x.once), cmp.Compare(y.score, x.score), cmp.Compare(x.fine, y.fine))
	})
	for start := 0; start < len(downs); {
		end := start
		for end < len(downs) && downs[end].coarse == downs[start].coarse {
			end++
		}
		top, topOnce := downs[start].score, downs[start].once
		var partners []span
		for k := start; k < end; k++ {
			if downs[k].once != topOnce || downs[k].score < top {
				drop[downs[k].at] = true
				continue
			}
			partners = append(partners, al.items[downs[k].fine].when)
		}
		if !agreeing(partners) {
			for k := start; k < end; k++ {
				drop[downs[k].at] = true
			}
		}
		start = end
	}
	kept := edges[:0]
	for k, e := range edges {
		if !drop[k] {
			kept = append(kept, e)
		}
	}
	return kept
}

// pruneLoose keeps a link made by setting an inherited date aside on a
// common principal (edge.loose) only when it is the event's only such link
// into the partner's document: "Vietnam withdrew from Cambodia" with a
// narrative date agrees with every withdrawal of a history of the war, but
// the one declaration against the Khmer Rouge of a two-year window is
// singled out.
func (al *aligner) pruneLoose(edges []edge) []edge {
	type end struct{ ev, doc int32 }
	count := map[end]int32{}
	ends := func(e edge) (x, y end) {
		return end{e.a, al.items[e.b].doc}, end{e.b, al.items[e.a].doc}
	}
	for _, e := range edges {
		if !e.loose {
			continue
		}
		x, y := ends(e)
		if al.items[e.a].inherited {
			count[x]++
		}
		if al.items[e.b].inherited {
			count[y]++
		}
	}
	if len(count) == 0 {
		return edges
	}
	kept := edges[:0]
	for _, e := range edges {
		x, y := ends(e)
		if e.loose && (count[x] > 1 || count[y] > 1) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}
