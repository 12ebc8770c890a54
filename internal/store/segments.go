package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
)

// A listing in interval order is read as consecutive segments, each a query
// whose rows all come before the next segment's, so each can use the index
// that gives its rows in order and stop at the page's end.
type segment struct {
	// query selects the segment's rows in order. When it holds pageMark,
	// LIMIT and OFFSET go there (inside a subquery) and no argument may
	// follow it; otherwise they are appended.
	query string
	args  []any
}

// pageMark is where a segment's LIMIT and OFFSET go.
const pageMark = "/*page*/"

// rtreeIDBits is how many low bits of an R*Tree id hold the item's index in
// its document; the document key is above them.
const rtreeIDBits = 24

// maxIndexedItems bounds the time mentions and events of one document, so
// that their R*Tree ids stay unique.
const maxIndexedItems = 1 << rtreeIDBits

func rtreeID(doc int64, idx int) int64 { return doc<<rtreeIDBits | int64(idx) }

// The R*Trees hold 32-bit day numbers.
const (
	minInt32 = math.MinInt32
	maxInt32 = math.MaxInt32
)

// rtreeJoin joins an R*Tree (alias r) to a table keyed by (doc, idx).
func rtreeJoin(alias string) string {
	return fmt.Sprintf(`%[1]s.doc = r.id >> %[2]d AND %[1]s.idx = r.id & %[3]d`, alias, rtreeIDBits, maxIndexedItems-1)
}

// windowSegments list the rows of table (alias t, keyed by doc and idx,
// with keys first_key and last_key) joined to their documents (alias d)
// whose interval meets the days [lo, hi], in (first_key, doc, idx) order:
// first those that begin before lo and reach it (a stabbing query of
// rtree, sorted inside it by (first, id), the same order), then those that
// begin inside the window (a range of the (first_key, doc, idx) index).
// With oneDoc the filter names a document: its rows are few and read
// through the table's primary key. CROSS JOIN keeps SQLite from starting
// anywhere but the R*Tree.
func windowSegments(columns, table, t, rtree string, f filter, lo, hi int64, oneDoc bool) []segment {
	from := ` FROM ` + table + ` ` + t + ` JOIN documents d ON d.doc = ` + t + `.doc`
	if oneDoc {
		g := f
		g.add(t+`.first_key <= ? AND `+t+`.last_key >= ?`, hi, lo)
		return []segment{{columns + from + g.where() + ` ORDER BY ` + t + `.first_key, ` + t + `.idx`, g.args}}
	}
	var segs []segment
	if lo > minInt32 { // something can begin before lo
		stab := min(lo, maxInt32)
		joined := ` CROSS JOIN ` + table + ` ` + t + ` CROSS JOIN documents d`
		g := filter{conds: []string{rtreeJoin(t), `d.doc = ` + t + `.doc`}}
		if len(f.conds) == 0 {
			// Nothing to filter: sort and cut in the R*Tree alone, then join the page.
			segs = append(segs, segment{columns + ` FROM (SELECT id, first FROM ` + rtree +
				` WHERE first < ? AND last >= ? ORDER BY first, id ` + pageMark + `) r` + joined + g.where() + ` ORDER BY r.first, r.id`,
				[]any{stab, stab}})
		} else {
			g.add(`r.first < ? AND r.last >= ?`, stab, stab)
			g.conds = append(g.conds, f.conds...)
			g.args = append(g.args, f.args...)
			segs = append(segs, segment{columns + ` FROM ` + rtree + ` r` + joined + g.where() + ` ORDER BY r.first, r.id`, g.args})
		}
	}
	g := filter{conds: []string{t + `.first_key BETWEEN ? AND ?`}, args: []any{lo, hi}}
	g.conds = append(g.conds, f.conds...)
	g.args = append(g.args, f.args...)
	return append(segs, segment{columns + from + g.where() + ` ORDER BY ` + t + `.first_key, ` + t + `.doc, ` + t + `.idx`, g.args})
}

// undatedLastSegments list every row matching f: those with an interval in
// (first_key, doc, idx) order, then those without one in (doc, idx) order.
func undatedLastSegments(selectFrom, t string, f filter) []segment {
	dated, undated := f, f
	dated.add(t + `.first_key IS NOT NULL`)
	undated.add(t + `.first_key IS NULL`)
	return []segment{
		{selectFrom + dated.where() + ` ORDER BY ` + t + `.first_key, ` + t + `.doc, ` + t + `.idx`, dated.args},
		{selectFrom + undated.where() + ` ORDER BY ` + t + `.doc, ` + t + `.idx`, undated.args},
	}
}

// readSegments reads the page [offset, offset+limit) of the segments' rows
// (limit <= 0: no limit), calling scan for each. A segment that ends
// before the page starts is counted, not read.
func readSegments(ctx context.Context, tx *sql.Tx, segs []segment, limit, offset int, scan func(*sql.Rows) error) error {
	offset = max(offset, 0)
	got := 0
	for i, seg := range segs {
		want := -1
		if limit > 0 {
			want = limit - got
			if want <= 0 {
				return nil
			}
		}
		query, args := seg.query, append(append([]any(nil), seg.args...), want, offset)
		if strings.Contains(query, pageMark) {
			query = strings.Replace(query, pageMark, `LIMIT ? OFFSET ?`, 1)
		} else {
			query += ` LIMIT ? OFFSET ?`
		}
		n, err := readRows(ctx, tx, query, args, scan)
		if err != nil {
			return err
		}
		got += n
		switch {
		case n > 0:
			offset = 0 // the page started in this segment
		case offset > 0 && i < len(segs)-1:
			// The page starts after this segment: skip its rows.
			var count int
			whole := strings.Replace(seg.query, pageMark, "", 1)
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (`+whole+`)`, seg.args...).Scan(&count); err != nil {
				return err
			}
			offset = max(offset-count, 0)
		}
	}
	return nil
}

func readRows(ctx context.Context, tx *sql.Tx, query string, args []any, scan func(*sql.Rows) error) (int, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if err := scan(rows); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// rtreeIDOf is the SQL expression of the R*Tree id of table alias t's row.
func rtreeIDOf(t string) string {
	return fmt.Sprintf(`(%[1]s.doc << %[2]d | %[1]s.idx)`, t, rtreeIDBits)
}
