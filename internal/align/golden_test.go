package align

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleTimeline aligns the hand-written sample events.
func sampleTimeline(t *testing.T) Timeline {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "sample_events.json"))
	if err != nil {
		t.Fatal(err)
	}
	var events []Event
	if err := json.Unmarshal(raw, &events); err != nil {
		t.Fatalf("sample_events.json: %v", err)
	}
	return Align(events)
}

// golden compares got with testdata/golden/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\n--- got ---\n%s", name, got)
	}
}

func TestGoldenOutputs(t *testing.T) {
	tl := sampleTimeline(t)
	// The sample is built to show each rule once.
	if got := discrepancyKeys(tl); len(got) != 2 || got[0] != "date:1982-06-21|1982-06-22" || got[1] != "quantity:57000000000|58000000000" {
		t.Fatalf("sample discrepancies %v", got)
	}
	writers := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"sample.json", func(b *bytes.Buffer) error { return WriteJSON(b, tl) }},
		{"sample.timelinejs.json", func(b *bytes.Buffer) error { return WriteTimelineJS(b, tl, "Sample <timeline>") }},
		{"sample.table.txt", func(b *bytes.Buffer) error {
			return WriteTable(b, tl, map[string]string{"th-sample": "buddhist", "en-sample": "gregorian"})
		}},
		{"sample.csv", func(b *bytes.Buffer) error { return WriteCSV(b, tl) }},
		{"sample.plover.jsonl", func(b *bytes.Buffer) error { return WritePLOVER(b, tl) }},
	}
	for _, wr := range writers {
		t.Run(wr.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := wr.write(&b); err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(wr.name, ".json") && !json.Valid(b.Bytes()) {
				t.Fatalf("%s is not valid JSON:\n%s", wr.name, b.Bytes())
			}
			golden(t, wr.name, b.Bytes())
		})
	}
}

// TestTimelineJSEscapesDocumentText: document text reaches a browser, so
// markup in it must arrive as text.
func TestTimelineJSEscapesDocumentText(t *testing.T) {
	tl := sampleTimeline(t)
	var b bytes.Buffer
	if err := WriteTimelineJS(&b, tl, "a <b>title</b>"); err != nil {
		t.Fatal(err)
	}
	var doc tjsDoc
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range doc.Events {
		if strings.Contains(s.Text.Text, "<b>58") || strings.Contains(s.Text.Text, `& "more"`) {
			t.Errorf("unescaped document text in %q", s.Text.Text)
		}
		if strings.Contains(s.Text.Text, "&lt;b&gt;58 billion&lt;/b&gt; dollars &amp; &#34;more&#34;") {
			found = true
		}
	}
	if !found {
		t.Errorf("escaped sample text not found:\n%s", b.Bytes())
	}
	if doc.Title == nil || doc.Title.Text.Headline != "a &lt;b&gt;title&lt;/b&gt;" {
		t.Errorf("title %+v", doc.Title)
	}
}

func TestWriteJSONRoundTripsEvents(t *testing.T) {
	tl := sampleTimeline(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, tl); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Events        []Event         `json:"events"`
		Clusters      []Cluster       `json:"clusters"`
		Discrepancies []Discrepancy   `json:"discrepancies"`
		Extra         json.RawMessage `json:"extra"`
	}
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	again := Align(back.Events)
	var b2 bytes.Buffer
	if err := WriteJSON(&b2, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Errorf("aligning the written events again changes the output")
	}
}
