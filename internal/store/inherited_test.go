package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/event"
)

// storedInherited reads back, in record order, each stored event's
// inherited-time mark both ways the store gives events: the events query
// and the record's events layer rebuilt from its tables.
func storedInherited(t *testing.T, s *SQLite, docID string) (rows, layer []bool) {
	t.Helper()
	ctx := context.Background()
	got, err := s.Events(ctx, EventQuery{DocID: docID})
	if err != nil {
		t.Fatal(err)
	}
	rows = make([]bool, len(got))
	for _, r := range got {
		rows[r.Index] = r.TimeInherited
	}
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var doc int64
	if err := tx.QueryRowContext(ctx, `SELECT doc FROM documents WHERE id = ?`, docID).Scan(&doc); err != nil {
		t.Fatal(err)
	}
	events, err := tx.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.doc = ? ORDER BY e.idx`, doc)
	if err != nil {
		t.Fatal(err)
	}
	defer events.Close()
	for events.Next() {
		ev, _, err := scanEvent(events, &docID)
		if err != nil {
			t.Fatal(err)
		}
		layer = append(layer, ev.TimeInherited)
	}
	if err := events.Err(); err != nil {
		t.Fatal(err)
	}
	return rows, layer
}

// inheritedOf lists the records' marks in order.
func inheritedOf(evs []event.Event) []bool {
	out := make([]bool, len(evs))
	for i, ev := range evs {
		out[i] = ev.TimeInherited
	}
	return out
}

// The annotator's inherited-time mark survives the store, for a document
// we built and for the annotated samples.
func TestEventTimeInheritedRoundTrip(t *testing.T) {
	s := openTemp(t)
	rec := &annotate.Record{Document: newDoc("inherit-1", "ปี 1979 กองทัพบุก ต่อมากองทัพถอน."),
		Events: []event.Event{
			{ID: "inherit-1#1", Span: [2]int{0, 17}, Trigger: [2]int{14, 17}, Type: "attack", Interval: [2]string{"1979-01-01", "1979-12-31"}},
			{ID: "inherit-1#2", Span: [2]int{18, 32}, Trigger: [2]int{28, 32}, Type: "withdraw", Interval: [2]string{"1979-01-01", "1979-12-31"}, TimeInherited: true},
		}}
	recs := append([]*annotate.Record{rec}, sampleRecords(t)...)
	putAll(t, s, recs)
	inherited, direct := 0, 0
	for _, r := range recs {
		want := inheritedOf(r.Events)
		rows, layer := storedInherited(t, s, r.ID)
		if fmt.Sprint(rows) != fmt.Sprint(want) || fmt.Sprint(layer) != fmt.Sprint(want) {
			t.Errorf("%s: inherited marks\nquery %v\nlayer %v\n want %v", r.ID, rows, layer, want)
		}
		for _, w := range want {
			if w {
				inherited++
			} else {
				direct++
			}
		}
	}
	if inherited < 2 || direct < 2 {
		t.Errorf("%d inherited and %d direct events: the test needs both", inherited, direct)
	}
}

// A database of version 8 holds events without the mark: migration 0009
// adds the column, its events read as not inherited, and a document
// stored afterwards keeps its marks.
func TestMigrateAddsTimeInherited(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v8.db")
	old, err := openSQLite(ctx, path, Options{}, 8)
	if err != nil {
		t.Fatal(err)
	}
	recs := sampleRecords(t)
	var marked *annotate.Record
	for _, r := range recs {
		for _, ev := range r.Events {
			if ev.TimeInherited && marked == nil {
				marked = r
			}
		}
	}
	if marked == nil {
		t.Fatal("no sample has an event with an inherited time")
	}
	writeAsVersion(t, old.write, 8, marked)
	old.Close()

	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := versions(t, s.write); len(v) != len(allVersions(t)) || v[len(v)-1] != "10 event_value" {
		t.Fatalf("versions %v, want up to 10 event_value", v)
	}
	rows, layer := storedInherited(t, s, marked.ID)
	if len(rows) != len(marked.Events) || len(layer) != len(marked.Events) {
		t.Fatalf("%d and %d events read back, record has %d", len(rows), len(layer), len(marked.Events))
	}
	for i := range rows {
		if rows[i] || layer[i] {
			t.Fatalf("event %d of a version-8 document reads as inherited", i)
		}
	}
	putAll(t, s, []*annotate.Record{withID(marked, "after-9")})
	rows, _ = storedInherited(t, s, "after-9")
	if want := inheritedOf(marked.Events); fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("stored after the migration: %v, want %v", rows, want)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check after migration: %v %v", problems, err)
	}
}
