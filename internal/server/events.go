package server

import (
	"errors"
	"net/http"
	"sort"
	"strings"

	"chronicle/internal/align"
	"chronicle/internal/document"
	"chronicle/internal/store"
)

// eventFilter is the query of GET /api/events.
type eventFilter struct {
	window  window
	actor   string
	types   map[string]bool
	family  map[string]bool
	lang    string
	doc     string
	cluster string
	q       string
}

func parseEventFilter(r *http.Request) (eventFilter, error) {
	q := r.URL.Query()
	w, err := parseWindow(q)
	if err != nil {
		return eventFilter{}, err
	}
	return eventFilter{
		window: w, actor: q.Get("actor"), types: list(q, "type"), family: list(q, "family"),
		lang: q.Get("lang"), doc: q.Get("doc"), cluster: q.Get("cluster"),
		q: strings.ToLower(strings.TrimSpace(q.Get("q"))),
	}, nil
}

func (f *eventFilter) keep(e *Event) bool {
	switch {
	case !f.window.overlaps(e.Interval),
		f.lang != "" && e.Lang != f.lang,
		f.doc != "" && e.Doc != f.doc,
		f.cluster != "" && e.Cluster != f.cluster,
		f.types != nil && !f.types[e.Type],
		f.family != nil && !f.family[e.Family],
		f.q != "" && !strings.Contains(e.search, f.q):
		return false
	}
	if f.actor != "" {
		for _, a := range e.Actors {
			if a.ID == f.actor {
				return true
			}
		}
		return false
	}
	return true
}

// candidates bounds the events a window can match: dated events are sorted
// by interval start, so those starting after the window's end are skipped
// without looking at them, and undated ones too when a window is set.
func (sn *snapshot) candidates(w window) []Event {
	if !w.set() {
		return sn.events
	}
	hi := sn.undated
	if w.To != "" {
		hi = sort.Search(sn.undated, func(i int) bool { return sn.events[i].Interval[0] > w.To })
	}
	return sn.events[:hi]
}

// filterEvents returns the events f keeps, in timeline order.
func (sn *snapshot) filterEvents(f *eventFilter) []*Event {
	var out []*Event
	cands := sn.candidates(f.window)
	for i := range cands {
		if f.keep(&cands[i]) {
			out = append(out, &cands[i])
		}
	}
	return out
}

type eventList struct {
	paged
	Events []*Event `json:"events"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseEventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	p, err := parsePage(r.URL.Query(), 500, 10000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	all := s.snap.Load().filterEvents(&f)
	lo, hi := p.slice(len(all))
	out := eventList{paged: paged{Total: len(all), Offset: p.Offset, Limit: p.Limit}, Events: all[lo:hi]}
	if out.Events == nil {
		out.Events = []*Event{}
	}
	writeJSON(w, http.StatusOK, out)
}

// sourcedEvent is an event with the text of its sentence, for the event panel.
type sourcedEvent struct {
	*Event
	SentenceText string `json:"sentence_text"`
}

type eventDetail struct {
	Event sourcedEvent `json:"event"`
	// Cluster is the aligned happening the event belongs to, Related its
	// other reports (any language), Discrepancies where they disagree.
	Cluster       *align.Cluster      `json:"cluster"`
	Related       []sourcedEvent      `json:"related"`
	Discrepancies []align.Discrepancy `json:"discrepancies"`
}

// maxRelated bounds the other reports returned with an event.
const maxRelated = 50

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	sn := s.snap.Load()
	id := r.PathValue("id")
	k, ok := sn.eventByID[id]
	if !ok {
		writeError(w, http.StatusNotFound, "no event %q", id)
		return
	}
	texts := map[string]*document.RuneText{}
	source := func(e *Event) (sourcedEvent, error) {
		rt, ok := texts[e.Doc]
		if !ok {
			d, err := s.store.Document(r.Context(), e.Doc)
			if err != nil {
				return sourcedEvent{}, err
			}
			rt = document.NewRuneText(d.Text)
			texts[e.Doc] = rt
		}
		return sourcedEvent{Event: e, SentenceText: rt.Slice(clampSpan(e.Sentence, rt.Len()))}, nil
	}
	e := &sn.events[k]
	out := eventDetail{Related: []sourcedEvent{}, Discrepancies: []align.Discrepancy{}}
	var err error
	if out.Event, err = source(e); err != nil {
		s.storeError(w, r, err)
		return
	}
	if c, ok := sn.clusterByID[e.Cluster]; ok {
		cl := sn.timeline.Clusters[c]
		out.Cluster = &cl
		for _, other := range cl.Events {
			j, ok := sn.eventByID[other]
			if !ok || other == id || len(out.Related) == maxRelated {
				continue
			}
			rel, err := source(&sn.events[j])
			if err != nil {
				s.storeError(w, r, err)
				return
			}
			out.Related = append(out.Related, rel)
		}
		for _, d := range sn.discrepanciesOf[e.Cluster] {
			out.Discrepancies = append(out.Discrepancies, sn.timeline.Discrepancies[d])
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// storeError answers 404 for a document that went away and 500 otherwise.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "%v", err)
		return
	}
	s.internalError(w, r, err)
}
