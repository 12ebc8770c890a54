package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

func TestPutInsertedUnchangedReplaced(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	rec := recs[0]

	steps := []struct {
		name string
		rec  *annotate.Record
		want PutResult
	}{
		{"first put", rec, Inserted},
		{"same text again", rec, Unchanged},
		{"fresh annotation of the same text", annotator().Annotate(&document.Document{ID: rec.ID, Title: rec.Title, Lang: rec.Lang, Text: rec.Text}), Unchanged},
		{"other text under the same id", withID(recs[1], rec.ID), Replaced},
		{"back to the first text", rec, Replaced},
	}
	var stored *annotate.Record
	for _, st := range steps {
		got, err := s.PutDocument(ctx, st.rec)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s: %v, want %v", st.name, got, st.want)
		}
		if got != Unchanged {
			stored = st.rec
		}
		checkComplete(t, s, stored)
	}
	docs, err := s.Documents(ctx, DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Errorf("%d documents after replacing one id, want 1", len(docs))
	}
	// A replaced document leaves no orphans, in the search tables either.
	for _, table := range []string{"sentences", "times", "search_trigram", "search_words"} {
		var n int
		if err := s.read.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		want := len(rec.Sentences)
		switch table {
		case "times":
			want = len(rec.Times)
		case "search_trigram", "search_words":
			want++ // the title row
		}
		if n != want {
			t.Errorf("%s has %d rows, want %d", table, n, want)
		}
	}
}

func TestPutWithAnotherAnnotatorVersionReplaces(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/v.db"
	rec := sampleRecords(t)[0]
	for i, v := range []struct {
		version string
		want    PutResult
	}{{"a/1", Inserted}, {"a/1", Unchanged}, {"a/2", Replaced}} {
		s, err := OpenSQLiteWith(path, Options{AnnotatorVersion: v.version})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.PutDocument(ctx, rec)
		s.Close()
		if err != nil || got != v.want {
			t.Errorf("step %d (version %s): %v %v, want %v", i, v.version, got, err, v.want)
		}
	}
}

