package event

import (
	"testing"
	"unicode/utf8"
)

// checkEvents fails t when an event breaks the output contract: spans in
// range, indexes valid, ids in order.
func checkEvents(t testing.TB, in Input, events []Event) {
	t.Helper()
	n := in.Text.Len()
	for i, ev := range events {
		if !ev.Span.Valid(n) || !ev.Trigger.Valid(n) || ev.Trigger.Len() == 0 {
			t.Fatalf("event %d: span %v trigger %v out of range for %d code points", i, ev.Span, ev.Trigger, n)
		}
		if !ev.Span.Contains(ev.Trigger) {
			t.Fatalf("event %d: trigger %v outside span %v", i, ev.Trigger, ev.Span)
		}
		if !utf8.ValidString(in.Text.Slice(ev.Trigger)) && utf8.ValidString(in.Text.Text) {
			t.Fatalf("event %d: trigger text is not valid UTF-8", i)
		}
		if i > 0 && events[i-1].Trigger[0] > ev.Trigger[0] {
			t.Fatalf("event %d out of reading order", i)
		}
		if want := in.DocID + "#" + itoa(i+1); ev.ID != want {
			t.Fatalf("event %d: id %q, want %q", i, ev.ID, want)
		}
		if ev.Time != nil && (*ev.Time < 0 || *ev.Time >= len(in.Times)) {
			t.Fatalf("event %d: time %d out of range", i, *ev.Time)
		}
		if ev.Time == nil && (ev.Value != "" || ev.Interval != [2]string{}) {
			t.Fatalf("event %d: value %q or interval %v without a time", i, ev.Value, ev.Interval)
		}
		if ev.Time != nil {
			if m := in.Times[*ev.Time]; ev.Value == "" && m.Value != "" || ev.Interval[0] > m.Interval[0] || ev.Interval[1] < m.Interval[1] {
				t.Fatalf("event %d: value %q, interval %v does not hold its time's %v", i, ev.Value, ev.Interval, m.Interval)
			}
		}
		if ev.Time == nil && ev.Interval != [2]string{} {
			t.Fatalf("event %d: interval without time", i)
		}
		if ev.Place != nil && (*ev.Place < 0 || *ev.Place >= len(in.Actors)) {
			t.Fatalf("event %d: place %d out of range", i, *ev.Place)
		}
		seen := map[int]bool{}
		for _, r := range ev.Actors {
			if r.Actor < 0 || r.Actor >= len(in.Actors) {
				t.Fatalf("event %d: actor %d out of range", i, r.Actor)
			}
			if seen[r.Actor] {
				t.Fatalf("event %d: actor %d twice", i, r.Actor)
			}
			seen[r.Actor] = true
			if r.Role != RoleSource && r.Role != RoleTarget && r.Role != RoleOther {
				t.Fatalf("event %d: role %q", i, r.Role)
			}
		}
		for _, q := range ev.Quantities {
			if q < 0 || q >= len(in.Quantities) {
				t.Fatalf("event %d: quantity %d out of range", i, q)
			}
		}
		if ev.Actors == nil || ev.Quantities == nil {
			t.Fatalf("event %d: nil slices would print as null", i)
		}
		if _, ok := LookupType(ev.Type); !ok {
			t.Fatalf("event %d: unknown type %q", i, ev.Type)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
