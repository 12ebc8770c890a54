package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"chronicle/internal/document"
)

// Sentences returns the sentence spans of document id in record order, or
// ErrNotFound. The browser shows events in their sentence; the record's
// sentences array is stored as rows, so this gives it back.
func (s *SQLite) Sentences(ctx context.Context, id string) ([]document.Span, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: sentences %q: %w", id, err)
	}
	defer tx.Rollback()
	doc, err := docKey(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("store: sentences: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT start, end FROM sentences WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, fmt.Errorf("store: sentences %q: %w", id, err)
	}
	defer rows.Close()
	out := []document.Span{}
	for rows.Next() {
		var sp document.Span
		if err := rows.Scan(&sp[0], &sp[1]); err != nil {
			return nil, fmt.Errorf("store: sentences %q: %w", id, err)
		}
		out = append(out, sp)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sentences %q: %w", id, err)
	}
	return out, nil
}

// Layers returns the items of the layers of document id that have no
// columns in the Document row (actors, events, quantities, artifacts…),
// keyed by layer name, each in record order, as the JSON the record held.
// With no names it returns every layer the document has items in; a named
// layer the document lacks is an empty list. Unknown ids give ErrNotFound.
// Actors and events are rebuilt from their tables with an empty array for
// an event's missing actors or quantities.
func (s *SQLite) Layers(ctx context.Context, id string, names ...string) (map[string][]json.RawMessage, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: layers %q: %w", id, err)
	}
	defer tx.Rollback()
	doc, err := docKey(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("store: layers: %w", err)
	}
	out := make(map[string][]json.RawMessage, len(names))
	for _, n := range names {
		out[n] = []json.RawMessage{}
	}
	var f filter
	f.add(`doc = ?`, doc)
	if len(names) > 0 {
		f.add(`layer IN (`+placeholders(len(names))+`)`, stringArgs(names)...)
	}
	if err := readGenericLayers(ctx, tx, f, out); err != nil {
		return nil, fmt.Errorf("store: layers %q: %w", id, err)
	}
	for _, layer := range []string{"actors", "events"} {
		_, asked := out[layer]
		if len(names) > 0 && !asked || len(out[layer]) > 0 {
			continue // not asked for, or kept as JSON (docs/store.md)
		}
		read := readActorItems
		if layer == "events" {
			read = readEventItems
		}
		items, err := read(ctx, tx, doc, id)
		if err != nil {
			return nil, fmt.Errorf("store: layers %q: %s: %w", id, layer, err)
		}
		if len(items) > 0 || asked {
			out[layer] = items
		}
	}
	return out, nil
}

func readGenericLayers(ctx context.Context, tx *sql.Tx, f filter, out map[string][]json.RawMessage) error {
	rows, err := tx.QueryContext(ctx, `SELECT layer, json FROM mentions`+f.where()+` ORDER BY layer, idx`, f.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var layer, item string
		if err := rows.Scan(&layer, &item); err != nil {
			return err
		}
		out[layer] = append(out[layer], json.RawMessage(item))
	}
	return rows.Err()
}

// docKey finds the integer key of document id.
func docKey(ctx context.Context, tx *sql.Tx, id string) (int64, error) {
	var doc int64
	err := tx.QueryRowContext(ctx, `SELECT doc FROM documents WHERE id = ?`, id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	if err != nil {
		return 0, fmt.Errorf("document %q: %w", id, err)
	}
	return doc, nil
}

func stringArgs(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
