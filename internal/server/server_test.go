package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEveryEndpointAnswersJSONWithSecurityHeaders(t *testing.T) {
	s := samplesServer(t)
	ev := s.snap.Load().events[0]
	for _, target := range []string{
		"/api/status", "/api/documents", "/api/documents/" + url.PathEscape(ev.Doc),
		"/api/events", "/api/events/" + url.PathEscape(ev.ID), "/api/times?from=1999&to=1999",
		"/api/actors", "/api/network?from=1999&to=1999", "/api/search?q=Dili", "/api/clusters", "/api/discrepancies",
	} {
		res := getJSON(t, s, target, http.StatusOK, nil)
		for header, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "no-referrer",
			"Cache-Control":          "no-store",
		} {
			if got := res.header.Get(header); got != want {
				t.Errorf("%s: %s = %q, want %q", target, header, got, want)
			}
		}
		csp := res.header.Get("Content-Security-Policy")
		if !strings.HasPrefix(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: Content-Security-Policy %q", target, csp)
		}
		if !json.Valid(res.body) {
			t.Errorf("%s: invalid JSON", target)
		}
	}
}

func TestEventFilters(t *testing.T) {
	s := samplesServer(t)
	var all eventList
	getJSON(t, s, "/api/events?limit=10000", http.StatusOK, &all)
	if all.Total != len(s.snap.Load().events) || len(all.Events) != all.Total {
		t.Fatalf("unfiltered: total %d, %d events; the store has %d", all.Total, len(all.Events), len(s.snap.Load().events))
	}
	// Pick filter values from the data so that every case selects something.
	var someActor, someType, thaiTrigger string
	for _, e := range all.Events {
		if someActor == "" && len(e.Actors) > 0 {
			someActor = e.Actors[0].ID
		}
		if someType == "" && e.Type != "" {
			someType = e.Type
		}
		if thaiTrigger == "" && e.Lang == "th" {
			thaiTrigger = e.Trigger
		}
	}
	tests := []struct {
		query string
		keep  func(e *Event) bool
	}{
		{"from=1999-01-01&to=1999-12-31", func(e *Event) bool {
			return e.Interval[0] != "" && e.Interval[0] <= "1999-12-31" && e.Interval[1] >= "1999-01-01"
		}},
		{"from=1999&to=1999", func(e *Event) bool {
			return e.Interval[0] != "" && e.Interval[0] <= "1999-12-31" && e.Interval[1] >= "1999-01-01"
		}},
		{"from=1999-09", func(e *Event) bool { return e.Interval[0] != "" && e.Interval[1] >= "1999-09-01" }},
		{"to=1975-12", func(e *Event) bool { return e.Interval[0] != "" && e.Interval[0] <= "1975-12-31" }},
		{"lang=th", func(e *Event) bool { return e.Lang == "th" }},
		{"actor=" + url.QueryEscape(someActor), func(e *Event) bool {
			for _, a := range e.Actors {
				if a.ID == someActor {
					return true
				}
			}
			return false
		}},
		{"type=" + someType, func(e *Event) bool { return e.Type == someType }},
		{"type=" + someType + ",attack", func(e *Event) bool { return e.Type == someType || e.Type == "attack" }},
		{"family=fights", func(e *Event) bool { return e.Family == "fights" }},
		{"q=" + url.QueryEscape(thaiTrigger), func(e *Event) bool { return strings.Contains(e.search, strings.ToLower(thaiTrigger)) }},
		{"lang=en&from=1999", func(e *Event) bool { return e.Lang == "en" && e.Interval[0] != "" && e.Interval[1] >= "1999-01-01" }},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var want []string
			for i, e := range s.snap.Load().events { // the snapshot's events keep their search text
				if tc.keep(&e) {
					want = append(want, all.Events[i].ID)
				}
			}
			if len(want) == 0 {
				t.Fatalf("the samples have no event for %s: the test would prove nothing", tc.query)
			}
			var got eventList
			getJSON(t, s, "/api/events?limit=10000&"+tc.query, http.StatusOK, &got)
			if got.Total != len(want) || len(got.Events) != len(want) {
				t.Fatalf("total %d, %d events, want %d", got.Total, len(got.Events), len(want))
			}
			for i, e := range got.Events {
				if e.ID != want[i] {
					t.Fatalf("event %d = %s, want %s (timeline order)", i, e.ID, want[i])
				}
			}
		})
	}
	var paged eventList
	getJSON(t, s, "/api/events?limit=3&offset=2", http.StatusOK, &paged)
	if paged.Total != all.Total || len(paged.Events) != 3 || paged.Events[0].ID != all.Events[2].ID {
		t.Errorf("limit=3&offset=2: total %d, %d events, first %s; want %d, 3, %s", paged.Total, len(paged.Events), paged.Events[0].ID, all.Total, all.Events[2].ID)
	}
}

