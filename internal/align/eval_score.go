package align

import (
	"fmt"
	"strings"

	"chronicle/internal/document"
)

// PairReport scores Thai–English alignment against gold pairs.
type PairReport struct {
	Gold, Aligned int
	// Split lists gold pairs whose events were found but put in different
	// clusters; NoEvent those where no event holds a trigger.
	Split, NoEvent []string
	// CrossLinks counts the Thai–English event pairs the system put in one
	// cluster, gold or not: the gold lists only some.
	CrossLinks int
}

// Recall is the fraction of gold pairs aligned.
func (r PairReport) Recall() float64 { return ratio(r.Aligned, r.Gold) }

// DiscrepancyReport scores discrepancies against gold ones.
type DiscrepancyReport struct {
	Gold, Found, System int
	// Missed lists the gold discrepancies no system one matches; False the
	// system ones that match no gold one.
	Missed, False []string
}

// Recall is the fraction of gold discrepancies found.
func (r DiscrepancyReport) Recall() float64 { return ratio(r.Found, r.Gold) }

// Report is a whole timeline evaluation.
type Report struct {
	Pairs         PairReport
	Discrepancies DiscrepancyReport
	// Errors are gold lines that could not be resolved.
	Errors []string
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// containing lists the indexes of the events of doc whose span contains s.
func containing(tl *Timeline, doc string, s [2]int) []int {
	var out []int
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.Doc == doc && e.Span[0] <= s[0] && s[1] <= e.Span[1] {
			out = append(out, i)
		}
	}
	return out
}

// clusterIndex maps event ids to cluster ids.
func clusterIndex(tl *Timeline) map[string]string {
	m := make(map[string]string, len(tl.Events))
	for _, c := range tl.Clusters {
		for _, id := range c.Events {
			m[id] = c.ID
		}
	}
	return m
}

// EvaluatePairs counts a gold pair as aligned when some system event whose
// span contains the Thai trigger and some whose span contains the English
// one share a cluster.
func EvaluatePairs(pairs []GoldPair, tl Timeline) PairReport {
	rep := PairReport{Gold: len(pairs)}
	clusterOf := clusterIndex(&tl)
	describe := func(idx []int) string {
		var parts []string
		for _, i := range idx {
			parts = append(parts, tl.Events[i].ID+" in "+shortID(clusterOf[tl.Events[i].ID]))
		}
		if len(parts) == 0 {
			return "no event"
		}
		return strings.Join(parts, ", ")
	}
	for _, p := range pairs {
		th := containing(&tl, p.Thai.Doc, p.Thai.Span)
		en := containing(&tl, p.English.Doc, p.English.Span)
		line := fmt.Sprintf("line %d: th %s (%s) / en %s (%s)", p.Line, p.Thai, describe(th), p.English, describe(en))
		if p.Note != "" {
			line += " — " + p.Note
		}
		if len(th) == 0 || len(en) == 0 {
			rep.NoEvent = append(rep.NoEvent, line)
			continue
		}
		aligned := false
		for _, i := range th {
			for _, j := range en {
				aligned = aligned || clusterOf[tl.Events[i].ID] == clusterOf[tl.Events[j].ID]
			}
		}
		if aligned {
			rep.Aligned++
		} else {
			rep.Split = append(rep.Split, line)
		}
	}
	byID := map[string]*Event{}
	for i := range tl.Events {
		byID[tl.Events[i].ID] = &tl.Events[i]
	}
	for _, c := range tl.Clusters {
		th, en := 0, 0
		for _, id := range c.Events {
			if e := byID[id]; e != nil && e.Lang == "th" {
				th++
			} else if e != nil && e.Lang == "en" {
				en++
			}
		}
		rep.CrossLinks += th * en
	}
	return rep
}

