package store

import (
	"context"
	"database/sql"
	"encoding/json"
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
	// stab, when set, replaces query: the rows are an R*Tree's stabbing
	// query read in chunks (readStabbing).
	stab *stabbing
}

func seg(query string, args []any) segment { return segment{query: query, args: args} }

// stabbing is a filtered stabbing query of an R*Tree whose ids are
// rtreeID(doc, idx): the entries with first < point <= last, in (first,
// id) order, kept when query (the rows of a JSON array of ids, filtered,
// in array order; args follow the array) returns them.
type stabbing struct {
	rtree string
	point int64
	// dims and dimArgs further constrain the R*Tree (dimsWhere).
	dims    string
	dimArgs []any
	query   string
	args    []any
}

// stabChunk is how many R*Tree entries readStabbing filters at a time: a
// page of a filter keeping one entry in four needs two chunks, not every
// entry, and a filter keeping none costs what one query over all would.
// (A variable so tests can make chunks small.)
var stabChunk = 256

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

// window describes a window query over table (alias t, keyed by doc and
// idx, with keys first_key and last_key) joined to its documents (alias d).
type window struct {
	columns, table, t, rtree string
	// filter holds every condition besides the window; rest those the
	// R*Tree's label dimensions (dims) do not cover.
	filter, rest filter
	dims         []labelDim
	lo, hi       int64
	// oneDoc: the filter names a document.
	oneDoc bool
}

// labelDim constrains an R*Tree dimension (columns name_lo, name_hi) to
// the code of one label (filled by resolveDims).
type labelDim struct {
	name, kind, value string
	code              int64
}

// resolveDims looks up the codes of dims; ok is false when a label is not
// stored at all, so nothing can match.
func resolveDims(ctx context.Context, tx *sql.Tx, dims []labelDim) (ok bool, err error) {
	for i := range dims {
		code, found, err := queryLabel(ctx, tx, dims[i].kind, dims[i].value)
		if err != nil {
			return false, fmt.Errorf("store: label %s %q: %w", dims[i].kind, dims[i].value, err)
		}
		if !found {
			return false, nil
		}
		dims[i].code = code
	}
	return true, nil
}

// dimsWhere is the R*Tree condition of dims, each term after " AND ".
func dimsWhere(dims []labelDim) (string, []any) {
	var b strings.Builder
	var args []any
	for _, d := range dims {
		fmt.Fprintf(&b, ` AND %[1]s_lo <= ? AND %[1]s_hi >= ?`, d.name)
		args = append(args, d.code, d.code)
	}
	return b.String(), args
}

// windowSegments list the rows whose interval meets the days [lo, hi], in
// (first_key, doc, idx) order: first those that begin before lo and reach
// it (a stabbing query of the R*Tree, sorted inside it by (first, id), the
// same order), then those that begin inside the window (a range of the
// (first_key, doc, idx) index). The R*Tree's label dimensions filter
// language and type; other conditions are checked on a chunk of entries at
// a time (readStabbing). With oneDoc the document's rows are few and read
// through the table's primary key. CROSS JOIN keeps SQLite from starting
// anywhere but the R*Tree.
func windowSegments(w window) []segment {
	t := w.t
	from := ` FROM ` + w.table + ` ` + t + ` JOIN documents d ON d.doc = ` + t + `.doc`
	if w.oneDoc {
		g := w.filter
		g.add(t+`.first_key <= ? AND `+t+`.last_key >= ?`, w.hi, w.lo)
		return []segment{seg(w.columns+from+g.where()+` ORDER BY `+t+`.first_key, `+t+`.idx`, g.args)}
	}
	var segs []segment
	if w.lo > minInt32 { // something can begin before lo
		stab := min(w.lo, maxInt32)
		joined := ` CROSS JOIN ` + w.table + ` ` + t + ` CROSS JOIN documents d`
		dims, dimArgs := dimsWhere(w.dims)
		if len(w.rest.conds) == 0 {
			// The R*Tree filters alone: sort and cut in it, then join the page.
			g := filter{conds: []string{rtreeJoin(t), `d.doc = ` + t + `.doc`}}
			segs = append(segs, seg(w.columns+` FROM (SELECT id, first FROM `+w.rtree+
				` WHERE first < ? AND last >= ?`+dims+` ORDER BY first, id `+pageMark+`) r`+joined+g.where()+` ORDER BY r.first, r.id`,
				append([]any{stab, stab}, dimArgs...)))
		} else {
			g := filter{conds: []string{
				fmt.Sprintf(`%[1]s.doc = j.value >> %[2]d AND %[1]s.idx = j.value & %[3]d`, t, rtreeIDBits, maxIndexedItems-1),
				`d.doc = ` + t + `.doc`}}
			g.conds = append(g.conds, w.rest.conds...)
			g.args = append(g.args, w.rest.args...)
			segs = append(segs, segment{stab: &stabbing{rtree: w.rtree, point: stab, dims: dims, dimArgs: dimArgs,
				query: w.columns + ` FROM json_each(?) j` + joined + g.where() + ` ORDER BY j.key`, args: g.args}})
		}
	}
	g := filter{conds: []string{t + `.first_key BETWEEN ? AND ?`}, args: []any{w.lo, w.hi}}
	g.conds = append(g.conds, w.filter.conds...)
	g.args = append(g.args, w.filter.args...)
	return append(segs, seg(w.columns+from+g.where()+` ORDER BY `+t+`.first_key, `+t+`.doc, `+t+`.idx`, g.args))
}

