package server

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"chronicle/internal/annotate"
	"chronicle/internal/store"
	"chronicle/internal/timex"
)

// minBenchEvents is the size the latency benchmarks need.
const minBenchEvents = 100_000

// largeServer is a server over copies of the sample documents, each copy
// with its dates moved by a number of years, until the store holds
// minBenchEvents events. Built once per test process.
var largeServer struct {
	once     sync.Once
	srv      *Server
	events   int
	built    time.Duration
	loaded   time.Duration
	err      error
	queries  []string
	minYear  int
	maxYear  int
	textSize int
}

func benchServer(b *testing.B) *Server {
	b.Helper()
	if testing.Short() {
		b.Skip("builds a database of 100,000 events; skipped with -short")
	}
	l := &largeServer
	l.once.Do(func() {
		start := time.Now()
		dir := b.TempDir()
		st, err := store.OpenSQLite(filepath.Join(dir, "large.db"))
		if err != nil {
			l.err = err
			return
		}
		recs := sampleRecords()
		perCopy := 0
		for _, r := range recs {
			perCopy += len(r.Events)
		}
		copies := (minBenchEvents + perCopy - 1) / perCopy
		ctx := context.Background()
		for c := range copies {
			shift := c % 40 // spread the copies over 40 years
			for _, r := range recs {
				if _, err := st.PutDocument(ctx, shiftedCopy(r, fmt.Sprintf("%s~%d", r.ID, c), shift)); err != nil {
					l.err = err
					return
				}
				l.textSize += len(r.Text)
			}
		}
		l.built = time.Since(start)
		start = time.Now()
		l.srv, l.err = New(ctx, st, Config{ReloadInterval: -1})
		l.loaded = time.Since(start)
		if l.err != nil {
			return
		}
		sn := l.srv.snap.Load()
		l.events = len(sn.events)
		l.minYear, _ = strconv.Atoi(sn.events[0].Interval[0][:4])
		l.maxYear, _ = strconv.Atoi(sn.events[sn.undated-1].Interval[0][:4])
		// Search for every distinct trigger of the samples, Thai and English.
		seen := map[string]bool{}
		for _, r := range recs {
			for _, e := range r.Events {
				w := []rune(r.Text)[e.Trigger[0]:e.Trigger[1]]
				if q := string(w); !seen[q] {
					seen[q] = true
					l.queries = append(l.queries, q)
				}
			}
		}
	})
	if l.err != nil {
		b.Fatal(l.err)
	}
	if l.events < minBenchEvents {
		b.Fatalf("only %d events", l.events)
	}
	return l.srv
}

// shiftedCopy copies rec under id with every date moved by years.
func shiftedCopy(rec *annotate.Record, id string, years int) *annotate.Record {
	doc := *rec.Document
	doc.ID = id
	cp := *rec
	cp.Document = &doc
	cp.Times = slices.Clone(rec.Times)
	for i := range cp.Times {
		cp.Times[i] = shiftTime(cp.Times[i], years)
	}
	cp.Events = slices.Clone(rec.Events)
	for i := range cp.Events {
		cp.Events[i].ID = fmt.Sprintf("%s#%d", id, i+1)
		cp.Events[i].Interval = [2]string{shiftDay(cp.Events[i].Interval[0], years), shiftDay(cp.Events[i].Interval[1], years)}
	}
	return &cp
}

func shiftTime(t timex.Mention, years int) timex.Mention {
	t.Interval = [2]string{shiftDay(t.Interval[0], years), shiftDay(t.Interval[1], years)}
	return t
}

// shiftDay moves an ISO day by whole years (29 February stays valid as text).
func shiftDay(day string, years int) string {
	if len(day) < 4 {
		return day
	}
	y, err := strconv.Atoi(day[:4])
	if err != nil {
		return day
	}
	return fmt.Sprintf("%04d%s", y+years, day[4:])
}

// measure runs each target once per iteration and reports the p95 and
// mean latency in milliseconds.
func measure(b *testing.B, h http.Handler, targets func(i int) string) {
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		target := targets(i)
		start := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		lat = append(lat, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: %d %s", target, rec.Code, rec.Body.String())
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[(len(lat)*95)/100]), "p95-ms")
	b.ReportMetric(ms(sum/time.Duration(len(lat))), "mean-ms")
	b.ReportMetric(0, "ns/op") // wall time per op is the mean above
}

// window returns a one-month from/to query at a random month of the store's years.
func monthWindow(rng *rand.Rand) string {
	y := largeServer.minYear + rng.IntN(largeServer.maxYear-largeServer.minYear+1)
	m := 1 + rng.IntN(12)
	return fmt.Sprintf("from=%04d-%02d&to=%04d-%02d", y, m, y, m)
}

// BenchmarkEventsWindow: GET /api/events for a random one-month window
// (limit 500) over 100,000+ events.
func BenchmarkEventsWindow(b *testing.B) {
	s := benchServer(b)
	b.Logf("%d events, %.1f MB of text; database built in %s, snapshot loaded and aligned in %s",
		largeServer.events, float64(largeServer.textSize)/1e6, largeServer.built.Round(time.Second), largeServer.loaded.Round(time.Millisecond))
	rng := rand.New(rand.NewPCG(1, 2))
	measure(b, s, func(int) string { return "/api/events?" + monthWindow(rng) })
}

// BenchmarkNetworkWindow: GET /api/network for a random five-year window.
func BenchmarkNetworkWindow(b *testing.B) {
	s := benchServer(b)
	rng := rand.New(rand.NewPCG(3, 4))
	measure(b, s, func(int) string {
		y := largeServer.minYear + rng.IntN(largeServer.maxYear-largeServer.minYear+1)
		return fmt.Sprintf("/api/network?from=%04d&to=%04d", y, y+4)
	})
}

// BenchmarkTimesWindow: GET /api/times (store.Times) for a random one-month window, limit 100.
func BenchmarkTimesWindow(b *testing.B) {
	s := benchServer(b)
	rng := rand.New(rand.NewPCG(5, 6))
	measure(b, s, func(int) string { return "/api/times?" + monthWindow(rng) })
}

// BenchmarkSearch: GET /api/search (store.Search, limit 10) for the
// samples' Thai and English event triggers in turn.
func BenchmarkSearch(b *testing.B) {
	s := benchServer(b)
	qs := largeServer.queries
	measure(b, s, func(i int) string { return "/api/search?q=" + url.QueryEscape(qs[i%len(qs)]) })
}
