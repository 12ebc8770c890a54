package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/store"
)

type documentList struct {
	paged
	Documents []store.DocumentRow `json:"documents"`
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	win, err := parseWindow(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	p, err := parsePage(q, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	// Ask for one more than the page to tell whether there are more.
	docs, err := s.store.Documents(r.Context(), store.DocumentQuery{Lang: q.Get("lang"), TitleContains: q.Get("q"),
		From: win.From, To: win.To, Limit: p.Limit, Offset: p.Offset})
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if docs == nil {
		docs = []store.DocumentRow{}
	}
	// Total is the page's count plus the offset: the store does not count
	// matches without reading them, and a document list is short.
	writeJSON(w, http.StatusOK, documentList{paged: paged{Total: p.Offset + len(docs), Offset: p.Offset, Limit: p.Limit}, Documents: docs})
}

// documentDetail is a document with all its layers.
type documentDetail struct {
	Document  *store.DocumentRow `json:"document"`
	Sentences []document.Span    `json:"sentences"`
	// Times are the time mentions in record order.
	Times []store.TimeRow `json:"times"`
	// Layers are the record's other arrays (actors, quantities, events,
	// artifacts…) exactly as annotate wrote them (docs/format.md).
	Layers map[string][]json.RawMessage `json:"layers"`
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx := r.Context()
	d, err := s.store.Document(ctx, id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := documentDetail{Document: d}
	if out.Sentences, err = s.store.Sentences(ctx, id); err != nil {
		s.storeError(w, r, err)
		return
	}
	if out.Times, err = s.store.Times(ctx, store.TimeQuery{DocID: id}); err != nil {
		s.storeError(w, r, err)
		return
	}
	if out.Times == nil {
		out.Times = []store.TimeRow{}
	}
	slices.SortFunc(out.Times, func(a, b store.TimeRow) int { return a.Index - b.Index })
	if out.Layers, err = s.store.Layers(ctx, id); err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

type timeList struct {
	paged
	Times []store.TimeRow `json:"times"`
}

func (s *Server) handleTimes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	win, err := parseWindow(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	p, err := parsePage(q, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	typ := q.Get("type")
	switch typ {
	case "", "DATE", "TIME", "DURATION", "SET":
	default:
		writeError(w, http.StatusBadRequest, "type: want DATE, TIME, DURATION or SET, got %q", typ)
		return
	}
	times, err := s.store.Times(r.Context(), store.TimeQuery{From: win.From, To: win.To, DocID: q.Get("doc"), Lang: q.Get("lang"),
		Type: typ, TextContains: q.Get("q"), Limit: p.Limit, Offset: p.Offset})
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if times == nil {
		times = []store.TimeRow{}
	}
	writeJSON(w, http.StatusOK, timeList{paged: paged{Total: p.Offset + len(times), Offset: p.Offset, Limit: p.Limit}, Times: times})
}

type actorList struct {
	paged
	Actors []Actor `json:"actors"`
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p, err := parsePage(q, 100, 10000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	needle := strings.ToLower(strings.TrimSpace(q.Get("q")))
	kind := q.Get("kind")
	all := []Actor{}
	for _, a := range s.snap.Load().actors {
		if kind != "" && a.Kind != kind {
			continue
		}
		if needle != "" && !strings.Contains(strings.ToLower(a.ID+"\x00"+a.Name+"\x00"+a.Names.TH+"\x00"+a.Names.EN), needle) {
			continue
		}
		all = append(all, a)
	}
	lo, hi := p.slice(len(all))
	writeJSON(w, http.StatusOK, actorList{paged: paged{Total: len(all), Offset: p.Offset, Limit: p.Limit}, Actors: all[lo:hi]})
}

// searchHit is a store hit with the events stated in the matching sentence.
type searchHit struct {
	store.SearchHit
	Events []string `json:"events"`
}

type searchResult struct {
	Query string      `json:"query"`
	Hits  []searchHit `json:"hits"`
}

// maxQueryBytes bounds a search query.
const maxQueryBytes = 1000

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		writeError(w, http.StatusBadRequest, "q: give words to search for")
		return
	}
	if len(text) > maxQueryBytes {
		writeError(w, http.StatusBadRequest, "q: longer than %d bytes", maxQueryBytes)
		return
	}
	p, err := parsePage(q, 10, 100)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	hits, err := s.store.Search(r.Context(), text, p.Limit)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	sn := s.snap.Load()
	out := searchResult{Query: text, Hits: make([]searchHit, len(hits))}
	for i, h := range hits {
		out.Hits[i] = searchHit{SearchHit: h, Events: []string{}}
		if h.Sentence < 0 {
			continue
		}
		for _, k := range sn.eventsOfDoc[h.DocID] {
			if e := &sn.events[k]; e.Span.Overlaps(h.Span) || e.Sentence == h.Span {
				out.Hits[i].Events = append(out.Hits[i].Events, e.ID)
			}
		}
	}
	writeJSON(w, http.StatusOK, out)
}

type status struct {
	Stats
	Ingest bool `json:"ingest"`
	UI     bool `json:"ui"`
}

func (s *Server) handleStatus(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, status{Stats: s.Stats(), Ingest: s.IngestEnabled(), UI: s.uiBuilt()})
}
