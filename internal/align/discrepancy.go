package align

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// Evidence is measured on at most this many member pairs per side pair,
// and at most this many distinct values per cluster are compared, so one
// huge cluster cannot cost quadratic time.
const (
	maxEvidencePairs = 8
	maxValueGroups   = 16
)

// discrepancies finds the dates and numbers the members of one cluster
// disagree on, strongest first, at most maxPerClusterKind of each kind.
func (al *aligner) discrepancies(c Cluster, members []int32) []Discrepancy {
	if len(members) < 2 {
		return nil
	}
	if al.isStrength(&al.items[members[0]]) {
		return al.strengthDiscrepancies(c, members)
	}
	out := capByConfidence(al.dateDiscrepancies(c, members))
	for _, u := range al.unitsOf(members) {
		out = append(out, al.quantityDiscrepancies(c, members, u)...)
	}
	return out
}

// valueGroup is a set of members that state the same value.
type valueGroup struct {
	lo, hi  day // dates
	qlo     float64
	qhi     float64 // quantities
	prec    precision
	approx  bool
	members []int32
	refs    []*qtyRef
}

func (al *aligner) dateDiscrepancies(c Cluster, members []int32) []Discrepancy {
	var groups []valueGroup
	for _, i := range members {
		w := al.items[i].when
		if !w.dated() || w.prec > precYear || !al.items[i].statedTime || al.items[i].inherited {
			continue // a date worked out from context is no claim of its own
		}
		k := slices.IndexFunc(groups, func(g valueGroup) bool { return g.lo == w.lo && g.hi == w.hi })
		if k < 0 {
			if len(groups) == maxValueGroups {
				continue
			}
			groups = append(groups, valueGroup{lo: w.lo, hi: w.hi, prec: w.prec})
			k = len(groups) - 1
		}
		groups[k].members = append(groups[k].members, i)
	}
	slices.SortFunc(groups, func(a, b valueGroup) int { return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.hi, b.hi)) })
	// A vague claim against several finer ones that fall in one of its
	// units ("1981" against "21 June 1982" and "22 June 1982") is one
	// disagreement, told once with every claim on the finer side.
	type conflict struct {
		sides      [2][]int32
		confidence float64
	}
	var found []conflict
	merged := map[[2]int]int{} // vague group, unit of the finer side -> found index
	for x := range groups {
		for y := x + 1; y < len(groups); y++ {
			gx, gy := &groups[x], &groups[y]
			if gx.lo <= gy.hi && gy.lo <= gx.hi {
				continue // granularity, not disagreement
			}
			if toldAcrossNewYear(gx, gy) || al.sameSources(gx.members, gy.members) {
				continue
			}
			ev := al.evidence(gx.members, gy.members, false)
			if ev < dateEvidenceMin {
				continue
			}
			confidence := round3(min(1, ev/dateEvidenceFull) * dateClarity(max(gx.prec, gy.prec)))
			key, fine := vagueAgainstFiner(x, y, gx, gy)
			if k, ok := merged[key]; ok && fine >= 0 {
				f := &found[k]
				f.sides[fine] = append(f.sides[fine], []*valueGroup{gx, gy}[fine].members...)
				f.confidence = max(f.confidence, confidence)
				continue
			}
			if fine >= 0 {
				merged[key] = len(found)
			}
			found = append(found, conflict{sides: [2][]int32{slices.Clone(gx.members), slices.Clone(gy.members)}, confidence: confidence})
		}
	}
	var out []Discrepancy
	for _, f := range found {
		d := Discrepancy{Kind: KindDate, Cluster: c.ID, Confidence: f.confidence}
		for _, side := range f.sides {
			for _, i := range side[:min(len(side), maxClaimsPerSide)] {
				d.Claims = append(d.Claims, al.dateClaim(i))
			}
		}
		out = append(out, al.finish(d, f.sides[0][0], f.sides[1][0]))
	}
	return out
}

