package server

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"chronicle/internal/actor"
	"chronicle/internal/align"
	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/quantity"
	"chronicle/internal/store"
)

// snapshot is everything the event, network and timeline endpoints need,
// read from the store once and aligned: alignment is global (a cluster may
// join any two documents), so it cannot be computed per request. It is
// immutable; a reload builds a new one and swaps it in.
type snapshot struct {
	fingerprint string
	docs        []docInfo
	docByID     map[string]int
	// events are ordered by interval start, then end, document and span;
	// undated events come last. undated is the index of the first one.
	events    []Event
	undated   int
	eventByID map[string]int
	// eventsOfDoc lists each document's events (indexes into events) in span order.
	eventsOfDoc map[string][]int
	actors      []Actor // by events, then mentions, descending
	actorByID   map[string]int
	timeline    align.Timeline
	// clusterByID and discrepanciesOf index the timeline by cluster id.
	clusterByID     map[string]int
	discrepanciesOf map[string][]int
	families        map[string]family
}

// fingerprint identifies the stored documents and their versions.
func fingerprint(docs []store.DocumentRow) string {
	h := sha256.New()
	for _, d := range docs {
		h.Write([]byte(d.ID))
		h.Write([]byte{0})
		h.Write([]byte(d.Hash))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// docLayers is one document's events and the layers they index into.
type docLayers struct {
	info       docInfo
	rt         *document.RuneText
	sentences  []document.Span
	times      map[int]store.TimeRow
	actors     []actor.Mention
	quantities []quantity.Quantity
	events     []event.Event
}

// loadSnapshot reads every document's events, actors, quantities and the
// times they use, links Thai names to the English ones they sound like,
// and aligns the events as `chronicle timeline` does: inherited dates
// marked, aligned with opts (the lexicon's part-of relations and kinds).
func loadSnapshot(ctx context.Context, st Store, opts align.Options) (*snapshot, error) {
	rows, err := st.Documents(ctx, store.DocumentQuery{})
	if err != nil {
		return nil, fmt.Errorf("server: load: %w", err)
	}
	fams, err := loadFamilies()
	if err != nil {
		return nil, err
	}
	sn := &snapshot{fingerprint: fingerprint(rows), docByID: make(map[string]int, len(rows)), families: fams}
	var loaded []docLayers
	for _, row := range rows {
		info := docInfo{ID: row.ID, Title: row.Title, Lang: row.Lang, Hash: row.Hash}
		sn.docByID[row.ID] = len(sn.docs)
		sn.docs = append(sn.docs, info)
		d, err := loadDocLayers(ctx, st, info)
		if err != nil {
			return nil, fmt.Errorf("server: load %q: %w", row.ID, err)
		}
		loaded = append(loaded, d)
	}
	links := linkThaiNames(loaded)
	sn.buildActors(loaded, links)
	var forAlign []align.Event
	for i := range loaded {
		for _, ev := range loaded[i].events {
			e := sn.resolve(&loaded[i], ev, links)
			sn.events = append(sn.events, e)
			if !e.Negated {
				a := alignEvent(&e)
				a.TimeInherited = ev.TimeInherited && a.TimeValue != ""
				forAlign = append(forAlign, a)
			}
		}
	}
	sortEvents(sn.events)
	sn.undated = sort.Search(len(sn.events), func(i int) bool { return sn.events[i].Interval[0] == "" })
	sn.eventByID = make(map[string]int, len(sn.events))
	sn.eventsOfDoc = map[string][]int{}
	for i, e := range sn.events {
		sn.eventByID[e.ID] = i
		sn.eventsOfDoc[e.Doc] = append(sn.eventsOfDoc[e.Doc], i)
	}
	for _, idx := range sn.eventsOfDoc {
		slices.SortFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(sn.events[a].Span[0], sn.events[b].Span[0]), cmp.Compare(sn.events[a].ID, sn.events[b].ID))
		})
	}
	sn.timeline = align.AlignWith(forAlign, opts)
	sn.indexTimeline()
	sn.countActorEvents()
	return sn, nil
}

func loadDocLayers(ctx context.Context, st Store, info docInfo) (docLayers, error) {
	d := docLayers{info: info}
	layers, err := st.Layers(ctx, info.ID, "events", "actors", "quantities")
	if err != nil {
		return d, err
	}
	if err := decodeItems(layers["actors"], &d.actors); err != nil {
		return d, fmt.Errorf("actors: %w", err)
	}
	if len(layers["events"]) == 0 {
		return d, nil
	}
	if err := decodeItems(layers["events"], &d.events); err != nil {
		return d, fmt.Errorf("events: %w", err)
	}
	if err := decodeItems(layers["quantities"], &d.quantities); err != nil {
		return d, fmt.Errorf("quantities: %w", err)
	}
	doc, err := st.Document(ctx, info.ID)
	if err != nil {
		return d, err
	}
	d.rt = document.NewRuneText(doc.Text)
	if d.sentences, err = st.Sentences(ctx, info.ID); err != nil {
		return d, err
	}
	times, err := st.Times(ctx, store.TimeQuery{DocID: info.ID})
	if err != nil {
		return d, err
	}
	d.times = make(map[int]store.TimeRow, len(times))
	for _, t := range times {
		d.times[t.Index] = t
	}
	return d, nil
}

