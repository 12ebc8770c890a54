package align

import (
	"strings"
	"testing"
)

func TestExplainTellsWhyAPairLinksOrNot(t *testing.T) {
	events := []Event{
		ev("en#1", "en", "attack", "1941-12-07", "1941-12-07", "7 December 1941", src("country-jp"), tgt("country-us")),
		ev("th#1", "th", "attack", "1941-12-07", "1941-12-07", "7 ธันวาคม 2484", src("country-jp"), tgt("country-us")),
		ev("th#2", "th", "elect", "1941-12-07", "1941-12-07", "7 ธันวาคม 2484", src("country-jp")),
		ev("th#3", "th", "attack", "1941-05-01", "1941-05-31", "พฤษภาคม 2484", src("country-jp"), tgt("country-us")),
	}
	tests := []struct {
		a, b string
		want []string
	}{
		{"en#1", "th#1", []string{"type 1.00 + time 1.00 + actors 1.50", "links true", "same cluster: true"}},
		{"en#1", "th#2", []string{"never linked (incompatible types)", "same cluster: false"}},
		{"en#1", "th#3", []string{"never linked (dates neither overlap nor are a near miss)", "same cluster: false"}},
	}
	for _, tc := range tests {
		got, err := Explain(events, Options{}, tc.a, tc.b)
		if err != nil {
			t.Fatalf("Explain(%s, %s): %v", tc.a, tc.b, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("Explain(%s, %s) lacks %q:\n%s", tc.a, tc.b, w, got)
			}
		}
	}
	if _, err := Explain(events, Options{}, "en#1", "th#9"); err == nil {
		t.Error("Explain of an unknown id: want an error")
	}
}
