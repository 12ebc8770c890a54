package event

import (
	"fmt"
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

func TestLoadGold(t *testing.T) {
	good := "# trigger\tocc\ttype\ttime\tsource\ttarget\tnote\n" +
		"invaded\t1\tattack\t1990-08-02\tcountry-iq\tcountry-kw\tthe invasion\n" +
		"\n" +
		"fled\t2\tflee\t-\t-\tcountry-pk\n"
	gold, err := LoadGold(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 {
		t.Fatalf("%d gold events, want 2", len(gold))
	}
	g := gold[0]
	if g.Trigger != "invaded" || g.Occurrence != 1 || g.Type != "attack" || g.Time != "1990-08-02" ||
		g.Source != "country-iq" || g.Target != "country-kw" || g.Note != "the invasion" || g.Line != 2 {
		t.Errorf("line 2 read as %+v", g)
	}
	if h := gold[1]; h.Time != "" || h.Source != "" || h.Target != "country-pk" || h.Occurrence != 2 || h.Line != 4 {
		t.Errorf("dashes and a missing note read as %+v", h)
	}
	for _, bad := range []struct{ text, want string }{
		{"invaded\t1\tattack\n", "line 1: want 6 or 7"},
		{"invaded\tone\tattack\t-\t-\t-\n", "line 1: occurrence"},
		{"x\t1\tattack\t-\t-\t-\n\ninvaded\t0\tattack\t-\t-\t-\n", "line 3: occurrence"},
		{"invaded\t1\t-\t-\t-\t-\n", "line 1: empty type"},
	} {
		if _, err := LoadGold(strings.NewReader(bad.text)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("LoadGold(%q) error %v, want %q", bad.text, err, bad.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	text := "On 2 August 1990, Iraq invaded Kuwait. Iraq attacked Saudi Arabia in 1991. Thousands fled. The two sides met in 1991."
	a := annotateText(t, "e", "en", text, true)
	sys := Extract(a.in)
	gold := []GoldEvent{
		{Trigger: "invaded", Occurrence: 1, Type: "attack", Time: "1990-08-02", Source: "country-iq", Line: 1}, // correct
		{Trigger: "attacked", Occurrence: 1, Type: "attack", Time: "1990", Target: "country-sa", Line: 2},      // wrong time
		{Trigger: "fled", Occurrence: 1, Type: "kill", Time: "1991", Line: 3},                                  // wrong type
		{Trigger: "Thousands", Occurrence: 1, Type: "kill", Line: 4},                                           // missed
		{Trigger: "absent", Occurrence: 1, Type: "kill", Line: 5},                                              // not in text
	}
	rep := Evaluate(a.in.Text, gold, sys, a.in.Times, a.actorIDs)
	if rep.Gold != 4 || rep.System != len(sys) || rep.Matched != 3 || rep.TypeCorrect != 2 || rep.Correct != 1 {
		t.Fatalf("gold %d system %d matched %d type %d correct %d\n%s", rep.Gold, rep.System, rep.Matched, rep.TypeCorrect, rep.Correct, rep)
	}
	if len(rep.Errors) != 1 || len(rep.Misses) != 1 || len(rep.Mismatches) != 2 {
		t.Errorf("errors %d misses %d mismatches %d\n%s", len(rep.Errors), len(rep.Misses), len(rep.Mismatches), rep)
	}
	if len(rep.FalsePositives) != len(sys)-3 {
		t.Errorf("%d false positives, want %d", len(rep.FalsePositives), len(sys)-3)
	}
	if rep.TriggerRecall != 0.75 || rep.Recall != 0.25 {
		t.Errorf("trigger recall %.3f, full recall %.3f", rep.TriggerRecall, rep.Recall)
	}
	s := rep.String()
	for _, want := range []string{"type accuracy", `"attacked"#1  system "attacked": time 1991≠1990`, "type flee≠kill", `"Thousands"#1`, `"met"`, "not in the text"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q:\n%s", want, s)
		}
	}
}

func TestMainActor(t *testing.T) {
	ids := []string{"a", "b", "c"}
	ev := Event{Actors: []Role{{0, RoleSource}, {1, RoleTarget}, {2, RoleOther}}}
	for _, c := range []struct {
		g    GoldEvent
		want bool
	}{
		{GoldEvent{Source: "a"}, true},
		{GoldEvent{Source: "b"}, true},               // the system's target counts
		{GoldEvent{Target: "b"}, true},               // no gold source: the target is main
		{GoldEvent{Source: "c"}, false},              // an "other" does not count
		{GoldEvent{Source: "x", Target: "a"}, false}, // the source is main when set
		{GoldEvent{}, true},
	} {
		if got := mainActorFound(c.g, ev, ids); got != c.want {
			t.Errorf("%+v: %v, want %v", c.g, got, c.want)
		}
	}
}

// TestEvaluateSkipsNegated checks that a negated system event is neither a
// match nor a false positive: the gold lists only what happened.
func TestEvaluateSkipsNegated(t *testing.T) {
	text := "Iraq did not recognise Kuwait. Iraq invaded Kuwait in 1990."
	a := annotateText(t, "e", "en", text, true)
	sys := Extract(a.in)
	negated := 0
	for _, ev := range sys {
		if ev.Negated {
			negated++
		}
	}
	if negated != 1 {
		t.Fatalf("%d negated events, want 1", negated)
	}
	gold := []GoldEvent{{Trigger: "invaded", Occurrence: 1, Type: "attack", Time: "1990", Source: "country-iq", Line: 1}}
	rep := Evaluate(a.in.Text, gold, sys, a.in.Times, a.actorIDs)
	if rep.System != len(sys)-1 || len(rep.FalsePositives) != len(sys)-2 || rep.Correct != 1 {
		t.Errorf("system %d, false positives %d, correct %d\n%s", rep.System, len(rep.FalsePositives), rep.Correct, rep)
	}
}

func TestSameActorAcceptsUnknownNameSlugs(t *testing.T) {
	cases := []struct {
		gold, system string
		want         bool
	}{
		{"country-vn", "country-vn", true},
		{"kong-siloah", "name-en-kong-siloah", true},
		{"hun-sen", "name-th-hun-sen", true},
		{"hun-sen", "name-th-hun", false},
		{"country-vn", "country-kh", false},
		{"name", "name-", false},
	}
	for _, c := range cases {
		if got := sameActor(c.gold, c.system); got != c.want {
			t.Errorf("sameActor(%q, %q) = %v, want %v", c.gold, c.system, got, c.want)
		}
	}
}

// TestEvaluateRegion checks that precision is measured only on system
// events whose trigger ends inside the gold region, while recall stays over
// every gold event. The system events are built by hand so the expected
// counts do not depend on the extractor.
func TestEvaluateRegion(t *testing.T) {
	// code points: "Iraq invaded Kuwait." [0,20); " Iraq bombed Kuwait." [20,40);
	// " Kuwait fled." [40,53); " Iraq shelled Kuwait." [53,74)
	text := document.NewRuneText("Iraq invaded Kuwait. Iraq bombed Kuwait. Kuwait fled. Iraq shelled Kuwait.")
	span := func(word string, occ int) document.Span {
		s, ok := gold.Resolve(text, word, occ)
		if !ok {
			t.Fatalf("%q not in the test text", word)
		}
		return s
	}
	ids := []string{"country-iq", "country-kw"}
	src := []Role{{0, RoleSource}}
	sys := []Event{
		{ID: "e#1", Trigger: span("invaded", 1), Type: "attack", Actors: src}, // correct
		{ID: "e#2", Trigger: span("Iraq", 2), Type: "attack", Actors: src},    // unmatched, in [0,40)
		{ID: "e#3", Trigger: span("fled", 1), Type: "attack"},                 // matched, wrong type
		{ID: "e#4", Trigger: span("shelled", 1), Type: "attack", Actors: src}, // correct, last sentence
		{ID: "e#5", Trigger: span("Kuwait", 4), Type: "attack"},               // unmatched, last sentence
	}
	golds := []GoldEvent{
		{Trigger: "invaded", Occurrence: 1, Type: "attack", Source: "country-iq", Line: 1},
		{Trigger: "bombed", Occurrence: 1, Type: "attack", Source: "country-iq", Line: 2}, // missed
		{Trigger: "fled", Occurrence: 1, Type: "flee", Line: 3},
		{Trigger: "shelled", Occurrence: 1, Type: "attack", Source: "country-iq", Line: 4},
	}
	for _, c := range []struct {
		name      string
		region    *document.Span
		inRegion  int
		correctIn int
		matchedIn int
		precision float64
		scoredFPs int
	}{
		{"no region: all events", nil, 5, 2, 3, 2.0 / 5, 2},
		{"first two sentences", &document.Span{0, 40}, 2, 1, 1, 1.0 / 2, 1},
		{"a trigger ending on the region's end counts", &document.Span{0, 52}, 3, 1, 2, 1.0 / 3, 1},
		{"a trigger ending past the region's end does not", &document.Span{0, 51}, 2, 1, 1, 1.0 / 2, 1},
		{"a trigger cut by the region's start counts", &document.Span{63, 74}, 2, 1, 1, 1.0 / 2, 1},
		{"empty region", &document.Span{0, 0}, 0, 0, 0, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := GoldFile{Events: golds}
			if c.region != nil {
				file.Region, file.HasRegion = *c.region, true
			}
			rep := EvaluateFile(text, file, sys, nil, ids)
			if rep.InRegion != c.inRegion || rep.CorrectInRegion != c.correctIn || rep.MatchedInRegion != c.matchedIn {
				t.Errorf("in region %d correct %d matched %d, want %d %d %d", rep.InRegion, rep.CorrectInRegion, rep.MatchedInRegion, c.inRegion, c.correctIn, c.matchedIn)
			}
			if rep.Precision != c.precision {
				t.Errorf("precision %.3f, want %.3f", rep.Precision, c.precision)
			}
			// Recall never depends on the region: 2 of 4 gold events right,
			// 3 of 4 triggers found.
			if rep.Recall != 0.5 || rep.TriggerRecall != 0.75 || rep.System != 5 || rep.Gold != 4 {
				t.Errorf("recall %.3f trigger recall %.3f system %d gold %d", rep.Recall, rep.TriggerRecall, rep.System, rep.Gold)
			}
			scored := 0
			for _, fp := range rep.FalsePositives {
				if fp.Scored {
					scored++
				}
			}
			if len(rep.FalsePositives) != 2 || scored != c.scoredFPs {
				t.Errorf("%d false positives, %d scored; want 2, %d", len(rep.FalsePositives), scored, c.scoredFPs)
			}
			s := rep.String()
			if c.region != nil {
				want := fmt.Sprintf("recall over all gold R=0.500 (2/4), precision inside region [%d,%d) P=%.3f", c.region[0], c.region[1], c.precision)
				if !strings.Contains(s, want) {
					t.Errorf("report lacks %q:\n%s", want, s)
				}
			} else if !strings.Contains(s, "type+time+main actor: correct 2  P 0.400  R 0.500") {
				t.Errorf("report without a region changed:\n%s", s)
			}
		})
	}
}

func TestLoadGoldFileRegion(t *testing.T) {
	f, err := LoadGoldFile(strings.NewReader("# region: code points [0, 120) of the document text\ninvaded\t1\tattack\t-\t-\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !f.HasRegion || f.Region != (document.Span{0, 120}) || len(f.Events) != 1 {
		t.Errorf("read %+v", f)
	}
	if f, err := LoadGoldFile(strings.NewReader("invaded\t1\tattack\t-\t-\t-\n")); err != nil || f.HasRegion {
		t.Errorf("no region line: %+v, %v", f, err)
	}
	if _, err := LoadGoldFile(strings.NewReader("x\t1\tattack\t-\t-\t-\n# region: 0 120\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad region: error %v, want line 2", err)
	}
}
