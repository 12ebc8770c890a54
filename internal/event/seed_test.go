package event

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/sharedfiles"
)

// describe prints an event on one line for logs and golden files.
func describe(a annotated, ev Event) string {
	rt := a.in.Text
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %q", ev.ID, ev.Type, rt.Slice(ev.Trigger))
	if ev.Negated {
		b.WriteString(" NEG")
	}
	if ev.Time != nil {
		fmt.Fprintf(&b, " time=%s", a.in.Times[*ev.Time].Value)
	}
	for _, r := range ev.Actors {
		fmt.Fprintf(&b, " %s=%s", r.Role, a.actorIDs[r.Actor])
	}
	if ev.Place != nil {
		fmt.Fprintf(&b, " place=%s", a.actorIDs[*ev.Place])
	}
	for _, q := range ev.Quantities {
		fmt.Fprintf(&b, " qty=%q", rt.Slice(a.in.Quantities[q]))
	}
	return b.String()
}

// TestSeeds runs the whole pipeline on the seeds, logs every event and
// checks that the obvious ones are there.
func TestSeeds(t *testing.T) {
	for _, name := range []string{thaiSeed, englishSeed} {
		t.Run(name, func(t *testing.T) {
			a := annotate(t, readSeed(t, name), false)
			events := Extract(a.in)
			counts := map[string]int{}
			for _, ev := range events {
				counts[ev.Type]++
				t.Log(describe(a, ev))
			}
			t.Logf("%s: %d events %v", name, len(events), counts)
			checkEvents(t, a.in, events)
			for _, typ := range []string{"attack", "agree", "withdraw", "support", "kill", "meet", "found"} {
				if counts[typ] == 0 {
					t.Errorf("no %s event", typ)
				}
			}
			// Both articles narrate a war between states: some attack names
			// a state as source and another as target, with a date; some
			// agreement and some withdrawal are dated and have a source.
			if !hasEvent(a, events, "attack", func(ev Event) bool {
				src, tgt := roleKind(a, ev, RoleSource), roleKind(a, ev, RoleTarget)
				return ev.Time != nil && src == "state" && tgt == "state"
			}) {
				t.Error("no dated attack of one state on another")
			}
			for _, typ := range []string{"agree", "withdraw"} {
				if !hasEvent(a, events, typ, func(ev Event) bool { return ev.Time != nil && roleKind(a, ev, RoleSource) != "" }) {
					t.Errorf("no dated %s event with a source", typ)
				}
			}
			if !hasEvent(a, events, "", func(ev Event) bool { return ev.Negated }) {
				t.Error("no negated event")
			}
		})
	}
}

// hasEvent reports whether some event of type typ ("" for any) passes ok.
func hasEvent(a annotated, events []Event, typ string, ok func(Event) bool) bool {
	for _, ev := range events {
		if (typ == "" || ev.Type == typ) && ok(ev) {
			return true
		}
	}
	return false
}

// roleKind is the kind of the first actor of ev in role, or "".
func roleKind(a annotated, ev Event, role string) string {
	for _, r := range ev.Actors {
		if r.Role == role {
			return a.in.ActorKinds[r.Actor]
		}
	}
	return ""
}

// TestSeedEvaluation scores the events of each seed against the gold file
// testdata/eval/events/<seed>.tsv, when there is one, and logs the report.
// The gold is written by someone else: the test checks that it loads and
// that the evaluation adds up, not a score.
func TestSeedEvaluation(t *testing.T) {
	for _, name := range []string{thaiSeed, englishSeed} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(sharedfiles.ModuleRoot(t), "testdata", "eval", "events", strings.TrimSuffix(name, ".txt")+".tsv")
			f, err := os.Open(path)
			if os.IsNotExist(err) {
				t.Skipf("no gold file %s", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := LoadGold(f)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			a := annotate(t, readSeed(t, name), false)
			events := Extract(a.in)
			rep := Evaluate(a.in.Text, gold, events, a.in.Times, a.actorIDs)
			t.Logf("%s\n%s", name, rep)
			if rep.Matched+len(rep.Misses) != rep.Gold || rep.Matched+len(rep.FalsePositives) != rep.System ||
				rep.Correct+len(rep.Mismatches) != rep.Matched {
				t.Errorf("counts do not add up: %+v", rep)
			}
		})
	}
}
