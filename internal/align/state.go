package align

import (
	"cmp"
	_ "embed"
	"math"
	"slices"
	"strings"
)

// StrengthType is the reserved event type of a state claim: not a
// happening but what a source says an actor had, such as the number of its
// soldiers ("the KPNLF had about 12,000 to 15,000 soldiers"). Its source
// actor is the holder and its one quantity the figure. Strength claims are
// never scored against events: all claims of one holder and unit form one
// cluster, and a quantity discrepancy is flagged between two documents
// only when none of the figures one gives agrees with any the other gives
// (a force grows and shrinks, so one matching figure shows that the
// sources tell the same story at different times).
const StrengthType = "strength"

// strengthConfidence is the confidence of a strength discrepancy at the
// clearest gap: lower than an event's, since the two figures may date from
// different years that neither source names.
const strengthConfidence = 0.6

// isStrength: a state claim (StrengthType) with a holder.
func (al *aligner) isStrength(it *item) bool {
	return al.strengthType >= 0 && it.typ == al.strengthType
}

// strengthHolder is the holder of a state claim: its source, else its
// first actor; -1 when it names none.
func strengthHolder(it *item) int32 {
	for _, a := range it.actors {
		if a.role == roleSource {
			return a.id
		}
	}
	if len(it.actors) > 0 {
		return it.actors[0].id
	}
	return -1
}

// strengthEdges links every state claim to the next claim of the same
// holder and unit, so that each holder and unit becomes one cluster.
func (al *aligner) strengthEdges() []edge {
	type claim struct {
		holder, unit, ev int32
	}
	var claims []claim
	for i := range al.items {
		it := &al.items[i]
		if !al.isStrength(it) || len(it.qty) != 1 {
			continue
		}
		if h := strengthHolder(it); h >= 0 {
			claims = append(claims, claim{h, it.qty[0].unit, int32(i)})
		}
	}
	slices.SortFunc(claims, func(a, b claim) int {
		return cmp.Or(cmp.Compare(a.holder, b.holder), cmp.Compare(a.unit, b.unit), cmp.Compare(a.ev, b.ev))
	})
	var edges []edge
	for k := 1; k < len(claims); k++ {
		x, y := claims[k-1], claims[k]
		if x.holder == y.holder && x.unit == y.unit {
			edges = append(edges, edge{a: x.ev, b: y.ev, score: linkThreshold, pa: precNone, pb: precNone})
		}
	}
	return edges
}

// strengthDiscrepancies compares the figures of one holder's cluster,
// document against document (see StrengthType).
func (al *aligner) strengthDiscrepancies(c Cluster, members []int32) []Discrepancy {
	var docs []int32
	for _, i := range members {
		if d := al.items[i].doc; !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
	}
	slices.Sort(docs)
	var out []Discrepancy
	for x := range docs {
		for y := x + 1; y < len(docs); y++ {
			xs, ys := al.claimsOf(members, docs[x]), al.claimsOf(members, docs[y])
			if anyAgree(al, xs, ys) {
				continue
			}
			gap := math.Inf(1)
			for _, i := range xs {
				for _, j := range ys {
					gap = min(gap, relativeGap(&al.items[i].qty[0], &al.items[j].qty[0]))
				}
			}
			d := Discrepancy{Kind: KindQuantity, Cluster: c.ID, Unit: al.unitNames[al.items[xs[0]].qty[0].unit],
				Confidence: round3(strengthConfidence * (0.5 + 0.5*min(1, gap/quantityCloseGap)))}
			for _, g := range [][]int32{xs, ys} {
				for _, i := range g[:min(len(g), maxClaimsPerSide)] {
					d.Claims = append(d.Claims, al.quantityClaim(i, &al.items[i].qty[0]))
				}
			}
			out = append(out, al.finish(d, xs[0], ys[0]))
		}
	}
	return capByConfidence(out)
}

// claimsOf lists the members of one document that state one figure.
func (al *aligner) claimsOf(members []int32, doc int32) []int32 {
	var out []int32
	for _, i := range members {
		if it := &al.items[i]; it.doc == doc && len(it.qty) == 1 {
			out = append(out, i)
		}
	}
	return out
}

// strengthsAgree is quantitiesAgree, except that an approximate range
// ("about 12,000 to 15,000") is not widened again: its bounds already say
// how uncertain it is.
func strengthsAgree(a, b *qtyRef) bool {
	if a.lo != a.hi || b.lo != b.hi {
		x, y := *a, *b
		x.approx, y.approx = false, false
		return quantitiesAgree(&x, &y)
	}
	return quantitiesAgree(a, b)
}

func anyAgree(al *aligner, xs, ys []int32) bool {
	for _, i := range xs {
		for _, j := range ys {
			if strengthsAgree(&al.items[i].qty[0], &al.items[j].qty[0]) {
				return true
			}
		}
	}
	return false
}

//go:embed data/strength.tsv
var strengthTSV string

// StrengthRules says which quantities are state claims (data/strength.tsv).
type StrengthRules struct {
	// Units are the quantity units that tell an actor's strength.
	Units []string
	// HolderKinds are the actor kinds that hold a strength.
	HolderKinds []string
}

// DefaultStrengthRules are the rules of the embedded data/strength.tsv.
func DefaultStrengthRules() StrengthRules {
	var r StrengthRules
	for _, f := range dataLines(strengthTSV) {
		if len(f) < 2 {
			continue
		}
		switch v := strings.TrimSpace(f[1]); strings.TrimSpace(f[0]) {
		case "unit":
			r.Units = append(r.Units, v)
		case "holder":
			r.HolderKinds = append(r.HolderKinds, v)
		}
	}
	return r
}