func TestBadRequestsAreJSONErrors(t *testing.T) {
	s := samplesServer(t)
	tests := []struct {
		method, target string
		status         int
	}{
		{"GET", "/api/events?from=1999-13-01", http.StatusBadRequest},
		{"GET", "/api/events?from=19999", http.StatusBadRequest},
		{"GET", "/api/events?from=2000&to=1999", http.StatusBadRequest},
		{"GET", "/api/events?limit=0", http.StatusBadRequest},
		{"GET", "/api/events?limit=abc", http.StatusBadRequest},
		{"GET", "/api/events?offset=-1", http.StatusBadRequest},
		{"GET", "/api/network?to=1999-02-30", http.StatusBadRequest},
		{"GET", "/api/times?type=WEEK", http.StatusBadRequest},
		{"GET", "/api/discrepancies?kind=colour", http.StatusBadRequest},
		{"GET", "/api/clusters?aligned=maybe", http.StatusBadRequest},
		{"GET", "/api/search", http.StatusBadRequest},
		{"GET", "/api/search?q=" + strings.Repeat("x", 2000), http.StatusBadRequest},
		{"GET", "/api/documents/no-such-document", http.StatusNotFound},
		{"GET", "/api/events/no-such-event", http.StatusNotFound},
		{"GET", "/api/export/pdf", http.StatusNotFound},
		{"GET", "/api/nothing-here", http.StatusNotFound},
		{"POST", "/api/events", http.StatusMethodNotAllowed},
		{"DELETE", "/api/documents/x", http.StatusMethodNotAllowed},
		{"GET", "/api/ingest", http.StatusMethodNotAllowed},
	}
	for _, tc := range tests {
		res := do(t, s, tc.method, tc.target, nil)
		if res.status != tc.status {
			t.Errorf("%s %s: status %d, want %d: %s", tc.method, tc.target, res.status, tc.status, res.body)
			continue
		}
		var e apiError
		if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q", tc.method, tc.target, ct)
		}
		if err := json.Unmarshal(res.body, &e); err != nil || e.Error == "" {
			t.Errorf("%s %s: body %s is not a JSON error", tc.method, tc.target, res.body)
		}
		if tc.status == http.StatusMethodNotAllowed && res.header.Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tc.method, tc.target)
		}
	}
}

func TestEventDetailHasSentenceClusterAndRelated(t *testing.T) {
	s := samplesServer(t)
	sn := s.snap.Load()
	// An event aligned across languages: its panel shows both.
	var id string
	for _, c := range sn.timeline.Clusters {
		if len(c.Langs) > 1 {
			id = c.Events[0]
			break
		}
	}
	if id == "" {
		t.Fatal("no cluster joins two languages in the samples")
	}
	var d eventDetail
	getJSON(t, s, "/api/events/"+url.PathEscape(id), http.StatusOK, &d)
	if d.Event.ID != id || d.Cluster == nil || len(d.Related) == 0 {
		t.Fatalf("detail of %s: event %s, cluster %v, %d related", id, d.Event.ID, d.Cluster, len(d.Related))
	}
	if !strings.Contains(d.Event.SentenceText, d.Event.Trigger) {
		t.Errorf("sentence %q lacks the trigger %q", d.Event.SentenceText, d.Event.Trigger)
	}
	langs := map[string]bool{d.Event.Lang: true}
	for _, r := range d.Related {
		langs[r.Lang] = true
		if r.Cluster != d.Cluster.ID || r.SentenceText == "" {
			t.Errorf("related %s: cluster %s, sentence %q", r.ID, r.Cluster, r.SentenceText)
		}
	}
	if len(langs) < 2 {
		t.Errorf("related reports are all in %v", langs)
	}
}

