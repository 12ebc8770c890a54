package sentence

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/reader"
	"chronicle/internal/sharedfiles"
)

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)

// readSeed reads the one document of a seed file through the reader and
// gives it the seed's known language (language identification is tested
// in its own package).
func readSeed(tb testing.TB, name string) *document.Document {
	tb.Helper()
	var docs []*document.Document
	for doc, err := range reader.File(sharedfiles.Seed(tb, name), reader.Auto) {
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) != 1 {
		tb.Fatalf("%s: %d documents, want 1", name, len(docs))
	}
	docs[0].Lang = map[string]string{thaiSeed: "th", englishSeed: "en"}[name]
	return docs[0]
}

// unsplitMatches fails the test for every match of pattern in the text
// that does not lie inside a single sentence, and returns the number of
// matches.
func unsplitMatches(t *testing.T, rt *document.RuneText, spans []document.Span, pattern string) int {
	t.Helper()
	re := regexp.MustCompile(pattern)
	matches := re.FindAllStringIndex(rt.Text, -1)
	for _, m := range matches {
		occ := rt.SpanOfBytes(m[0], m[1])
		held := false
		for _, s := range spans {
			if s.Contains(occ) {
				held = true
				break
			}
		}
		if !held {
			t.Errorf("a sentence boundary falls inside %q at %v", rt.Slice(occ), occ)
		}
	}
	return len(matches)
}

func logStats(t *testing.T, rt *document.RuneText, spans []document.Span) {
	total := 0
	for _, s := range spans {
		total += s.Len()
	}
	t.Logf("%d sentences, mean length %.1f code points (text %d code points)",
		len(spans), float64(total)/float64(len(spans)), rt.Len())
}

func TestThaiSeed(t *testing.T) {
	doc := readSeed(t, thaiSeed)
	rt := document.NewRuneText(doc.Text)
	spans := Split(doc, rt)
	if err := checkInvariants(doc, rt, spans); err != "" {
		t.Fatal(err)
	}
	logStats(t, rt, spans)
	if len(spans) < 100 {
		t.Errorf("only %d sentences: Thai spaces are hardly used as boundaries", len(spans))
	}

	months := strings.Join(monthNames(), "|")
	checks := []struct {
		what, pattern string
		atLeast       int
	}{
		{"name written in two parts", `พล พต`, 5},
		{"name written in two parts", `ฮุน เซน`, 3},
		{"day month era year", `\d{1,2} (` + months + `) พ\.ศ\. \d{4}`, 20},
		{"era and year", `พ\.ศ\. \d{4}`, 100},
		{"year range", `พ\.ศ\. \d{4} – \d{4}`, 2},
		{"number and classifier", `\d[\d,]* (คน|นาย|กิโลเมตร|ประเทศ)`, 5},
	}
	for _, c := range checks {
		n := unsplitMatches(t, rt, spans, c.pattern)
		if n < c.atLeast {
			t.Errorf("%s: %d matches of %q, want at least %d", c.what, n, c.pattern, c.atLeast)
		}
		t.Logf("%s: %d occurrences, none split", c.what, n)
	}

	// Each heading is its own sentence.
	for _, sec := range doc.Sections {
		if !sentenceStartsAt(spans, sec.Heading[0]) {
			t.Errorf("heading %q does not start a sentence", rt.Slice(sec.Heading))
		}
	}
}

func TestEnglishSeed(t *testing.T) {
	doc := readSeed(t, englishSeed)
	rt := document.NewRuneText(doc.Text)
	spans := Split(doc, rt)
	if err := checkInvariants(doc, rt, spans); err != "" {
		t.Fatal(err)
	}
	logStats(t, rt, spans)
	if len(doc.Infobox) == 0 || len(doc.Sections) < 2 {
		t.Fatalf("reader gave %d infobox lines and %d sections", len(doc.Infobox), len(doc.Sections))
	}
	for _, f := range doc.Infobox {
		if !hasSentence(spans, f.Span) {
			t.Errorf("infobox line %q is not a sentence of its own", rt.Slice(f.Span))
		}
	}
	for _, sec := range doc.Sections {
		if !sentenceStartsAt(spans, sec.Heading[0]-lineMarkup(rt, sec.Heading[0])) {
			t.Errorf("heading %q does not start a sentence", rt.Slice(sec.Heading))
		}
	}
	for _, s := range spans {
		text := rt.Slice(s)
		for _, abbr := range []string{" U.S.", " Dr.", " Gen.", " e.g."} {
			if strings.HasSuffix(text, abbr) && !strings.HasSuffix(text, abbr+"\n") {
				// "U.S." may end a sentence, but only before a sentence starter.
				next := rt.Text[rt.ByteOffset(s[1]):]
				if abbr != " U.S." || !startsWithStarter(strings.TrimSpace(next)) {
					t.Errorf("sentence ends on abbreviation: %q", text)
				}
			}
		}
		if r, _ := utf8.DecodeRuneInString(text); r >= 'a' && r <= 'z' {
			t.Errorf("sentence starts in lower case: %q", text)
		}
	}
}

// lineMarkup counts the "= " markup that leads a heading on its line.
func lineMarkup(rt *document.RuneText, at int) int {
	n := 0
	for at-n > 0 {
		r := runeAt(rt, at-n-1)
		if r != '=' && r != ' ' {
			break
		}
		n++
	}
	return n
}

func sentenceStartsAt(spans []document.Span, at int) bool {
	for _, s := range spans {
		if s[0] == at {
			return true
		}
	}
	return false
}

func hasSentence(spans []document.Span, want document.Span) bool {
	for _, s := range spans {
		if s == want {
			return true
		}
	}
	return false
}

// monthNames are the full Thai month names of th_months.txt.
func monthNames() []string {
	var names []string
	for w := range lex.thMonths.entries {
		if !strings.Contains(w, ".") {
			names = append(names, w)
		}
	}
	return names
}

func benchmarkSeed(b *testing.B, name string) {
	doc := readSeed(b, name)
	rt := document.NewRuneText(doc.Text)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(doc, rt)
	}
}

func BenchmarkSplitThaiSeed(b *testing.B)    { benchmarkSeed(b, thaiSeed) }
func BenchmarkSplitEnglishSeed(b *testing.B) { benchmarkSeed(b, englishSeed) }

// BenchmarkSplitThaiSeedRepeated splits the Thai seed repeated 16 times, to
// show that cost grows linearly with the text.
func BenchmarkSplitThaiSeedRepeated(b *testing.B) {
	doc := readSeed(b, thaiSeed)
	big := *doc
	big.Text = strings.Repeat(doc.Text+"\n", 16)
	big.Sections, big.Artifacts = nil, nil
	rt := document.NewRuneText(big.Text)
	b.SetBytes(int64(len(big.Text)))
	for b.Loop() {
		Split(&big, rt)
	}
}
