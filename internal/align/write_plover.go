package align

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"chronicle/internal/document"
)

//go:embed data/plover.tsv
var ploverTSV string

// ploverType is a PLOVER event type and mode.
type ploverType struct{ event, mode string }

var ploverTypes = sync.OnceValue(func() map[string]ploverType {
	m := map[string]ploverType{}
	for _, f := range dataLines(ploverTSV) {
		if len(f) < 2 {
			continue
		}
		t := ploverType{event: f[1]}
		if len(f) > 2 {
			t.mode = f[2]
		}
		m[f[0]] = t
	}
	return m
})

// ploverRecord is one PLOVER-style event record with chronicle's
// provenance.
type ploverRecord struct {
	ID          string `json:"id"`
	Date        string `json:"date"`
	EndDate     string `json:"enddate"`
	Event       string `json:"event"`
	Mode        string `json:"mode"`
	Actor       string `json:"actor"`
	ActorID     string `json:"actor_id"`
	Recipient   string `json:"recipient"`
	RecipientID string `json:"recipient_id"`
	EventText   string `json:"event_text"`
	// Provenance.
	Type         string           `json:"type"`
	Langs        []string         `json:"langs"`
	SourceEvents []string         `json:"source_events"`
	Docs         []string         `json:"docs"`
	Spans        []ploverProvSpan `json:"spans"`
}

type ploverProvSpan struct {
	Event string        `json:"event"`
	Doc   string        `json:"doc"`
	Span  document.Span `json:"span"`
}

// WritePLOVER writes one JSON line per cluster with PLOVER's field names —
// id, date, enddate, event, mode, actor, recipient, event_text — and the
// source events, documents and spans it rests on. event is the PLOVER
// type from data/plover.tsv, empty when PLOVER has none (type keeps
// chronicle's); actor and recipient are the most frequent source and
// target; event_text is an English report when there is one.
func WritePLOVER(w io.Writer, tl Timeline) error {
	ix := newEventIndex(&tl)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	types := ploverTypes()
	for k := range tl.Clusters {
		c := &tl.Clusters[k]
		thai, others := ix.members(c)
		src, tgt := principals(thai, others)
		pt := types[c.Type]
		rec := ploverRecord{ID: c.ID, Date: c.Interval[0], EndDate: c.Interval[1], Event: pt.event, Mode: pt.mode,
			Actor: actorNameOrEmpty(src), ActorID: src.ID, Recipient: actorNameOrEmpty(tgt), RecipientID: tgt.ID,
			Type: c.Type, Langs: c.Langs, SourceEvents: c.Events, Docs: []string{}, Spans: []ploverProvSpan{}}
		if rec.Langs == nil {
			rec.Langs = []string{}
		}
		if len(others) > 0 {
			rec.EventText = others[0].Text
		} else if len(thai) > 0 {
			rec.EventText = thai[0].Text
		}
		seen := map[string]bool{}
		for _, list := range [][]*Event{thai, others} {
			for _, e := range list {
				if !seen[e.Doc] {
					seen[e.Doc] = true
					rec.Docs = append(rec.Docs, e.Doc)
				}
				rec.Spans = append(rec.Spans, ploverProvSpan{Event: e.ID, Doc: e.Doc, Span: e.Span})
			}
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("align: write plover: cluster %s: %w", c.ID, err)
		}
	}
	return nil
}

func actorNameOrEmpty(a Actor) string {
	if a.ID == "" {
		return ""
	}
	return actorName(a)
}
