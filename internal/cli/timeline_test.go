package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/sharedfiles"
)

func TestTimelineJSONCoversEveryEventOnce(t *testing.T) {
	_, paths := writeSamples(t, "")
	code, out, errOut := run(t, "", append([]string{"timeline", "--format", "json"}, paths...)...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Events []struct {
			ID   string `json:"id"`
			Lang string `json:"lang"`
		} `json:"events"`
		Clusters []struct {
			ID     string   `json:"id"`
			Events []string `json:"events"`
			Langs  []string `json:"langs"`
		} `json:"clusters"`
		Discrepancies []json.RawMessage `json:"discrepancies"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("timeline JSON: %v", err)
	}
	if len(tl.Events) == 0 || len(tl.Clusters) == 0 {
		t.Fatal("no events or clusters")
	}
	seen := map[string]int{}
	bilingual := 0
	for _, c := range tl.Clusters {
		for _, id := range c.Events {
			seen[id]++
		}
		if len(c.Langs) > 1 {
			bilingual++
		}
	}
	for _, e := range tl.Events {
		if seen[e.ID] != 1 {
			t.Errorf("event %s is in %d clusters, want 1", e.ID, seen[e.ID])
		}
	}
	if bilingual == 0 {
		t.Error("no cluster joins Thai and English reports of the same event")
	}
}

func TestTimelineFormats(t *testing.T) {
	input := "= War =\n\nOn 25 December 1978 Vietnam invaded Cambodia. In 1989 Vietnam withdrew its troops from Cambodia.\n"
	for _, format := range []string{"table", "csv", "timelinejs", "plover", "json"} {
		code, out, errOut := run(t, input, "timeline", "--format", format, "-")
		if code != ExitOK || strings.TrimSpace(out) == "" {
			t.Errorf("--format %s: exit %d, %d bytes, stderr %s", format, code, len(out), errOut)
		}
	}
	if code, _, _ := run(t, input, "timeline", "--format", "pdf", "-"); code != ExitUsage {
		t.Errorf("unknown format: exit %d, want %d", code, ExitUsage)
	}
}

// TestTimelineFindsThePlantedConflicts runs the timeline on our own Thai and
// English articles on the 1999 East Timor crisis, which agree on everything
// but two planted claims: the day INTERFET first landed in Dili, and the
// reconstruction pledge, given in different scales (0.48 billion against
// 522 million dollars). Both must be found, and nothing else.
func TestTimelineFindsThePlantedConflicts(t *testing.T) {
	_, paths := writeSamples(t, "east_timor")
	code, out, errOut := run(t, "", append([]string{"timeline", "--format", "json"}, paths...)...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Discrepancies []struct {
			Kind   string `json:"kind"`
			Claims []struct {
				Value string `json:"value"`
			} `json:"claims"`
		} `json:"discrepancies"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, d := range tl.Discrepancies {
		var values []string
		for _, c := range d.Claims {
			values = append(values, c.Value)
		}
		found[d.Kind+" "+strings.Join(values, " ")] = true
	}
	t.Logf("discrepancies: %v", found)
	if len(tl.Discrepancies) != 2 {
		t.Errorf("%d discrepancies, want exactly the 2 planted ones", len(tl.Discrepancies))
	}
	date, money := false, false
	for k := range found {
		date = date || (strings.HasPrefix(k, "date") && strings.Contains(k, "1999-09-20") && strings.Contains(k, "1999-09-21"))
		money = money || (strings.HasPrefix(k, "quantity") && strings.Contains(k, "480000000") && strings.Contains(k, "522000000"))
	}
	if !date || !money {
		t.Errorf("planted conflicts found: date %v, quantity %v", date, money)
	}
}

// TestEvalTimelineExplains checks the debugging flags of `eval timeline`
// on the seeds: --explain breaks down every gold pair left in two
// clusters, --explain-pair any two events, and a malformed pair is a
// usage error.
func TestEvalTimelineExplains(t *testing.T) {
	seeds := filepath.Dir(seedPath(t, "002_37139f9e1a0765fa.txt"))
	gold := filepath.Join(sharedfiles.ModuleRoot(t), "testdata", "eval", "events")
	code, out, errOut := run(t, "", "eval", "timeline", "--gold", gold, "--docs", seeds, "--explain",
		"--explain-pair", "002_37139f9e1a0765fa#1,002_37139f9e1a0765fa#2")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Thai–English event pairs", "002_37139f9e1a0765fa#1 / 002_37139f9e1a0765fa#2", "same cluster:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "in different clusters") && !strings.Contains(out, "score:") {
		t.Error("split gold pairs listed but none explained")
	}
	if code, _, _ := run(t, "", "eval", "timeline", "--gold", gold, "--docs", seeds, "--explain-pair", "onlyone"); code != ExitUsage {
		t.Errorf("--explain-pair without a comma: exit %d, want %d", code, ExitUsage)
	}
}
