package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Check verifies the database: SQLite's integrity and foreign key checks,
// the search indexes' own checks and row counts, and that every document
// has exactly the rows its record had (the counts written with it). It
// returns one line per problem; none means the database is sound.
func (s *SQLite) Check(ctx context.Context) ([]string, error) {
	return checkDatabase(ctx, s.write) // FTS5's integrity-check is a write statement
}

// checkDatabase is Check on any connection pool, so a test can check a file
// that a killed process left without opening (and so migrating) it first.
func checkDatabase(ctx context.Context, db *sql.DB) ([]string, error) {
	var problems []string
	lines, err := queryStrings(ctx, db, `PRAGMA integrity_check`)
	if err != nil {
		return nil, fmt.Errorf("store: check: integrity: %w", err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		problems = append(problems, lines...)
	}
	fk, err := db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("store: check: foreign keys: %w", err)
	}
	for fk.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var id int
		if err := fk.Scan(&table, &rowid, &parent, &id); err != nil {
			fk.Close()
			return nil, fmt.Errorf("store: check: foreign keys: %w", err)
		}
		problems = append(problems, fmt.Sprintf("foreign key: %s row %d has no %s", table, rowid.Int64, parent))
	}
	if err := fk.Close(); err != nil {
		return nil, fmt.Errorf("store: check: foreign keys: %w", err)
	}

	incomplete, err := incompleteDocuments(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("store: check: counts: %w", err)
	}
	problems = append(problems, incomplete...)

	for _, c := range copiedColumns {
		var n int
		if err := db.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: check: %s: %w", c.what, err)
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("%d %s", n, c.what))
		}
	}
	for _, rt := range rtrees {
		more, err := checkRTree(ctx, db, rt)
		if err != nil {
			return nil, fmt.Errorf("store: check: %s: %w", rt.name, err)
		}
		problems = append(problems, more...)
	}

	var hasSearch int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'search_trigram'`).Scan(&hasSearch); err != nil {
		return nil, fmt.Errorf("store: check: %w", err)
	}
	if hasSearch == 0 {
		return problems, nil // a database from before migration 0002
	}
	var units int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sentences) + (SELECT count(*) FROM documents WHERE title <> '')`).Scan(&units); err != nil {
		return nil, fmt.Errorf("store: check: %w", err)
	}
	for _, table := range searchTables {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: check: %s: %w", table, err)
		}
		if n != units {
			problems = append(problems, fmt.Sprintf("%s: %d rows, want %d (sentences and titles)", table, n, units))
		}
		// FTS5's own check of its index.
		if _, err := db.ExecContext(ctx, `INSERT INTO `+table+` (`+table+`) VALUES ('integrity-check')`); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", table, err))
		}
	}
	return problems, nil
}

