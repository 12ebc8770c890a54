package event

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

// TestOutcomeInfobox checks that the events of an infobox "Result" line
// are read, one list item each, while other infobox lines stay out.
func TestOutcomeInfobox(t *testing.T) {
	text := "Infobox\n- Place: Falkland Islands, attack helicopters\n- Result: British victory, Argentine surrender in 1982, Death of Leopoldo Galtieri in 2003\n\nThe war ended."
	doc := &document.Document{ID: "t", Lang: "en", Text: text}
	rt := document.NewRuneText(text)
	field := func(line, key string) document.InfoField {
		start := rt.RuneOffset(strings.Index(text, line))
		n := document.NewRuneText(line).Len()
		k := document.NewRuneText("- " + key + ": ").Len()
		return document.InfoField{Key: key, Span: document.Span{start, start + n}, ValueSpan: document.Span{start + k, start + n}}
	}
	doc.Infobox = []document.InfoField{
		field("- Place: Falkland Islands, attack helicopters", "Place"),
		field("- Result: British victory, Argentine surrender in 1982, Death of Leopoldo Galtieri in 2003", "Result"),
	}
	a := annotate(t, doc, true)
	a.in.Exclude = Exclusions(doc)
	events := Extract(a.in)
	checkEvents(t, a.in, events)
	surrender, ok := findEvent(a, events, "surrender")
	if !ok {
		t.Fatalf("no surrender event in the Result line")
	}
	checkWant(t, a, surrender, wantEvent{trigger: "surrender", typ: "defect", time: "1982", sources: []string{"country-ar"}})
	if death, ok := findEvent(a, events, "Death"); !ok {
		t.Errorf("no death event: a list item is no name")
	} else if death.Time == nil || a.in.Times[*death.Time].Value != "2003" {
		t.Errorf("death not dated by its own item")
	}
	for _, ev := range events {
		if ev.Trigger[0] < doc.Infobox[1].Span[0] {
			t.Errorf("event %s read in an infobox line that states no outcome", describe(a, ev))
		}
	}
}
