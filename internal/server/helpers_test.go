package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/reader"
	"chronicle/internal/samples"
	"chronicle/internal/store"
)

// annotator is shared: building it loads the lexicons once.
var annotator = sync.OnceValue(func() *annotate.Annotator {
	a, err := annotate.New(annotate.Options{})
	if err != nil {
		panic("server test: " + err.Error()) // the built-in data is embedded; this is a build bug
	}
	return a
})

// sampleRecords annotates the embedded sample documents once.
var sampleRecords = sync.OnceValue(func() []*annotate.Record {
	var recs []*annotate.Record
	for _, f := range samples.Files() {
		for doc, err := range reader.Documents(bytes.NewReader(f.Data), f.Name, reader.Auto) {
			if err != nil {
				panic("server test: sample " + f.Name + ": " + err.Error())
			}
			recs = append(recs, annotator().Annotate(doc))
		}
	}
	return recs
})

// openStore opens a fresh database in a temporary directory holding recs.
func openStore(tb testing.TB, recs []*annotate.Record) *store.SQLite {
	tb.Helper()
	st, err := store.OpenSQLite(filepath.Join(tb.TempDir(), "chronicle.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	for _, rec := range recs {
		if _, err := st.PutDocument(context.Background(), rec); err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

// sampleServer is a read-only server over the sample documents, shared by
// the tests that only read.
var sampleServer struct {
	once sync.Once
	srv  *Server
	err  error
}

func samplesServer(tb testing.TB) *Server {
	tb.Helper()
	sampleServer.once.Do(func() {
		dir, err := os.MkdirTemp("", "chronicle-server-test")
		if err != nil {
			sampleServer.err = err
			return
		}
		st, err := store.OpenSQLite(filepath.Join(dir, "chronicle.db"))
		if err != nil {
			sampleServer.err = err
			return
		}
		for _, rec := range sampleRecords() {
			if _, err := st.PutDocument(context.Background(), rec); err != nil {
				sampleServer.err = err
				return
			}
		}
		sampleServer.srv, sampleServer.err = New(context.Background(), st, Config{ReloadInterval: -1})
	})
	if sampleServer.err != nil {
		tb.Fatal(sampleServer.err)
	}
	return sampleServer.srv
}

// response is a recorded answer.
type response struct {
	status int
	header http.Header
	body   []byte
}

func do(tb testing.TB, h http.Handler, method, target string, body io.Reader, header ...string) response {
	tb.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1] // net/http reads the Host header into the request
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

// getJSON GETs target, checks the status and JSON content type, and decodes the body into v.
func getJSON(tb testing.TB, h http.Handler, target string, wantStatus int, v any) response {
	tb.Helper()
	res := do(tb, h, http.MethodGet, target, nil)
	if res.status != wantStatus {
		tb.Fatalf("GET %s: status %d, want %d: %s", target, res.status, wantStatus, res.body)
	}
	if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("GET %s: Content-Type %q, want application/json", target, ct)
	}
	if v != nil {
		if err := json.Unmarshal(res.body, v); err != nil {
			tb.Fatalf("GET %s: %v: %s", target, err, res.body)
		}
	}
	return res
}
