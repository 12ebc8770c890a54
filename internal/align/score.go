package align

import "math"

// Scoring constants. docs/timeline.md gives the reasons; the tests pin the
// cases the values were chosen for.
const (
	// linkThreshold is the score two dated events need to be linked.
	linkThreshold = 2.0
	// undatedThreshold is the score needed when one of them has no date (or
	// only a decade or century): the same type and one actor in the same
	// role. Such links must also single out one partner (pruneAmbiguous).
	undatedThreshold = 1.75
	// nearEvidenceMin is what the rest of the score (type, actors,
	// quantities) must reach before dates that do not overlap may link: the
	// same type and one shared actor in the same role. The near-miss time
	// score then decides how far apart the dates may be.
	nearEvidenceMin = 1.75

	// Time: overlapping intervals score by the coarser precision.
	timeOverlapDay   = 1.0
	timeOverlapMonth = 0.8
	timeOverlapYear  = 0.5
	timeOverlapYears = 0.3
	// Near misses between days: 0.45 one day apart, 0.25 a week apart (so
	// one shared actor still links), down to -0.25 at nearDays (where only
	// more evidence links).
	nearDays        = 45
	nearWeek        = 7
	timeNearDay1    = 0.45
	timeNearDayWeek = 0.25
	timeNearDayLast = -0.25
	// Near misses between months and between years, by how many apart.
	timeNearMonth1      = 0.2
	timeNearMonth2      = 0.05
	timeNearYear1       = 0.1
	timeNearYear2       = -0.75 // two shared actors and an agreeing number
	nearMonths, nearYrs = 2, 2
	// sameDocNearDays: within one document a different date is a
	// different event (a narrative moving on) unless the days are this
	// close.
	sameDocNearDays = 3

	// Actors: each shared id adds by role, up to actorCap.
	actorSameRole    = 0.75 // both source or both target
	actorSwappedRole = 0.5  // source in one, target in the other
	actorOtherRole   = 0.5  // "other" on either side
	actorCap         = 1.5
	actorDisjointOth = -0.3 // both name actors, none shared, none a source or target of both
	// A part and its whole (Options.PartOf: a member and its coalition, a
	// capital and its state) are partly one party: less than the same id.
	actorRelatedSame  = 0.5  // both source or both target (any core role when symmetric)
	actorRelatedOther = 0.25 // either is "other", or the roles are swapped
	// actorContradicts is taken once for sources and once for targets
	// when both events name one and they share none: "Vietnam attacked
	// Cambodia" and "China attacked Vietnam" share Vietnam but disagree.
	actorContradicts = 0.5

	// Quantities of the same unit.
	quantityAgree    = 0.5
	quantityConflict = -0.25
	// Close totals (at most quantityCloseGap apart, relative to the
	// larger) are how sources usually disagree about one count: 480 and
	// 522 million. They add a little to a link, and to the evidence behind
	// a quantity discrepancy as much as a shared actor would.
	quantityClose         = 0.25
	quantityCloseGap      = 0.2
	quantityCloseEvidence = actorSameRole
	quantityTol           = 0.005 // relative; 57,000 million and 58 billion differ
	quantityTolAprx       = 0.10  // when either is approximate

	// Discrepancies are emitted only on strong evidence from the other
	// parts of the score (see docs/timeline.md).
	dateEvidenceMin     = nearEvidenceMin // type + actors + quantities
	quantityEvidenceMin = 2.4             // type + time + actors
	dateEvidenceFull    = 2.5             // evidence at which confidence stops growing
	quantityEvidenceFul = 3.5
	maxPerClusterKind   = 3
	maxClaimsPerSide    = 4
)

// parts is the score of one pair, by source of evidence.
type parts struct {
	typ, time, actors, qty float64
	// near is set when the dates do not overlap but are close enough to be
	// one event reported with a wrong date.
	near bool
	// undated is set when either event has no usable date.
	undated bool
	// looseA and looseB: that side's inherited date disagrees with the
	// other's and was left out, so the pair was scored as undated.
	looseA, looseB bool
	// loosePrincipal: the dates were set aside on a shared principal
	// that is not distinctive; the link must single out its partner.
	loosePrincipal bool
	// once: both report what happens to their shared actor only once
	// (OnceRole): they link whatever their other actors, and when their
	// dates disagree the time part is left out.
	once bool
}

func (p parts) total() float64 { return p.typ + p.time + p.actors + p.qty }

// links reports whether the pair is strong enough to be linked.
func (p parts) links() bool {
	if p.near && p.typ+p.actors+p.qty < nearEvidenceMin {
		return false
	}
	if p.once {
		return true // the identity evidence above is all it needs
	}
	if p.undated {
		return p.total() >= undatedThreshold
	}
	return p.total() >= linkThreshold
}