// undatedLastSegments list every row matching f: those with an interval in
// (first_key, doc, idx) order, then those without one in (doc, idx) order.
func undatedLastSegments(selectFrom, t string, f filter) []segment {
	dated, undated := f, f
	dated.add(t + `.first_key IS NOT NULL`)
	undated.add(t + `.first_key IS NULL`)
	return []segment{
		seg(selectFrom+dated.where()+` ORDER BY `+t+`.first_key, `+t+`.doc, `+t+`.idx`, dated.args),
		seg(selectFrom+undated.where()+` ORDER BY `+t+`.doc, `+t+`.idx`, undated.args),
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
		if seg.stab != nil {
			n, matched, err := readStabbing(ctx, tx, seg.stab, want, offset, scan)
			if err != nil {
				return err
			}
			got += n
			if n > 0 {
				offset = 0
			} else {
				offset = max(offset-matched, 0)
			}
			continue
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

// readStabbing reads rows [offset, offset+want) (want < 0: all) of a
// filtered stabbing query: SQLite finds and sorts the R*Tree's entries
// once, and the filter runs on a chunk of them at a time, in order, until
// the page is full. It returns the rows it passed to scan and, when it
// reached the end of the entries, how many rows matched in all.
func readStabbing(ctx context.Context, tx *sql.Tx, st *stabbing, want, offset int, scan func(*sql.Rows) error) (emitted, matched int, err error) {
	point := min(st.point, maxInt32)
	entries, err := tx.QueryContext(ctx, `SELECT id FROM `+st.rtree+` WHERE first < ? AND last >= ?`+st.dims+` ORDER BY first, id`,
		append([]any{point, point}, st.dimArgs...)...)
	if err != nil {
		return 0, 0, err
	}
	defer entries.Close()
	ids := make([]int64, 0, stabChunk)
	for more := true; more; {
		ids = ids[:0]
		for len(ids) < stabChunk {
			if more = entries.Next(); !more {
				break
			}
			var id int64
			if err := entries.Scan(&id); err != nil {
				return emitted, matched, err
			}
			ids = append(ids, id)
		}
		if err := entries.Err(); err != nil || len(ids) == 0 {
			return emitted, matched, err
		}
		list, _ := json.Marshal(ids) // integers: cannot fail
		_, err = readRows(ctx, tx, st.query, append([]any{string(list)}, st.args...), func(r *sql.Rows) error {
			matched++
			if matched <= offset || want >= 0 && emitted >= want {
				return nil
			}
			emitted++
			return scan(r)
		})
		if err != nil || want >= 0 && emitted >= want {
			return emitted, matched, err
		}
	}
	return emitted, matched, nil
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
