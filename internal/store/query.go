package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"chronicle/internal/document"
)

// documentColumns are read by scanDocument, in its order.
const documentColumns = `d.id, d.title, d.url, d.lang, d.format, d.source_path, d.source_offset, d.source_line,
	d.hash, d.annotator_version, d.chars, d.n_sentences, d.n_sections, d.n_infobox, d.n_times, d.n_mentions, d.n_actors, d.n_events`

func scanDocument(row interface{ Scan(...any) error }, extra ...any) (DocumentRow, error) {
	var d DocumentRow
	dest := []any{&d.ID, &d.Title, &d.URL, &d.Lang, &d.Format, &d.Source.Path, &d.Source.ByteOffset, &d.Source.Line,
		&d.Hash, &d.AnnotatorVersion, &d.Chars,
		&d.Counts.Sentences, &d.Counts.Sections, &d.Counts.Infobox, &d.Counts.Times, &d.Counts.Mentions, &d.Counts.Actors, &d.Counts.Events}
	err := row.Scan(append(dest, extra...)...)
	return d, err
}

// Document returns the document id with its text, sections and infobox.
func (s *SQLite) Document(ctx context.Context, id string) (*DocumentRow, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for all three reads
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	defer tx.Rollback()
	var doc int64
	d, err := scanDocument(tx.QueryRowContext(ctx, `SELECT `+documentColumns+`, d.doc FROM documents d WHERE d.id = ?`, id), &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE doc = ?`, doc).Scan(&d.Text); err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	if d.Sections, err = querySections(ctx, tx, doc); err != nil {
		return nil, fmt.Errorf("store: document %q: sections: %w", id, err)
	}
	if d.Infobox, err = queryInfobox(ctx, tx, doc); err != nil {
		return nil, fmt.Errorf("store: document %q: infobox: %w", id, err)
	}
	return &d, nil
}

func querySections(ctx context.Context, tx *sql.Tx, doc int64) ([]document.Section, error) {
	rows, err := tx.QueryContext(ctx, `SELECT title, level, heading_start, heading_end, start, end FROM sections WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []document.Section
	for rows.Next() {
		var s document.Section
		if err := rows.Scan(&s.Title, &s.Level, &s.Heading[0], &s.Heading[1], &s.Span[0], &s.Span[1]); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func queryInfobox(ctx context.Context, tx *sql.Tx, doc int64) ([]document.InfoField, error) {
	rows, err := tx.QueryContext(ctx, `SELECT key, value, start, end, value_start, value_end FROM infobox WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []document.InfoField
	for rows.Next() {
		var f document.InfoField
		if err := rows.Scan(&f.Key, &f.Value, &f.Span[0], &f.Span[1], &f.ValueSpan[0], &f.ValueSpan[1]); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// filter collects WHERE conditions and their arguments.
type filter struct {
	conds []string
	args  []any
}

func (f *filter) add(cond string, args ...any) {
	f.conds = append(f.conds, cond)
	f.args = append(f.args, args...)
}

func (f *filter) where() string {
	if len(f.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(f.conds, " AND ")
}

// page appends LIMIT and OFFSET; limit <= 0 means no limit.
func (f *filter) page(limit, offset int) string {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	f.args = append(f.args, limit, max(offset, 0))
	return " LIMIT ? OFFSET ?"
}

// containsPattern is a LIKE pattern matching any text that contains s.
func containsPattern(s string) string { return "%" + likeEscaper.Replace(s) + "%" }

// Documents lists documents without their text, ordered by id.
func (s *SQLite) Documents(ctx context.Context, q DocumentQuery) ([]DocumentRow, error) {
	var f filter
	if q.Lang != "" {
		f.add(`d.lang = ?`, q.Lang)
	}
	if q.TitleContains != "" {
		f.add(`d.title LIKE ? ESCAPE '\'`, containsPattern(q.TitleContains))
	}
	if q.From != "" || q.To != "" {
		lo, hi, err := windowBounds(q.From, q.To)
		if err != nil {
			return nil, fmt.Errorf("store: documents: %w", err)
		}
		f.add(`EXISTS (SELECT 1 FROM times t WHERE t.doc = d.doc AND t.first_key <= ? AND t.last_key >= ?)`, hi, lo)
	}
	query := `SELECT ` + documentColumns + ` FROM documents d` + f.where() + ` ORDER BY d.id` + f.page(q.Limit, q.Offset)
	rows, err := s.read.QueryContext(ctx, query, f.args...)
	if err != nil {
		return nil, fmt.Errorf("store: documents: %w", err)
	}
	defer rows.Close()
	var out []DocumentRow
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("store: documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: documents: %w", err)
	}
	return out, nil
}

// Times lists time mentions ordered by interval start, then document (in
// storage order) and position; mentions without an interval come last. A
// malformed From or To gives an error wrapping ErrInvalidQuery.
func (s *SQLite) Times(ctx context.Context, q TimeQuery) ([]TimeRow, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for every segment
	if err != nil {
		return nil, fmt.Errorf("store: times: %w", err)
	}
	defer tx.Rollback()
	var f, rest filter
	var dims []labelDim
	if q.DocID != "" {
		f.add(`d.id = ?`, q.DocID)
	}
	if q.TextContains != "" {
		f.add(`t.text LIKE ? ESCAPE '\'`, containsPattern(q.TextContains))
	}
	rest = f
	if q.Lang != "" {
		dims = append(dims, labelDim{name: "lang", kind: labelLang, value: q.Lang})
	}
	if q.Type != "" {
		dims = append(dims, labelDim{name: "type", kind: labelTimeType, value: q.Type})
	}
	if ok, err := resolveDims(ctx, tx, dims); err != nil || !ok {
		return nil, err
	}
	for _, d := range dims { // checked inside times_days too (0008)
		if d.kind == labelLang {
			f.add(`t.lang_label = ?`, d.code)
		} else {
			f.add(`t.type = ?`, d.value)
		}
	}
	const columns = `SELECT d.id, d.title, d.lang, t.idx, t.start, t.end, t.text, t.type, t.value, t.mod,
		coalesce(t.first_day, ''), coalesce(t.last_day, ''), t.calendar, t.anchor`
	var segs []segment
	if q.From != "" || q.To != "" {
		lo, hi, err := windowBounds(q.From, q.To)
		if err != nil {
			return nil, fmt.Errorf("store: times: %w", err)
		}
		segs = windowSegments(window{columns: columns, table: `times`, t: `t`, rtree: `times_rtree`,
			filter: f, rest: rest, dims: dims, lo: lo, hi: hi, oneDoc: q.DocID != ""})
	} else {
		segs = undatedLastSegments(columns+` FROM times t JOIN documents d ON d.doc = t.doc`, `t`, f)
	}
	var out []TimeRow
	err = readSegments(ctx, tx, segs, q.Limit, q.Offset, func(rows *sql.Rows) error {
		var t TimeRow
		var anchor sql.NullInt64
		if err := rows.Scan(&t.DocID, &t.Title, &t.Lang, &t.Index, &t.Span[0], &t.Span[1], &t.Text, &t.Type, &t.Value, &t.Mod,
			&t.Interval[0], &t.Interval[1], &t.Calendar, &anchor); err != nil {
			return err
		}
		if anchor.Valid {
			a := int(anchor.Int64)
			t.Anchor = &a
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: times: %w", err)
	}
	return out, nil
}
