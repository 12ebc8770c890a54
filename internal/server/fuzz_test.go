package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// FuzzQueryParameters: whatever the query string, the read endpoints
// answer 200 or 400 with valid JSON, never 500 or a panic.
func FuzzQueryParameters(f *testing.F) {
	for _, seed := range []string{"from=1999&to=1999", "from=1999-13-01", "limit=0", "q=เขมรแดง", "q=%00%ff", "type=attack,,", "offset=99999999999999999999",
		"from=0000-01-01&to=9999-12-31", "q=\"*", "actor=';--"} {
		f.Add(seed)
	}
	s := samplesServer(f)
	paths := []string{"/api/events", "/api/network", "/api/times", "/api/search", "/api/clusters", "/api/discrepancies", "/api/actors", "/api/documents", "/api/export/csv"}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		for _, p := range paths {
			req := httptest.NewRequest(http.MethodGet, p, nil)
			req.URL.RawQuery = q.Encode()
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest {
				t.Fatalf("%s?%s: status %d: %s", p, req.URL.RawQuery, rec.Code, rec.Body)
			}
			if p != "/api/export/csv" && !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("%s?%s: invalid JSON", p, req.URL.RawQuery)
			}
		}
	})
}