// pair scores two compiled events; ok is false when they cannot be one
// happening whatever the rest says (incompatible type or date).
func (al *aligner) pair(a, b *item) (p parts, ok bool) {
	proposal := al.proposalLink(a, b)
	if p.typ, ok = al.types.weight(a.typ, b.typ); !ok && !proposal {
		return p, false
	}
	if proposal {
		p.typ = 1 // the proposal is about the founding
	}
	p.time, p.near, ok = timeScore(a.when, b.when)
	if (a.inherited || b.inherited) && (!ok || p.near) && a.doc != b.doc && yearsApart(a.when, b.when) <= nearYrs {
		// A narrative date in force that disagrees is no evidence
		// against the link: score the pair as undated, on a distinctive
		// actor, or, when the dates are not even a near miss, on a
		// principal they share in one role provided the partner is the
		// only such report of its document (pruneLoose).
		distinctive := al.shareDistinctive(a, b)
		if distinctive || !ok && a.typ == b.typ && al.sharePrincipal(a, b) {
			p.time, p.near, ok = 0, false, true
			p.looseA, p.looseB = a.inherited, b.inherited
			p.loosePrincipal = !distinctive
		}
	}
	once := !p.looseA && !p.looseB && (al.sameOnce(a, b) || al.sameFinal(a, b) || proposal)
	if once && (!ok || p.near) {
		// One founding told with two dates: the same happening, in one
		// document or two, and the dates are in dispute.
		p.time, p.near, ok = 0, true, true
	}
	p.once = once
	if !ok {
		return p, false
	}
	if p.near && a.doc == b.doc && !p.once && !closeDays(a.when, b.when) {
		return p, false
	}
	p.undated = p.looseA || p.looseB || !a.when.dated() || !b.when.dated() || a.when.prec == precWide || b.when.prec == precWide
	sym := al.types.symmetric(a.typ) && al.types.symmetric(b.typ)
	if p.near && max(a.when.prec, b.when.prec) >= precYear && dayGap(a.when, b.when) > newYearGap {
		// Dates months apart in different years: only the principals
		// tell one happening; places and parties merely named recur
		// year after year.
		p.actors = al.principalScore(a, b, sym)
	} else {
		p.actors = al.actorScore(a, b, sym)
	}
	if p.once {
		// What was founded tells the happening; a different founder named
		// is a disagreement about it, not a second founding.
		p.actors = max(p.actors, actorSameRole)
	}
	p.qty = quantityScore(a.qty, b.qty)
	if p.near && !p.links() && (a.inherited || b.inherited) && a.doc != b.doc && a.typ == b.typ && al.sharePrincipal(a, b) {
		// A narrative date in force a year off is no better evidence than
		// one further away: when the near miss falls short, set it aside
		// on the shared principal as above.
		p.time, p.near, p.undated, p.loosePrincipal = 0, false, true, true
		p.looseA, p.looseB = a.inherited, b.inherited
		p.actors = al.actorScore(a, b, sym)
	}
	return p, true
}

// distinctiveShare: an actor named by at most this share of the events
// tells one happening from another; "Vietnam" in a history of Vietnam does
// not. Only such actors let an inherited date be set aside.
const distinctiveShare = 0.05

// shareDistinctive reports whether two events share an actor that few
// events name, as source or target of at least one of them.
func (al *aligner) shareDistinctive(a, b *item) bool {
	limit := al.distinctiveLimit()
	return anyShared(a.actors, b.actors, func(x, y actorRef) bool {
		return (x.role != roleOther || y.role != roleOther) && al.actorEvents[x.id] <= limit
	})
}

// anyShared reports whether keep holds for some actor id both sorted lists
// name, given its entry in each.
func anyShared(xs, ys []actorRef, keep func(x, y actorRef) bool) bool {
	for len(xs) > 0 && len(ys) > 0 {
		switch {
		case xs[0].id < ys[0].id:
			xs = xs[1:]
		case xs[0].id > ys[0].id:
			ys = ys[1:]
		default:
			if keep(xs[0], ys[0]) {
				return true
			}
			xs, ys = xs[1:], ys[1:]
		}
	}
	return false
}

// distinctiveLimit is the most events a distinctive actor is named by;
// two events naming an actor that no other names always single it out.
func (al *aligner) distinctiveLimit() int32 {
	return max(2, int32(distinctiveShare*float64(len(al.items))))
}

