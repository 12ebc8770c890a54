package cli

import (
	"errors"
	"path/filepath"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/event"
	"chronicle/internal/sharedfiles"
)

// The held-out event gold must load against the embedded samples and every
// line must name a trigger occurrence that is in the document text.
func TestHeldOutEventGoldResolves(t *testing.T) {
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events layerEval
	for _, l := range layerEvals() {
		if l.name == "events" {
			events = l
		}
	}
	dir := filepath.Join(sharedfiles.ModuleRoot(t), "testdata", "eval", "events", heldOutDir)
	for _, name := range []string{"east_timor_en", "east_timor_th", "bangladesh_1971_en", "bangladesh_1971_th"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".tsv")
			rec, err := heldOutRecord(ann, path)
			report, err := evalJob{heading: name, gold: path, rec: rec, err: err}.score(events)
			if err != nil {
				t.Fatalf("held-out %s: %v", name, err)
			}
			rep, ok := report.(event.Report)
			if !ok {
				t.Fatalf("report is %T, want event.Report", report)
			}
			if rep.Gold == 0 {
				t.Errorf("held-out %s: no gold event resolved in the text", name)
			}
			for _, e := range rep.Errors {
				t.Errorf("held-out %s: %s", name, e)
			}
		})
	}
}

func TestGoldDocumentID(t *testing.T) {
	tests := []struct {
		gold, want string
	}{
		{"# document: 900001\nx\t1\tkill\n", "900001"},
		{"#Document:  abc \n", "abc"},
		{"# region: code points [0, 10)\n", ""},
		{"document: 5\n", ""}, // not a comment
		{"", ""},
	}
	for _, tt := range tests {
		if got := goldDocumentID([]byte(tt.gold)); got != tt.want {
			t.Errorf("goldDocumentID(%q) = %q, want %q", tt.gold, got, tt.want)
		}
	}
}

func TestHeldOutDocument(t *testing.T) {
	tests := []struct {
		name, id, wantID string
		wantErr          bool
	}{
		{"east_timor_en", "", "east_timor_en", false},
		{"east_timor_th", "900001", "900001", false},
		{"east_timor_th", "", "", true},       // two documents, none named
		{"east_timor_th", "nosuch", "", true}, // no document of that ID
		{"bangladesh_1971_en", "", "bangladesh_1971_en", false},
		{"bangladesh_1971_th", "", "900006", false}, // one document, no ID needed
		{"nosuch", "", "", true},
	}
	for _, tt := range tests {
		doc, err := heldOutDocument(tt.name, tt.id)
		if (err != nil) != tt.wantErr {
			t.Errorf("heldOutDocument(%q, %q) error %v, want error %v", tt.name, tt.id, err, tt.wantErr)
			continue
		}
		if err == nil && doc.ID != tt.wantID {
			t.Errorf("heldOutDocument(%q, %q) = document %q, want %q", tt.name, tt.id, doc.ID, tt.wantID)
		}
	}
	if _, err := heldOutDocument("nosuch", ""); !errors.Is(err, errNoSample) {
		t.Errorf("unknown sample: error %v, want errNoSample", err)
	}
}
