package actor

import (
	"fmt"
	"io"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

// GoldActor is one line of an actor gold file: text, occurrence, id, kind.
type GoldActor struct {
	gold.Row
	ID, Kind string
}

// GoldActors is an actor gold file: its mentions and the region of the
// document that was annotated exhaustively.
type GoldActors struct {
	Mentions []GoldActor
	// Region bounds the scored system mentions; the whole text when unset.
	Region document.Span
	// HasRegion says whether the file declared a region.
	HasRegion bool
}

// LoadGold reads an actor gold file. A "# region: … [start, end) …"
// directive limits scoring to system mentions inside that span.
func LoadGold(r io.Reader) (GoldActors, error) {
	rows, directives, err := gold.ReadTSV(r, 1, 2)
	if err != nil {
		return GoldActors{}, fmt.Errorf("actor: %w", err)
	}
	var g GoldActors
	if region, ok := directives["region"]; ok {
		sp, err := gold.ParseRegion(region)
		if err != nil {
			return GoldActors{}, fmt.Errorf("actor: gold %w", err)
		}
		g.Region, g.HasRegion = sp, true
	}
	for _, row := range rows {
		g.Mentions = append(g.Mentions, GoldActor{Row: row, ID: row.Fields[0], Kind: row.Fields[1]})
	}
	return g, nil
}

// EvalReport scores actor mentions against gold.
type EvalReport struct {
	// Score counts a system mention as correct when it overlaps a gold one
	// and has its id.
	Score gold.Score
	// Spans counts overlaps alone.
	Spans  gold.Score
	Misses []string
	// FalsePositives are system mentions in the region that overlap no gold one.
	FalsePositives []string
	Errors         []string
}

// Evaluate matches system mentions inside the gold region to gold mentions
// by span overlap; a match is correct when the ids are equal. System
// mentions of places that match no gold mention are left out of the count.
func Evaluate(rt *document.RuneText, g GoldActors, sys []Mention) EvalReport {
	var rep EvalReport
	region := g.Region
	if !g.HasRegion {
		region = document.Span{0, rt.Len()}
	}
	var goldSpans []document.Span
	var resolved []GoldActor
	for _, m := range g.Mentions {
		s, ok := gold.Resolve(rt, m.Text, m.Occurrence)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("line %d: %q #%d not in the text", m.Line, m.Text, m.Occurrence))
			continue
		}
		goldSpans, resolved = append(goldSpans, s), append(resolved, m)
	}
	var inRegion []Mention
	var sysSpans []document.Span
	for _, m := range sys {
		if region.Contains(m.Span) {
			inRegion, sysSpans = append(inRegion, m), append(sysSpans, m.Span)
		}
	}
	pairs := gold.MatchOverlap(goldSpans, sysSpans)
	rep.Score = gold.Score{Gold: len(resolved), System: len(inRegion)}
	rep.Spans = gold.Score{Gold: len(resolved), System: len(inRegion), Correct: len(pairs)}
	matchedGold, matchedSys := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		gm, sm := resolved[p.Gold], inRegion[p.System]
		matchedGold[p.Gold], matchedSys[p.System] = true, true
		if gm.ID == sm.ID {
			rep.Score.Correct++
			continue
		}
		rep.Misses = append(rep.Misses, fmt.Sprintf("line %d: %q gold %s, system %q = %s", gm.Line, gm.Text, gm.ID, sm.Text, sm.ID))
	}
	for i, gm := range resolved {
		if !matchedGold[i] {
			rep.Misses = append(rep.Misses, fmt.Sprintf("line %d: %q gold %s, not found", gm.Line, gm.Text, gm.ID))
		}
	}
	for i, sm := range inRegion {
		if !matchedSys[i] && sm.Kind == KindPlace {
			// Places are locations for events; the gold annotates a place
			// only when it stands for an actor ("Hanoi" for Vietnam's
			// government), so an unmatched place is not counted against us.
			rep.Score.System--
			rep.Spans.System--
			continue
		}
		if !matchedSys[i] {
			rep.FalsePositives = append(rep.FalsePositives, fmt.Sprintf("%v %q = %s", sm.Span, sm.Text, sm.ID))
		}
	}
	return rep
}

// String prints the scores and every miss and false positive.
func (r EvalReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\nspan only: %s\n", r.Score, r.Spans)
	gold.WriteLists(&b, gold.List{Name: "gold lines not in the text", Lines: r.Errors},
		gold.List{Name: "misses", Lines: r.Misses}, gold.List{Name: "false positives", Lines: r.FalsePositives})
	return b.String()
}