// sharePrincipal reports whether two events name one actor as source or
// one as target, and do not contradict each other: when both name a
// source they share one (itself or its whole or part), and likewise for
// targets. With symmetric types source and target are one role.
func (al *aligner) sharePrincipal(a, b *item) bool {
	sym := al.types.symmetric(a.typ) && al.types.symmetric(b.typ)
	shared := false
	var sameSource, sameTarget bool
	for _, x := range a.actors {
		if x.role == roleOther {
			continue
		}
		for _, y := range b.actors {
			if y.role == roleOther || !(x.role == y.role || sym) || !(x.id == y.id || al.related(x.id, y.id)) {
				continue
			}
			shared = shared || x.id == y.id
			sameSource = sameSource || x.role == roleSource || sym
			sameTarget = sameTarget || x.role == roleTarget || sym
		}
	}
	if !shared {
		return false
	}
	return (!a.hasSource || !b.hasSource || sameSource) && (!a.hasTarget || !b.hasTarget || sameTarget)
}

// yearsApart is how many calendar years lie between two dated intervals
// (0 when they share a year). A narrative date in force may be off by
// months, even a year or two, not by a decade.
func yearsApart(a, b span) int {
	return max(0, a.loYear-b.hiYear, b.loYear-a.hiYear)
}

// dayGap is the number of days between two intervals that do not overlap.
func dayGap(a, b span) int { return int(max(a.lo-b.hi, b.lo-a.hi)) }

// closeDays: two day-precise dates at most sameDocNearDays apart.
func closeDays(a, b span) bool {
	return a.prec == precDay && b.prec == precDay && max(a.lo-b.hi, b.lo-a.hi) <= sameDocNearDays
}

func timeScore(a, b span) (score float64, near, ok bool) {
	if !a.dated() || !b.dated() {
		return 0, false, true
	}
	coarser := max(a.prec, b.prec)
	if a.lo <= b.hi && b.lo <= a.hi {
		switch coarser {
		case precDay:
			return timeOverlapDay, false, true
		case precMonth:
			return timeOverlapMonth, false, true
		case precYear:
			return timeOverlapYear, false, true
		case precYears:
			return timeOverlapYears, false, true
		}
		return 0, false, true
	}
	first, second := a, b
	if b.lo < a.lo {
		first, second = b, a
	}
	switch coarser {
	case precDay:
		if gap := int(second.lo - first.hi); gap <= nearDays {
			return nearDayScore(gap), true, true
		}
	case precMonth:
		switch second.loMonth - first.hiMonth {
		case 0, 1:
			return timeNearMonth1, true, true
		case 2:
			return timeNearMonth2, true, true
		}
	case precYear:
		switch second.loYear - first.hiYear {
		case 0, 1:
			return timeNearYear1, true, true
		case 2:
			return timeNearYear2, true, true
		}
	}
	return 0, false, false
}

// nearDayScore falls linearly from timeNearDay1 (one day apart) to
// timeNearDayWeek (a week) and on to timeNearDayLast (nearDays).
func nearDayScore(gap int) float64 {
	if gap <= nearWeek {
		return timeNearDay1 - (timeNearDay1-timeNearDayWeek)*float64(gap-1)/float64(nearWeek-1)
	}
	return timeNearDayWeek - (timeNearDayWeek-timeNearDayLast)*float64(gap-nearWeek)/float64(nearDays-nearWeek)
}

// nearEnough is the merge-time form of the near rule: may a cluster whose
// latest start is maxLo and earliest end minHi (minHi < maxLo) still be one
// happening, given the coarser precision of the two members that set them.
func nearEnough(minHi, maxLo span, prec precision) bool {
	switch prec {
	case precDay:
		return int(maxLo.lo-minHi.hi) <= nearDays
	case precMonth:
		return maxLo.loMonth-minHi.hiMonth <= nearMonths
	case precYear:
		return maxLo.loYear-minHi.hiYear <= nearYrs
	}
	return false
}

// actorScore adds what the shared actors say. With symmetric types (two
// parties meeting or agreeing) source and target are one role.
func (al *aligner) actorScore(a, b *item, symmetric bool) float64 {
	return al.scoreActors(a, b, symmetric, true)
}

// principalScore is actorScore without the actors that are neither a
// source nor a target on either side.
func (al *aligner) principalScore(a, b *item, symmetric bool) float64 {
	return al.scoreActors(a, b, symmetric, false)
}

// maxRelated bounds the actors per event that the part-of pass looks at
// (a bit set marks the ones already matched).
const maxRelated = 64

