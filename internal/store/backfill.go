package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"chronicle/internal/actor"
	"chronicle/internal/document"
	"chronicle/internal/event"
)

// backfillBatch is how many rows a migration hook reads at a time, so that
// filling a large database needs bounded memory.
const backfillBatch = 5000

// fillTimeKeys gives the time mentions stored before migration 0004 their
// day-number keys and R*Tree entries.
func fillTimeKeys(ctx context.Context, tx *sql.Tx) error {
	w := &rowWriter{ctx: ctx, tx: tx}
	defer w.close()
	type row struct {
		doc, idx    int64
		first, last sql.NullString
	}
	lastDoc, lastIdx := int64(-1), int64(-1)
	for {
		var batch []row
		rows, err := tx.QueryContext(ctx, `SELECT doc, idx, first_day, last_day FROM times
			WHERE (doc, idx) > (?, ?) ORDER BY doc, idx LIMIT ?`, lastDoc, lastIdx, backfillBatch)
		if err != nil {
			return fmt.Errorf("fill time keys: %w", err)
		}
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.doc, &r.idx, &r.first, &r.last); err != nil {
				rows.Close()
				return fmt.Errorf("fill time keys: %w", err)
			}
			batch = append(batch, r)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("fill time keys: %w", err)
		}
		for _, r := range batch {
			first, last := intervalKeys([2]string{r.first.String, r.last.String})
			if first == nil {
				continue
			}
			w.exec(`UPDATE times SET first_key = ?, last_key = ? WHERE doc = ? AND idx = ?`, *first, *last, r.doc, r.idx)
			w.exec(`INSERT INTO times_rtree (id, first, last) VALUES (?, ?, ?)`, rtreeID(r.doc, int(r.idx)), *first, *last)
		}
		if w.err != nil {
			return fmt.Errorf("fill time keys: %w", w.err)
		}
		if len(batch) < backfillBatch {
			return nil
		}
		lastDoc, lastIdx = batch[len(batch)-1].doc, batch[len(batch)-1].idx
	}
}

// moveTypedLayers moves the actors and events of documents stored before
// migration 0006 out of the generic mentions table into their tables,
// through the same row builder PutDocument uses. A document whose items do
// not fit (a reference outside its layers) keeps them as JSON, which
// Layers still returns. The events' R*Tree is left to migration 0007,
// which rebuilds it from the events table.
func moveTypedLayers(ctx context.Context, tx *sql.Tx) error {
	docs, err := queryInts(ctx, tx, `SELECT DISTINCT doc FROM mentions WHERE layer IN ('actors', 'events') ORDER BY doc`)
	if err != nil {
		return fmt.Errorf("move actors and events: %w", err)
	}
	var cat catalogue // keys are committed with the migration, or not at all
	w := &rowWriter{ctx: ctx, tx: tx}
	defer w.close()
	for _, doc := range docs {
		var id, text string
		var nTimes, nQuantities int
		if err := tx.QueryRowContext(ctx, `SELECT id, text, n_times, (SELECT count(*) FROM mentions WHERE doc = d.doc AND layer = 'quantities')
			FROM documents d WHERE doc = ?`, doc).Scan(&id, &text, &nTimes, &nQuantities); err != nil {
			return fmt.Errorf("move actors and events: %w", err)
		}
		var mentions []actor.Mention
		var events []event.Event
		if err := decodeLayer(ctx, tx, doc, "actors", &mentions); err != nil {
			return fmt.Errorf("move actors and events of %q: %w", id, err)
		}
		if err := decodeLayer(ctx, tx, doc, "events", &events); err != nil {
			return fmt.Errorf("move actors and events of %q: %w", id, err)
		}
		actors, evs, err := typedRows(id, mentions, events, nTimes, nQuantities, document.NewRuneText(text))
		if err != nil {
			continue // stays in mentions
		}
		aids, learnt, err := actorKeys(ctx, tx, &cat, actors)
		if err != nil {
			return fmt.Errorf("move actors and events of %q: %w", id, err)
		}
		cat.remember(learnt) // same transaction: safe to reuse at once
		// As version 6 wrote events; 0008 fills their language.
		insertTyped(w, doc, actors, evs, aids, 0)
		w.exec(`DELETE FROM mentions WHERE doc = ? AND layer IN ('actors', 'events')`, doc)
		w.exec(`UPDATE documents SET n_mentions = n_mentions - ?, n_actors = ?, n_events = ?, n_event_actors = ? WHERE doc = ?`,
			len(actors)+len(evs), len(actors), len(evs), eventActorCount(evs), doc)
		if w.err != nil {
			return fmt.Errorf("move actors and events of %q: %w", id, w.err)
		}
	}
	return nil
}

// decodeLayer reads a document's items of one generic layer into out (a
// pointer to a slice), in record order.
func decodeLayer(ctx context.Context, tx *sql.Tx, doc int64, layer string, out any) error {
	items, err := queryStringsTx(ctx, tx, `SELECT json FROM mentions WHERE doc = ? AND layer = ? ORDER BY idx`, doc, layer)
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte("["+strings.Join(items, ",")+"]"), out)
}

func queryStringsTx(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
