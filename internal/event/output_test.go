package event

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

func TestWriters(t *testing.T) {
	rt := document.NewRuneText("Iraq did not invade Iran. Iraq invaded Kuwait.")
	zero, one, two := 0, 1, 2
	times := []timex.Mention{{Value: "1990-08", Interval: [2]string{"1990-08-01", "1990-08-31"}}}
	events := []Event{
		{ID: "d#1", Span: document.Span{0, 25}, Trigger: document.Span{13, 19}, Type: "attack", Negated: true,
			Actors: []Role{{0, RoleSource}, {1, RoleTarget}}, Quantities: []int{}},
		{ID: "d#2", Span: document.Span{26, 46}, Trigger: document.Span{31, 38}, Type: "attack", Time: &zero,
			Interval: times[0].Interval, Actors: []Role{{2, RoleSource}, {3, RoleTarget}, {9, RoleOther}},
			Place: &one, Quantities: []int{4}},
		{ID: "d#3", Span: document.Span{0, 99}, Trigger: document.Span{0, 4}, Type: "nonesuch", Time: &two, Quantities: []int{}},
	}
	ids := []string{"country-iq", "country-ir", "country-iq", "country-kw"}
	names := []string{"Iraq", "Iran", "Iraq", "Kuwait"}

	var b bytes.Buffer
	if err := WriteCSV(&b, "d", "en", rt, events, times, ids, names); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("rows %d, header %v", len(rows), rows[0])
	}
	col := func(row []string, name string) string {
		for i, h := range csvHeader {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	r := rows[2]
	for name, want := range map[string]string{
		"trigger": "invaded", "time": "1990-08", "date": "1990-08-01", "enddate": "1990-08-31",
		"source": "country-iq", "target_name": "Kuwait", "other": "", "place": "country-ir",
		"quantities": "4", "negated": "false", "plover": "ASSAULT", "cameo": "190", "text": "Iraq invaded Kuwait.",
	} {
		if got := col(r, name); got != want {
			t.Errorf("row 2 %s = %q, want %q", name, got, want)
		}
	}
	if col(rows[1], "negated") != "true" || col(rows[3], "text") != "" || col(rows[3], "time") != "" {
		t.Errorf("negation or out-of-range fields wrong: %v %v", rows[1], rows[3])
	}

	b.Reset()
	if err := WritePLOVER(&b, "d", "en", rt, events, times, ids, names); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d PLOVER lines, want 2 (the negated event is left out):\n%s", len(lines), b.String())
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{
		"id": "d#2", "date": "1990-08-01", "enddate": "1990-08-31", "actor": "country-iq", "recipient": "country-kw",
		"event": "ASSAULT", "event_text": "Iraq invaded Kuwait.", "doc": "d", "lang": "en",
		"span_start": 26.0, "span_end": 46.0, "trigger_start": 31.0, "trigger_end": 38.0, "type": "attack", "location": "country-ir",
	} {
		if rec[k] != want {
			t.Errorf("PLOVER %s = %v, want %v", k, rec[k], want)
		}
	}
}