// vagueAgainstFiner keys a conflict between groups x and y by the vaguer
// group and the unit of the vaguer precision (a year, a month) that holds
// the finer group's start; fine is the finer group's side (0 for x, 1 for
// y), or -1 when both are of one precision.
func vagueAgainstFiner(x, y int, gx, gy *valueGroup) (key [2]int, fine int) {
	vague, finer, fine := x, gy, 1
	if gy.prec > gx.prec {
		vague, finer, fine = y, gx, 0
	}
	if gx.prec == gy.prec {
		return key, -1
	}
	year, month, _ := finer.lo.civil()
	unit := year
	if max(gx.prec, gy.prec) == precMonth {
		unit = year*12 + month
	}
	return [2]int{vague, unit}, fine
}

// toldAcrossNewYear: dates at most newYearGap days apart on either side
// of a new year, one of them a year or vaguer and not both whole years,
// are one happening that ran over the new year ("late 1978" and "1979",
// "25 December 1978" and "1979"), not a disagreement. Two whole years
// ("1998" and "1999") still conflict.
func toldAcrossNewYear(a, b *valueGroup) bool {
	if b.lo < a.lo {
		a, b = b, a
	}
	if max(a.prec, b.prec) < precYear || (wholeYear(a.lo, a.hi) && wholeYear(b.lo, b.hi)) {
		return false
	}
	ay, _, _ := a.hi.civil()
	by, _, _ := b.lo.civil()
	return by == ay+1 && b.lo-a.hi <= newYearGap
}

