package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// stmtCache keeps statements prepared on the writer pool across
// transactions: a transaction binds them to its connection (the one
// writer) without preparing them again.
type stmtCache struct {
	mu    sync.Mutex
	db    *sql.DB
	stmts map[string]*sql.Stmt
}

// get is the statement prepared for query, if warm prepared it.
func (c *stmtCache) get(query string) (*sql.Stmt, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.stmts[query]
	return st, ok
}

// warm prepares queries on the writer pool. It must run while no
// transaction holds the one writer connection (at open): preparing on the
// pool inside a transaction would wait for that connection forever.
func (c *stmtCache) warm(ctx context.Context, queries []string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	for _, q := range queries {
		if _, ok := c.stmts[q]; ok {
			continue
		}
		st, err := c.db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", q[:min(len(q), 40)], err)
		}
		c.stmts[q] = st
	}
	return nil
}

func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, st := range c.stmts {
		if err := st.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	c.stmts = nil
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// rowWriter runs many statements in one transaction, keeping the first
// error and skipping the rest. Statements come from the store's cache when
// it holds them, else are prepared for this transaction only.
type rowWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	cache *stmtCache
	stmts map[string]*sql.Stmt
	err   error
}

func (w *rowWriter) stmt(query string) *sql.Stmt {
	if st, ok := w.stmts[query]; ok {
		return st
	}
	var st *sql.Stmt
	var err error
	if shared, ok := w.cache.get(query); ok {
		st = w.tx.StmtContext(w.ctx, shared)
	} else {
		st, err = w.tx.PrepareContext(w.ctx, query)
	}
	if err != nil {
		w.err = fmt.Errorf("prepare %s: %w", query[:min(len(query), 40)], err)
		return nil
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[query] = st
	return st
}

func (w *rowWriter) exec(query string, args ...any) {
	w.insert(query, args...)
}

// insert runs query and returns the new row's rowid.
func (w *rowWriter) insert(query string, args ...any) int64 {
	if w.err != nil {
		return 0
	}
	st := w.stmt(query)
	if st == nil {
		return 0
	}
	res, err := st.ExecContext(w.ctx, args...)
	if err != nil {
		w.err = fmt.Errorf("%s: %w", query[:min(len(query), 40)], err)
		return 0
	}
	id, err := res.LastInsertId()
	if err != nil {
		w.err = err
	}
	return id
}

// close releases the transaction's statements (the cache keeps its own).
func (w *rowWriter) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// batchRows is the most rows one INSERT carries: one statement per row
// costs more in the driver than SQLite spends storing the row.
const batchRows = 64

// batch collects rows of one table and inserts them with multi-row
// INSERT statements, in the order they were added.
type batch struct {
	w     *rowWriter
	head  string // INSERT INTO table (columns) VALUES
	width int
	args  []any
	n     int
}

// rowSpec names a table and the columns a batch fills (comma-separated).
type rowSpec struct{ table, columns string }

func (r rowSpec) head() string { return `INSERT INTO ` + r.table + ` (` + r.columns + `) VALUES ` }
func (r rowSpec) width() int   { return strings.Count(r.columns, ",") + 1 }

// queries are the statements a batch of r may run: 64, 32, … 1 rows.
func (r rowSpec) queries() []string {
	var out []string
	for size := batchRows; size >= 1; size /= 2 {
		out = append(out, r.head()+valueRows(size, r.width()))
	}
	return out
}

// batch starts a multi-row insert.
func (w *rowWriter) batch(r rowSpec) *batch {
	return &batch{w: w, head: r.head(), width: r.width()}
}

// add queues one row; its values must match the columns.
func (b *batch) add(values ...any) {
	b.args = append(b.args, values...)
	b.n++
	if b.n == batchRows {
		b.flush()
	}
}

// flush writes the queued rows with statements of 64, 32, … 1 rows, so
// that few distinct statements are ever prepared.
func (b *batch) flush() {
	for done := 0; done < b.n; {
		size := batchRows
		for size > b.n-done {
			size /= 2
		}
		b.w.exec(b.head+valueRows(size, b.width), b.args[done*b.width:(done+size)*b.width]...)
		done += size
	}
	b.args, b.n = b.args[:0], 0
}

// valueRows is "(?, ?), (?, ?)" for rows rows of width values.
func valueRows(rows, width int) string {
	row := "(" + placeholders(width) + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
}

// maxKey runs a query of one integer (the largest key of a table).
func (w *rowWriter) maxKey(query string) int64 {
	if w.err != nil {
		return 0
	}
	var n int64
	if err := w.tx.QueryRowContext(w.ctx, query).Scan(&n); err != nil {
		w.err = fmt.Errorf("%s: %w", query, err)
	}
	return n
}

// The tables PutDocument fills in batches.
var (
	sentencesRows     = rowSpec{`sentences`, `sid, doc, idx, start, end`}
	sectionsRows      = rowSpec{`sections`, `doc, idx, title, level, heading_start, heading_end, start, end`}
	infoboxRows       = rowSpec{`infobox`, `doc, idx, key, value, start, end, value_start, value_end`}
	timesRows         = rowSpec{`times`, `doc, idx, start, end, text, type, value, mod, first_day, last_day, calendar, anchor, first_key, last_key, lang_label`}
	timesTreeRows     = rowSpec{`times_rtree`, `id, first, last, lang_lo, lang_hi, type_lo, type_hi`}
	mentionsRows      = rowSpec{`mentions`, `doc, layer, idx, start, end, text, json`}
	actorMentionsRows = rowSpec{`actor_mentions`, `doc, idx, start, end, actor, confidence, text`}
	eventsRows        = rowSpec{`events`, `doc, idx, type, start, end, trigger_start, trigger_end, first_key, last_key, first_day, last_day, time, place, quantities, negated, ext_id, lang_label, time_inherited, time_value`}
	// eventsRowsV6 is events as migration 0006 made it, for its hook.
	eventsRowsV6         = rowSpec{`events`, `doc, idx, type, start, end, trigger_start, trigger_end, first_key, last_key, first_day, last_day, time, place, quantities, negated, ext_id`}
	eventsTreeRows       = rowSpec{`events_rtree`, `id, first, last, lang_lo, lang_hi, type_lo, type_hi`}
	participantsRows     = rowSpec{`event_actors`, `ea, doc, idx, n, mention, actor, role, first_key, last_key`}
	participantsTreeRows = rowSpec{`event_actors_rtree`, `id, actor_lo, actor_hi, first, last`}
)

// batchSpecs are every rowSpec, prepared at open.
var batchSpecs = []rowSpec{sentencesRows, sectionsRows, infoboxRows, timesRows, timesTreeRows, mentionsRows, actorMentionsRows, eventsRows, eventsTreeRows, participantsRows, participantsTreeRows}
