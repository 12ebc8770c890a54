package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
)

// migrationFiles holds the schema, one numbered file per version.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrationName is NNNN_name.sql.
var migrationName = regexp.MustCompile(`^([0-9]{4})_([a-z0-9_]+)\.sql$`)

// loadMigrations reads every *.sql file of dir in fsys, ordered by version.
// Versions must run 1, 2, 3… without gaps or repeats, so that the order is
// the numbers' and never the file system's.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	var migs []migration
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".sql" {
			continue
		}
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("store: migration %s: name must be NNNN_name.sql", e.Name())
		}
		version, _ := strconv.Atoi(m[1]) // four digits: cannot fail
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: %w", e.Name(), err)
		}
		migs = append(migs, migration{version: version, name: m[2], sql: string(body)})
	}
	slices.SortFunc(migs, func(a, b migration) int { return a.version - b.version })
	for i, m := range migs {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %04d_%s: expected version %d (versions run 1, 2, 3… without gaps or repeats)", m.version, m.name, i+1)
		}
	}
	return migs, nil
}

// migrationHook runs Go code inside a migration's transaction, after its
// SQL: for steps SQL cannot do alone, such as filling a word index that
// needs the word segmenter.
type migrationHook func(ctx context.Context, tx *sql.Tx) error

// schemaVersion is the highest applied version, 0 for a new database.
func schemaVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// migrate applies the migrations above the database's version up to target
// (len(migs) when target <= 0), each with its hook in one transaction, and
// returns the versions it applied. It is idempotent: an applied version is
// never run again, even when two processes migrate at once, because the
// version is read inside the write transaction.
func migrate(ctx context.Context, db *sql.DB, migs []migration, target int, hooks map[int]migrationHook) ([]int, error) {
	if target <= 0 || target > len(migs) {
		target = len(migs)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`); err != nil {
		return nil, fmt.Errorf("store: create schema_version: %w", err)
	}
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("store: read schema version: %w", err)
	}
	if current > len(migs) {
		return nil, fmt.Errorf("store: database schema version %d is newer than this program's %d", current, len(migs))
	}
	var applied []int
	for _, m := range migs[:target] {
		if m.version <= current {
			continue
		}
		did, err := applyMigration(ctx, db, m, hooks[m.version])
		if err != nil {
			return applied, err
		}
		if did {
			applied = append(applied, m.version)
		}
	}
	return applied, nil
}

// applyMigration runs one migration unless another process got there first.
func applyMigration(ctx context.Context, db *sql.DB, m migration, hook migrationHook) (bool, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store: migration %04d_%s: begin: %w", m.version, m.name, err)
	}
	defer tx.Rollback() // no-op after Commit
	current, err := schemaVersion(ctx, tx)
	if err != nil {
		return false, fmt.Errorf("store: migration %04d_%s: read version: %w", m.version, m.name, err)
	}
	if current >= m.version {
		return false, nil
	}
	if current != m.version-1 {
		return false, fmt.Errorf("store: migration %04d_%s: database is at version %d", m.version, m.name, current)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("store: migration %04d_%s: %w", m.version, m.name, err)
	}
	if hook != nil {
		if err := hook(ctx, tx); err != nil {
			return false, fmt.Errorf("store: migration %04d_%s: %w", m.version, m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return false, fmt.Errorf("store: migration %04d_%s: record version: %w", m.version, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: migration %04d_%s: commit: %w", m.version, m.name, err)
	}
	return true, nil
}
