package reader

import (
	"flag"
	"iter"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

var update = flag.Bool("update", false, "rewrite golden files")

// collect drains a document stream.
func collect(seq iter.Seq2[*document.Document, error]) (docs []*document.Document, errs []error) {
	for doc, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// checkDocument asserts the invariants every yielded document keeps.
func checkDocument(t testing.TB, doc *document.Document) {
	t.Helper()
	if doc == nil {
		t.Fatal("nil document without error")
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("%s: text is not valid UTF-8", doc.ID)
	}
	n := utf8.RuneCountInString(doc.Text)
	for _, s := range doc.Sections {
		if !s.Span.Valid(n) || !s.Heading.Valid(n) || !s.Span.Contains(s.Heading) {
			t.Fatalf("%s: section %q: span %v heading %v, text has %d code points", doc.ID, s.Title, s.Span, s.Heading, n)
		}
		if s.Level < 1 {
			t.Fatalf("%s: section %q has level %d", doc.ID, s.Title, s.Level)
		}
	}
	for i, a := range doc.Artifacts {
		if !a.Span.Valid(n) || a.Span.Len() == 0 {
			t.Fatalf("%s: artifact %s: bad span %v for %d code points", doc.ID, a.Kind, a.Span, n)
		}
		if i > 0 && doc.Artifacts[i-1].Span.Start() > a.Span.Start() {
			t.Fatalf("%s: artifacts out of order at %d", doc.ID, i)
		}
	}
	for _, f := range doc.Infobox {
		if !f.Span.Valid(n) || !f.ValueSpan.Valid(n) || !f.Span.Contains(f.ValueSpan) {
			t.Fatalf("%s: infobox %q: span %v value %v", doc.ID, f.Key, f.Span, f.ValueSpan)
		}
	}
}

// seedPath returns the path of a seed file, skipping the test when the
// seeds are not there.
func seedPath(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed %s not available: %v", name, err)
	}
	return p
}

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)

// sliceOf returns the text of a span.
func sliceOf(doc *document.Document, s document.Span) string {
	return document.NewRuneText(doc.Text).Slice(s)
}
