package names

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenName is one line of a golden file: a name with its id and the link
// Match makes to the names of the other sample.
type goldenName struct {
	Name
	ID   string `json:"id"`
	Link string `json:"link,omitempty"`
}

// TestGolden runs Find on our two sample articles (no lexicon matches, so
// every name is unknown) and links the Thai names to the English ones.
func TestGolden(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	en := Find(read("sample_en.txt"), "en", nil, nil)
	th := Find(read("sample_th.txt"), "th", nil, nil)
	var english []string
	for _, n := range en {
		english = append(english, n.Text)
	}
	for _, c := range []struct {
		file  string
		lang  string
		names []Name
	}{{"sample_en.golden.jsonl", "en", en}, {"sample_th.golden.jsonl", "th", th}} {
		var buf bytes.Buffer
		for _, n := range c.names {
			g := goldenName{Name: n, ID: ID(c.lang, n.Text)}
			if c.lang == "th" && hasThai(n.Text) {
				g.Link, _ = Match(n.Text, english)
			}
			line, err := json.Marshal(g)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(line)
			buf.WriteByte('\n')
		}
		path := filepath.Join("testdata", c.file)
		if *update {
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(want, buf.Bytes()) {
			t.Errorf("%s differs (go test ./internal/names/ -update rewrites it):\n%s", path, buf.String())
		}
	}
}
