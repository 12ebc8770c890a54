package timex

import (
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/gold"
)

func TestLoadGold(t *testing.T) {
	src := "# comment\n\n1979\t2\tDATE\t1979\t\nthe 1980s\t1\tDATE\t198\tMID\ntwo weeks\t1\tDURATION\tP2W\n"
	gold, err := LoadGold(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 3 || gold[0].Occurrence != 2 || gold[1].Mod != "MID" || gold[0].Line != 3 || gold[2].Mod != "" {
		t.Fatalf("unexpected gold: %+v", gold)
	}
	for _, bad := range []string{"1979\tx\tDATE\t1979\n", "1979\t1\tDATE\n", "\t1\tDATE\t1979\n", "1979\t0\tDATE\t1979\n"} {
		if _, err := LoadGold(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: want an error naming line 1, got %v", bad, err)
		}
	}
}

func TestEvaluate(t *testing.T) {
	text := "In 1979 the war began; in 1979 it ended. Late 1980 was calm. Some 2,000 men came in 1981."
	rt := document.NewRuneText(text)
	golds := []GoldMention{
		{Text: "1979", Occurrence: 1, Type: "DATE", Value: "1979", Line: 1},
		{Text: "1979", Occurrence: 2, Type: "DATE", Value: "1979", Line: 2},
		{Text: "Late 1980", Occurrence: 1, Type: "DATE", Value: "1980", Mod: "END", Line: 3},
		{Text: "1990", Occurrence: 1, Type: "DATE", Value: "1990", Line: 4},   // not in the text
		{Text: "war", Occurrence: 1, Type: "DURATION", Value: "PXY", Line: 5}, // not a DATE: ignored
	}
	at := func(s string, nth int) document.Span {
		span, ok := gold.Resolve(rt, s, nth)
		if !ok {
			t.Fatalf("%q not in test text", s)
		}
		return span
	}
	sys := []Mention{
		{Text: "1979", Span: at("1979", 1), Type: "DATE", Value: "1979"},
		{Text: "1979", Span: at("1979", 2), Type: "DATE", Value: "1978"},                       // wrong value
		{Text: "Late 1980", Span: at("Late 1980", 1), Type: "DATE", Value: "1980", Mod: "END"}, // right
		{Text: "1981", Span: at("1981", 1), Type: "DATE", Value: "1981"},                       // false positive
		{Text: "men", Span: at("men", 1), Type: "DURATION", Value: "P1Y"},                      // ignored
	}
	rep := Evaluate(rt, golds, sys)
	if rep.Gold != 3 || rep.System != 4 || rep.Correct != 2 || rep.Matched != 3 {
		t.Fatalf("counts: %+v", rep)
	}
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0], "line 4") {
		t.Errorf("errors: %v", rep.Errors)
	}
	if len(rep.Misses) != 1 || rep.Misses[0].System == nil || rep.Misses[0].System.Value != "1978" {
		t.Errorf("misses: %+v", rep.Misses)
	}
	if len(rep.FalsePositives) != 1 || rep.FalsePositives[0].Value != "1981" {
		t.Errorf("false positives: %+v", rep.FalsePositives)
	}
	if rep.Precision != 0.5 || rep.Recall != 2.0/3 || rep.SpanRecall != 1 {
		t.Errorf("scores: P %v R %v span R %v", rep.Precision, rep.Recall, rep.SpanRecall)
	}
	out := rep.String()
	for _, want := range []string{"gold 3, system 4", "F1", "line 4", "system \"1979\" = 1978", "\"1981\""} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestEvaluateTagged runs the whole loop on one of our sentences.
func TestEvaluateTagged(t *testing.T) {
	rt := document.NewRuneText("ต่อมาในวันที่ 25 ธันวาคม พ.ศ. 2521 และปีถัดมา")
	gold, err := LoadGold(strings.NewReader("วันที่ 25 ธันวาคม พ.ศ. 2521\t1\tDATE\t1978-12-25\t\nปีถัดมา\t1\tDATE\t1979\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := Evaluate(rt, gold, Tag(rt, "th", nil, Options{}))
	if rep.F1 != 1 {
		t.Errorf("want a perfect score:\n%s", rep)
	}
}
