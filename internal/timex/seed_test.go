package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"chronicle/internal/cputime"
	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

// seedDoc is a seed read the simple way: the Thai seed's text is the content
// of its <doc> element, the English seed's text is the whole file.
type seedDoc struct {
	name, lang string
	rt         *document.RuneText
	sections   []document.Section
}

var seedFiles = []struct{ name, lang string }{
	{"000_36b565043f4e1db3.txt", "th"},
	{"002_37139f9e1a0765fa.txt", "en"},
}

func loadSeed(t testing.TB, name, lang string) (seedDoc, bool) {
	t.Helper()
	path := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return seedDoc{}, false
	}
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	if strings.HasPrefix(text, "<doc ") {
		open := strings.Index(text, ">")
		end := strings.LastIndex(text, "</doc>")
		if open < 0 || end < open {
			t.Fatalf("%s: no <doc> element", path)
		}
		text = strings.TrimPrefix(text[open+1:end], "\n")
	}
	rt := document.NewRuneText(text)
	return seedDoc{name: name, lang: lang, rt: rt, sections: headingSections(rt)}, true
}

var timexValue = regexp.MustCompile(`^(BC)?(\d{2,4}|XXXX)(-(\d\d|XX)(-(\d\d|XX))?|-(SP|SU|FA|WI)|-Q[1-4]|-H[12]|-W\d\d)?(T\d\d:\d\d)?$`)

// TestSeeds tags the real seeds and checks properties that must hold for any
// article, without relying on what the seeds say.
func TestSeeds(t *testing.T) {
	for _, sf := range seedFiles {
		t.Run(sf.lang, func(t *testing.T) {
			doc, ok := loadSeed(t, sf.name, sf.lang)
			if !ok {
				t.Skip("seed not present")
			}
			ms := Tag(doc.rt, doc.lang, doc.sections, Options{})
			checkInvariants(t, doc.rt, ms)
			var dates, ranges, modified, anchored int
			for _, m := range ms {
				if m.Type != TypeDate {
					continue
				}
				dates++
				for _, part := range strings.Split(m.Value, "/") {
					if !timexValue.MatchString(part) {
						t.Errorf("%q: value %q is not TIMEX3", m.Text, m.Value)
					}
				}
				if strings.Contains(m.Value, "/") {
					ranges++
				}
				if m.Mod != "" {
					modified++
				}
				if m.Anchor != nil {
					anchored++
				}
				if isShortNumber(m.Text) {
					t.Errorf("a short bare number was tagged as a date: %q", m.Text)
				}
			}
			if dates < 50 || ranges == 0 || modified == 0 || anchored == 0 {
				t.Errorf("implausible tagging: %d dates, %d ranges, %d modified, %d anchored", dates, ranges, modified, anchored)
			}
		})
	}
}

// isShortNumber reports a mention that is only one to three digits.
func isShortNumber(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

func benchmarkSeed(b *testing.B, name, lang string) {
	doc, ok := loadSeed(b, name, lang)
	if !ok {
		b.Skip("seed not present")
	}
	if Tag(doc.rt, lang, doc.sections, Options{}) == nil {
		b.Fatal("no mentions")
	}
	b.SetBytes(int64(len(doc.rt.Text)))
	b.ResetTimer()
	start := cputime.Process()
	for i := 0; i < b.N; i++ {
		Tag(doc.rt, lang, doc.sections, Options{})
	}
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(len(doc.rt.Text))*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

func BenchmarkTagThaiSeed(b *testing.B)    { benchmarkSeed(b, seedFiles[0].name, "th") }
func BenchmarkTagEnglishSeed(b *testing.B) { benchmarkSeed(b, seedFiles[1].name, "en") }

// TestSeedEvaluation scores the tagger against the hand-made gold of the
// seeds when both are present (go test -v prints the report). The floor only
// catches a wholesale regression; the gold belongs to the evaluation set.
func TestSeedEvaluation(t *testing.T) {
	for _, sf := range seedFiles {
		t.Run(sf.lang, func(t *testing.T) {
			doc, ok := loadSeed(t, sf.name, sf.lang)
			if !ok {
				t.Skip("seed not present")
			}
			path := filepath.Join(sharedfiles.ModuleRoot(t), "testdata", "eval", "times", strings.TrimSuffix(sf.name, ".txt")+".tsv")
			f, err := os.Open(path)
			if os.IsNotExist(err) {
				t.Skip("no gold file")
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := LoadGold(f)
			if err != nil {
				t.Skipf("gold not readable yet: %v", err)
			}
			rep := Evaluate(doc.rt, gold, Tag(doc.rt, sf.lang, doc.sections, Options{}))
			t.Logf("%s\n%s", path, rep)
			if rep.Gold > 0 && rep.F1 < 0.5 {
				t.Errorf("F1 %.3f is far below what the tagger reached when written", rep.F1)
			}
		})
	}
}
