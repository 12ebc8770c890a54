package event

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/gold"
	"chronicle/internal/timex"
)

// GoldEvent is one line of a gold file:
// trigger_text<TAB>occurrence<TAB>type<TAB>time_value<TAB>source_actor_id<TAB>target_actor_id<TAB>note.
// Empty or "-" fields are unset.
type GoldEvent struct {
	Trigger string
	// Occurrence is the 1-based index of Trigger among its non-overlapping
	// occurrences in the document text, left to right.
	Occurrence int
	Type       string
	Time       string
	Source     string
	Target     string
	Note       string
	Line       int // line in the gold file
}

// GoldFile is an event gold file: its events and the region of the
// document, if it declares one, inside which the events are exhaustive.
type GoldFile struct {
	Events []GoldEvent
	// Region bounds the system events precision is measured on.
	Region document.Span
	// HasRegion says whether the file declared a region.
	HasRegion bool
}

// LoadGold reads gold events. Blank lines and lines starting with '#' are
// skipped; the note may be left out.
func LoadGold(r io.Reader) ([]GoldEvent, error) {
	f, err := LoadGoldFile(r)
	if err != nil {
		return nil, err
	}
	return f.Events, nil
}

// LoadGoldFile reads a gold file as LoadGold does, and its
// "# region: … [start, end) …" line if it has one.
func LoadGoldFile(r io.Reader) (GoldFile, error) {
	var file GoldFile
	var out []GoldEvent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		t := strings.TrimSpace(s)
		if key, value, ok := strings.Cut(strings.TrimPrefix(t, "#"), ":"); strings.HasPrefix(t, "#") && ok &&
			strings.EqualFold(strings.TrimSpace(key), "region") {
			region, err := gold.ParseRegion(value)
			if err != nil {
				return GoldFile{}, fmt.Errorf("event gold: line %d: %w", line, err)
			}
			file.Region, file.HasRegion = region, true
			continue
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 6 || len(f) > 7 {
			return GoldFile{}, fmt.Errorf("event gold: line %d: want 6 or 7 tab-separated fields, got %d", line, len(f))
		}
		occ, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil || occ < 1 {
			return GoldFile{}, fmt.Errorf("event gold: line %d: occurrence %q is not a positive number", line, f[1])
		}
		unset := func(s string) string {
			if s = strings.TrimSpace(s); s == "-" {
				return ""
			}
			return s
		}
		g := GoldEvent{Trigger: f[0], Occurrence: occ, Type: unset(f[2]), Time: unset(f[3]),
			Source: unset(f[4]), Target: unset(f[5]), Line: line}
		if len(f) == 7 {
			g.Note = strings.TrimSpace(f[6])
		}
		if strings.TrimSpace(g.Trigger) == "" {
			return GoldFile{}, fmt.Errorf("event gold: line %d: empty trigger", line)
		}
		if g.Type == "" {
			return GoldFile{}, fmt.Errorf("event gold: line %d: empty type", line)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return GoldFile{}, fmt.Errorf("event gold: line %d: %w", line+1, err)
	}
	file.Events = out
	return file, nil
}

// Mismatch is a gold event whose trigger was found but whose type, time or
// main actor differs.
type Mismatch struct {
	Gold   GoldEvent
	System Event
	// Text is the system trigger; Time and Actors what the system gave.
	Text           string
	Time           string
	Actors         []string
	TypeOK, TimeOK bool
	ActorOK        bool
}

// Report compares system events with gold ones. Recall is measured over
// every gold event; precision over the system events whose trigger ends
// inside the gold file's region, where the gold is exhaustive (the whole
// text when the file declares no region).
type Report struct {
	Gold    int // gold events whose trigger is in the text
	System  int // system events
	Matched int // gold events whose trigger overlaps a system trigger
	// TypeCorrect counts matches of equal type; Correct those whose type,
	// time and main actor are all right.
	TypeCorrect int
	Correct     int

	// Region is where precision is measured; HasRegion is false when the
	// gold file declared none and the region is the whole text.
	Region    document.Span
	HasRegion bool
	// InRegion counts the system events whose trigger ends inside Region;
	// MatchedInRegion and CorrectInRegion those of them matched to a gold
	// event, and matched with type, time and main actor right.
	InRegion, MatchedInRegion, CorrectInRegion int

	TriggerPrecision, TriggerRecall, TriggerF1 float64
	TypeAccuracy                               float64 // TypeCorrect / Matched
	Precision, Recall, F1                      float64 // type + time + main actor

	Misses         []GoldEvent // gold triggers no system event overlaps
	Mismatches     []Mismatch
	FalsePositives []FalsePositive
	// Errors lists gold lines whose occurrence is not in the text.
	Errors []string
}

// FalsePositive is a system event that matches no gold event.
type FalsePositive struct {
	Event Event
	Text  string
	// Scored is false outside the gold region, where the gold is not
	// exhaustive and an unmatched event may be right.
	Scored bool
}

// Evaluate matches system events to gold events one to one by trigger
// overlap (largest overlap first). Negated system events are not scored:
// the gold lists only what happened. A match is correct when the types are
// equal, the time values are equal (both unset counts as equal), and the
// main actor — the gold source if set, else the gold target — is one of
// the system event's sources or targets (no main actor: nothing to check).
// times and actorIDs are the document's, which sys indexes into.
func Evaluate(text *document.RuneText, golds []GoldEvent, sys []Event, times []timex.Mention, actorIDs []string) Report {
	return EvaluateFile(text, GoldFile{Events: golds}, sys, times, actorIDs)
}

// EvaluateFile scores as Evaluate does, measuring precision only on the
// system events whose trigger ends inside the file's region: the gold is
// exhaustive there and nowhere else. Recall stays over all gold events.
func EvaluateFile(text *document.RuneText, file GoldFile, sys []Event, times []timex.Mention, actorIDs []string) Report {
	var rep Report
	golds := file.Events
	rep.Region, rep.HasRegion = document.Span{0, text.Len()}, file.HasRegion
	if file.HasRegion {
		rep.Region = file.Region
	}
	// The gold lists what happened: negated events are left out of it, and
	// the system marks its own.
	var asserted []Event
	for _, ev := range sys {
		if !ev.Negated {
			asserted = append(asserted, ev)
		}
	}
	sys = asserted
	type resolved struct {
		g    GoldEvent
		span document.Span
	}
	var gs []resolved
	for _, g := range golds {
		span, ok := gold.Resolve(text, g.Trigger, g.Occurrence)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("gold line %d: occurrence %d of %q is not in the text", g.Line, g.Occurrence, g.Trigger))
			continue
		}
		gs = append(gs, resolved{g, span})
	}
	rep.Gold, rep.System = len(gs), len(sys)
	type pair struct{ gi, si, overlap int }
	var pairs []pair
	for gi, g := range gs {
		for si, s := range sys {
			if o := overlap(g.span, s.Trigger); o > 0 {
				pairs = append(pairs, pair{gi, si, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	gMatch, sMatched := make([]int, len(gs)), make([]bool, len(sys))
	for i := range gMatch {
		gMatch[i] = -1
	}
	for _, p := range pairs {
		if gMatch[p.gi] < 0 && !sMatched[p.si] {
			gMatch[p.gi], sMatched[p.si] = p.si, true
		}
	}
	for gi, g := range gs {
		si := gMatch[gi]
		if si < 0 {
			rep.Misses = append(rep.Misses, g.g)
			continue
		}
		rep.Matched++
		s := sys[si]
		m := Mismatch{Gold: g.g, System: s, Text: slice(text, s.Trigger)}
		m.Time = s.TimeValue(times)
		for _, r := range s.Actors {
			if r.Role == RoleSource || r.Role == RoleTarget {
				m.Actors = append(m.Actors, r.Role+"="+at(actorIDs, r.Actor))
			}
		}
		m.TypeOK = s.Type == g.g.Type
		m.TimeOK = m.Time == g.g.Time
		m.ActorOK = mainActorFound(g.g, s, actorIDs)
		if m.TypeOK {
			rep.TypeCorrect++
		}
		scored := endsIn(rep.Region, s.Trigger)
		if scored {
			rep.MatchedInRegion++
		}
		if m.TypeOK && m.TimeOK && m.ActorOK {
			rep.Correct++
			if scored {
				rep.CorrectInRegion++
			}
			continue
		}
		rep.Mismatches = append(rep.Mismatches, m)
	}
	for si, s := range sys {
		scored := endsIn(rep.Region, s.Trigger)
		if scored {
			rep.InRegion++
		}
		if !sMatched[si] {
			rep.FalsePositives = append(rep.FalsePositives, FalsePositive{Event: s, Text: slice(text, s.Trigger), Scored: scored})
		}
	}
	// Precision counts matches among the system events in the region,
	// recall among all gold events.
	rep.TriggerPrecision = ratio(rep.MatchedInRegion, rep.InRegion)
	rep.TriggerRecall = ratio(rep.Matched, rep.Gold)
	rep.TriggerF1 = harmonic(rep.TriggerPrecision, rep.TriggerRecall)
	rep.Precision = ratio(rep.CorrectInRegion, rep.InRegion)
	rep.Recall = ratio(rep.Correct, rep.Gold)
	rep.F1 = harmonic(rep.Precision, rep.Recall)
	if rep.Matched > 0 {
		rep.TypeAccuracy = float64(rep.TypeCorrect) / float64(rep.Matched)
	}
	return rep
}

// mainActorFound reports whether the gold event's main actor is a source
// or target of s.
func mainActorFound(g GoldEvent, s Event, actorIDs []string) bool {
	main := g.Source
	if main == "" {
		main = g.Target
	}
	if main == "" {
		return true
	}
	for _, r := range s.Actors {
		if (r.Role == RoleSource || r.Role == RoleTarget) && sameActor(main, at(actorIDs, r.Actor)) {
			return true
		}
	}
	return false
}

// sameActor compares a gold actor id with a system one. A name no lexicon
// knows gets the id "name-<lang>-<slug>" (internal/names); gold files write
// such an actor as its bare slug, so "name-en-kong-siloah" is "kong-siloah".
func sameActor(gold, system string) bool {
	if gold == system {
		return true
	}
	if !strings.HasPrefix(system, "name-") {
		return false
	}
	rest := strings.TrimPrefix(system, "name-")
	_, slug, ok := strings.Cut(rest, "-")
	return ok && slug == gold
}

func ratio(hit, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(hit) / float64(of)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// endsIn reports whether a trigger ends inside region, the rule of the
// gold region: a trigger cut by the region's start still counts.
func endsIn(region, trigger document.Span) bool {
	return region[0] < trigger[1] && trigger[1] <= region[1]
}

func overlap(a, b document.Span) int {
	return max(0, min(a[1], b[1])-max(a[0], b[0]))
}

// String prints the scores, then every miss, mismatch and false positive.
func (r Report) String() string {
	var b strings.Builder
	if r.HasRegion {
		region := fmt.Sprintf("precision inside region [%d,%d)", r.Region[0], r.Region[1])
		fmt.Fprintf(&b, "events: gold %d, system %d (%d inside region [%d,%d)), triggers matched %d\n",
			r.Gold, r.System, r.InRegion, r.Region[0], r.Region[1], r.Matched)
		fmt.Fprintf(&b, "triggers: recall over all gold R=%.3f (%d/%d), %s P=%.3f (%d/%d), F1 %.3f\n",
			r.TriggerRecall, r.Matched, r.Gold, region, r.TriggerPrecision, r.MatchedInRegion, r.InRegion, r.TriggerF1)
		fmt.Fprintf(&b, "type accuracy on matched triggers: %.3f (%d/%d)\n", r.TypeAccuracy, r.TypeCorrect, r.Matched)
		fmt.Fprintf(&b, "type+time+main actor: correct %d, recall over all gold R=%.3f (%d/%d), %s P=%.3f (%d/%d), F1 %.3f\n",
			r.Correct, r.Recall, r.Correct, r.Gold, region, r.Precision, r.CorrectInRegion, r.InRegion, r.F1)
	} else {
		fmt.Fprintf(&b, "events: gold %d, system %d, triggers matched %d\n", r.Gold, r.System, r.Matched)
		fmt.Fprintf(&b, "triggers: P %.3f  R %.3f  F1 %.3f\n", r.TriggerPrecision, r.TriggerRecall, r.TriggerF1)
		fmt.Fprintf(&b, "type accuracy on matched triggers: %.3f (%d/%d)\n", r.TypeAccuracy, r.TypeCorrect, r.Matched)
		fmt.Fprintf(&b, "type+time+main actor: correct %d  P %.3f  R %.3f  F1 %.3f\n", r.Correct, r.Precision, r.Recall, r.F1)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "errors (%d):\n", len(r.Errors))
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "  %s\n", e)
		}
	}
	fmt.Fprintf(&b, "misses (%d):\n", len(r.Misses))
	for _, g := range r.Misses {
		fmt.Fprintf(&b, "  line %d  %q#%d  %s %s\n", g.Line, g.Trigger, g.Occurrence, g.Type, orDash(g.Time))
	}
	fmt.Fprintf(&b, "mismatches (%d):\n", len(r.Mismatches))
	for _, m := range r.Mismatches {
		var wrong []string
		if !m.TypeOK {
			wrong = append(wrong, fmt.Sprintf("type %s≠%s", m.System.Type, m.Gold.Type))
		}
		if !m.TimeOK {
			wrong = append(wrong, fmt.Sprintf("time %s≠%s", orDash(m.Time), orDash(m.Gold.Time)))
		}
		if !m.ActorOK {
			main := m.Gold.Source
			if main == "" {
				main = m.Gold.Target
			}
			wrong = append(wrong, fmt.Sprintf("actor %s not in [%s]", main, strings.Join(m.Actors, " ")))
		}
		fmt.Fprintf(&b, "  line %d  %q#%d  system %q: %s\n", m.Gold.Line, m.Gold.Trigger, m.Gold.Occurrence, m.Text, strings.Join(wrong, "; "))
	}
	var scored, unscored []FalsePositive
	for _, fp := range r.FalsePositives {
		if fp.Scored {
			scored = append(scored, fp)
		} else {
			unscored = append(unscored, fp)
		}
	}
	if r.HasRegion {
		fmt.Fprintf(&b, "false positives inside region [%d,%d) (%d):\n", r.Region[0], r.Region[1], len(scored))
	} else {
		fmt.Fprintf(&b, "false positives (%d):\n", len(scored))
	}
	writeFalsePositives(&b, scored)
	if len(unscored) > 0 {
		fmt.Fprintf(&b, "unmatched system events outside the region, not scored (%d):\n", len(unscored))
		writeFalsePositives(&b, unscored)
	}
	return b.String()
}

func writeFalsePositives(b *strings.Builder, fps []FalsePositive) {
	for _, fp := range fps {
		fmt.Fprintf(b, "  %s %q [%d,%d) %s\n", fp.Event.ID, fp.Text, fp.Event.Trigger[0], fp.Event.Trigger[1], fp.Event.Type)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