func TestNetworkFollowsTheWindow(t *testing.T) {
	s := samplesServer(t)
	var whole, y1999, y1975 Network
	getJSON(t, s, "/api/network", http.StatusOK, &whole)
	getJSON(t, s, "/api/network?from=1999&to=1999", http.StatusOK, &y1999)
	getJSON(t, s, "/api/network?from=1975&to=1975", http.StatusOK, &y1975)
	if len(whole.Edges) == 0 || len(y1999.Edges) == 0 || len(y1975.Edges) == 0 {
		t.Fatalf("edges: whole %d, 1999 %d, 1975 %d; want some in each", len(whole.Edges), len(y1999.Edges), len(y1975.Edges))
	}
	if len(y1999.Edges) >= len(whole.Edges) && len(y1975.Edges) >= len(whole.Edges) {
		t.Errorf("a window did not narrow the network")
	}
	sn := s.snap.Load()
	for _, e := range y1999.Edges {
		if e.Count != len(e.Evidence) {
			t.Errorf("edge %s: count %d, %d evidence", e.ID, e.Count, len(e.Evidence))
		}
		for _, id := range e.Evidence {
			ev := sn.events[sn.eventByID[id]]
			if ev.Interval[0] > "1999-12-31" || ev.Interval[1] < "1999-01-01" || ev.Interval[0] == "" {
				t.Errorf("edge %s: evidence %s dated %v, outside 1999", e.ID, id, ev.Interval)
			}
			if sn.families[ev.Type].name != e.Family {
				t.Errorf("edge %s (%s): evidence %s is a %s", e.ID, e.Family, id, ev.Type)
			}
		}
	}
	nodes := map[string]bool{}
	for _, n := range y1999.Nodes {
		nodes[n.ID] = true
	}
	for _, e := range y1999.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
		}
	}
}

