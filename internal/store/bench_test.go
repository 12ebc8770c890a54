package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/reader"
)

// fileBytes is the size of the database file and its WAL after a checkpoint.
func fileBytes(tb testing.TB, s *SQLite, path string) int64 {
	tb.Helper()
	if _, err := s.write.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		tb.Fatal(err)
	}
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

func textBytes(recs []*annotate.Record) int {
	n := 0
	for _, r := range recs {
		n += len(r.Text)
	}
	return n
}

// BenchmarkIngest stores the annotated seeds under new ids, once per
// iteration, into one growing database: MB/s of input text with the
// annotation done beforehand (the store's own cost), and database bytes
// per MB of input (indexes included).
func BenchmarkIngest(b *testing.B) {
	recs := seedRecords(b)
	path := filepath.Join(b.TempDir(), "ingest.db")
	s, err := OpenSQLite(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	input := textBytes(recs)
	b.SetBytes(int64(input))
	b.ResetTimer()
	for i := range b.N {
		for j, rec := range recs {
			if _, err := s.PutDocument(ctx, withID(rec, fmt.Sprintf("b%d-%d", i, j))); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	size := fileBytes(b, s, path)
	b.ReportMetric(float64(size)/(float64(input*b.N)/1e6)/1e6, "dbMB/inputMB")
	logTableSizes(b, s, input*b.N)
}

// BenchmarkIngestAnnotated reads, annotates (the real pipeline) and stores
// the seeds once per iteration: MB/s of input text, annotation included.
func BenchmarkIngestAnnotated(b *testing.B) {
	if testing.Short() {
		b.Skip("annotates the seeds on every iteration")
	}
	var docs []*document.Document
	for _, path := range seedFiles(b) {
		for doc, err := range reader.File(path, reader.Auto) {
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, doc)
		}
	}
	annotator() // load the lexicons outside the timing
	path := filepath.Join(b.TempDir(), "ingest.db")
	s, err := OpenSQLite(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	input := 0
	for _, d := range docs {
		input += len(d.Text)
	}
	b.SetBytes(int64(input))
	b.ResetTimer()
	for i := range b.N {
		for j, d := range docs {
			doc := *d
			doc.ID = fmt.Sprintf("a%d-%d", i, j)
			if _, err := s.PutDocument(ctx, annotator().Annotate(&doc)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// logTableSizes logs each table's share of the file, its indexes and FTS5
// shadow tables included, per byte of input text.
func logTableSizes(b *testing.B, s *SQLite, input int) {
	rows, err := s.read.Query(`SELECT coalesce(m.tbl_name, d.name), sum(d.pgsize)
		FROM dbstat d LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY 1 ORDER BY 2 DESC`)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	groups := map[string]int64{}
	var order []string
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			b.Fatal(err)
		}
		for _, t := range searchTables {
			if len(name) > len(t) && name[:len(t)+1] == t+"_" {
				name = t
			}
		}
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] += n
	}
	line := ""
	for _, name := range order {
		line += fmt.Sprintf(" %s=%.2f", name, float64(groups[name])/float64(input))
	}
	b.Logf("bytes per input byte:%s", line)
}

// BenchmarkLargeDatabase builds a database of at least 100,000 time
// mentions and 100,000 events (copies of the annotated seeds under new
// ids) and reports the 95th percentile latency of time and event window
// queries, filtered and not, and of searches.
func BenchmarkLargeDatabase(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a large database")
	}
	recs := seedRecords(b)
	var times, events int
	for _, r := range recs {
		times += len(r.Times)
		events += len(r.Events)
	}
	if times == 0 || events == 0 {
		b.Fatal("the seeds have no time mentions or no events")
	}
	const want = 100000
	copies := max((want+times-1)/times, (want+events-1)/events)
	path := filepath.Join(b.TempDir(), "large.db")
	s, err := OpenSQLite(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	start := time.Now()
	for i := range copies {
		for j, rec := range recs {
			if _, err := s.PutDocument(ctx, withID(rec, fmt.Sprintf("c%d-%d", i, j))); err != nil {
				b.Fatal(err)
			}
		}
	}
	took := time.Since(start)
	input := textBytes(recs) * copies
	size := fileBytes(b, s, path)
	b.Logf("%d documents, %d time mentions, %d events, %.1f MB of text ingested in %v (%.2f MB/s), database %.1f MB (%.2f MB per MB of input)",
		copies*len(recs), copies*times, copies*events, float64(input)/1e6, took.Round(time.Millisecond), float64(input)/1e6/took.Seconds(),
		float64(size)/1e6, float64(size)/float64(input))
	logTableSizes(b, s, input)

	// Actors to filter by: the most named one and a rarer one.
	actors, err := queryStrings(ctx, s.read, `SELECT c.id FROM event_actors a JOIN actors c ON c.aid = a.actor
		GROUP BY c.id ORDER BY count(*) DESC, c.id`)
	if err != nil || len(actors) < 2 {
		b.Fatalf("actors of events: %v %v", actors, err)
	}
	common, rare := actors[0], actors[len(actors)/2]
	month := func(i int) (string, string) {
		year, month := 1975+i%25, 1+i%12
		return fmt.Sprintf("%04d-%02d-01", year, month), fmt.Sprintf("%04d-%02d-28", year, month)
	}
	b.Run("time-window-month", func(b *testing.B) {
		p95(b, func(i int) int {
			from, to := month(i)
			return count[TimeRow](b)(s.Times(ctx, TimeQuery{From: from, To: to, Limit: 100}))
		})
	})
	b.Run("time-window-month-lang", func(b *testing.B) {
		p95(b, func(i int) int {
			from, to := month(i)
			return count[TimeRow](b)(s.Times(ctx, TimeQuery{From: from, To: to, Lang: []string{"th", "en"}[i%2], Limit: 100}))
		})
	})
	b.Run("event-window-month", func(b *testing.B) {
		p95(b, func(i int) int {
			from, to := month(i)
			return count[EventRow](b)(s.Events(ctx, EventQuery{From: from, To: to, Limit: 100}))
		})
	})
	b.Run("event-window-month-type-lang", func(b *testing.B) {
		p95(b, func(i int) int {
			from, to := month(i)
			return count[EventRow](b)(s.Events(ctx, EventQuery{From: from, To: to, Type: "attack", Lang: []string{"th", "en"}[i%2], Limit: 100}))
		})
	})
	b.Run("event-window-year-actor", func(b *testing.B) {
		p95(b, func(i int) int {
			year := fmt.Sprint(1975 + i%25)
			return count[EventRow](b)(s.Events(ctx, EventQuery{From: year, To: year, ActorID: []string{common, rare}[i%2], Limit: 100}))
		})
	})
	b.Run("event-actor-role", func(b *testing.B) {
		p95(b, func(i int) int {
			return count[EventRow](b)(s.Events(ctx, EventQuery{ActorID: []string{common, rare}[i%2], Role: []string{"source", "target"}[i/2%2], Limit: 100}))
		})
	})
	for _, lang := range []string{"th", "en"} {
		var queries []string
		for _, q := range readEvalQueries(b) {
			if q.lang == lang {
				queries = append(queries, q.query)
			}
		}
		b.Run("search-"+lang, func(b *testing.B) {
			p95(b, func(i int) int { return count[SearchHit](b)(s.Search(ctx, queries[i%len(queries)], 10)) })
		})
	}
}

// p95 runs a query b.N times and reports its 95th percentile latency and
// the mean number of rows.
func p95(b *testing.B, run func(i int) int) {
	lat := make([]time.Duration, 0, b.N)
	rows := 0
	for i := range b.N {
		t0 := time.Now()
		rows += run(i)
		lat = append(lat, time.Since(t0))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
}

// count returns a function giving the length of a query's result, which
// stops the benchmark on the query's error.
func count[T any](b *testing.B) func([]T, error) int {
	return func(rows []T, err error) int {
		if err != nil {
			b.Fatal(err)
		}
		return len(rows)
	}
}
