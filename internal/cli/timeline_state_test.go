package cli

import (
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/align"
	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/quantity"
	"chronicle/internal/timex"
)

func TestStrengthClaims(t *testing.T) {
	// Our own text: an infobox item naming its holder, and a body sentence
	// whose figure belongs to the front named in the sentence before.
	text := "- Units: 9,000 Delta Front soldiers, 4,000 Omega League soldiers\n" +
		"The Delta Front held the hills. It had about 7,000 soldiers. Omega League marched."
	rt := document.NewRuneText(text)
	find := func(s string) document.Span {
		for i := 0; i+len([]rune(s)) <= rt.Len(); i++ {
			if rt.Slice(document.Span{i, i + len([]rune(s))}) == s {
				return document.Span{i, i + len([]rune(s))}
			}
		}
		t.Fatalf("%q not in text", s)
		return document.Span{}
	}
	lineEnd := find("\n")[0]
	body := find("The Delta")[0]
	second := find("It had")[0]
	delta1, omega1 := find("Delta Front"), find("Omega League")
	delta2 := document.Span{body + 4, body + 15}
	rec := &annotate.Record{
		Document:  &document.Document{ID: "d", Lang: "en", Text: text, Infobox: []document.InfoField{{Key: "Units", Span: document.Span{0, lineEnd}}}},
		Sentences: []annotate.Sentence{{Span: document.Span{body, second - 1}}, {Span: document.Span{second, second + 28}}, {Span: document.Span{second + 29, rt.Len()}}},
		Actors: []actor.Mention{
			{Text: "Delta Front", Span: delta1, ID: "delta", Kind: "faction"},
			{Text: "Omega League", Span: omega1, ID: "omega", Kind: "faction"},
			{Text: "Delta Front", Span: delta2, ID: "delta", Kind: "faction"},
		},
		Quantities: []quantity.Quantity{
			{Text: "9,000", Span: find("9,000"), Value: 9000, Unit: "soldier"},
			{Text: "4,000", Span: find("4,000"), Value: 4000, Unit: "soldier"},
			{Text: "about 7,000 soldiers", Span: find("about 7,000 soldiers"), Value: 7000, Unit: "soldier", Approx: true},
		},
	}
	got := strengthClaims(rec, rt)
	want := []struct {
		holder string
		value  float64
	}{{"delta", 9000}, {"omega", 4000}, {"delta", 7000}}
	if len(got) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		e := got[i]
		if e.Type != align.StrengthType || len(e.Actors) != 1 || e.Actors[0].ID != w.holder || e.Quantities[0].Value != w.value {
			t.Errorf("claim %d = %s %+v %+v, want %s %v", i, e.Type, e.Actors, e.Quantities, w.holder, w.value)
		}
	}
	if !got[2].Quantities[0].Approx {
		t.Error("the approximation was lost")
	}
}

// TestEventsTakeTheAnnotatorsInheritedMark checks that alignment takes the
// annotator's mark of an inherited time as it is: the annotator alone knows
// where the time came from.
func TestEventsTakeTheAnnotatorsInheritedMark(t *testing.T) {
	text := "In May 1990 the council met. The front withdrew."
	rec := &annotate.Record{
		Document:  &document.Document{ID: "d", Lang: "en", Text: text},
		Sentences: []annotate.Sentence{{Span: document.Span{0, 28}}, {Span: document.Span{29, 48}}},
		Times:     []timex.Mention{{Text: "May 1990", Span: document.Span{3, 11}, Value: "1990-05"}},
	}
	zero := 0
	tests := []struct {
		name      string
		span      document.Span
		inherited bool
		want      bool
	}{
		{"own sentence, not marked", document.Span{0, 28}, false, false},
		{"own sentence, marked by the annotator", document.Span{0, 28}, true, true},
		{"sentence after the time, marked", document.Span{29, 48}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec.Events = []event.Event{{ID: "d#1", Span: tt.span, Type: "meet", Time: &zero,
				Interval: [2]string{"1990-05-01", "1990-05-31"}, TimeInherited: tt.inherited}}
			d := eventsForAlignment(rec)
			if len(d.events) != 1 || d.events[0].TimeInherited != tt.want {
				t.Fatalf("events %+v, want one with TimeInherited %v", d.events, tt.want)
			}
		})
	}
}

func TestAnchoredInSentence(t *testing.T) {
	// Our own text: "that year" resolved against 1961 in its own sentence,
	// "that year" in the next sentence, and a date anchored on an anaphor.
	zero, one, three := 0, 1, 3
	rec := &annotate.Record{
		Sentences: []annotate.Sentence{{Span: document.Span{0, 40}}, {Span: document.Span{41, 80}}},
		Times: []timex.Mention{
			{Text: "1961", Span: document.Span{3, 7}, Value: "1961"},
			{Text: "that year", Span: document.Span{28, 37}, Value: "1961", Anchor: &zero},
			{Text: "that year", Span: document.Span{50, 59}, Value: "1961", Anchor: &zero},
			{Text: "the next day", Span: document.Span{60, 72}, Value: "1961-05-02", Anchor: &one},
			{Text: "then", Span: document.Span{74, 78}, Value: "1961-05-02", Anchor: &three},
		},
	}
	for i, want := range []bool{false, true, false, false, false} {
		if got := anchoredInSentence(rec, i); got != want {
			t.Errorf("time %d (%q): anchored %v, want %v", i, rec.Times[i].Text, got, want)
		}
	}
}
