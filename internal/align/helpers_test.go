package align

import (
	"slices"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// ev builds a test event; the document is the id up to '#'.
func ev(id, lang, typ, from, to, timeText string, actors ...Actor) Event {
	doc, _, _ := strings.Cut(id, "#")
	cal := "gregorian"
	if lang == "th" {
		cal = "buddhist"
	}
	value := timexValue(from, to)
	if from == "" {
		cal, value = "", ""
	}
	return Event{ID: id, Doc: doc, Lang: lang, Type: typ, Text: typ + " " + timeText, Span: document.Span{0, 10},
		Interval: [2]string{from, to}, TimeValue: value, TimeText: timeText, Calendar: cal, TimeSpan: document.Span{2, 5}, Actors: actors}
}

// timexValue writes a whole year as YYYY, a whole month as YYYY-MM, a day
// as itself and anything else as from/to.
func timexValue(from, to string) string {
	switch {
	case from == to:
		return from
	case len(from) == 10 && strings.HasSuffix(from, "-01-01") && to == from[:4]+"-12-31":
		return from[:4]
	case len(from) == 10 && strings.HasSuffix(from, "-01") && to[:7] == from[:7]:
		return from[:7]
	}
	return from + "/" + to
}

// anchored marks an event's time as worked out from a date of its own
// sentence.
func anchored(e Event) Event {
	e.TimeAnchored = true
	return e
}

func src(id string) Actor   { return Actor{ID: id, Name: id, Text: id, Role: RoleSource} }
func tgt(id string) Actor   { return Actor{ID: id, Name: id, Text: id, Role: RoleTarget} }
func other(id string) Actor { return Actor{ID: id, Name: id, Text: id, Role: "other"} }

func withQty(e Event, text string, v float64, unit string) Event {
	e.Quantities = append(slices.Clone(e.Quantities), Quantity{Text: text, Span: document.Span{6, 9}, Value: v, Unit: unit})
	return e
}

func withRange(e Event, text string, lo, hi float64, unit string) Event {
	e.Quantities = append(slices.Clone(e.Quantities), Quantity{Text: text, Span: document.Span{6, 9}, Value: lo, Min: &lo, Max: &hi, Unit: unit})
	return e
}

// groupsOf lists the clusters as sorted member lists, sorted.
func groupsOf(tl Timeline) [][]string {
	var out [][]string
	for _, c := range tl.Clusters {
		m := slices.Clone(c.Events)
		slices.Sort(m)
		out = append(out, m)
	}
	slices.SortFunc(out, slices.Compare)
	return out
}

// discrepancyKeys writes each discrepancy as kind:value|value… in claim order.
func discrepancyKeys(tl Timeline) []string {
	var out []string
	for _, d := range tl.Discrepancies {
		var vals []string
		for _, c := range d.Claims {
			vals = append(vals, c.Value)
		}
		out = append(out, d.Kind+":"+strings.Join(vals, "|"))
	}
	slices.Sort(out)
	return out
}

// checkJoinedAndFlagged checks whether events a and b share a cluster and
// whether the timeline flags any discrepancy.
func checkJoinedAndFlagged(t *testing.T, tl Timeline, a, b string, together, flagged bool) {
	t.Helper()
	of := clusterOf(tl)
	if got := of[a] == of[b]; got != together {
		t.Errorf("%s and %s together %v, want %v", a, b, got, together)
	}
	if got := len(tl.Discrepancies) > 0; got != flagged {
		t.Errorf("discrepancies %v, want flagged %v", discrepancyKeys(tl), flagged)
	}
}
