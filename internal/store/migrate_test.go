package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadMigrationsOrderAndNames(t *testing.T) {
	file := func(sql string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(sql)} }
	cases := []struct {
		name  string
		files fstest.MapFS
		want  []int // versions in order; nil: an error
	}{
		{"numeric order, not listing order", fstest.MapFS{
			"m/0003_c.sql": file("c"), "m/0001_a.sql": file("a"), "m/0002_b.sql": file("b"), "m/README.md": file("x")}, []int{1, 2, 3}},
		{"ten after nine", fstest.MapFS{
			"m/0001_a.sql": file(""), "m/0002_a.sql": file(""), "m/0003_a.sql": file(""), "m/0004_a.sql": file(""),
			"m/0005_a.sql": file(""), "m/0006_a.sql": file(""), "m/0007_a.sql": file(""), "m/0008_a.sql": file(""),
			"m/0009_a.sql": file(""), "m/0010_a.sql": file("")}, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{"gap", fstest.MapFS{"m/0001_a.sql": file("a"), "m/0003_c.sql": file("c")}, nil},
		{"repeat", fstest.MapFS{"m/0001_a.sql": file("a"), "m/0001_b.sql": file("b")}, nil},
		{"not starting at 1", fstest.MapFS{"m/0002_a.sql": file("a")}, nil},
		{"bad name", fstest.MapFS{"m/0001_a.sql": file("a"), "m/2_b.sql": file("b")}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			migs, err := loadMigrations(c.files, "m")
			if c.want == nil {
				if err == nil {
					t.Fatalf("no error for %v", migs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, m := range migs {
				got = append(got, m.version)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("versions %v, want %v", got, c.want)
			}
		})
	}
}

func TestEmbeddedMigrationsLoad(t *testing.T) {
	migs, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if len(migs) < 2 || migs[0].name != "init" || migs[1].name != "search" {
		t.Errorf("embedded migrations %v, want init, search, …", migs)
	}
}

// An old database (schema version 1, before the search tables) holding a
// document is brought up to date on open: the versions are applied in order,
// the old document becomes searchable, and opening again applies nothing.
func TestMigrateOldDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := openSQLite(ctx, path, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	text := "กองทัพเรือลาดตระเวนชายฝั่ง เรือประมงถูกยึดสองลำ. The navy patrolled the coast."
	// What a version-1 program wrote: rows without search entries.
	if _, err := old.write.ExecContext(ctx, `INSERT INTO documents (doc, id, title, url, lang, format, source_path,
		source_offset, source_line, text, chars, hash, annotator_version, n_sentences, n_sections, n_infobox, n_times, n_mentions)
		VALUES (1, 'old-1', 'ลาดตระเวน', '', 'th', 'plain', 'old.txt', 0, 1, ?, 78, 'h', 'v0', 2, 0, 0, 0, 0)`, text); err != nil {
		t.Fatal(err)
	}
	if _, err := old.write.ExecContext(ctx, `INSERT INTO sentences (doc, idx, start, end) VALUES (1, 0, 0, 48), (1, 1, 49, 78)`); err != nil {
		t.Fatal(err)
	}
	if v := versions(t, old.write); !slices.Equal(v, []string{"1 init"}) {
		t.Fatalf("old database versions %v", v)
	}
	old.Close()

	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := versions(t, s.write); !slices.Equal(v, allVersions(t)) {
		t.Errorf("versions after migration %v, want %v", v, allVersions(t))
	}
	var order bool
	if err := s.read.QueryRow(`SELECT (SELECT applied_at FROM schema_version WHERE version = 1) <= (SELECT applied_at FROM schema_version WHERE version = 2)`).Scan(&order); err != nil || !order {
		t.Errorf("version 2 applied before version 1 (%v)", err)
	}
	for _, method := range []SearchMethod{SearchTrigram, SearchWords} {
		hits, err := s.SearchWith(ctx, method, "navy", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].DocID != "old-1" || hits[0].Sentence != 1 || !strings.Contains(hits[0].Text, "navy") {
			t.Errorf("%s: hits %+v, want sentence 1 of old-1", method, hits)
		}
		hits, err = s.SearchWith(ctx, method, "เรือประมง", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].Sentence != 0 {
			t.Errorf("%s: Thai hits %+v, want sentence 0 of old-1", method, hits)
		}
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check after migration: %v %v", problems, err)
	}

	migs, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	applied, err := migrate(ctx, s.write, migs, 0, s.migrationHooks())
	if err != nil || len(applied) != 0 {
		t.Errorf("second migration applied %v (%v), want nothing", applied, err)
	}
}

func TestNewerDatabaseIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.Exec(`INSERT INTO schema_version (version, name) VALUES (999, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := OpenSQLite(path); err == nil {
		s.Close()
		t.Fatal("opened a database whose schema is newer than the program")
	} else if !strings.Contains(err.Error(), "newer") {
		t.Errorf("error %v does not say the schema is newer", err)
	}
}

func versions(t *testing.T, db *sql.DB) []string {
	t.Helper()
	v, err := queryStrings(context.Background(), db, `SELECT version || ' ' || name FROM schema_version ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// allVersions are the embedded migrations as "version name", in order.
func allVersions(t *testing.T) []string {
	t.Helper()
	migs, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range migs {
		out = append(out, fmt.Sprintf("%d %s", m.version, m.name))
	}
	return out
}
