package timex

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// construction is one row of testdata/constructions_<lang>.tsv.
type construction struct {
	line                                 int
	kind, text, mention, typ, value, mod string
	begin, end, dct                      string
}

func loadConstructions(t *testing.T, lang string) []construction {
	t.Helper()
	path := filepath.Join("testdata", "constructions_"+lang+".tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []construction
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		for len(f) < 9 {
			f = append(f, "")
		}
		c := construction{line: line, kind: f[0], text: f[1], mention: f[2], typ: f[3], value: f[4],
			mod: f[5], begin: f[6], end: f[7], dct: f[8]}
		if c.kind == "" || c.text == "" || c.mention == "" {
			t.Fatalf("%s:%d: kind, text and mention are required", path, line)
		}
		if !strings.Contains(c.text, c.mention) {
			t.Fatalf("%s:%d: mention %q is not in the text", path, line, c.mention)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestConstructions(t *testing.T) {
	for _, lang := range languages {
		for _, c := range loadConstructions(t, lang) {
			name := lang + "/" + c.kind + "/" + c.mention
			t.Run(name, func(t *testing.T) {
				rt := document.NewRuneText(c.text)
				ms := Tag(rt, lang, nil, Options{DCT: c.dct})
				if c.kind == "none" {
					checkUntagged(t, rt, ms, c)
					return
				}
				m, ok := findMention(ms, c.mention)
				if !ok {
					t.Fatalf("line %d: no mention %q in %q; got %s", c.line, c.mention, c.text, describe(ms))
				}
				got := [5]string{m.Type, m.Value, m.Mod, m.Interval[0], m.Interval[1]}
				want := [5]string{c.typ, c.value, c.mod, c.begin, c.end}
				if got != want {
					t.Errorf("line %d: %q: got type/value/mod/interval %q, want %q", c.line, c.mention, got, want)
				}
			})
		}
	}
}

func checkUntagged(t *testing.T, rt *document.RuneText, ms []Mention, c construction) {
	t.Helper()
	b := strings.Index(c.text, c.mention)
	span := rt.SpanOfBytes(b, b+len(c.mention))
	for _, m := range ms {
		if m.Span.Overlaps(span) {
			t.Errorf("line %d: %q should not be tagged, got %q (%s %s)", c.line, c.mention, m.Text, m.Type, m.Value)
		}
	}
}

func findMention(ms []Mention, text string) (Mention, bool) {
	for _, m := range ms {
		if m.Text == text {
			return m, true
		}
	}
	return Mention{}, false
}

func describe(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text+"="+m.Value)
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

// TestKindsCovered checks that Thai and English rules use the same
// construction kinds, that every known kind is used, and that each kind has a
// construction test in each language.
func TestKindsCovered(t *testing.T) {
	used := map[string]map[string]bool{}
	for _, lang := range languages {
		e := engineFor(lang)
		if e == nil {
			t.Fatalf("no engine for %s: %v", lang, DataError())
		}
		used[lang] = map[string]bool{}
		for _, r := range e.rules.rules {
			used[lang][r.kind] = true
		}
		for kind := range kindFamilies {
			if !used[lang][kind] {
				t.Errorf("%s rules never use kind %q", lang, kind)
			}
		}
		tested := map[string]bool{}
		for _, c := range loadConstructions(t, lang) {
			tested[c.kind] = true
		}
		for kind := range used[lang] {
			if !tested[kind] {
				t.Errorf("kind %q has no row in testdata/constructions_%s.tsv", kind, lang)
			}
		}
	}
	for kind := range used["en"] {
		if !used["th"][kind] {
			t.Errorf("kind %q is in en.rules but not th.rules", kind)
		}
	}
	for kind := range used["th"] {
		if !used["en"][kind] {
			t.Errorf("kind %q is in th.rules but not en.rules", kind)
		}
	}
}
