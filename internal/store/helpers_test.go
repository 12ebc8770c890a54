package store

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"sync"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/reader"
	"chronicle/internal/samples"
	"chronicle/internal/sharedfiles"
)

var update = flag.Bool("update", false, "rewrite golden files")

// annotator is shared: building it loads the word lists once.
var annotator = sync.OnceValue(func() *annotate.Annotator {
	a, err := annotate.New(annotate.Options{})
	if err != nil {
		panic("store test: " + err.Error()) // the built-in lexicon is embedded; this is a build bug
	}
	return a
})

// seedFiles are the seed articles; the test is skipped only when they are absent.
func seedFiles(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(sharedfiles.ModuleRoot(tb), "..", "shared", "seeds", "*.txt"))
	if len(paths) == 0 {
		tb.Skip("no seed files in ../shared/seeds")
	}
	return paths
}

// sampleRecords annotates the embedded sample documents with the real pipeline.
func sampleRecords(tb testing.TB) []*annotate.Record {
	tb.Helper()
	var recs []*annotate.Record
	for _, f := range samples.Files() {
		for doc, err := range reader.Documents(bytes.NewReader(f.Data), f.Name, reader.Auto) {
			if err != nil {
				tb.Fatalf("read %s: %v", f.Name, err)
			}
			recs = append(recs, annotator().Annotate(doc))
		}
	}
	return recs
}

// seedRecords annotates the seed articles with the real pipeline.
func seedRecords(tb testing.TB) []*annotate.Record {
	tb.Helper()
	var recs []*annotate.Record
	for _, path := range seedFiles(tb) {
		for doc, err := range reader.File(path, reader.Auto) {
			if err != nil {
				tb.Fatalf("read %s: %v", path, err)
			}
			recs = append(recs, annotator().Annotate(doc))
		}
	}
	return recs
}

// openTemp opens a new database in a temporary folder.
func openTemp(tb testing.TB) *SQLite {
	tb.Helper()
	s, err := OpenSQLite(filepath.Join(tb.TempDir(), "chronicle.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// putAll stores recs and fails on any error.
func putAll(tb testing.TB, s Store, recs []*annotate.Record) {
	tb.Helper()
	for _, rec := range recs {
		if _, err := s.PutDocument(context.Background(), rec); err != nil {
			tb.Fatal(err)
		}
	}
}

// withID returns a shallow copy of rec under another id, sharing the text
// and layers (the store never modifies them).
func withID(rec *annotate.Record, id string) *annotate.Record {
	doc := *rec.Document
	doc.ID = id
	cp := *rec
	cp.Document = &doc
	return &cp
}

// newDoc is a plain-text document for a test.
func newDoc(id, text string) *document.Document {
	return &document.Document{ID: id, Title: id, Format: "plain", Text: text}
}

// eventRole is a participant of a record's event.
type eventRole = event.Role
