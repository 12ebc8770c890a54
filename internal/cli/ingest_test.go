package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/store"
)

func TestIngestStoresReportsAndSkipsBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "chronicle.db")
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("= A test article =\nThe committee met in Bangkok on 3 March 1999 and agreed to a ceasefire.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("\xff\xfe not text \x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := run(t, "", "ingest", good, bad, missing, "--db", db)
	if code != ExitInputError {
		t.Errorf("exit %d, want %d (bad input)", code, ExitInputError)
	}
	if stdout != "" {
		t.Errorf("ingest wrote to stdout: %q", stdout)
	}
	for _, want := range []string{"missing.txt", "bad.txt", "1 document: 1 inserted, 0 replaced, 0 unchanged", "could not be read"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// stderr is not a terminal here: no progress bar.
	if strings.ContainsAny(stderr, "\r\x1b") || strings.Contains(stderr, "%") {
		t.Errorf("progress output on a non-terminal:\n%q", stderr)
	}

	code, _, stderr = run(t, "", "ingest", "--db", db, good)
	if code != ExitOK || !strings.Contains(stderr, "1 document: 0 inserted, 0 replaced, 1 unchanged") {
		t.Errorf("second ingest: exit %d, stderr %s", code, stderr)
	}
	if err := os.WriteFile(good, []byte("= A test article =\nThe committee met in Bangkok on 4 March 1999.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = run(t, "", "ingest", "--db", db, good)
	if code != ExitOK || !strings.Contains(stderr, "1 document: 0 inserted, 1 replaced, 0 unchanged") {
		t.Errorf("changed file: exit %d, stderr %s", code, stderr)
	}
}

func TestIngestSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chronicle.db")
	code, _, stderr := run(t, "", "ingest", "--samples", "--db", db)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	st, err := store.OpenSQLite(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background(), store.DocumentQuery{})
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, d := range docs {
		langs[d.Lang]++
	}
	if len(docs) < 3 || langs["th"] == 0 || langs["en"] == 0 {
		t.Errorf("samples stored %d documents, languages %v", len(docs), langs)
	}
}

func TestIngestUsage(t *testing.T) {
	if code, _, _ := run(t, "", "ingest"); code != ExitUsage {
		t.Errorf("no files: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "", "ingest", "--format", "pdf", "x.txt"); code != ExitUsage {
		t.Errorf("bad format: exit %d, want %d", code, ExitUsage)
	}
}
