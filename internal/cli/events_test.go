package cli

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

const eventsInput = `<doc id="1" url="u" title="A">A
On 25 December 1978 Vietnam invaded Cambodia. Two weeks later the Vietnamese army captured Phnom Penh.
</doc>
<doc id="2" url="u" title="B">B
In 1991 the four parties signed a peace agreement in Paris.
</doc>
`

func TestEventsCSVHasOneHeader(t *testing.T) {
	code, out, errOut := run(t, eventsInput, "events", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 3 || rows[0][0] != "doc" {
		t.Fatalf("want a header and events from both documents, got %d rows", len(rows))
	}
	docs := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] == "doc" {
			t.Fatal("header repeated inside the output")
		}
		docs[r[0]] = true
	}
	if !docs["1"] || !docs["2"] {
		t.Errorf("events from documents %v, want 1 and 2", docs)
	}
}

func TestEventsJSONLinesResolveIndexes(t *testing.T) {
	code, out, errOut := run(t, eventsInput, "events", "--format", "json", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var invade *eventLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var e eventLine
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if e.Trigger == "invaded" {
			invade = &e
		}
	}
	if invade == nil {
		t.Fatalf("no event for 'invaded' in:\n%s", out)
	}
	if invade.Type != "attack" || invade.Time != "1978-12-25" {
		t.Errorf("invasion: type %q time %q", invade.Type, invade.Time)
	}
	roles := map[string]string{}
	for _, a := range invade.Actors {
		roles[a.Role] = a.ID
	}
	if roles["source"] != "country-vn" || roles["target"] != "country-kh" {
		t.Errorf("invasion roles %v, want Vietnam → Cambodia", roles)
	}
}

func TestEventsPLOVERAndBadFormat(t *testing.T) {
	code, out, _ := run(t, eventsInput, "events", "--format", "plover", "-")
	if code != ExitOK || !strings.Contains(out, `"event":"ASSAULT"`) || !strings.Contains(out, `"date":"1978-12-25"`) {
		t.Errorf("plover output lacks the dated assault:\n%s", out)
	}
	if code, _, _ := run(t, eventsInput, "events", "--format", "xml", "-"); code != ExitUsage {
		t.Errorf("unknown format: exit %d, want %d", code, ExitUsage)
	}
}