// EvaluateDiscrepancies counts a gold discrepancy as found when a system
// discrepancy of its kind has one claim on each gold text: a claim is on
// a text when it is in the same document and its span overlaps the text,
// or its event's span contains it.
func EvaluateDiscrepancies(ds []GoldDiscrepancy, tl Timeline) DiscrepancyReport {
	rep := DiscrepancyReport{Gold: len(ds), System: len(tl.Discrepancies)}
	clusterOf := clusterIndex(&tl)
	byID := map[string]*Event{}
	for i := range tl.Events {
		if _, ok := byID[tl.Events[i].ID]; !ok {
			byID[tl.Events[i].ID] = &tl.Events[i]
		}
	}
	on := func(c Claim, m GoldMention) bool {
		if c.Doc != m.Doc {
			return false
		}
		if c.Span[0] < m.Span[1] && m.Span[0] < c.Span[1] {
			return true
		}
		e := byID[c.Event]
		return e != nil && e.Span[0] <= m.Span[0] && m.Span[1] <= e.Span[1]
	}
	matches := func(d Discrepancy, g GoldDiscrepancy) bool {
		if d.Kind != g.Kind {
			return false
		}
		for i, a := range d.Claims {
			for j, b := range d.Claims {
				if i != j && on(a, g.A) && on(b, g.B) {
					return true
				}
			}
		}
		return false
	}
	used := make([]bool, len(tl.Discrepancies))
	for _, g := range ds {
		found := false
		for k, d := range tl.Discrepancies {
			if matches(d, g) {
				found, used[k] = true, true
			}
		}
		if found {
			rep.Found++
			continue
		}
		line := fmt.Sprintf("line %d: %s %s %s = %s (%s) / %s %s = %s (%s)", g.Line, g.Kind, g.A.File, g.A, g.A.Value,
			carriers(&tl, g.Kind, g.A, clusterOf), g.B.File, g.B, g.B.Value, carriers(&tl, g.Kind, g.B, clusterOf))
		if g.Note != "" {
			line += " — " + g.Note
		}
		rep.Missed = append(rep.Missed, line)
	}
	for k, d := range tl.Discrepancies {
		if !used[k] {
			rep.False = append(rep.False, describeDiscrepancy(d))
		}
	}
	return rep
}

// carriers names the events whose time (for a date) or quantity (for a
// number) is the gold text, with their clusters, so that a missed
// discrepancy tells whether its claims were never made, made in different
// clusters, or made in one cluster on too little evidence.
func carriers(tl *Timeline, kind string, m GoldMention, clusterOf map[string]string) string {
	overlaps := func(s document.Span) bool { return s[0] < m.Span[1] && m.Span[0] < s[1] }
	var parts []string
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.Doc != m.Doc {
			continue
		}
		carries := kind == KindDate && e.TimeText != "" && overlaps(e.TimeSpan)
		for _, q := range e.Quantities {
			carries = carries || kind == KindQuantity && overlaps(q.Span)
		}
		if carries {
			mark := ""
			if e.TimeInherited && kind == KindDate {
				mark = " inherited"
			}
			parts = append(parts, e.ID+mark+" in "+shortID(clusterOf[e.ID]))
		}
	}
	if len(parts) == 0 {
		return "no event claims it"
	}
	return strings.Join(parts, ", ")
}

func describeDiscrepancy(d Discrepancy) string {
	var claims []string
	for _, c := range d.Claims {
		claims = append(claims, fmt.Sprintf("%s %s %q = %s", c.Lang, c.Event, c.Text, c.Value))
	}
	return fmt.Sprintf("%s %s in %s (%.2f): %s", shortID(d.ID), d.Kind, shortID(d.Cluster), d.Confidence, strings.Join(claims, " | "))
}

// String prints the scores and the lists behind them.
func (r Report) String() string {
	var b strings.Builder
	p := r.Pairs
	fmt.Fprintf(&b, "Thai–English event pairs: gold %d, aligned %d, recall %.3f (system cross-language links: %d)\n", p.Gold, p.Aligned, p.Recall(), p.CrossLinks)
	list(&b, "in different clusters", p.Split)
	list(&b, "no event holds a trigger", p.NoEvent)
	d := r.Discrepancies
	fmt.Fprintf(&b, "Discrepancies: gold %d, found %d, recall %.3f; system %d, false %d\n", d.Gold, d.Found, d.Recall(), d.System, len(d.False))
	list(&b, "missed", d.Missed)
	list(&b, "false", d.False)
	list(&b, "gold lines not resolved", r.Errors)
	return b.String()
}

func list(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "  %s (%d):\n", title, len(items))
	for _, it := range items {
		fmt.Fprintf(b, "    %s\n", it)
	}
}