// queryStrings runs a query of one text column.
func queryStrings(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
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

// countedLayers are the tables whose rows a document row counts:
// documents column and table.
var countedLayers = [][2]string{
	{"n_sentences", "sentences"}, {"n_sections", "sections"}, {"n_infobox", "infobox"}, {"n_times", "times"},
	{"n_mentions", "mentions"}, {"n_actors", "actor_mentions"}, {"n_events", "events"}, {"n_event_actors", "event_actors"},
}

// incompleteDocuments compares every document's expected row counts with
// the rows stored, one line per document that differs.
func incompleteDocuments(ctx context.Context, db *sql.DB) ([]string, error) {
	var diff []string
	for i := range countedLayers {
		diff = append(diff, fmt.Sprintf(`c%d <> s%d`, i, i))
	}
	var named []string
	for i := range countedLayers {
		named = append(named, fmt.Sprintf(`c%d, s%d`, i, i))
	}
	inner := `SELECT d.id`
	for i, l := range countedLayers {
		inner += fmt.Sprintf(`, d.%s AS c%d, (SELECT count(*) FROM %s x WHERE x.doc = d.doc) AS s%d`, l[0], i, l[1], i)
	}
	rows, err := db.QueryContext(ctx, `SELECT id, `+strings.Join(named, ", ")+` FROM (`+inner+` FROM documents d) WHERE `+strings.Join(diff, " OR "))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		counts := make([]int64, 2*len(countedLayers))
		dest := []any{&id}
		for i := range counts {
			dest = append(dest, &counts[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		var parts []string
		for i, l := range countedLayers {
			if counts[2*i] != counts[2*i+1] {
				parts = append(parts, fmt.Sprintf("%s expected %d, stored %d", l[1], counts[2*i], counts[2*i+1]))
			}
		}
		out = append(out, id+": "+strings.Join(parts, "; "))
	}
	return out, rows.Err()
}

// copiedColumns find rows whose copies of another row's values (kept for
// indexes) disagree with it.
var copiedColumns = []struct{ what, query string }{
	{"event participants whose interval keys differ from their event's", `SELECT count(*) FROM event_actors a JOIN events e ON e.doc = a.doc AND e.idx = a.idx
		WHERE a.first_key IS NOT e.first_key OR a.last_key IS NOT e.last_key`},
	{"time mentions whose language label differs from their document's", `SELECT count(*) FROM times t JOIN documents d ON d.doc = t.doc
		WHERE t.lang_label IS NOT (SELECT label FROM labels WHERE kind = 'lang' AND name = d.lang)`},
	{"events whose language label differs from their document's", `SELECT count(*) FROM events e JOIN documents d ON d.doc = e.doc
		WHERE e.lang_label IS NOT (SELECT label FROM labels WHERE kind = 'lang' AND name = d.lang)`},
	{"event participants whose actor differs from their mention's", `SELECT count(*) FROM event_actors a LEFT JOIN actor_mentions m ON m.doc = a.doc AND m.idx = a.mention
		WHERE m.actor IS NOT a.actor`},
}

// rtreeIndex is an R*Tree over interval keys and the rows it indexes:
// missing counts keyed rows without their entry, stray entries without
// their row (both comparing keys).
type rtreeIndex struct{ name, missing, stray string }

// rtrees are the interval indexes Check verifies.
var rtrees = []rtreeIndex{
	{"times_rtree",
		`SELECT count(*) FROM times t JOIN documents d ON d.doc = t.doc WHERE t.first_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM times_rtree r
			WHERE r.id = ` + rtreeIDOf("t") + ` AND r.first = t.first_key AND r.last = t.last_key
			AND r.lang_lo = (SELECT label FROM labels WHERE kind = 'lang' AND name = d.lang) AND r.lang_hi = r.lang_lo
			AND r.type_lo = (SELECT label FROM labels WHERE kind = 'time_type' AND name = t.type) AND r.type_hi = r.type_lo)`,
		`SELECT count(*) FROM times_rtree r WHERE NOT EXISTS (SELECT 1 FROM times t WHERE ` + rtreeJoin("t") + ` AND t.first_key = r.first AND t.last_key = r.last)`},
	{"events_rtree",
		`SELECT count(*) FROM events e JOIN documents d ON d.doc = e.doc WHERE e.first_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events_rtree r
			WHERE r.id = ` + rtreeIDOf("e") + ` AND r.first = e.first_key AND r.last = e.last_key
			AND r.lang_lo = (SELECT label FROM labels WHERE kind = 'lang' AND name = d.lang) AND r.lang_hi = r.lang_lo
			AND r.type_lo = (SELECT label FROM labels WHERE kind = 'event_type' AND name = e.type) AND r.type_hi = r.type_lo)`,
		`SELECT count(*) FROM events_rtree r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE ` + rtreeJoin("e") + ` AND e.first_key = r.first AND e.last_key = r.last)`},
	{"event_actors_rtree",
		`SELECT count(*) FROM event_actors a WHERE a.first_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_actors_rtree r
			WHERE r.id = a.ea AND r.actor_lo = a.actor AND r.actor_hi = a.actor AND r.first = a.first_key AND r.last = a.last_key)`,
		`SELECT count(*) FROM event_actors_rtree r WHERE NOT EXISTS (SELECT 1 FROM event_actors a
			WHERE a.ea = r.id AND a.actor = r.actor_lo AND a.actor = r.actor_hi AND a.first_key = r.first AND a.last_key = r.last)`},
}

// checkRTree runs the R*Tree's own check and compares its entries with the
// keyed rows of its table, both ways. A database from before the index has
// nothing to check.
func checkRTree(ctx context.Context, db *sql.DB, rt rtreeIndex) ([]string, error) {
	var exists int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = ?`, rt.name).Scan(&exists); err != nil || exists == 0 {
		return nil, err
	}
	var problems []string
	var verdict string
	if err := db.QueryRowContext(ctx, `SELECT rtreecheck(?)`, rt.name).Scan(&verdict); err != nil {
		return nil, err
	}
	if verdict != "ok" {
		problems = append(problems, rt.name+": "+verdict)
	}
	var missing, stray int
	if err := db.QueryRowContext(ctx, rt.missing).Scan(&missing); err != nil {
		return nil, err
	}
	if err := db.QueryRowContext(ctx, rt.stray).Scan(&stray); err != nil {
		return nil, err
	}
	if missing > 0 || stray > 0 {
		problems = append(problems, fmt.Sprintf("%s: %d intervals missing from it, %d entries without their row", rt.name, missing, stray))
	}
	return problems, nil
}
