package quantity

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

// GoldQuantity is one line of a quantity gold file:
// text, occurrence, value, min, max, unit, approx.
type GoldQuantity struct {
	gold.Row
	Value    float64
	Min, Max *float64
	Unit     string
	Approx   bool
}

// LoadGold reads a quantity gold file.
func LoadGold(r io.Reader) ([]GoldQuantity, error) {
	rows, _, err := gold.ReadTSV(r, 4, 5)
	if err != nil {
		return nil, fmt.Errorf("quantity: %w", err)
	}
	out := make([]GoldQuantity, 0, len(rows))
	for _, row := range rows {
		g := GoldQuantity{Row: row, Unit: row.Fields[3], Approx: row.Fields[4] == "true"}
		if g.Value, err = strconv.ParseFloat(row.Fields[0], 64); err != nil {
			return nil, fmt.Errorf("quantity: gold line %d: value %q: %w", row.Line, row.Fields[0], err)
		}
		if g.Min, err = optionalFloat(row.Fields[1]); err != nil {
			return nil, fmt.Errorf("quantity: gold line %d: min: %w", row.Line, err)
		}
		if g.Max, err = optionalFloat(row.Fields[2]); err != nil {
			return nil, fmt.Errorf("quantity: gold line %d: max: %w", row.Line, err)
		}
		out = append(out, g)
	}
	return out, nil
}

func optionalFloat(s string) (*float64, error) {
	if s == "" || s == "null" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// EvalReport scores quantities against gold.
type EvalReport struct {
	// Score counts a system quantity as correct when it overlaps a gold one
	// and has the same value and unit; units the annotation guide does not
	// name count as a bare count (see guideUnit).
	Score gold.Score
	// Spans counts overlaps alone.
	Spans gold.Score
	// Misses are gold lines not found or found with another value or unit.
	Misses []string
	// FalsePositives are system quantities that overlap no gold one.
	FalsePositives []string
	// Errors are gold lines whose text does not occur in the document.
	Errors []string
}

// Evaluate matches system quantities to gold ones by span overlap.
func Evaluate(rt *document.RuneText, golds []GoldQuantity, sys []Quantity) EvalReport {
	var rep EvalReport
	var goldSpans []document.Span
	var resolved []GoldQuantity
	for _, g := range golds {
		s, ok := gold.Resolve(rt, g.Text, g.Occurrence)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("line %d: %q #%d not in the text", g.Line, g.Text, g.Occurrence))
			continue
		}
		goldSpans = append(goldSpans, s)
		resolved = append(resolved, g)
	}
	sysSpans := make([]document.Span, len(sys))
	for i, q := range sys {
		sysSpans[i] = q.Span
	}
	pairs := gold.MatchOverlap(goldSpans, sysSpans)
	rep.Score = gold.Score{Gold: len(resolved), System: len(sys)}
	rep.Spans = gold.Score{Gold: len(resolved), System: len(sys), Correct: len(pairs)}
	matchedGold, matchedSys := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		g, q := resolved[p.Gold], sys[p.System]
		matchedGold[p.Gold], matchedSys[p.System] = true, true
		if sameNumber(g.Value, q.Value) && guideUnit(g.Unit) == guideUnit(q.Unit) {
			rep.Score.Correct++
			continue
		}
		rep.Misses = append(rep.Misses, fmt.Sprintf("line %d: %q gold %g %s, system %q = %g %s", g.Line, g.Text, g.Value, g.Unit, q.Text, q.Value, q.Unit))
	}
	for i, g := range resolved {
		if !matchedGold[i] {
			rep.Misses = append(rep.Misses, fmt.Sprintf("line %d: %q gold %g %s, not found", g.Line, g.Text, g.Value, g.Unit))
		}
	}
	for i, q := range sys {
		if !matchedSys[i] {
			rep.FalsePositives = append(rep.FalsePositives, fmt.Sprintf("%v %q = %g %s", q.Span, q.Text, q.Value, q.Unit))
		}
	}
	return rep
}

// bareInGuide are the count units of the finder that the annotation guide
// (docs/annotation/events.md, "Values") does not name: its unit list is
// closed and ends "or empty for a bare count of anything else", so a
// village, a camp or a battalion is a bare count there.
var bareInGuide = map[string]bool{
	"village": true, "province": true, "camp": true, "town": true, "city": true,
	"ship": true, "weapon": true,
	"division": true, "brigade": true, "battalion": true, "regiment": true,
}

// guideUnit maps a unit to the guide's vocabulary before units are compared.
func guideUnit(u string) string {
	if bareInGuide[u] {
		return ""
	}
	return u
}

func sameNumber(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// String prints the scores and every miss and false positive.
func (r EvalReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "value+unit: %s\nspan only:  %s\n", r.Score, r.Spans)
	gold.WriteLists(&b, gold.List{Name: "gold lines not in the text", Lines: r.Errors},
		gold.List{Name: "misses", Lines: r.Misses}, gold.List{Name: "false positives", Lines: r.FalsePositives})
	return b.String()
}
