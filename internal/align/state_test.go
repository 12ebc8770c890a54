package align

import (
	"slices"
	"testing"

	"chronicle/internal/document"
)

func inherited(e Event) Event {
	e.TimeInherited = true
	return e
}

func strength(id, lang, holder string, lo, hi float64, approx bool) Event {
	e := ev(id, lang, StrengthType, "", "", "", src(holder))
	q := Quantity{Text: "n", Span: document.Span{6, 9}, Value: lo, Unit: "soldier", Approx: approx}
	if hi != lo {
		q.Min, q.Max = &lo, &hi
	}
	e.Quantities = []Quantity{q}
	return e
}

func TestInheritedDatesAndStrengthClaims(t *testing.T) {
	tests := []struct {
		name          string
		events        []Event
		groups        [][]string
		discrepancies []string
	}{
		{
			name: "a narrative date in force is set aside across documents on a distinctive actor",
			events: []Event{
				inherited(ev("th#1", "th", "declare", "1988-07-15", "1988-07-15", "15 กรกฎาคม 2531", src("country-au"), tgt("country-kh"))),
				ev("en#1", "en", "declare", "1989-11-01", "1989-11-30", "November 1989", src("country-au"), tgt("country-kh")),
			},
			groups: [][]string{{"en#1", "th#1"}},
		},
		{
			name: "within one document a narrative date still tells a different event",
			events: []Event{
				inherited(ev("en#1", "en", "declare", "1988-07-15", "1988-07-15", "July 15, 1988", src("country-au"), tgt("country-kh"))),
				ev("en#2", "en", "declare", "1989-11-01", "1989-11-30", "November 1989", src("country-au"), tgt("country-kh")),
			},
			groups: [][]string{{"en#1"}, {"en#2"}},
		},
		{
			name: "an inherited date makes no date claim",
			events: []Event{
				inherited(ev("th#1", "th", "withdraw", "1988-05-13", "1988-05-13", "13 พฤษภาคม 2531", src("country-vn"), tgt("country-kh"))),
				ev("en#1", "en", "withdraw", "1988-05-26", "1988-05-26", "May 26, 1988", src("country-vn"), tgt("country-kh")),
			},
			groups: [][]string{{"en#1", "th#1"}},
		},
		{
			name: "the same dates stated in the sentence conflict",
			events: []Event{
				ev("th#1", "th", "withdraw", "1988-05-13", "1988-05-13", "13 พฤษภาคม 2531", src("country-vn"), tgt("country-kh")),
				ev("en#1", "en", "withdraw", "1988-05-26", "1988-05-26", "May 26, 1988", src("country-vn"), tgt("country-kh")),
			},
			groups:        [][]string{{"en#1", "th#1"}},
			discrepancies: []string{"date:1988-05-13|1988-05-26"},
		},
		{
			name: "strengths of one holder that no figure of the other document matches",
			events: []Event{
				strength("th#q1", "th", "front", 12000, 15000, true),
				strength("en#q1", "en", "front", 10000, 10000, false),
				strength("en#q2", "en", "front", 10000, 10000, false),
			},
			groups:        [][]string{{"en#q1", "en#q2", "th#q1"}},
			discrepancies: []string{"quantity:10000|10000|12000/15000"},
		},
		{
			name: "one matching figure: the sources tell one story at different times",
			events: []Event{
				strength("th#q1", "th", "army", 300, 300, true),
				strength("en#q1", "en", "army", 250, 300, false),
				strength("en#q2", "en", "army", 10000, 10000, true),
			},
			groups: [][]string{{"en#q1", "en#q2", "th#q1"}},
		},
		{
			name: "figures of one document are never compared, nor different holders",
			events: []Event{
				strength("en#q1", "en", "army", 30000, 30000, false),
				strength("en#q2", "en", "army", 10000, 10000, false),
				strength("th#q1", "th", "front", 5000, 5000, false),
			},
			groups: [][]string{{"en#q1", "en#q2"}, {"th#q1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Align(tt.events)
			if got := groupsOf(tl); !slices.EqualFunc(got, tt.groups, slices.Equal) {
				t.Errorf("clusters = %v, want %v", got, tt.groups)
			}
			if got := discrepancyKeys(tl); !slices.Equal(got, tt.discrepancies) {
				t.Errorf("discrepancies = %v, want %v", got, tt.discrepancies)
			}
		})
	}
}
