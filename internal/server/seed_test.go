package server

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/reader"
)

// TestSeedsAreServed stores the seed articles and checks that every event
// is served, that the network of the whole span has links, and that a
// Thai word of a Thai event finds it through search.
func TestSeedsAreServed(t *testing.T) {
	dir, _ := os.Getwd()
	for !fileExists(filepath.Join(dir, "go.mod")) {
		dir = filepath.Dir(dir)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seed files in ../shared/seeds")
	}
	var recs []*annotate.Record
	want := 0
	for _, p := range paths {
		for doc, err := range reader.File(p, reader.Auto) {
			if err != nil {
				t.Fatal(err)
			}
			r := annotator().Annotate(doc)
			want += len(r.Events)
			recs = append(recs, r)
		}
	}
	s, err := New(context.Background(), openStore(t, recs), Config{ReloadInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	var evs eventList
	getJSON(t, s, "/api/events?limit=10000", http.StatusOK, &evs)
	if evs.Total != want || want == 0 {
		t.Fatalf("served %d events, the records have %d", evs.Total, want)
	}
	var net Network
	getJSON(t, s, "/api/network", http.StatusOK, &net)
	if len(net.Edges) == 0 {
		t.Error("no network links over the seeds")
	}
	var thai *Event
	for _, e := range evs.Events {
		if e.Lang == "th" && len([]rune(e.Trigger)) >= 3 {
			thai = e
			break
		}
	}
	if thai == nil {
		t.Fatal("no Thai event in the seeds")
	}
	var res searchResult
	getJSON(t, s, "/api/search?limit=100&q="+url.QueryEscape(thai.Trigger), http.StatusOK, &res)
	for _, h := range res.Hits {
		for _, id := range h.Events {
			if id == thai.ID {
				return
			}
		}
	}
	t.Errorf("searching %q found no hit naming %s", thai.Trigger, thai.ID)
}