// sameSources: two or more documents, each stating both dates. The
// sources then agree with each other; the cluster holds two happenings
// (or one date resolved alike in all of them), not a disagreement.
func (al *aligner) sameSources(xs, ys []int32) bool {
	docs := func(ms []int32) []int32 {
		var out []int32
		for _, i := range ms {
			if d := al.items[i].doc; !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
		slices.Sort(out)
		return out
	}
	dx := docs(xs)
	return len(dx) >= 2 && slices.Equal(dx, docs(ys))
}

// newYearGap is how far apart, in days, dates told across a new year may be.
const newYearGap = 31

// wholeYear: lo is 1 January and hi 31 December of the same year.
func wholeYear(lo, hi day) bool {
	y, m, d := lo.civil()
	return m == 1 && d == 1 && hi == civilToDay(y, 12, 31)
}

// dateClarity: two different days cannot both be right; two adjacent years
// may be one event told across a new year.
func dateClarity(p precision) float64 {
	switch p {
	case precDay:
		return 1
	case precMonth:
		return 0.85
	}
	return 0.7
}

func (al *aligner) dateClaim(i int32) Claim {
	e := &al.events[i]
	v := e.TimeValue
	if v == "" {
		v = e.Interval[0]
		if e.Interval[1] != e.Interval[0] {
			v += "/" + e.Interval[1]
		}
	}
	return Claim{Event: e.ID, Doc: e.Doc, Lang: e.Lang, Text: e.TimeText, Span: e.TimeSpan, Value: v, Calendar: e.Calendar}
}

// unitsOf lists the units the members state, in interned (canonical) order.
func (al *aligner) unitsOf(members []int32) []int32 {
	var units []int32
	for _, i := range members {
		for _, q := range al.items[i].qty {
			if !slices.Contains(units, q.unit) {
				units = append(units, q.unit)
			}
		}
	}
	slices.Sort(units)
	return units
}

func (al *aligner) quantityDiscrepancies(c Cluster, members []int32, unit int32) []Discrepancy {
	var groups []valueGroup
	for _, i := range members {
		var ref *qtyRef
		n := 0
		for k := range al.items[i].qty {
			if q := &al.items[i].qty[k]; q.unit == unit {
				ref, n = q, n+1
			}
		}
		if n != 1 {
			continue // none, or several numbers of one unit: which is which is unclear
		}
		lo, hi := roundSignificant(ref.lo), roundSignificant(ref.hi)
		k := slices.IndexFunc(groups, func(g valueGroup) bool { return g.qlo == lo && g.qhi == hi })
		if k < 0 {
			if len(groups) == maxValueGroups {
				continue
			}
			groups = append(groups, valueGroup{qlo: lo, qhi: hi})
			k = len(groups) - 1
		}
		groups[k].members = append(groups[k].members, i)
		groups[k].refs = append(groups[k].refs, ref)
		groups[k].approx = groups[k].approx || ref.approx
	}
	slices.SortFunc(groups, func(a, b valueGroup) int { return cmp.Or(cmp.Compare(a.qlo, b.qlo), cmp.Compare(a.qhi, b.qhi)) })
	unitName := al.unitNames[unit]
	var out []Discrepancy
	for x := range groups {
		for y := x + 1; y < len(groups); y++ {
			gx, gy := &groups[x], &groups[y]
			rx := qtyRef{lo: gx.qlo, hi: gx.qhi, approx: gx.approx}
			ry := qtyRef{lo: gy.qlo, hi: gy.qhi, approx: gy.approx}
			if quantitiesAgree(&rx, &ry) {
				continue
			}
			ev := al.evidence(gx.members, gy.members, true)
			if quantitiesClose(&rx, &ry) {
				ev += quantityCloseEvidence
			}
			if ev < quantityEvidenceMin {
				continue
			}
			clarity := 0.5 + 0.5*min(1, relativeGap(&rx, &ry)/0.2)
			d := Discrepancy{Kind: KindQuantity, Cluster: c.ID, Unit: unitName, Confidence: round3(min(1, ev/quantityEvidenceFul) * clarity)}
			for _, g := range []*valueGroup{gx, gy} {
				for k, i := range g.members[:min(len(g.members), maxClaimsPerSide)] {
					d.Claims = append(d.Claims, al.quantityClaim(i, g.refs[k]))
				}
			}
			out = append(out, al.finish(d, gx.members[0], gy.members[0]))
		}
	}
	return capByConfidence(out)
}

func (al *aligner) quantityClaim(i int32, ref *qtyRef) Claim {
	e := &al.events[i]
	q := &e.Quantities[ref.ix]
	v := formatNumber(ref.lo)
	if ref.hi != ref.lo {
		v += "/"
		if !math.IsInf(ref.hi, 1) {
			v += formatNumber(ref.hi)
		}
	}
	return Claim{Event: e.ID, Doc: e.Doc, Lang: e.Lang, Text: q.Text, Span: q.Span, Value: v}
}

// evidence is the strongest link between the two sides, leaving out the
// part of the score that is in dispute: time for dates, quantities for
// numbers.
func (al *aligner) evidence(xs, ys []int32, withTime bool) float64 {
	best := math.Inf(-1)
	for _, i := range xs[:min(len(xs), maxEvidencePairs)] {
		for _, j := range ys[:min(len(ys), maxEvidencePairs)] {
			a, b := &al.items[i], &al.items[j]
			w, ok := al.types.weight(a.typ, b.typ)
			if al.proposalLink(a, b) {
				w, ok = 1, true
			}
			if !ok {
				continue
			}
			s := w + al.actorScore(a, b, al.types.symmetric(a.typ) && al.types.symmetric(b.typ))
			if withTime {
				t, _, ok := timeScore(a.when, b.when)
				if !ok {
					continue
				}
				s += t
			} else {
				s += quantityScore(a.qty, b.qty)
			}
			best = max(best, s)
		}
	}
	return best
}

// finish sets the events and a content-derived id.
func (al *aligner) finish(d Discrepancy, x, y int32) Discrepancy {
	for _, c := range d.Claims {
		if !slices.Contains(d.Events, c.Event) {
			d.Events = append(d.Events, c.Event)
		}
	}
	d.ID = "d" + shortHash(d.Cluster, d.Kind, d.Unit, al.events[x].ID, al.events[y].ID, d.Claims[0].Value, d.Claims[len(d.Claims)-1].Value)
	return d
}

func capByConfidence(ds []Discrepancy) []Discrepancy {
	slices.SortFunc(ds, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(a.ID, b.ID))
	})
	return ds[:min(len(ds), maxPerClusterKind)]
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// roundSignificant rounds to 9 significant digits so that 57,000 million
// and 57 billion are one value despite floating-point noise.
func roundSignificant(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	s := strconv.FormatFloat(v, 'g', 9, 64)
	r, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return v
	}
	return r
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
