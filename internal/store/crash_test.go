package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle/internal/annotate"
	"chronicle/internal/reader"
	"chronicle/internal/sharedfiles"
)

// crashDBEnv names the database a child process ingests into until killed.
const crashDBEnv = "CHRONICLE_STORE_CRASH_DB"

// crashRecords are the samples and, when present, the seeds.
func crashRecords(t *testing.T) []*annotate.Record {
	recs := sampleRecords(t)
	paths, _ := filepath.Glob(filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", "*.txt"))
	for _, path := range paths {
		for doc, err := range reader.File(path, reader.Auto) {
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, annotator().Annotate(doc))
		}
	}
	return recs
}

// runCrashChild ingests copies of the records under new ids, and every
// third one over an earlier id (a replacement), printing each committed id,
// until it is killed.
func runCrashChild(t *testing.T, path, prefix string) {
	s, err := OpenSQLite(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	recs := crashRecords(t)
	out := bufio.NewWriter(os.Stdout)
	for i := 0; i < 100000; i++ {
		id := fmt.Sprintf("%s-%d", prefix, i)
		if i%3 == 2 {
			id = fmt.Sprintf("%s-%d", prefix, i-2) // replace with other content
		}
		if _, err := s.PutDocument(context.Background(), withID(recs[i%len(recs)], id)); err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(2)
		}
		fmt.Fprintln(out, "stored", id)
		out.Flush()
	}
	os.Exit(0)
}

// TestCrashSafety kills a child process with SIGKILL while it ingests, a few
// times over the same file, and checks after each kill that the file is
// sound, that every document is complete, and that every document the child
// reported as committed is there.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv(crashDBEnv); path != "" {
		runCrashChild(t, path, os.Getenv(crashDBEnv+"_PREFIX"))
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	ctx := context.Background()
	for round, waitFor := range []int{5, 17, 40} {
		committed := killChildAfter(t, path, fmt.Sprintf("r%d", round), waitFor, time.Duration(round*7)*time.Millisecond)
		// Check the file as the killed child left it, before any open could
		// repair or migrate it (the WAL is replayed by SQLite itself).
		db, err := sql.Open("sqlite", sqliteDSN(path, false))
		if err != nil {
			t.Fatal(err)
		}
		problems, err := checkDatabase(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) > 0 {
			t.Fatalf("round %d: database damaged: %v", round, problems)
		}
		for _, id := range committed {
			var n int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n); err != nil || n != 1 {
				t.Errorf("round %d: committed document %s missing (%v)", round, id, err)
			}
		}
		var docs int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&docs); err != nil {
			t.Fatal(err)
		}
		db.Close()
		t.Logf("round %d: killed after %d commits; %d documents stored, all complete", round, len(committed), docs)
	}
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutDocument(ctx, withID(sampleRecords(t)[0], "after-crash")); err != nil {
		t.Fatalf("put after crashes: %v", err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("check after crashes: %v %v", problems, err)
	}
}

// killChildAfter starts a child ingesting into path, kills it with SIGKILL
// once it has reported n commits and a little more time has passed, and
// returns the ids it reported.
func killChildAfter(t *testing.T, path, prefix string, n int, extra time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashDBEnv+"_PREFIX="+prefix)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var committed []string
	lines := bufio.NewScanner(stdout)
	for len(committed) < n && lines.Scan() {
		line := lines.Text()
		if id, ok := strings.CutPrefix(line, "stored "); ok {
			committed = append(committed, id)
		} else if strings.HasPrefix(line, "error") {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %s", line)
		}
	}
	if len(committed) < n {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child stopped after %d commits", len(committed))
	}
	time.Sleep(extra)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	// Ids reported between our count and the kill were committed too.
	for lines.Scan() {
		if id, ok := strings.CutPrefix(lines.Text(), "stored "); ok {
			committed = append(committed, id)
		}
	}
	cmd.Wait()
	return committed
}