func TestEventPairs(t *testing.T) {
	actor := func(id, role, kind string) EventActor { return EventActor{ID: id, Role: role, Kind: kind} }
	tests := []struct {
		name     string
		actors   []EventActor
		directed bool
		want     []actorPair
	}{
		{"source to target", []EventActor{actor("b", "source", "state"), actor("a", "target", "state")}, true, []actorPair{{"b", "a", true}}},
		{"undirected family sorts", []EventActor{actor("b", "source", "state"), actor("a", "target", "state")}, false, []actorPair{{"a", "b", false}}},
		{"no roles: every pair", []EventActor{actor("c", "other", "state"), actor("a", "other", "state"), actor("b", "other", "state")}, true,
			[]actorPair{{"a", "c", false}, {"b", "c", false}, {"a", "b", false}}},
		{"places are not participants", []EventActor{actor("a", "source", "state"), actor("p", "target", "place")}, true, nil},
		{"one actor draws nothing", []EventActor{actor("a", "source", "state")}, true, nil},
		{"same actor twice", []EventActor{actor("a", "source", "state"), actor("a", "target", "state")}, true, []actorPair{}},
	}
	for _, tc := range tests {
		got := eventPairs(&Event{Actors: tc.actors}, tc.directed)
		if len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

func TestExports(t *testing.T) {
	s := samplesServer(t)
	res := do(t, s, "GET", "/api/export/csv", nil)
	rows, err := csv.NewReader(strings.NewReader(string(res.body))).ReadAll()
	if res.status != 200 || err != nil || len(rows) < 2 || rows[0][0] != "cluster" {
		t.Fatalf("csv: status %d, err %v, %d rows", res.status, err, len(rows))
	}
	if cd := res.header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
		t.Errorf("csv: Content-Disposition %q", cd)
	}
	windowed := do(t, s, "GET", "/api/export/csv?from=1999&to=1999", nil)
	if n := strings.Count(string(windowed.body), "\n"); n < 2 || n >= len(rows) {
		t.Errorf("csv for 1999: %d lines of %d", n, len(rows))
	}
	res = do(t, s, "GET", "/api/export/timelinejs", nil)
	var tjs struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(res.body, &tjs); err != nil || len(tjs.Events) == 0 {
		t.Errorf("timelinejs: %v, %d slides", err, len(tjs.Events))
	}
	res = do(t, s, "GET", "/api/export/plover", nil)
	for i, line := range strings.Split(strings.TrimSpace(string(res.body)), "\n") {
		if !json.Valid([]byte(line)) {
			t.Fatalf("plover line %d is not JSON", i+1)
		}
	}
	res = do(t, s, "GET", "/api/export/graphml?from=1999&to=1999", nil)
	var g struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(res.body, &g); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	var net Network
	getJSON(t, s, "/api/network?from=1999&to=1999", http.StatusOK, &net)
	if len(g.Graph.Nodes) != len(net.Nodes) || len(g.Graph.Edges) != len(net.Edges) || len(net.Edges) == 0 {
		t.Errorf("graphml: %d nodes, %d edges; network has %d, %d", len(g.Graph.Nodes), len(g.Graph.Edges), len(net.Nodes), len(net.Edges))
	}
}

func TestSearchNamesTheEventsOfEachHit(t *testing.T) {
	s := samplesServer(t)
	sn := s.snap.Load()
	var thai *Event
	for i := range sn.events {
		if sn.events[i].Lang == "th" && len([]rune(sn.events[i].Trigger)) >= 3 {
			thai = &sn.events[i]
			break
		}
	}
	if thai == nil {
		t.Fatal("no Thai event in the samples")
	}
	var res searchResult
	getJSON(t, s, "/api/search?limit=100&q="+url.QueryEscape(thai.Trigger), http.StatusOK, &res)
	found := false
	for _, h := range res.Hits {
		for _, id := range h.Events {
			if id == thai.ID {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("searching %q: no hit names event %s", thai.Trigger, thai.ID)
	}
}

func TestLoopbackHostsOnly(t *testing.T) {
	st := openStore(t, nil)
	s, err := New(context.Background(), st, Config{LoopbackHosts: true, ReloadInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "LOCALHOST": 200,
		"evil.example": http.StatusMisdirectedRequest, "evil.example:8080": http.StatusMisdirectedRequest, "10.0.0.1": http.StatusMisdirectedRequest,
	} {
		req := do(t, s, "GET", "/api/status", nil, "Host", host)
		if req.status != want {
			t.Errorf("Host %s: %d, want %d", host, req.status, want)
		}
	}
}

func TestUI(t *testing.T) {
	st := openStore(t, nil)
	bare, err := New(context.Background(), st, Config{ReloadInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	res := do(t, bare, "GET", "/", nil)
	if res.status != 200 || !strings.Contains(string(res.body), "make web") || !strings.HasPrefix(res.header.Get("Content-Type"), "text/html") {
		t.Errorf("/ without UI: %d %q", res.status, res.body)
	}
	if res := do(t, bare, "GET", "/main.js", nil); res.status != 404 {
		t.Errorf("/main.js without UI: %d", res.status)
	}
	ui := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>ui</title>")}, "main.js": {Data: []byte("console.log(1)")}}
	built, err := New(context.Background(), st, Config{UI: ui, ReloadInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	if res := do(t, built, "GET", "/", nil); res.status != 200 || !strings.Contains(string(res.body), "<title>ui</title>") {
		t.Errorf("/ with UI: %d %q", res.status, res.body)
	}
	res = do(t, built, "GET", "/main.js", nil)
	if res.status != 200 || !strings.Contains(res.header.Get("Content-Type"), "javascript") || res.header.Get("Content-Security-Policy") == "" {
		t.Errorf("/main.js: %d %q %v", res.status, res.body, res.header)
	}
	if res := do(t, built, "POST", "/main.js", nil); res.status != http.StatusMethodNotAllowed {
		t.Errorf("POST /main.js: %d", res.status)
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in      string
		last    bool
		want    string
		wantErr bool
	}{
		{"1979", false, "1979-01-01", false},
		{"1979", true, "1979-12-31", false},
		{"1980-02", true, "1980-02-29", false},
		{"1979-02", false, "1979-02-01", false},
		{"1979-01-07", true, "1979-01-07", false},
		{"", false, "", false},
		{"2522", false, "2522-01-01", false},
		{"1979-02-29", false, "", true},
		{"79", false, "", true},
		{"1979/01/07", false, "", true},
		{"'; DROP TABLE documents; --", false, "", true},
	}
	for _, tc := range tests {
		got, err := parseDay(tc.in, tc.last)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("parseDay(%q, %v) = %q, %v; want %q, error %v", tc.in, tc.last, got, err, tc.want, tc.wantErr)
		}
	}
}