func decodeItems[T any](items []json.RawMessage, out *[]T) error {
	*out = make([]T, len(items))
	for i, raw := range items {
		if err := json.Unmarshal(raw, &(*out)[i]); err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
	}
	return nil
}

// linkThaiNames maps the ids of Thai names no lexicon knows to the ids of
// the names they sound like in the other languages' documents, as
// `chronicle timeline` does (annotate.LinkThaiNames).
func linkThaiNames(docs []docLayers) map[string]string {
	langs := make([]annotate.LangActors, len(docs))
	for i, d := range docs {
		langs[i] = annotate.LangActors{Lang: d.info.Lang, Actors: d.actors}
	}
	return annotate.LinkThaiNames(langs)
}

func linkedID(links map[string]string, id string) string {
	if to, ok := links[id]; ok {
		return to
	}
	return id
}

// buildActors summarises every actor mention; a linked Thai name counts
// under the id it was linked to.
func (sn *snapshot) buildActors(docs []docLayers, links map[string]string) {
	sn.actorByID = map[string]int{}
	ownName := map[string]bool{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, m := range d.actors {
			id := linkedID(links, m.ID)
			i, ok := sn.actorByID[id]
			if !ok {
				i = len(sn.actors)
				sn.actorByID[id] = i
				sn.actors = append(sn.actors, Actor{ID: id, Kind: m.Kind})
			}
			a := &sn.actors[i]
			// A name from the id's own mentions wins over a linked Thai
			// name's romanisation.
			own := m.ID == id
			if m.Name != "" && (a.Name == "" || (own && !ownName[id])) {
				a.Name = m.Name
				ownName[id] = own
			}
			if a.Names.TH == "" {
				a.Names.TH = m.Names.TH
			}
			if a.Names.EN == "" {
				a.Names.EN = m.Names.EN
			}
			if a.Kind == "" {
				a.Kind = m.Kind
			}
			a.Mentions++
			if !seen[id] {
				seen[id] = true
				a.Docs++
			}
		}
	}
}

// countActorEvents counts each actor's events and orders the actors.
func (sn *snapshot) countActorEvents() {
	for _, e := range sn.events {
		seen := map[string]bool{}
		for _, a := range e.Actors {
			if i, ok := sn.actorByID[a.ID]; ok && !seen[a.ID] {
				seen[a.ID] = true
				sn.actors[i].Events++
			}
		}
	}
	slices.SortFunc(sn.actors, func(a, b Actor) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	})
	for i, a := range sn.actors {
		sn.actorByID[a.ID] = i
	}
}

// resolve turns a record event into an API event.
func (sn *snapshot) resolve(d *docLayers, ev event.Event, links map[string]string) Event {
	e := Event{
		ID: ev.ID, Doc: d.info.ID, Title: d.info.Title, Lang: d.info.Lang, Type: ev.Type,
		Family: sn.families[ev.Type].name,
		Text:   d.rt.Slice(clampSpan(ev.Span, d.rt.Len())), Span: ev.Span,
		Trigger: d.rt.Slice(clampSpan(ev.Trigger, d.rt.Len())), TriggerSpan: ev.Trigger,
		Sentence: sentenceOf(d.sentences, ev.Trigger.Start()),
		Interval: ev.Interval, Actors: []EventActor{}, Quantities: []EventQty{}, Negated: ev.Negated,
	}
	if ev.Time != nil {
		if t, ok := d.times[*ev.Time]; ok {
			e.Time = &EventTime{Text: t.Text, Span: t.Span, Type: t.Type, Value: t.Value, Mod: t.Mod, Calendar: t.Calendar, Interval: t.Interval}
			e.Value = cmp.Or(ev.Value, t.Value) // records stored before Value existed
		}
	}
	actorAt := func(i int, role string) (EventActor, bool) {
		if i < 0 || i >= len(d.actors) {
			return EventActor{}, false
		}
		m := d.actors[i]
		id := linkedID(links, m.ID)
		a := EventActor{ID: id, Name: m.Name, Names: m.Names, Kind: m.Kind, Text: m.Text, Span: m.Span, Role: role}
		if k, ok := sn.actorByID[id]; ok && id != m.ID {
			a.Name, a.Names, a.Kind = sn.actors[k].Name, sn.actors[k].Names, sn.actors[k].Kind
		}
		return a, true
	}
	for _, r := range ev.Actors {
		if a, ok := actorAt(r.Actor, r.Role); ok {
			e.Actors = append(e.Actors, a)
		}
	}
	if ev.Place != nil {
		if a, ok := actorAt(*ev.Place, ""); ok {
			e.Place = &a
		}
	}
	for _, qi := range ev.Quantities {
		if qi >= 0 && qi < len(d.quantities) {
			q := d.quantities[qi]
			e.Quantities = append(e.Quantities, EventQty{Text: q.Text, Span: q.Span, Value: q.Value, Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx})
		}
	}
	var b strings.Builder
	b.WriteString(strings.ToLower(e.Text))
	for _, a := range e.Actors {
		b.WriteString("\x00" + strings.ToLower(a.ID+"\x00"+a.Name+"\x00"+a.Names.TH+"\x00"+a.Names.EN))
	}
	e.search = b.String()
	return e
}

