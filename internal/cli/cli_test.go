package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/annotate"
	"chronicle/internal/samples"
)

var update = flag.Bool("update", false, "rewrite golden files")

// run calls Main in-process and returns exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

// record is the part of the annotate contract these tests check.
type record struct {
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Lang      string           `json:"lang"`
	Text      string           `json:"text"`
	Source    map[string]any   `json:"source"`
	Sections  []map[string]any `json:"sections"`
	Infobox   []map[string]any `json:"infobox"`
	Sentences []struct {
		Span [2]int `json:"span"`
	} `json:"sentences"`
	Tokens []struct {
		Span [2]int `json:"span"`
	} `json:"tokens"`
	Times []struct {
		Text string `json:"text"`
		Span [2]int `json:"span"`
	} `json:"times"`
	Actors     []any `json:"actors"`
	Quantities []any `json:"quantities"`
	Events     []any `json:"events"`
}

func decode(t *testing.T, jsonl string) []record {
	t.Helper()
	var recs []record
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		recs = append(recs, r)
	}
	return recs
}

// checkRecord asserts the contract's invariants on one record.
func checkRecord(t *testing.T, r record) {
	t.Helper()
	runes := []rune(r.Text)
	if r.Actors == nil || r.Quantities == nil || r.Events == nil || r.Sentences == nil {
		t.Errorf("%s: annotation arrays must be present, even when empty", r.ID)
	}
	prev := 0
	for _, s := range r.Sentences {
		if s.Span[0] < prev || s.Span[0] >= s.Span[1] || s.Span[1] > len(runes) {
			t.Fatalf("%s: sentence %v out of order or range (prev end %d, len %d)", r.ID, s.Span, prev, len(runes))
		}
		prev = s.Span[1]
	}
	for _, m := range r.Times {
		if got := string(runes[m.Span[0]:m.Span[1]]); got != m.Text {
			t.Errorf("%s: time span %v holds %q, text says %q", r.ID, m.Span, got, m.Text)
		}
	}
}

// writeSamples writes the embedded sample files whose names start with
// prefix ("" for all) to a temporary folder and returns their paths.
func writeSamples(t *testing.T, prefix string) (dir string, paths []string) {
	t.Helper()
	dir = t.TempDir()
	for _, f := range samples.Files() {
		if !strings.HasPrefix(f.Name, prefix) {
			continue
		}
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

func TestAnnotateSamplesGolden(t *testing.T) {
	dir, paths := writeSamples(t, "")
	code, out, errOut := run(t, "", append([]string{"annotate", "--workers", "3"}, paths...)...)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	out = strings.ReplaceAll(out, dir+string(filepath.Separator), "")
	recs := decode(t, out)
	if len(recs) != 7 {
		t.Fatalf("got %d documents, want 7 (3 WikiExtractor, 2 plain, 2 JSON lines)", len(recs))
	}
	langs := map[string]int{}
	for _, r := range recs {
		checkRecord(t, r)
		langs[r.Lang]++
	}
	if langs["th"] != 4 || langs["en"] != 3 {
		t.Errorf("languages %v, want 4 th and 3 en", langs)
	}
	// Thai word boundaries, and so Thai actors and events, depend on the
	// segmentation engine: each engine has its own golden file.
	ann, err := annotate.New(annotate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "annotate_samples."+ann.Segmenter()+".jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("annotate output differs from %s; inspect with go test -update and git diff", golden)
	}
}

func TestAnnotateOrderIsDeterministic(t *testing.T) {
	var input strings.Builder
	for _, f := range samples.Files() {
		if strings.HasSuffix(f.Name, ".xml") {
			for range 20 {
				input.Write(f.Data)
			}
		}
	}
	_, one, _ := run(t, input.String(), "annotate", "--workers", "1", "-")
	_, many, _ := run(t, input.String(), "annotate", "--workers", "8", "-")
	// 20 copies of each XML sample: 2 East Timor documents and 1 Bangladesh.
	if one != many || len(decode(t, one)) != 60 {
		t.Fatal("output with 8 workers differs from output with 1 worker")
	}
}

func TestAnnotateTokensFlagAfterFile(t *testing.T) {
	code, out, errOut := run(t, "<doc id=\"7\" url=\"u\" title=\"ที\">ที กองทัพเวียดนามบุกกัมพูชา</doc>\n", "annotate", "-", "--tokens")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs := decode(t, out)
	if len(recs) != 1 || len(recs[0].Tokens) < 3 {
		t.Fatalf("want one document with word tokens, got %+v", recs)
	}
	for _, tok := range recs[0].Tokens {
		if w := string([]rune(recs[0].Text)[tok.Span[0]:tok.Span[1]]); strings.TrimSpace(w) != w || w == "" {
			t.Errorf("token %q is empty or holds white space", w)
		}
	}
}

func TestBadInputIsReportedAndSkipped(t *testing.T) {
	good := "<doc id=\"1\" url=\"u\" title=\"A\">A The army crossed the border in May 1975.</doc>\n"
	cases := []struct {
		name, input, wantErr string
	}{
		{"unclosed doc", "<doc id=\"0\" url=\"u\" title=\"X\">never closed\n" + good, "-:1:"},
		{"invalid utf-8", "<doc id=\"0\" url=\"u\" title=\"X\">bad \xff byte\n</doc>\n" + good, "-:1:"},
		{"bad json line", "{\"id\":\"1\",\"url\":\"u\",\"title\":\"A\",\"text\":\"A in 1979.\"}\n{oops\n", "-:2:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := run(t, c.input, "annotate", "-")
			if code != ExitInputError {
				t.Errorf("exit %d, want %d", code, ExitInputError)
			}
			if !strings.Contains(errOut, c.wantErr) {
				t.Errorf("stderr %q does not name the file and line %q", errOut, c.wantErr)
			}
			if recs := decode(t, out); len(recs) != 1 {
				t.Errorf("good document lost: got %d documents", len(recs))
			}
		})
	}
}

func TestMissingFileAndEmptyFile(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("= Title =\n\nThe war ended in 1991.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := run(t, "", "annotate", missing, empty, good)
	if code != ExitInputError {
		t.Errorf("exit %d, want %d", code, ExitInputError)
	}
	for _, want := range []string{missing, empty + ":1:"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not mention %q", errOut, want)
		}
	}
	recs := decode(t, out)
	if len(recs) != 1 || recs[0].Title != "Title" {
		t.Fatalf("want the good document, got %+v", recs)
	}
	if !utf8.ValidString(out) {
		t.Error("output is not valid UTF-8")
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{{}, {"nonsense"}, {"annotate"}, {"annotate", "--format", "pdf", "x"}, {"annotate", "--dct", "1999-13-40", "x"}, {"eval", "nothing"}}
	for _, args := range cases {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("chronicle %v: exit %d, want %d", args, code, ExitUsage)
		}
	}
}

func TestTimesPrintsTable(t *testing.T) {
	code, out, errOut := run(t, "= War =\n\nFighting began on 25 December 1978 and ended in 1989.\n", "times", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"1978-12-25", "1989"} {
		if !strings.Contains(out, want) {
			t.Errorf("times table lacks %q:\n%s", want, out)
		}
	}
}

func TestDemoRuns(t *testing.T) {
	code, out, errOut := run(t, "", "demo")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Count(out, "── ") != 7 || !strings.Contains(out, "1999-09-20") {
		t.Errorf("demo summary lacks documents or dates:\n%s", out)
	}
}
