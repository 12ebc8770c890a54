package server

import (
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/store"
)

// TestEventValueIsTheEventsOwn checks that an API event, and the event
// alignment reads, carry the event's own time value: "shortly after" a
// dated mention gives only its year. Records stored before events had a
// value of their own fall back to the mention's.
func TestEventValueIsTheEventsOwn(t *testing.T) {
	text := "The talks failed in May 1970. Shortly after that, the army attacked."
	d := &docLayers{
		info:  docInfo{ID: "d", Lang: "en"},
		rt:    document.NewRuneText(text),
		times: map[int]store.TimeRow{0: {Span: document.Span{20, 28}, Text: "May 1970", Type: "DATE", Value: "1970-05", Interval: [2]string{"1970-05-01", "1970-05-31"}}},
	}
	sn := &snapshot{}
	zero := 0
	tests := []struct {
		stored, want string
	}{
		{stored: "1970", want: "1970"},
		{stored: "", want: "1970-05"},
	}
	for _, tt := range tests {
		ev := event.Event{ID: "d#1", Span: document.Span{30, 68}, Trigger: document.Span{60, 68}, Type: "attack", Time: &zero, Value: tt.stored, Interval: [2]string{"1970-01-01", "1970-12-31"}}
		e := sn.resolve(d, ev, nil)
		if e.Value != tt.want || e.Time == nil || e.Time.Value != "1970-05" {
			t.Errorf("stored %q: value %q, mention %v; want %q and the mention 1970-05", tt.stored, e.Value, e.Time, tt.want)
		}
		if a := alignEvent(&e); a.TimeValue != tt.want {
			t.Errorf("stored %q: alignment reads %q, want %q", tt.stored, a.TimeValue, tt.want)
		}
	}
}
