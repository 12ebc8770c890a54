package store

import (
	"context"
	"database/sql"
	"fmt"
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

	incomplete, err := queryStrings(ctx, db, `SELECT d.id || ': expected ' ||
		d.n_sentences || '/' || d.n_sections || '/' || d.n_infobox || '/' || d.n_times || '/' || d.n_mentions ||
		' sentences/sections/infobox/times/mentions, stored ' ||
		(SELECT count(*) FROM sentences x WHERE x.doc = d.doc) || '/' ||
		(SELECT count(*) FROM sections x WHERE x.doc = d.doc) || '/' ||
		(SELECT count(*) FROM infobox x WHERE x.doc = d.doc) || '/' ||
		(SELECT count(*) FROM times x WHERE x.doc = d.doc) || '/' ||
		(SELECT count(*) FROM mentions x WHERE x.doc = d.doc)
		FROM documents d
		WHERE d.n_sentences <> (SELECT count(*) FROM sentences x WHERE x.doc = d.doc)
		   OR d.n_sections  <> (SELECT count(*) FROM sections x WHERE x.doc = d.doc)
		   OR d.n_infobox   <> (SELECT count(*) FROM infobox x WHERE x.doc = d.doc)
		   OR d.n_times     <> (SELECT count(*) FROM times x WHERE x.doc = d.doc)
		   OR d.n_mentions  <> (SELECT count(*) FROM mentions x WHERE x.doc = d.doc)`)
	if err != nil {
		return nil, fmt.Errorf("store: check: counts: %w", err)
	}
	problems = append(problems, incomplete...)

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

// rtreeIndex is an R*Tree over the interval keys of a table keyed by (doc, idx).
type rtreeIndex struct{ name, table string }

// rtrees are the interval indexes Check verifies.
var rtrees = []rtreeIndex{{"times_rtree", "times"}}

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
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+rt.table+` t WHERE t.first_key IS NOT NULL AND NOT EXISTS
		(SELECT 1 FROM `+rt.name+` r WHERE r.id = t.doc << ? | t.idx AND r.first = t.first_key AND r.last = t.last_key)`, rtreeIDBits).Scan(&missing); err != nil {
		return nil, err
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+rt.name+` r WHERE NOT EXISTS
		(SELECT 1 FROM `+rt.table+` t WHERE `+rtreeJoin("t")+` AND t.first_key = r.first AND t.last_key = r.last)`).Scan(&stray); err != nil {
		return nil, err
	}
	if missing > 0 || stray > 0 {
		problems = append(problems, fmt.Sprintf("%s: %d %s intervals missing from it, %d entries without their row", rt.name, missing, rt.table, stray))
	}
	return problems, nil
}
