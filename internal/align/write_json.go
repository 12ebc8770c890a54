package align

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"chronicle/internal/document"
)

// WriteJSON writes the timeline as one JSON object (the contract in
// docs/timeline.md): events, clusters and discrepancies, one item a line.
// Empty lists are [] and a number that JSON cannot hold (NaN, ±Inf) is
// null.
func WriteJSON(w io.Writer, tl Timeline) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	list := func(name string, n int, item func(i int) any, last bool) error {
		fmt.Fprintf(bw, "%q: [", name)
		for i := range n {
			buf.Reset()
			if err := enc.Encode(item(i)); err != nil {
				return fmt.Errorf("align: write json: %s %d: %w", name, i, err)
			}
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n")
			bw.Write(bytes.TrimRight(buf.Bytes(), "\n"))
		}
		if n > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]")
		if !last {
			bw.WriteString(",\n")
		}
		return nil
	}
	bw.WriteString("{")
	if err := list("events", len(tl.Events), func(i int) any { return eventJSON(&tl.Events[i]) }, false); err != nil {
		return err
	}
	if err := list("clusters", len(tl.Clusters), func(i int) any { return clusterJSON(tl.Clusters[i]) }, false); err != nil {
		return err
	}
	if err := list("discrepancies", len(tl.Discrepancies), func(i int) any { return discrepancyJSON(tl.Discrepancies[i]) }, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("align: write json: %w", err)
	}
	return nil
}

// jsonEvent is Event with lists that are never null and numbers that are
// always valid JSON.
type jsonEvent struct {
	ID         string         `json:"id"`
	Doc        string         `json:"doc"`
	Lang       string         `json:"lang"`
	Text       string         `json:"text"`
	Span       document.Span  `json:"span"`
	Type       string         `json:"type"`
	Interval   [2]string      `json:"interval"`
	Time       jsonTime       `json:"time"`
	Actors     []Actor        `json:"actors"`
	Quantities []jsonQuantity `json:"quantities"`
}

type jsonTime struct {
	Value    string        `json:"value"`
	Text     string        `json:"text"`
	Calendar string        `json:"calendar"`
	Span     document.Span `json:"span"`
	// Inherited: the time stands outside the event's sentence.
	Inherited bool `json:"inherited,omitempty"`
	// Anchored: the words take their date from an absolute date of the
	// same sentence.
	Anchored bool `json:"anchored,omitempty"`
}

type jsonQuantity struct {
	Text   string        `json:"text"`
	Span   document.Span `json:"span"`
	Value  *float64      `json:"value"`
	Min    *float64      `json:"min"`
	Max    *float64      `json:"max"`
	Unit   string        `json:"unit"`
	Approx bool          `json:"approx"`
}

func eventJSON(e *Event) jsonEvent {
	out := jsonEvent{ID: e.ID, Doc: e.Doc, Lang: e.Lang, Text: e.Text, Span: e.Span, Type: e.Type, Interval: e.Interval,
		Time: jsonTime{Value: e.TimeValue, Text: e.TimeText, Calendar: e.Calendar, Span: e.TimeSpan, Inherited: e.TimeInherited,
			Anchored: e.TimeAnchored},
		Actors: e.Actors, Quantities: make([]jsonQuantity, len(e.Quantities))}
	if out.Actors == nil {
		out.Actors = []Actor{}
	}
	for i, q := range e.Quantities {
		v := q.Value
		out.Quantities[i] = jsonQuantity{Text: q.Text, Span: q.Span, Value: finite(&v), Min: finite(q.Min), Max: finite(q.Max), Unit: q.Unit, Approx: q.Approx}
	}
	return out
}

// MarshalJSON writes an event in the shape of the timeline contract, with
// its time as one object.
func (e Event) MarshalJSON() ([]byte, error) { return json.Marshal(eventJSON(&e)) }

// UnmarshalJSON reads an event written by MarshalJSON.
func (e *Event) UnmarshalJSON(b []byte) error {
	var in jsonEvent
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*e = Event{ID: in.ID, Doc: in.Doc, Lang: in.Lang, Text: in.Text, Span: in.Span, Type: in.Type, Interval: in.Interval,
		TimeValue: in.Time.Value, TimeText: in.Time.Text, Calendar: in.Time.Calendar, TimeSpan: in.Time.Span, TimeInherited: in.Time.Inherited,
		TimeAnchored: in.Time.Anchored, Actors: in.Actors}
	for _, q := range in.Quantities {
		out := Quantity{Text: q.Text, Span: q.Span, Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx}
		if q.Value != nil {
			out.Value = *q.Value
		}
		e.Quantities = append(e.Quantities, out)
	}
	return nil
}

func finite(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	return v
}

func clusterJSON(c Cluster) Cluster {
	if c.Events == nil {
		c.Events = []string{}
	}
	if c.Langs == nil {
		c.Langs = []string{}
	}
	return c
}

func discrepancyJSON(d Discrepancy) Discrepancy {
	if d.Events == nil {
		d.Events = []string{}
	}
	if d.Claims == nil {
		d.Claims = []Claim{}
	}
	return d
}
