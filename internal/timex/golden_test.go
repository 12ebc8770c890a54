package timex

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

// headingSections builds sections from "== Title ==" lines, as a reader would.
func headingSections(rt *document.RuneText) []document.Section {
	var secs []document.Section
	off := 0
	for _, line := range strings.SplitAfter(rt.Text, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "=") && strings.HasSuffix(t, "=") && len(t) > 2 {
			level := len(t) - len(strings.TrimLeft(t, "="))
			title := strings.TrimSpace(strings.Trim(t, "="))
			start := strings.Index(line, title)
			h := rt.SpanOfBytes(off+start, off+start+len(title))
			secs = append(secs, document.Section{Title: title, Level: level, Heading: h, Span: document.Span{h.Start(), rt.Len()}})
		}
		off += len(line)
	}
	return secs
}

// TestGoldenSamples tags our own sample articles and compares the table with
// the golden files; run with -update after a deliberate change.
func TestGoldenSamples(t *testing.T) {
	for _, lang := range []string{"en", "th"} {
		t.Run(lang, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "sample_"+lang+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			rt := document.NewRuneText(string(src))
			ms := Tag(rt, lang, headingSections(rt), Options{})
			checkInvariants(t, rt, ms)
			var buf bytes.Buffer
			if err := FormatTable(&buf, rt, ms); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "sample_"+lang+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("table differs from %s (run go test -update after checking):\n%s", golden, buf.String())
			}
		})
	}
}

// checkInvariants asserts what must hold for any text: spans in range and
// ordered without overlap, Text equal to the slice, intervals ordered,
// anchors pointing back to earlier mentions.
func checkInvariants(t testing.TB, rt *document.RuneText, ms []Mention) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if !m.Span.Valid(rt.Len()) || m.Span.Len() == 0 {
			t.Fatalf("mention %d: bad span %v (text length %d)", i, m.Span, rt.Len())
		}
		if m.Span.Start() < prevEnd {
			t.Fatalf("mention %d: span %v overlaps or precedes the previous one ending at %d", i, m.Span, prevEnd)
		}
		prevEnd = m.Span.End()
		if got := rt.Slice(m.Span); got != m.Text {
			t.Fatalf("mention %d: Text %q but span holds %q", i, m.Text, got)
		}
		switch m.Type {
		case TypeDate, TypeTime, TypeDuration, TypeSet:
		default:
			t.Fatalf("mention %d: unknown type %q", i, m.Type)
		}
		if m.Value == "" {
			t.Fatalf("mention %d %q: empty value", i, m.Text)
		}
		if (m.Interval[0] == "") != (m.Interval[1] == "") {
			t.Fatalf("mention %d: half an interval %v", i, m.Interval)
		}
		if m.Interval[0] != "" && isoAfter(m.Interval[0], m.Interval[1]) {
			t.Fatalf("mention %d %q: interval %v runs backwards", i, m.Text, m.Interval)
		}
		if (m.Type == TypeDuration || m.Type == TypeSet) && m.Interval[0] != "" {
			t.Fatalf("mention %d: %s with an interval", i, m.Type)
		}
		if m.Anchor != nil && (*m.Anchor < 0 || *m.Anchor >= i) {
			t.Fatalf("mention %d: anchor %d does not point back", i, *m.Anchor)
		}
	}
}

// isoAfter compares ISO dates, including signed years before year 1.
func isoAfter(a, b string) bool {
	return isoKey(a) > isoKey(b)
}

func isoKey(s string) int {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var y, m, d int
	for i, part := range strings.SplitN(s, "-", 3) {
		n := 0
		for _, r := range part {
			n = n*10 + int(r-'0')
		}
		switch i {
		case 0:
			y = n
		case 1:
			m = n
		case 2:
			d = n
		}
	}
	if neg {
		y = -y
	}
	return (y*13+m)*32 + d
}
