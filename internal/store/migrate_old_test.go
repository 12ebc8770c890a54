package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/wordseg"
)

// writeAsVersion stores rec the way the program of schema version v wrote
// it, with SQL of its own rather than the current write path: every layer
// without a table (actors, events, quantities, artifacts) as JSON in
// mentions (actors and events in their tables from version 6); search rows
// from version 2 (keyed by length from version 5); interval keys and the
// R*Tree from version 4 (with label dimensions from version 7); language
// labels on time mentions and events from version 8.
func writeAsVersion(t *testing.T, db *sql.DB, v int, rec *annotate.Record) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(query string, args ...any) sql.Result {
		t.Helper()
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			t.Fatalf("version %d: %s: %v", v, query[:min(len(query), 60)], err)
		}
		return res
	}
	mentions := oldMentions(t, rec)
	rt := document.NewRuneText(rec.Text)
	res := exec(`INSERT INTO documents (id, title, url, lang, format, source_path, source_offset, source_line, text, chars,
		hash, annotator_version, n_sentences, n_sections, n_infobox, n_times, n_mentions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.ID, rec.Title, rec.URL, rec.Lang, rec.Format, rec.Source.Path, rec.Source.ByteOffset, rec.Source.Line, rec.Text, rt.Len(),
		ContentHash(DefaultAnnotatorVersion, rec.Text), DefaultAnnotatorVersion,
		len(rec.Sentences), len(rec.Sections), len(rec.Infobox), len(rec.Times), len(mentions))
	doc, _ := res.LastInsertId()
	seg := wordseg.New(nil)
	words := sentenceWords(seg.Tokens(rec.Text), rec.Sentences, rt)
	titleWords := spacedWords(seg.Tokens(rec.Title), document.NewRuneText(rec.Title))
	if v >= 2 && v < 5 && rec.Title != "" {
		exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, -doc, rec.Title)
		exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, -doc, titleWords)
	}
	sids := make([]int64, len(rec.Sentences))
	spans := make([]document.Span, len(rec.Sentences))
	for i, sent := range rec.Sentences {
		sids[i], _ = exec(`INSERT INTO sentences (doc, idx, start, end) VALUES (?, ?, ?, ?)`, doc, i, sent.Span[0], sent.Span[1]).LastInsertId()
		spans[i] = sent.Span
		if v >= 2 && v < 5 {
			exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, sids[i], rt.Slice(sent.Span))
			exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, sids[i], words[i])
		}
	}
	if v >= 5 { // rowids keyed by length class
		for _, r := range searchRowsOf(doc, rec.Title, titleWords, sids, spans, rt, words) {
			exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, r.rowid, r.trigram)
			exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, r.rowid, r.words)
		}
	}
	for i, sec := range rec.Sections {
		exec(`INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, doc, i, sec.Title, sec.Level, sec.Heading[0], sec.Heading[1], sec.Span[0], sec.Span[1])
	}
	for i, f := range rec.Infobox {
		exec(`INSERT INTO infobox VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, doc, i, f.Key, f.Value, f.Span[0], f.Span[1], f.ValueSpan[0], f.ValueSpan[1])
	}
	for i, m := range rec.Times {
		var anchor any
		if m.Anchor != nil {
			anchor = *m.Anchor
		}
		exec(`INSERT INTO times (doc, idx, start, end, text, type, value, mod, first_day, last_day, calendar, anchor)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, i, m.Span[0], m.Span[1], m.Text, m.Type, m.Value, m.Mod,
			nullIfEmpty(m.Interval[0]), nullIfEmpty(m.Interval[1]), m.Calendar, anchor)
		if v >= 8 {
			exec(`UPDATE times SET lang_label = ? WHERE doc = ? AND idx = ?`, oldLabel(t, tx, labelLang, rec.Lang), doc, i)
		}
		if first, last := intervalKeys(m.Interval); v >= 4 && first != nil {
			exec(`UPDATE times SET first_key = ?, last_key = ? WHERE doc = ? AND idx = ?`, *first, *last, doc, i)
			if v < 7 {
				exec(`INSERT INTO times_rtree VALUES (?, ?, ?)`, rtreeID(doc, i), *first, *last)
			} else { // with language and type labels
				lang, typ := oldLabel(t, tx, labelLang, rec.Lang), oldLabel(t, tx, labelTimeType, m.Type)
				exec(`INSERT INTO times_rtree VALUES (?, ?, ?, ?, ?, ?, ?)`, rtreeID(doc, i), *first, *last, lang, lang, typ, typ)
			}
		}
	}
	if v >= 6 { // actors and events in their tables
		actors, events, err := typedRows(rec.ID, rec.Actors, rec.Events, len(rec.Times), len(rec.Quantities), rt)
		if err != nil {
			t.Fatal(err)
		}
		aids, _, err := actorKeys(ctx, tx, &catalogue{}, actors)
		if err != nil {
			t.Fatal(err)
		}
		w := &rowWriter{ctx: ctx, tx: tx}
		insertTyped(w, doc, actors, events, aids, 0)
		w.close()
		if w.err != nil {
			t.Fatal(w.err)
		}
		if v >= 8 {
			exec(`UPDATE events SET lang_label = ? WHERE doc = ?`, oldLabel(t, tx, labelLang, rec.Lang), doc)
		}
		for i, e := range events {
			switch {
			case e.first == nil:
			case v == 6:
				exec(`INSERT INTO events_rtree VALUES (?, ?, ?)`, rtreeID(doc, i), *e.first, *e.last)
			default:
				lang, typ := oldLabel(t, tx, labelLang, rec.Lang), oldLabel(t, tx, labelEventType, e.ev.Type)
				exec(`INSERT INTO events_rtree VALUES (?, ?, ?, ?, ?, ?, ?)`, rtreeID(doc, i), *e.first, *e.last, lang, lang, typ, typ)
			}
		}
		exec(`UPDATE documents SET n_mentions = n_mentions - ?, n_actors = ?, n_events = ?, n_event_actors = ? WHERE doc = ?`,
			len(actors)+len(events), len(actors), len(events), eventActorCount(events), doc)
		mentions = slices.DeleteFunc(mentions, func(m mentionRow) bool { return m.layer == "actors" || m.layer == "events" })
	}
	for _, m := range mentions {
		exec(`INSERT INTO mentions (doc, layer, idx, start, end, text, json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			doc, m.layer, m.idx, m.start, m.end, m.text, m.json)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// oldLabel is the code of a label, inserted if new (version 7 on).
func oldLabel(t *testing.T, tx *sql.Tx, kind, name string) int64 {
	t.Helper()
	codes, _, err := labelCodes(context.Background(), tx, &labelCache{}, []label{{kind, name}})
	if err != nil {
		t.Fatal(err)
	}
	return codes[label{kind, name}]
}

// oldMentions are the items of every record array other than sentences,
// sections, infobox, times and tokens, as the generic layer table held
// them before actors and events had tables of their own.
func oldMentions(t *testing.T, rec *annotate.Record) []mentionRow {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &fields); err != nil {
		t.Fatal(err)
	}
	var layers []string
	for name, raw := range fields {
		switch name {
		case "sentences", "sections", "infobox", "times", "tokens":
			continue
		}
		if len(raw) > 0 && raw[0] == '[' {
			layers = append(layers, name)
		}
	}
	slices.Sort(layers)
	rt := document.NewRuneText(rec.Text)
	var out []mentionRow
	for _, layer := range layers {
		var items []json.RawMessage
		if err := json.Unmarshal(fields[layer], &items); err != nil {
			t.Fatal(err)
		}
		for i, item := range items {
			row := mentionRow{layer: layer, idx: i, json: string(item)}
			var f mentionFields
			if err := json.Unmarshal(item, &f); err == nil && f.Span != nil {
				row.start = sql.NullInt64{Int64: int64(f.Span[0]), Valid: true}
				row.end = sql.NullInt64{Int64: int64(f.Span[1]), Valid: true}
				row.text = sql.NullString{String: rt.Slice(*f.Span), Valid: true}
			}
			if f.Text != nil {
				row.text = sql.NullString{String: *f.Text, Valid: true}
			}
			out = append(out, row)
		}
	}
	return out
}

// Every older schema version, holding documents as its program wrote them,
// is brought up to date on open, and the documents then read back as the
// current program would have stored them.
func TestMigrateFromEveryVersion(t *testing.T) {
	ctx := context.Background()
	recs := sampleRecords(t)
	latest := len(allVersions(t))
	for v := 1; v < latest; v++ {
		t.Run(fmt.Sprintf("from version %d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			old, err := openSQLite(ctx, path, Options{}, v)
			if err != nil {
				t.Fatal(err)
			}
			for _, rec := range recs {
				writeAsVersion(t, old.write, v, rec)
			}
			if got := versions(t, old.write); len(got) != v {
				t.Fatalf("old database at versions %v, want %d", got, v)
			}
			old.Close()

			s, err := OpenSQLite(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := versions(t, s.write); !slices.Equal(got, allVersions(t)) {
				t.Errorf("versions %v, want %v", got, allVersions(t))
			}
			for _, rec := range recs {
				checkComplete(t, s, withoutInheritedTimes(rec))
			}
			for _, q := range []TimeQuery{{From: "1999-09-01", To: "1999-09-30"}, {From: "1997-01-01", To: "1997-12-31", Lang: "th"}, {To: "1980-01-01"}} {
				rows, err := s.Times(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, r := range rows {
					got = append(got, timeKey(r.DocID, r.Index))
				}
				slices.Sort(got)
				if want := wantTimes(recs, q); !slices.Equal(got, want) || len(want) == 0 {
					t.Errorf("times %+v: %d mentions, want %d (not 0)", q, len(got), len(want))
				}
			}
			hits, err := s.Search(ctx, "INTERFET", 3)
			if err != nil || len(hits) == 0 || !strings.Contains(strings.ToLower(hits[0].Text), "interfet") {
				t.Errorf("search after migration: %+v %v", hits, err)
			}
			for _, rec := range recs {
				checkLayers(t, s, withoutInheritedTimes(rec))
			}
			// The migrated documents are replaced and deleted cleanly.
			putAll(t, s, []*annotate.Record{withID(recs[1], recs[0].ID)})
			checkComplete(t, s, withID(recs[1], recs[0].ID))
		})
	}
}

// withoutInheritedTimes is rec as a schema before version 9 gives it
// back: no version kept the events' inherited-time mark, so it reads false.
func withoutInheritedTimes(rec *annotate.Record) *annotate.Record {
	cp := *rec
	cp.Events = slices.Clone(rec.Events)
	for i := range cp.Events {
		cp.Events[i].TimeInherited = false
	}
	return &cp
}

// checkLayers compares the actors, events and quantities Layers gives back
// with the record's own JSON, item by item.
func checkLayers(t *testing.T, s *SQLite, rec *annotate.Record) {
	t.Helper()
	layers, err := s.Layers(context.Background(), rec.ID, "actors", "events", "quantities")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"actors": rec.Actors, "events": rec.Events, "quantities": rec.Quantities}
	for name, items := range want {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(items); err != nil {
			t.Fatal(err)
		}
		var wantItems []json.RawMessage
		if err := json.Unmarshal(buf.Bytes(), &wantItems); err != nil {
			t.Fatal(err)
		}
		got := layers[name]
		if len(got) != len(wantItems) {
			t.Errorf("%s %s: %d items, record has %d", rec.ID, name, len(got), len(wantItems))
			continue
		}
		for i := range got {
			if !bytes.Equal(got[i], wantItems[i]) {
				t.Errorf("%s %s %d:\n got %s\nwant %s", rec.ID, name, i, got[i], wantItems[i])
				break
			}
		}
	}
}
