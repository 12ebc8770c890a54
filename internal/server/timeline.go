package server

import (
	"bufio"
	"net/http"
	"slices"

	"chronicle/internal/align"
)

// clusterFilter is the query of GET /api/clusters and the exports.
type clusterFilter struct {
	window  window
	lang    string
	types   map[string]bool
	aligned bool
}

func parseClusterFilter(r *http.Request) (clusterFilter, error) {
	q := r.URL.Query()
	w, err := parseWindow(q)
	if err != nil {
		return clusterFilter{}, err
	}
	aligned, err := parseBool(q, "aligned")
	if err != nil {
		return clusterFilter{}, err
	}
	return clusterFilter{window: w, lang: q.Get("lang"), types: list(q, "type"), aligned: aligned}, nil
}

func (f *clusterFilter) keep(c *align.Cluster) bool {
	switch {
	case !f.window.overlaps(c.Interval),
		f.lang != "" && !slices.Contains(c.Langs, f.lang),
		f.types != nil && !f.types[c.Type],
		f.aligned && len(c.Langs) < 2:
		return false
	}
	return true
}

type clusterList struct {
	paged
	Clusters []align.Cluster `json:"clusters"`
}

func (s *Server) handleClusters(w http.ResponseWriter, r *http.Request) {
	f, err := parseClusterFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	p, err := parsePage(r.URL.Query(), 500, 10000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	sn := s.snap.Load()
	var all []align.Cluster
	for i := range sn.timeline.Clusters {
		if f.keep(&sn.timeline.Clusters[i]) {
			all = append(all, sn.timeline.Clusters[i])
		}
	}
	lo, hi := p.slice(len(all))
	out := clusterList{paged: paged{Total: len(all), Offset: p.Offset, Limit: p.Limit}, Clusters: append([]align.Cluster{}, all[lo:hi]...)}
	writeJSON(w, http.StatusOK, out)
}

// Discrepancy is an align.Discrepancy with its cluster's interval and type,
// so a list can be shown without fetching the clusters.
type Discrepancy struct {
	align.Discrepancy
	Interval [2]string `json:"interval"`
	Type     string    `json:"type"`
}

type discrepancyList struct {
	paged
	Discrepancies []Discrepancy `json:"discrepancies"`
}

func (s *Server) handleDiscrepancies(w http.ResponseWriter, r *http.Request) {
	f, err := parseClusterFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	p, err := parsePage(r.URL.Query(), 500, 10000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	kind := r.URL.Query().Get("kind")
	if kind != "" && kind != align.KindDate && kind != align.KindQuantity {
		writeError(w, http.StatusBadRequest, "kind: want %q or %q, got %q", align.KindDate, align.KindQuantity, kind)
		return
	}
	sn := s.snap.Load()
	all := []Discrepancy{}
	for _, d := range sn.timeline.Discrepancies {
		c, ok := sn.clusterByID[d.Cluster]
		if !ok || (kind != "" && d.Kind != kind) || !f.keep(&sn.timeline.Clusters[c]) {
			continue
		}
		cl := sn.timeline.Clusters[c]
		all = append(all, Discrepancy{Discrepancy: d, Interval: cl.Interval, Type: cl.Type})
	}
	lo, hi := p.slice(len(all))
	writeJSON(w, http.StatusOK, discrepancyList{paged: paged{Total: len(all), Offset: p.Offset, Limit: p.Limit}, Discrepancies: all[lo:hi]})
}

// subTimeline keeps the clusters f keeps, with their events and
// discrepancies.
func (sn *snapshot) subTimeline(f *clusterFilter) align.Timeline {
	out := align.Timeline{Events: []align.Event{}, Clusters: []align.Cluster{}, Discrepancies: []align.Discrepancy{}}
	kept := map[string]bool{}
	for i := range sn.timeline.Clusters {
		c := &sn.timeline.Clusters[i]
		if f.keep(c) {
			kept[c.ID] = true
			out.Clusters = append(out.Clusters, *c)
		}
	}
	members := map[string]bool{}
	for _, c := range out.Clusters {
		for _, id := range c.Events {
			members[id] = true
		}
	}
	for _, e := range sn.timeline.Events {
		if members[e.ID] {
			out.Events = append(out.Events, e)
		}
	}
	for _, d := range sn.timeline.Discrepancies {
		if kept[d.Cluster] {
			out.Discrepancies = append(out.Discrepancies, d)
		}
	}
	return out
}

// exportFormats are the downloads of GET /api/export/{format}.
var exportFormats = map[string]struct {
	contentType, file string
}{
	"timelinejs": {"application/json; charset=utf-8", "chronicle-timelinejs.json"},
	"csv":        {"text/csv; charset=utf-8", "chronicle-timeline.csv"},
	"plover":     {"application/x-ndjson; charset=utf-8", "chronicle-plover.jsonl"},
	"json":       {"application/json; charset=utf-8", "chronicle-timeline.json"},
	"graphml":    {"application/graphml+xml; charset=utf-8", "chronicle-network.graphml"},
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format := r.PathValue("format")
	spec, ok := exportFormats[format]
	if !ok {
		writeError(w, http.StatusNotFound, "unknown export format %q (want timelinejs, csv, plover, json or graphml)", format)
		return
	}
	sn := s.snap.Load()
	var write func(*bufio.Writer) error
	if format == "graphml" {
		f, err := parseEventFilter(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
		net := sn.network(&f)
		write = func(b *bufio.Writer) error { return writeGraphML(b, net) }
	} else {
		f, err := parseClusterFilter(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
		tl := sn.subTimeline(&f)
		write = func(b *bufio.Writer) error {
			switch format {
			case "timelinejs":
				return align.WriteTimelineJS(b, tl, "chronicle")
			case "csv":
				return align.WriteCSV(b, tl)
			case "plover":
				return align.WritePLOVER(b, tl)
			default:
				return align.WriteJSON(b, tl)
			}
		}
	}
	h := w.Header()
	h.Set("Content-Type", spec.contentType)
	h.Set("Content-Disposition", `attachment; filename="`+spec.file+`"`)
	b := bufio.NewWriterSize(w, 1<<16)
	if err := write(b); err != nil {
		s.cfg.Log.Printf("export %s: %v", format, err)
		return // headers are gone; the client sees a cut body
	}
	if err := b.Flush(); err != nil {
		s.cfg.Log.Printf("export %s: %v", format, err)
	}
}
