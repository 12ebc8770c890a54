package timex

import (
	"fmt"
	"io"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

// GoldMention is one line of a gold file:
// text<TAB>occurrence<TAB>type<TAB>value<TAB>mod.
type GoldMention struct {
	Text string
	// Occurrence is the 1-based index of this exact string among its
	// non-overlapping occurrences in the document text, left to right.
	Occurrence int
	Type       string
	Value      string
	Mod        string
	Line       int // line in the gold file
}

// LoadGold reads gold mentions. Lines starting with '#' and blank lines are
// skipped; mod may be left out.
func LoadGold(r io.Reader) ([]GoldMention, error) {
	rows, _, err := gold.ReadTSV(r, 2, 3)
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	out := make([]GoldMention, 0, len(rows))
	for _, row := range rows {
		out = append(out, GoldMention{Text: row.Text, Occurrence: row.Occurrence, Type: row.Fields[0], Value: row.Fields[1], Mod: row.Fields[2], Line: row.Line})
	}
	return out, nil
}

// Miss is a gold DATE the system did not get right.
type Miss struct {
	Gold GoldMention
	Span document.Span
	// System is the overlapping system mention, nil when there was none.
	System *Mention
}

// Report is the outcome of comparing system DATE mentions with gold ones.
type Report struct {
	Gold    int // gold DATE mentions whose span was found
	System  int // system DATE mentions
	Correct int // matched with equal value and mod
	Matched int // matched by span overlap

	Precision, Recall, F1             float64 // value (and mod) correct
	SpanPrecision, SpanRecall, SpanF1 float64 // overlap only

	Misses         []Miss
	FalsePositives []Mention
	// Errors lists gold lines whose occurrence is not in the text.
	Errors []string
}

type resolvedGold struct {
	g    GoldMention
	span document.Span
}

// Evaluate matches system DATE mentions to gold DATE mentions one to one by
// span overlap (largest overlap first) and scores values and mods.
func Evaluate(rt *document.RuneText, golds []GoldMention, sys []Mention) Report {
	var rep Report
	var gs []resolvedGold
	for _, g := range golds {
		if g.Type != TypeDate {
			continue
		}
		span, ok := gold.Resolve(rt, g.Text, g.Occurrence)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("gold line %d: occurrence %d of %q is not in the text", g.Line, g.Occurrence, g.Text))
			continue
		}
		gs = append(gs, resolvedGold{g: g, span: span})
	}
	var ss []Mention
	for _, m := range sys {
		if m.Type == TypeDate {
			ss = append(ss, m)
		}
	}
	rep.Gold, rep.System = len(gs), len(ss)

	goldSpans := make([]document.Span, len(gs))
	for i, g := range gs {
		goldSpans[i] = g.span
	}
	sysSpans := make([]document.Span, len(ss))
	for i, m := range ss {
		sysSpans[i] = m.Span
	}
	gMatch, sMatch := make([]int, len(gs)), make([]bool, len(ss))
	for i := range gMatch {
		gMatch[i] = -1
	}
	for _, p := range gold.MatchOverlap(goldSpans, sysSpans) {
		gMatch[p.Gold], sMatch[p.System] = p.System, true
	}
	for gi, g := range gs {
		si := gMatch[gi]
		if si < 0 {
			rep.Misses = append(rep.Misses, Miss{Gold: g.g, Span: g.span})
			continue
		}
		rep.Matched++
		s := ss[si]
		if s.Value == g.g.Value && s.Mod == g.g.Mod {
			rep.Correct++
			continue
		}
		rep.Misses = append(rep.Misses, Miss{Gold: g.g, Span: g.span, System: &s})
	}
	for si, s := range ss {
		if !sMatch[si] {
			rep.FalsePositives = append(rep.FalsePositives, s)
		}
	}
	rep.Precision, rep.Recall, rep.F1 = prf(rep.Correct, rep.System, rep.Gold)
	rep.SpanPrecision, rep.SpanRecall, rep.SpanF1 = prf(rep.Matched, rep.System, rep.Gold)
	return rep
}

func prf(hit, sys, gold int) (float64, float64, float64) {
	var p, r, f float64
	if sys > 0 {
		p = float64(hit) / float64(sys)
	}
	if gold > 0 {
		r = float64(hit) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// String prints the scores, then every miss and false positive.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "DATE mentions: gold %d, system %d\n", r.Gold, r.System)
	fmt.Fprintf(&b, "value+mod: correct %d  P %.3f  R %.3f  F1 %.3f\n", r.Correct, r.Precision, r.Recall, r.F1)
	fmt.Fprintf(&b, "span only: matched %d  P %.3f  R %.3f  F1 %.3f\n", r.Matched, r.SpanPrecision, r.SpanRecall, r.SpanF1)
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "errors (%d):\n", len(r.Errors))
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "  %s\n", e)
		}
	}
	fmt.Fprintf(&b, "misses (%d):\n", len(r.Misses))
	for _, m := range r.Misses {
		gold := m.Gold.Value
		if m.Gold.Mod != "" {
			gold += " " + m.Gold.Mod
		}
		sys := "not found"
		if m.System != nil {
			sys = fmt.Sprintf("%q = %s", m.System.Text, m.System.Value)
			if m.System.Mod != "" {
				sys += " " + m.System.Mod
			}
		}
		fmt.Fprintf(&b, "  line %d  %q#%d [%d,%d)  gold %s  system %s\n",
			m.Gold.Line, m.Gold.Text, m.Gold.Occurrence, m.Span.Start(), m.Span.End(), gold, sys)
	}
	fmt.Fprintf(&b, "false positives (%d):\n", len(r.FalsePositives))
	for _, m := range r.FalsePositives {
		v := m.Value
		if m.Mod != "" {
			v += " " + m.Mod
		}
		fmt.Fprintf(&b, "  %q [%d,%d)  %s\n", m.Text, m.Span.Start(), m.Span.End(), v)
	}
	return b.String()
}