// clampSpan keeps a stored span inside the text (the store refuses records
// whose spans fall outside, so this only guards against a damaged file).
func clampSpan(sp document.Span, n int) document.Span {
	s, e := min(max(sp[0], 0), n), min(max(sp[1], 0), n)
	return document.Span{s, max(s, e)}
}

// sentenceOf is the sentence holding code point pos, or an empty span.
func sentenceOf(sentences []document.Span, pos int) document.Span {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i][1] > pos })
	if i < len(sentences) && sentences[i][0] <= pos {
		return sentences[i]
	}
	return document.Span{pos, pos}
}

// alignEvent converts an API event for alignment.
func alignEvent(e *Event) align.Event {
	out := align.Event{ID: e.ID, Doc: e.Doc, Lang: e.Lang, Text: e.Text, Span: e.Span, Type: e.Type, Interval: e.Interval}
	if e.Time != nil {
		out.TimeValue, out.TimeText, out.Calendar, out.TimeSpan = e.Value, e.Time.Text, e.Time.Calendar, e.Time.Span
	}
	for _, a := range e.Actors {
		out.Actors = append(out.Actors, align.Actor{ID: a.ID, Name: a.Name, Text: a.Text, Role: a.Role})
	}
	for _, q := range e.Quantities {
		out.Quantities = append(out.Quantities, align.Quantity{Text: q.Text, Span: q.Span, Value: q.Value, Min: q.Min, Max: q.Max, Unit: q.Unit, Approx: q.Approx})
	}
	return out
}

// sortEvents orders dated events by interval, then document and span;
// undated events last.
func sortEvents(evs []Event) {
	slices.SortFunc(evs, func(a, b Event) int {
		ua, ub := a.Interval[0] == "", b.Interval[0] == ""
		if ua != ub {
			if ua {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Interval[0], b.Interval[0]), cmp.Compare(a.Interval[1], b.Interval[1]),
			cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Span[0], b.Span[0]), cmp.Compare(a.ID, b.ID))
	})
}

func (sn *snapshot) indexTimeline() {
	sn.clusterByID = make(map[string]int, len(sn.timeline.Clusters))
	for i, c := range sn.timeline.Clusters {
		sn.clusterByID[c.ID] = i
		for _, id := range c.Events {
			if k, ok := sn.eventByID[id]; ok {
				sn.events[k].Cluster = c.ID
			}
		}
	}
	sn.discrepanciesOf = map[string][]int{}
	for i, d := range sn.timeline.Discrepancies {
		sn.discrepanciesOf[d.Cluster] = append(sn.discrepanciesOf[d.Cluster], i)
	}
}

// maybeReload rebuilds the snapshot when the stored documents changed
// since the last look, at most once per ReloadInterval. The rebuild runs
// in the background; requests keep the old snapshot until it is done.
func (s *Server) maybeReload(ctx context.Context) {
	if s.cfg.ReloadInterval < 0 {
		return
	}
	now := time.Now().UnixNano()
	last := s.lastCheck.Load()
	if now-last < int64(s.cfg.ReloadInterval) || !s.lastCheck.CompareAndSwap(last, now) {
		return
	}
	if !s.reloading.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer s.reloading.Store(false)
		if err := s.reloadIfChanged(context.WithoutCancel(ctx)); err != nil {
			s.cfg.Log.Printf("reload: %v", err)
		}
	}()
}

// reloadIfChanged rebuilds the snapshot when the documents' ids or hashes
// changed.
func (s *Server) reloadIfChanged(ctx context.Context) error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	rows, err := s.store.Documents(ctx, store.DocumentQuery{})
	if err != nil {
		return err
	}
	if fingerprint(rows) == s.snap.Load().fingerprint {
		return nil
	}
	sn, err := loadSnapshot(ctx, s.store, s.alignOpts)
	if err != nil {
		return err
	}
	s.snap.Store(sn)
	return nil
}
