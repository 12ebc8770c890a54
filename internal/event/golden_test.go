package event

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/reader"
)

// TestGolden runs the pipeline on our own sample articles and compares the
// events, and the CSV and PLOVER renderings, with the golden files in
// testdata (refresh with go test -update).
func TestGolden(t *testing.T) {
	for _, file := range []string{"sample_en.txt", "sample_th.txt"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", file)
			var a annotated
			n := 0
			for doc, err := range reader.File(path, reader.Auto) {
				if err != nil {
					t.Fatal(err)
				}
				n++
				a = annotate(t, doc, true)
			}
			if n != 1 {
				t.Fatalf("%s: %d documents, want 1", path, n)
			}
			events := Extract(a.in)
			checkEvents(t, a.in, events)
			if len(events) < 8 {
				t.Errorf("only %d events", len(events))
			}
			base := strings.TrimSuffix(file, ".txt")
			names := actorNames(t, a)

			var readable bytes.Buffer
			for _, ev := range events {
				fmt.Fprintf(&readable, "%s\n    %q\n", describe(a, ev), a.in.Text.Slice(ev.Span))
			}
			compareGolden(t, filepath.Join("testdata", base+".golden.txt"), readable.Bytes())

			js, err := json.MarshalIndent(events, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join("testdata", base+".golden.json"), append(js, '\n'))

			var csvOut, plover bytes.Buffer
			if err := WriteCSV(&csvOut, a.doc.ID, a.doc.Lang, a.in.Text, events, a.in.Times, a.actorIDs, names); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join("testdata", base+".golden.csv"), csvOut.Bytes())
			if err := WritePLOVER(&plover, a.doc.ID, a.doc.Lang, a.in.Text, events, a.in.Times, a.actorIDs, names); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join("testdata", base+".golden.plover.jsonl"), plover.Bytes())
		})
	}
}

// actorNames gives each mention its actor's canonical name in the
// document's language.
func actorNames(t testing.TB, a annotated) []string {
	lex := mustLexicon(t)
	names := make([]string, len(a.actorIDs))
	for i, id := range a.actorIDs {
		if e, ok := lex.Lookup(id); ok {
			names[i] = e.CanonicalName(a.doc.Lang)
		}
	}
	return names
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
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
		t.Errorf("output differs from %s (go test -update to accept):\n%s", path, got)
	}
}