// checkComplete compares the stored rows of rec with the record.
func checkComplete(t *testing.T, s *SQLite, rec *annotate.Record) {
	t.Helper()
	ctx := context.Background()
	d, err := s.Document(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != rec.Text || d.Title != rec.Title || d.Lang != rec.Lang || d.Source != rec.Source {
		t.Errorf("%s: stored document differs from the record", rec.ID)
	}
	if d.Counts.Sentences != len(rec.Sentences) || d.Counts.Times != len(rec.Times) ||
		d.Counts.Sections != len(rec.Sections) || d.Counts.Infobox != len(rec.Infobox) ||
		d.Counts.Actors != len(rec.Actors) || d.Counts.Events != len(rec.Events) {
		t.Errorf("%s: counts %+v, record has %d sentences %d times %d sections %d infobox",
			rec.ID, d.Counts, len(rec.Sentences), len(rec.Times), len(rec.Sections), len(rec.Infobox))
	}
	if !slices.Equal(d.Sections, rec.Sections) && !(len(d.Sections) == 0 && len(rec.Sections) == 0) {
		t.Errorf("%s: sections differ", rec.ID)
	}
	if !slices.Equal(d.Infobox, rec.Infobox) && !(len(d.Infobox) == 0 && len(rec.Infobox) == 0) {
		t.Errorf("%s: infobox differs", rec.ID)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
	checkLayers(t, s, rec)
	times, err := s.Times(ctx, TimeQuery{DocID: rec.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != len(rec.Times) {
		t.Fatalf("%s: %d times stored, record has %d", rec.ID, len(times), len(rec.Times))
	}
	byIndex := map[int]TimeRow{}
	for _, tr := range times {
		byIndex[tr.Index] = tr
	}
	for i, m := range rec.Times {
		got := byIndex[i]
		if got.Text != m.Text || got.Span != m.Span || got.Value != m.Value || got.Interval != m.Interval ||
			got.Mod != m.Mod || got.Type != m.Type || got.Calendar != m.Calendar || !sameAnchor(got.Anchor, m.Anchor) {
			t.Errorf("%s time %d: stored %+v, record %+v", rec.ID, i, got, m)
		}
	}
}

func sameAnchor(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func TestPutRefusesBadRecords(t *testing.T) {
	s := openTemp(t)
	good := &document.Document{ID: "x", Text: "สวัสดี hello"}
	cases := []struct {
		name string
		rec  *annotate.Record
	}{
		{"nil record", nil},
		{"nil document", &annotate.Record{}},
		{"empty id", &annotate.Record{Document: &document.Document{Text: "a"}}},
		{"NUL in text", &annotate.Record{Document: &document.Document{ID: "n", Text: "a\x00b"}}},
		{"invalid UTF-8", &annotate.Record{Document: &document.Document{ID: "u", Text: "a\xffb"}}},
		{"sentence past the end", &annotate.Record{Document: good, Sentences: []annotate.Sentence{{Span: document.Span{0, 99}}}}},
		{"reversed sentence", &annotate.Record{Document: good, Sentences: []annotate.Sentence{{Span: document.Span{3, 2}}}}},
		{"artifact past the end", &annotate.Record{Document: &document.Document{ID: "a", Text: "abc",
			Artifacts: []document.Artifact{{Kind: "markup", Span: document.Span{1, 9}}}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := s.PutDocument(context.Background(), c.rec); err == nil {
				t.Error("no error")
			}
		})
	}
	docs, err := s.Documents(context.Background(), DocumentQuery{})
	if err != nil || len(docs) != 0 {
		t.Errorf("refused records left %d documents (%v)", len(docs), err)
	}
	if _, err := s.Document(context.Background(), "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document of a refused id: %v, want ErrNotFound", err)
	}
}

func TestGenericLayersKeepEveryItem(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var withArtifacts *annotate.Record
	for _, rec := range sampleRecords(t) {
		if len(rec.Artifacts) > 0 {
			withArtifacts = rec
			break
		}
	}
	if withArtifacts == nil {
		t.Fatal("no sample document has artifacts")
	}
	putAll(t, s, []*annotate.Record{withArtifacts})
	rows, err := s.read.QueryContext(ctx, `SELECT m.layer, m.idx, m.start, m.end, m.text, json_extract(m.json, '$.kind')
		FROM mentions m JOIN documents d ON d.doc = m.doc WHERE d.id = ? AND m.layer = 'artifacts' ORDER BY m.idx`, withArtifacts.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	rt := document.NewRuneText(withArtifacts.Text)
	n := 0
	for rows.Next() {
		var layer, text, kind string
		var idx int
		var sp document.Span
		if err := rows.Scan(&layer, &idx, &sp[0], &sp[1], &text, &kind); err != nil {
			t.Fatal(err)
		}
		a := withArtifacts.Artifacts[idx]
		if layer != "artifacts" || sp != a.Span || kind != a.Kind || text != rt.Slice(a.Span) {
			t.Errorf("mention %s %d = %v %q %q, want artifact %+v", layer, idx, sp, kind, text, a)
		}
		n++
	}
	if n != len(withArtifacts.Artifacts) {
		t.Errorf("%d mentions, want %d artifacts", n, len(withArtifacts.Artifacts))
	}
	// Layers without a table of their own arrive through the record's JSON;
	// actors and events have tables.
	for layer, want := range map[string]int{"actors": 0, "events": 0, "quantities": len(withArtifacts.Quantities)} {
		var got int
		if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM mentions WHERE layer = ?`, layer).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: %d mentions stored, want %d", layer, got, want)
		}
	}
	checkLayers(t, s, withArtifacts)
}

func TestIndexSegmenterIsRemembered(t *testing.T) {
	path := t.TempDir() + "/seg.db"
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	built, current, err := s.IndexSegmenter(context.Background())
	s.Close()
	if err != nil || built != current || built == "" {
		t.Fatalf("built %q current %q (%v)", built, current, err)
	}
	s, err = OpenSQLiteWith(path, Options{Segmenter: fakeSegmenter{}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if b2, c2, err := s.IndexSegmenter(context.Background()); err != nil || b2 != built || c2 != "fake" {
		t.Errorf("reopened with another segmenter: built %q current %q (%v), want %q and fake", b2, c2, err, built)
	}
}

// fakeSegmenter makes one token of the whole text.
type fakeSegmenter struct{}

func (fakeSegmenter) Tokens(text string) []document.Span {
	return []document.Span{{0, len([]rune(text))}}
}
func (fakeSegmenter) Name() string { return "fake" }
