package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

// typedLayers are the record's arrays that have tables of their own, or
// that are not stored: tokens are derived from the text on demand.
var typedLayers = map[string]bool{
	"actors":    true,
	"events":    true,
	"sentences": true,
	"sections":  true,
	"infobox":   true,
	"times":     true,
	"tokens":    true,
}

// mentionRow is one item of a layer kept in the generic mentions table.
type mentionRow struct {
	layer      string
	idx        int
	start, end sql.NullInt64
	text       sql.NullString
	json       string
}

// mentionFields are the fields the mentions table copies out of an item.
type mentionFields struct {
	Span *document.Span `json:"span"`
	Text *string        `json:"text"`
}

// genericMentions finds every array in the record's public JSON that has no
// table of its own (artifacts today; actors, quantities and events when they
// are filled) and returns its items in layer-name order. Going through the
// JSON, not the Go fields, is what lets a new layer be stored without a
// schema or code change. An item's span, when it has one, must lie in the
// text; its text, when it has none, is the spanned text.
func genericMentions(rec *annotate.Record, rt *document.RuneText) ([]mentionRow, error) {
	// Encode a copy without the text and the typed layers: they are most of
	// the bytes and are stored from the Go fields.
	doc := *rec.Document
	doc.Text, doc.Sections, doc.Infobox = "", nil, nil
	lean := *rec
	lean.Document = &doc
	lean.Sentences, lean.Tokens, lean.Times, lean.Actors, lean.Events = nil, nil, nil, nil, nil
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&lean); err != nil {
		return nil, fmt.Errorf("encode record: %w", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &fields); err != nil {
		return nil, fmt.Errorf("decode record: %w", err)
	}
	layers := make([]string, 0, len(fields))
	for name, raw := range fields {
		if !typedLayers[name] && len(raw) > 0 && raw[0] == '[' {
			layers = append(layers, name)
		}
	}
	slices.Sort(layers)
	var rows []mentionRow
	for _, layer := range layers {
		var items []json.RawMessage
		if err := json.Unmarshal(fields[layer], &items); err != nil {
			return nil, fmt.Errorf("%s: %w", layer, err)
		}
		for i, item := range items {
			row := mentionRow{layer: layer, idx: i, json: string(item)}
			var f mentionFields
			if len(item) > 0 && item[0] == '{' {
				if err := json.Unmarshal(item, &f); err != nil {
					return nil, fmt.Errorf("%s %d: %w", layer, i, err)
				}
			}
			if f.Span != nil {
				if !f.Span.Valid(rt.Len()) {
					return nil, fmt.Errorf("%s %d: span %v outside text of %d code points", layer, i, *f.Span, rt.Len())
				}
				row.start = sql.NullInt64{Int64: int64(f.Span[0]), Valid: true}
				row.end = sql.NullInt64{Int64: int64(f.Span[1]), Valid: true}
				row.text = sql.NullString{String: rt.Slice(*f.Span), Valid: true}
			}
			if f.Text != nil {
				row.text = sql.NullString{String: *f.Text, Valid: true}
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}
