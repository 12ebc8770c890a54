package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// hostileDoc is a document whose text tries every way into a page.
const hostileDoc = `= Hostile markup test =
The council met in Dili on 3 March 1999 <script>window.__pwned = 1</script> and
agreed <img src=x onerror="window.__pwned = 2"> to a truce; see javascript:window.__pwned=3 for details.
`

func ingestServer(t *testing.T, cfg Config) *Server {
	t.Helper()
	cfg.ReloadInterval = -1
	s, err := New(context.Background(), openStore(t, nil), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadOnlyRefusesIngest(t *testing.T) {
	for name, cfg := range map[string]Config{
		"no annotator": {Token: "secret"},
		"no token":     {Annotator: annotator()},
	} {
		s := ingestServer(t, cfg)
		res := do(t, s, "POST", "/api/ingest", strings.NewReader(hostileDoc), "Authorization", "Bearer secret")
		if res.status != http.StatusForbidden || !strings.Contains(string(res.body), "read-only") {
			t.Errorf("%s: %d %s, want 403 read-only", name, res.status, res.body)
		}
		if s.Stats().Documents != 0 {
			t.Errorf("%s: a read-only server stored a document", name)
		}
	}
}

func TestIngestNeedsTheToken(t *testing.T) {
	s := ingestServer(t, Config{Annotator: annotator(), Token: "s3cret-token"})
	for _, auth := range []string{"", "Bearer", "Bearer wrong", "Basic s3cret-token", "Bearer s3cret-token-and-more", "s3cret-token"} {
		res := do(t, s, "POST", "/api/ingest", strings.NewReader(hostileDoc), "Authorization", auth)
		if res.status != http.StatusUnauthorized || res.header.Get("WWW-Authenticate") == "" {
			t.Errorf("Authorization %q: %d, want 401 with WWW-Authenticate", auth, res.status)
		}
	}
	if s.Stats().Documents != 0 {
		t.Fatal("stored without the token")
	}
	res := do(t, s, "POST", "/api/ingest?name=hostile.txt", strings.NewReader(hostileDoc), "Authorization", "Bearer s3cret-token")
	var out ingestResult
	if err := json.Unmarshal(res.body, &out); err != nil || res.status != 200 || len(out.Documents) != 1 || out.Documents[0].Result != "inserted" {
		t.Fatalf("ingest: %d %s", res.status, res.body)
	}
	// The snapshot is reloaded at once: the new document's events are served.
	if s.Stats().Documents != 1 {
		t.Errorf("after ingest: %d documents", s.Stats().Documents)
	}
	again := do(t, s, "POST", "/api/ingest?name=hostile.txt", strings.NewReader(hostileDoc), "Authorization", "bearer s3cret-token")
	if !strings.Contains(string(again.body), `"unchanged"`) {
		t.Errorf("second ingest: %s", again.body)
	}
}

func TestIngestBodyLimit(t *testing.T) {
	s := ingestServer(t, Config{Annotator: annotator(), Token: "t", MaxBodyBytes: 64})
	res := do(t, s, "POST", "/api/ingest", strings.NewReader(hostileDoc), "Authorization", "Bearer t")
	if res.status != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d %s", res.status, res.body)
	}
	if s.Stats().Documents != 0 {
		t.Error("an oversized body stored a document")
	}
	if res := do(t, s, "POST", "/api/ingest", strings.NewReader(""), "Authorization", "Bearer t"); res.status != http.StatusBadRequest {
		t.Errorf("empty body: %d", res.status)
	}
	if res := do(t, s, "POST", "/api/ingest?format=pdf", strings.NewReader("x"), "Authorization", "Bearer t"); res.status != http.StatusBadRequest {
		t.Errorf("unknown format: %d", res.status)
	}
}

// TestDocumentTextIsEscapedInJSON: markup in a document comes back intact
// when decoded, and never as raw <, > or & in the response bytes.
func TestDocumentTextIsEscapedInJSON(t *testing.T) {
	s := ingestServer(t, Config{Annotator: annotator(), Token: "t"})
	res := do(t, s, "POST", "/api/ingest?name=hostile.txt", strings.NewReader(hostileDoc), "Authorization", "Bearer t")
	var out ingestResult
	if err := json.Unmarshal(res.body, &out); err != nil || len(out.Documents) != 1 {
		t.Fatalf("ingest: %d %s", res.status, res.body)
	}
	id := out.Documents[0].ID
	for _, target := range []string{"/api/documents/" + url.PathEscape(id), "/api/events?doc=" + url.QueryEscape(id), "/api/search?q=script"} {
		res := do(t, s, "GET", target, nil)
		if res.status != 200 {
			t.Fatalf("%s: %d %s", target, res.status, res.body)
		}
		if strings.ContainsAny(string(res.body), "<>") {
			t.Errorf("%s: raw < or > in the JSON: %s", target, res.body)
		}
	}
	var d documentDetail
	getJSON(t, s, "/api/documents/"+url.PathEscape(id), http.StatusOK, &d)
	if !strings.Contains(d.Document.Text, `<script>window.__pwned = 1</script>`) || !strings.Contains(d.Document.Text, `onerror="window.__pwned = 2"`) {
		t.Errorf("text did not round-trip: %q", d.Document.Text)
	}
}
