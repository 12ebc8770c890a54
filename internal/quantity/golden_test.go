package quantity

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs Find on sample paragraphs written for this package and
// compares the JSON with testdata/*.golden.json.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"en", "th"} {
		t.Run(lang, func(t *testing.T) {
			input := filepath.Join("testdata", "sample_"+lang+".txt")
			golden := filepath.Join("testdata", "sample_"+lang+".golden.json")
			text, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(Find(string(text), lang, nil), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Find on %s differs from %s (go test -update rewrites it):\n%s", input, golden, got)
			}
		})
	}
}
