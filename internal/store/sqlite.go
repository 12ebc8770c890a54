package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"

	"chronicle/internal/wordseg"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// DefaultAnnotatorVersion is hashed with the text when Options leave
// AnnotatorVersion empty. Raise it when the annotators change their output,
// so that re-ingesting replaces documents stored by the older pipeline.
const DefaultAnnotatorVersion = "chronicle-annotate/1"

// Options tune OpenSQLiteWith. The zero value is what OpenSQLite uses.
type Options struct {
	// AnnotatorVersion is hashed with each document's text (default DefaultAnnotatorVersion).
	AnnotatorVersion string
	// Search is the index Search uses (default DefaultSearch). Both
	// indexes are always kept, so SearchWith can use either.
	Search SearchMethod
	// Segmenter splits text into words for the word index and its queries
	// (default wordseg.New(nil)). Queries must be segmented like the text.
	Segmenter wordseg.Segmenter
	// ReadConns bounds the read pool (default: the number of CPUs, at least 2).
	ReadConns int
}

// SQLite is the embedded Store: one file in WAL mode, a single writer
// connection (writes are serialised, one transaction per document) and a
// pool of read-only connections that read committed snapshots while a write
// is under way.
type SQLite struct {
	write   *sql.DB
	read    *sql.DB
	version string
	search  SearchMethod
	// actors remembers catalogue keys across documents.
	actors catalogue
	// labels remembers label codes across documents.
	labels labelCache
	// stmts are the writer's prepared statements.
	stmts stmtCache
	seg   wordseg.Segmenter
}

var _ Store = (*SQLite)(nil)

// busyTimeoutMillis is how long a connection waits for another process's
// lock before giving up with SQLITE_BUSY.
const busyTimeoutMillis = 10000

// OpenSQLite opens (creating if needed) the database file at path and brings
// its schema up to date.
func OpenSQLite(path string) (*SQLite, error) { return OpenSQLiteWith(path, Options{}) }

// OpenSQLiteWith is OpenSQLite with options.
func OpenSQLiteWith(path string, opts Options) (*SQLite, error) {
	return openSQLite(context.Background(), path, opts, 0)
}

// openSQLite opens path and migrates it to schemaTarget (0: the latest);
// tests use an older target to build an old-version database.
func openSQLite(ctx context.Context, path string, opts Options, schemaTarget int) (*SQLite, error) {
	if path == "" || strings.HasPrefix(path, ":memory:") {
		return nil, errors.New("store: open: need a database file path (WAL mode does not work in memory)")
	}
	s := &SQLite{version: opts.AnnotatorVersion, search: opts.Search, seg: opts.Segmenter}
	if s.version == "" {
		s.version = DefaultAnnotatorVersion
	}
	if s.search == "" {
		s.search = DefaultSearch
	}
	if err := s.search.valid(); err != nil {
		return nil, err
	}
	if s.seg == nil {
		s.seg = wordseg.New(nil)
	}
	readConns := opts.ReadConns
	if readConns <= 0 {
		readConns = max(2, runtime.NumCPU())
	}

	var err error
	s.write, err = sql.Open("sqlite", sqliteDSN(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s.write.SetMaxOpenConns(1) // the one writer
	s.write.SetMaxIdleConns(1)
	s.write.SetConnMaxLifetime(0)
	if err := s.write.PingContext(ctx); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	migs, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		s.write.Close()
		return nil, err
	}
	if _, err := migrate(ctx, s.write, migs, schemaTarget, s.migrationHooks()); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// Remember which segmenter built the word index: queries segmented by
	// another one may miss (docs/store.md).
	if _, err := s.write.ExecContext(ctx, `INSERT OR IGNORE INTO store_meta (key, value) VALUES ('word_segmenter', ?)`, s.seg.Name()); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s.stmts.db = s.write
	if schemaTarget <= 0 { // an older schema (tests) lacks the tables
		if err := s.stmts.warm(ctx, writeQueries()); err != nil {
			s.write.Close()
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	s.read, err = sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		s.write.Close()
		return nil, fmt.Errorf("store: open %s for reading: %w", path, err)
	}
	s.read.SetMaxOpenConns(readConns)
	s.read.SetMaxIdleConns(readConns)
	return s, nil
}

// sqliteDSN builds a file: URI with the connection pragmas. Writers take
// their lock at BEGIN (BEGIN IMMEDIATE), so a transaction never fails half
// way on a lock upgrade. synchronous=NORMAL in WAL mode loses no committed
// transaction when the process dies, only possibly the last ones when the
// machine loses power, and never corrupts the file.
func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMillis))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + escaped + "?" + q.Encode()
}

// IndexSegmenter names the word segmenter that built the word index, and
// the one this process segments queries with. When they differ, word
// searches may miss; the hybrid search still finds substrings.
func (s *SQLite) IndexSegmenter(ctx context.Context) (built, current string, err error) {
	err = s.read.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'word_segmenter'`).Scan(&built)
	if err != nil {
		return "", s.seg.Name(), fmt.Errorf("store: word segmenter: %w", err)
	}
	return built, s.seg.Name(), nil
}

// Close closes both connection pools.
func (s *SQLite) Close() error {
	return errors.Join(s.stmts.close(), s.read.Close(), s.write.Close())
}
