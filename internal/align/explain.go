package align

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Explain tells why two events of one input were or were not put in one
// cluster: each event as alignment reads it, the parts of their score,
// whether blocking brought them together, whether the ambiguity rules kept
// the link, and each event's strongest kept links. It runs the whole
// alignment, so it is a debugging aid for small inputs (`chronicle eval
// timeline --explain`), not part of the pipeline.
func Explain(events []Event, opts Options, idA, idB string) (string, error) {
	al := newAligner(events, opts)
	a, b := al.indexOf(idA), al.indexOf(idB)
	if a < 0 || b < 0 {
		return "", fmt.Errorf("align: explain: no event %q or %q", idA, idB)
	}
	var w strings.Builder
	for _, i := range []int32{a, b} {
		fmt.Fprintf(&w, "  %s\n", al.describeItem(i))
	}
	p, ok := al.pair(&al.items[a], &al.items[b])
	if !ok {
		fmt.Fprintf(&w, "  score: never linked (%s)\n", al.whyIncompatible(a, b))
	} else {
		fmt.Fprintf(&w, "  score: type %.2f + time %.2f + actors %.2f + quantities %.2f = %.2f (links %v%s)\n",
			p.typ, p.time, p.actors, p.qty, p.total(), p.links(), p.flags())
	}
	scored := al.scoredEdges(al.buildIndexes())
	lo, hi := min(a, b), max(a, b)
	found := func(es []edge) bool {
		return slices.ContainsFunc(es, func(e edge) bool { return e.a == lo && e.b == hi })
	}
	inScored := found(scored)
	kept := al.pruneAmbiguous(slices.Clone(scored))
	switch {
	case ok && p.links() && !inScored:
		w.WriteString("  blocking: never compared (no shared block, or the block was over its limit)\n")
	case inScored && !found(kept):
		w.WriteString("  ambiguity: the link was dropped (it does not single out one happening)\n")
	case found(kept):
		w.WriteString("  kept: the merge decides (strongest links first; refused on incompatible dates or types)\n")
	}
	m := al.merge(slices.Clone(kept))
	fmt.Fprintf(&w, "  same cluster: %v\n", m.find(a) == m.find(b))
	for _, i := range []int32{a, b} {
		fmt.Fprintf(&w, "  links of %s:%s\n", al.events[i].ID, al.strongestLinks(kept, i, 5))
	}
	return w.String(), nil
}

func (al *aligner) indexOf(id string) int32 {
	for i := range al.events {
		if al.events[i].ID == id {
			return int32(i)
		}
	}
	return -1
}

// describeItem prints an event as alignment reads it.
func (al *aligner) describeItem(i int32) string {
	e, it := &al.events[i], &al.items[i]
	var actors []string
	for _, a := range e.Actors {
		actors = append(actors, a.ID+":"+a.Role)
	}
	mark := ""
	if it.inherited {
		mark += " inherited"
	}
	if !it.statedTime {
		mark += " unstated"
	}
	var qs []string
	for _, q := range it.qty {
		qs = append(qs, fmt.Sprintf("%s %s", formatRange(q.lo, q.hi), al.unitNames[q.unit]))
	}
	return fmt.Sprintf("%s [%s] %s %s..%s %q%s actors=[%s] qty=[%s] text=%q", e.ID, e.Lang, e.Type,
		e.Interval[0], e.Interval[1], e.TimeText, mark, strings.Join(actors, " "), strings.Join(qs, " "), clip(e.Text, 120))
}

func formatRange(lo, hi float64) string {
	if lo == hi {
		return formatNumber(lo)
	}
	return formatNumber(lo) + "/" + formatNumber(hi)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func (p parts) flags() string {
	var f []string
	for _, x := range []struct {
		on   bool
		name string
	}{{p.near, "near"}, {p.undated, "undated"}, {p.looseA || p.looseB, "inherited date set aside"}, {p.loosePrincipal, "on a common principal"}} {
		if x.on {
			f = append(f, x.name)
		}
	}
	if len(f) == 0 {
		return ""
	}
	return "; " + strings.Join(f, ", ")
}

func (al *aligner) whyIncompatible(a, b int32) string {
	x, y := &al.items[a], &al.items[b]
	if _, ok := al.types.weight(x.typ, y.typ); !ok {
		return "incompatible types"
	}
	if _, near, ok := timeScore(x.when, y.when); ok && near && x.doc == y.doc {
		return "one document, different dates"
	}
	return "dates neither overlap nor are a near miss"
}

// strongestLinks lists an event's n strongest kept links.
func (al *aligner) strongestLinks(kept []edge, i int32, n int) string {
	var mine []edge
	for _, e := range kept {
		if e.a == i || e.b == i {
			mine = append(mine, e)
		}
	}
	slices.SortFunc(mine, func(x, y edge) int { return cmp.Compare(y.score, x.score) })
	if len(mine) == 0 {
		return " none"
	}
	var b strings.Builder
	for _, e := range mine[:min(n, len(mine))] {
		j := e.a
		if j == i {
			j = e.b
		}
		o := &al.events[j]
		fmt.Fprintf(&b, "\n    %.2f %s %s %s..%s", e.score, o.ID, o.Type, o.Interval[0], o.Interval[1])
	}
	return b.String()
}

// ExplainSplitPairs explains every gold pair whose events the timeline put
// in different clusters: for each Thai event holding the Thai trigger and
// each English one holding the English trigger, Explain of the two. opts
// must be the options tl was aligned with.
func ExplainSplitPairs(pairs []GoldPair, tl Timeline, opts Options) string {
	clusterOf := clusterIndex(&tl)
	var w strings.Builder
	for _, p := range pairs {
		th := containing(&tl, p.Thai.Doc, p.Thai.Span)
		en := containing(&tl, p.English.Doc, p.English.Span)
		aligned := false
		for _, i := range th {
			for _, j := range en {
				aligned = aligned || clusterOf[tl.Events[i].ID] == clusterOf[tl.Events[j].ID]
			}
		}
		if aligned || len(th) == 0 || len(en) == 0 {
			continue
		}
		fmt.Fprintf(&w, "line %d: th %s / en %s — %s\n", p.Line, p.Thai, p.English, p.Note)
		for _, i := range th {
			for _, j := range en {
				s, err := Explain(tl.Events, opts, tl.Events[i].ID, tl.Events[j].ID)
				if err != nil {
					s = "  " + err.Error() + "\n"
				}
				w.WriteString(s)
			}
		}
	}
	return w.String()
}
