package align

import (
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

func TestReadGoldFilesReportLines(t *testing.T) {
	if _, err := ReadGoldPairs(strings.NewReader("# c\nบุก\t1\tattacked\tx\tnote\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad English occurrence: %v", err)
	}
	bad := []string{
		"size\ta\tx\t1\t1\tb\ty\t1\t2\n",
		"date\ta\tx\t0\t1\tb\ty\t1\t2\n",
		"date\ta\tx\t1\t1\tb\ty\t1\n",
	}
	for _, in := range bad {
		if _, err := ReadGoldDiscrepancies(strings.NewReader("# header\n" + in)); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// TestEvaluate scores a small hand-made timeline: one pair aligned, one
// split, one unresolvable; one discrepancy found, one missed, one false.
func TestEvaluate(t *testing.T) {
	thText := document.NewRuneText("กองทัพเวียดนามบุกเมื่อวันที่ 21 มิถุนายน พ.ศ. 2525 ต่อมาถอนทัพในปี พ.ศ. 2526 และมีผู้ลี้ภัย 5,000 คน")
	enText := document.NewRuneText("Vietnam attacked on 22 June 1982. It withdrew in 1990. About 9,000 refugees fled.")
	th := GoldText{File: "th.txt", Doc: "th", Text: thText}
	en := GoldText{File: "en.txt", Doc: "en", Text: enText}
	at := func(rt *document.RuneText, s string) document.Span {
		sp, ok := gold.Resolve(rt, s, 1)
		if !ok {
			t.Fatalf("%q not in the test text", s)
		}
		return sp
	}
	mk := func(id, doc, lang, typ string, rt *document.RuneText, clause, from, to, timeText string, actors ...Actor) Event {
		e := ev(id, lang, typ, from, to, timeText, actors...)
		e.Doc, e.Span, e.Text = doc, at(rt, clause), clause
		if timeText != "" {
			e.TimeSpan = at(rt, timeText)
		}
		return e
	}
	vn := "country-vn"
	events := []Event{
		mk("th#1", "th", "th", "attack", thText, "กองทัพเวียดนามบุกเมื่อวันที่ 21 มิถุนายน พ.ศ. 2525", "1982-06-21", "1982-06-21", "21 มิถุนายน พ.ศ. 2525", src(vn), tgt("country-kh")),
		mk("en#1", "en", "en", "attack", enText, "Vietnam attacked on 22 June 1982.", "1982-06-22", "1982-06-22", "22 June 1982", src(vn), tgt("country-kh")),
		mk("th#2", "th", "th", "withdraw", thText, "ต่อมาถอนทัพในปี พ.ศ. 2526", "1983-01-01", "1983-12-31", "พ.ศ. 2526", src(vn)),
		mk("en#2", "en", "en", "withdraw", enText, "It withdrew in 1990.", "1990-01-01", "1990-12-31", "1990", src(vn)),
	}
	tl := Align(events)
	// A false discrepancy the gold does not list.
	tl.Discrepancies = append(tl.Discrepancies, Discrepancy{ID: "dx", Kind: KindQuantity, Cluster: tl.Clusters[0].ID,
		Claims: []Claim{{Event: "th#2", Doc: "th", Value: "1"}, {Event: "en#2", Doc: "en", Value: "2"}}})

	pairs, err := ReadGoldPairs(strings.NewReader("# th\ten\nบุก\t1\tattacked\t1\tthe invasion\nถอนทัพ\t1\twithdrew\t1\tthe withdrawal\nไม่มี\t1\tnone\t1\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	discs, err := ReadGoldDiscrepancies(strings.NewReader(
		"date\tth\t21 มิถุนายน พ.ศ. 2525\t1\t1982-06-21\ten\t22 June 1982\t1\t1982-06-22\tday\n" +
			"date\tth\tพ.ศ. 2526\t1\t1983\ten\t1990\t1\t1990\tyear\n"))
	if err != nil {
		t.Fatal(err)
	}
	var rep Report
	pairs, errs := ResolvePairs(pairs, th, en)
	rep.Errors = append(rep.Errors, errs...)
	discs, errs = ResolveDiscrepancies(discs, th, en)
	rep.Errors = append(rep.Errors, errs...)
	rep.Pairs = EvaluatePairs(pairs, tl)
	rep.Discrepancies = EvaluateDiscrepancies(discs, tl)

	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0], "line 4") {
		t.Errorf("errors %v", rep.Errors)
	}
	if p := rep.Pairs; p.Gold != 2 || p.Aligned != 1 || len(p.Split) != 1 || p.CrossLinks != 1 || p.Recall() != 0.5 {
		t.Errorf("pairs %+v", p)
	}
	if d := rep.Discrepancies; d.Gold != 2 || d.Found != 1 || len(d.Missed) != 1 || len(d.False) != 1 || !strings.Contains(d.False[0], "dx") {
		t.Errorf("discrepancies %+v", d)
	}
	out := rep.String()
	for _, want := range []string{"recall 0.500", "in different clusters (1)", "the withdrawal", "missed (1)", "false (1)", "gold lines not resolved (1)",
		"= 1983 (th#2 in ", "= 1990 (en#2 in "} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
