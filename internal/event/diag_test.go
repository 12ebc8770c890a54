package event_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/reader"
	"chronicle/internal/sharedfiles"
)

// TestDiagnoseSeeds prints, for every gold event of each seed, the sentence
// around it with its dates and actors and the system event that matched it,
// classing each error as trigger, type, time or actor. It runs only with
// EVENT_DIAG=1 (a tool for reading errors, not a check) and builds the
// layers with internal/annotate exactly as `chronicle eval events` does.
func TestDiagnoseSeeds(t *testing.T) {
	if os.Getenv("EVENT_DIAG") == "" {
		t.Skip("set EVENT_DIAG=1 to print the error analysis")
	}
	root := sharedfiles.ModuleRoot(t)
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"000_36b565043f4e1db3", "002_37139f9e1a0765fa"} {
		path := filepath.Join(root, "..", "shared", "seeds", name+".txt")
		if _, err := os.Stat(path); err != nil {
			t.Skipf("seed %s absent", path)
		}
		var rec *annotate.Record
		for d, err := range reader.File(path, reader.Auto) {
			if err != nil {
				t.Fatal(err)
			}
			if rec == nil {
				rec = ann.Annotate(d)
			}
		}
		f, err := os.Open(filepath.Join(root, "testdata", "eval", "events", name+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := event.LoadGold(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		diagnose(t, name, rec, gold)
	}
}

func diagnose(t *testing.T, name string, rec *annotate.Record, gold []event.GoldEvent) {
	rt := document.NewRuneText(rec.Text)
	ids := make([]string, len(rec.Actors))
	for i, a := range rec.Actors {
		ids[i] = a.ID
	}
	rep := event.Evaluate(rt, gold, rec.Events, rec.Times, ids)
	var b strings.Builder
	tally := map[string]int{}
	sentenceOf := func(off int) document.Span {
		for _, s := range rec.Sentences {
			if s.Span[0] <= off && off < s.Span[1] {
				return s.Span
			}
		}
		return document.Span{off, min(off+1, rt.Len())}
	}
	context := func(trig document.Span) {
		s := sentenceOf(trig[0])
		fmt.Fprintf(&b, "    S: %s\n", strings.ReplaceAll(rt.Slice(document.Span{s[0], trig[0]})+"⟦"+rt.Slice(trig)+"⟧"+rt.Slice(document.Span{trig[1], s[1]}), "\n", " "))
		var ts, as []string
		for _, m := range rec.Times {
			if s.Contains(m.Span) {
				ts = append(ts, fmt.Sprintf("%q=%s%s", m.Text, m.Value, strings.TrimSpace(" "+m.Mod)))
			}
		}
		for _, a := range rec.Actors {
			if s.Contains(a.Span) {
				as = append(as, fmt.Sprintf("%q=%s", rt.Slice(a.Span), a.ID))
			}
		}
		fmt.Fprintf(&b, "    T: %s\n    A: %s\n", strings.Join(ts, " "), strings.Join(as, " "))
	}
	for _, g := range rep.Misses {
		tally["trigger not found"]++
		fmt.Fprintf(&b, "MISS line %d %q#%d %s time=%s src=%s tgt=%s  // %s\n", g.Line, g.Trigger, g.Occurrence, g.Type, g.Time, g.Source, g.Target, g.Note)
		if sp, ok := occurrence(rt, g.Trigger, g.Occurrence); ok {
			context(sp)
		}
	}
	for _, m := range rep.Mismatches {
		var what []string
		if !m.TypeOK {
			tally["wrong type"]++
			what = append(what, "TYPE")
		}
		if !m.TimeOK {
			tally["wrong time"]++
			what = append(what, "TIME")
		}
		if !m.ActorOK {
			tally["wrong main actor"]++
			what = append(what, "ACTOR")
		}
		g := m.Gold
		fmt.Fprintf(&b, "%s line %d %q#%d %s time=%s src=%s tgt=%s  // %s\n    SYS %q %s time=%s %v\n",
			strings.Join(what, "+"), g.Line, g.Trigger, g.Occurrence, g.Type, g.Time, g.Source, g.Target, g.Note,
			m.Text, m.System.Type, m.Time, m.Actors)
		context(m.System.Trigger)
	}
	fmt.Fprintf(&b, "FALSE POSITIVES %d\n", len(rep.FalsePositives))
	if os.Getenv("EVENT_DIAG") == "fp" {
		for _, fp := range rep.FalsePositives {
			fmt.Fprintf(&b, "FP %q %s\n", fp.Text, fp.Event.Type)
			context(fp.Event.Trigger)
		}
	}
	fmt.Fprintf(&b, "TALLY %s: gold %d, correct %d; trigger not found %d, wrong type %d, wrong time %d, wrong main actor %d\n",
		name, rep.Gold, rep.Correct, tally["trigger not found"], tally["wrong type"], tally["wrong time"], tally["wrong main actor"])
	t.Logf("== %s ==\n%s", name, b.String())
}

func occurrence(rt *document.RuneText, s string, n int) (document.Span, bool) {
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(rt.Text[from:], s)
		if i < 0 {
			return document.Span{}, false
		}
		if k == n {
			return rt.SpanOfBytes(from+i, from+i+len(s)), true
		}
		from += i + len(s)
	}
}
