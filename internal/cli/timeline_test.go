package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/samples"
)

func TestTimelineJSONCoversEveryEventOnce(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, f := range samples.Files() {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
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