func (al *aligner) scoreActors(a, b *item, symmetric, bystanders bool) float64 {
	if len(a.actors) == 0 || len(b.actors) == 0 {
		return 0
	}
	sum, shared := 0.0, false
	sameSource, sameTarget, sharedCore := false, false, 0
	var matchedA, matchedB uint64 // exact matches, by index
	for i, j := 0, 0; i < len(a.actors) && j < len(b.actors); {
		x, y := a.actors[i], b.actors[j]
		switch {
		case x.id < y.id:
			i++
		case x.id > y.id:
			j++
		default:
			shared = true
			matchedA |= bit(i)
			matchedB |= bit(j)
			switch {
			case x.role == roleOther || y.role == roleOther:
				if bystanders {
					sum += actorOtherRole
				}
			case x.role == y.role || symmetric:
				sum += actorSameRole
				sharedCore++
				sameSource = sameSource || x.role == roleSource
				sameTarget = sameTarget || x.role == roleTarget
			default:
				sum += actorSwappedRole
			}
			i, j = i+1, j+1
		}
	}
	coveredA, coveredB := sharedCore, sharedCore
	if al.wholes != nil && len(a.actors) <= maxRelated && len(b.actors) <= maxRelated {
		// A part and its whole (a member and its coalition, a capital
		// and its state): partly the same party. Each actor counts once.
		var relA, relB uint64
		for i, x := range a.actors {
			if matchedA&bit(i) != 0 {
				continue
			}
			for j, y := range b.actors {
				if matchedB&bit(j) != 0 || !al.related(x.id, y.id) {
					continue
				}
				shared = true
				core := x.role != roleOther && y.role != roleOther
				if relA&bit(i) == 0 && relB&bit(j) == 0 {
					switch {
					case core && (x.role == y.role || symmetric):
						sum += actorRelatedSame
						sameSource = sameSource || x.role == roleSource
						sameTarget = sameTarget || x.role == roleTarget
					case core || bystanders:
						sum += actorRelatedOther
					}
				}
				if relA&bit(i) == 0 && x.role != roleOther {
					coveredA++
				}
				if relB&bit(j) == 0 && y.role != roleOther {
					coveredB++
				}
				relA |= bit(i)
				relB |= bit(j)
			}
		}
	}
	if symmetric {
		// Parties of a meeting: a party the other report does not name
		// (nor its coalition or member) is a contradiction only when both
		// name two or more.
		if a.nCore >= 2 && b.nCore >= 2 && (coveredA < a.nCore || coveredB < b.nCore) {
			sum -= actorContradicts
		}
	} else {
		if a.hasSource && b.hasSource && !sameSource {
			sum -= actorContradicts
		}
		if a.hasTarget && b.hasTarget && !sameTarget {
			sum -= actorContradicts
		}
	}
	if !shared && sum == 0 && !(a.hasCore && b.hasCore) {
		// Only bystanders named, and different ones.
		sum = actorDisjointOth
	}
	return min(sum, actorCap)
}

func bit(i int) uint64 { return 1 << uint(i&(maxRelated-1)) }

func quantityScore(a, b []qtyRef) float64 {
	same, close := false, false
	for i := range a {
		for j := range b {
			if a[i].unit != b[j].unit {
				continue
			}
			same = true
			if quantitiesAgree(&a[i], &b[j]) {
				return quantityAgree
			}
			close = close || quantitiesClose(&a[i], &b[j])
		}
	}
	switch {
	case close:
		return quantityClose
	case same:
		return quantityConflict
	}
	return 0
}

// quantitiesClose: two disagreeing ranges of one sign at most
// quantityCloseGap apart, relative to the larger.
func quantitiesClose(a, b *qtyRef) bool {
	if a.lo < 0 != (b.lo < 0) {
		return false
	}
	g := relativeGap(a, b)
	return g > 0 && g <= quantityCloseGap
}

// quantitiesAgree reports whether two ranges overlap once each is widened
// by the tolerance.
func quantitiesAgree(a, b *qtyRef) bool {
	tol := quantityTol
	if a.approx || b.approx {
		tol = quantityTolAprx
	}
	return a.lo-tol*math.Abs(a.lo) <= b.hi+tol*math.Abs(b.hi) &&
		b.lo-tol*math.Abs(b.lo) <= a.hi+tol*math.Abs(a.hi)
}

// relativeGap is how far apart two disagreeing ranges are, relative to the
// larger magnitude.
func relativeGap(a, b *qtyRef) float64 {
	gap := math.Max(a.lo-b.hi, b.lo-a.hi)
	scale := math.Max(math.Max(math.Abs(a.lo), math.Abs(b.lo)), math.Max(finiteAbs(a.hi), finiteAbs(b.hi)))
	if gap <= 0 || scale == 0 || math.IsInf(gap, 0) || math.IsNaN(gap) {
		return 0
	}
	return gap / scale
}

func finiteAbs(v float64) float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return math.Abs(v)
}
