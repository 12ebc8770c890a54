package store

import (
	"context"
	"database/sql"
	"fmt"

	"chronicle/internal/document"
)

// EventQuery filters Events. Zero fields do not filter; Limit 0 means no
// limit. With From or To set, only events with an interval can match.
type EventQuery struct {
	// From and To (inclusive; a day, a month or a year) keep events whose
	// interval overlaps [From, To].
	From, To string
	DocID    string
	Lang     string
	// Type is an event type of the ontology (docs/events.md), e.g. "attack".
	Type string
	// ActorID keeps events with this actor (its catalogue id, as in the
	// record's actors[].id) among their participants.
	ActorID string
	// Role, with ActorID, keeps only events where that actor has this role
	// (source, target or other).
	Role          string
	Limit, Offset int
}

// EventRow is one stored event with its document's id, title and language.
type EventRow struct {
	DocID string `json:"doc_id"`
	Title string `json:"title"`
	Lang  string `json:"lang"`
	// Index is the event's position in the record's events array.
	Index    int           `json:"index"`
	ID       string        `json:"id"`
	Type     string        `json:"type"`
	Span     document.Span `json:"span"`
	Trigger  document.Span `json:"trigger"`
	Interval [2]string     `json:"interval"`
	// Time indexes the document's times, or is nil.
	Time *int `json:"time"`
	// Place is the actor named as the location, or nil.
	Place      *EventActor  `json:"place"`
	Actors     []EventActor `json:"actors"`
	Quantities []int        `json:"quantities"`
	Negated    bool         `json:"negated"`
	// TimeInherited is true when Time is the narrative date in force, not
	// a date of the event's own sentence (false for events stored before
	// migration 0009).
	TimeInherited bool `json:"time_inherited"`
}

// EventActor is a participant (or the place) of an event: the actor
// mention and its catalogue entry.
type EventActor struct {
	// Mention indexes the document's actors.
	Mention int    `json:"mention"`
	ID      string `json:"id"`
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	// Role is source, target or other; empty for a place.
	Role string `json:"role,omitempty"`
}

// Events lists events ordered by interval start, then document (in storage
// order) and position; events without an interval come last. A malformed
// From or To gives an error wrapping ErrInvalidQuery.
func (s *SQLite) Events(ctx context.Context, q EventQuery) ([]EventRow, error) {
	inWindow := q.From != "" || q.To != ""
	var lo, hi int64
	if inWindow {
		var err error
		if lo, hi, err = windowBounds(q.From, q.To); err != nil {
			return nil, fmt.Errorf("store: events: %w", err)
		}
	}
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for every read
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	defer tx.Rollback()

	var f filter
	var dims []labelDim
	if q.DocID != "" {
		f.add(`d.id = ?`, q.DocID)
	}
	rest := f
	if q.Lang != "" {
		dims = append(dims, labelDim{name: "lang", kind: labelLang, value: q.Lang})
	}
	if q.Type != "" {
		dims = append(dims, labelDim{name: "type", kind: labelEventType, value: q.Type})
	}
	if ok, err := resolveDims(ctx, tx, dims); err != nil || !ok {
		return []EventRow{}, err
	}
	for _, d := range dims { // checked inside events_days too (0008)
		if d.kind == labelLang {
			f.add(`e.lang_label = ?`, d.code)
		} else {
			f.add(`e.type = ?`, d.value)
		}
	}
	const from = ` FROM events e JOIN documents d ON d.doc = e.doc`
	var segs []segment
	switch {
	case q.ActorID != "":
		aids, err := queryInts(ctx, tx, `SELECT aid FROM actors WHERE id = ?`, q.ActorID)
		if err != nil {
			return nil, fmt.Errorf("store: events: %w", err)
		}
		if len(aids) == 0 {
			return []EventRow{}, nil
		}
		segs = actorEventSegments(f, aids, q.Role, inWindow, lo, hi)
	case inWindow:
		segs = windowSegments(window{columns: `SELECT ` + eventColumns + `, d.id, d.title, d.lang, e.doc`, table: `events`, t: `e`,
			rtree: `events_rtree`, filter: f, rest: rest, dims: dims, lo: lo, hi: hi, oneDoc: q.DocID != ""})
	default:
		segs = undatedLastSegments(`SELECT `+eventColumns+`, d.id, d.title, d.lang, e.doc`+from, `e`, f)
	}
	out := []EventRow{}
	var docs []int64
	err = readSegments(ctx, tx, segs, q.Limit, q.Offset, func(rows *sql.Rows) error {
		var r EventRow
		var doc int64
		ev, idx, err := scanEvent(rows, &r.DocID, &r.DocID, &r.Title, &r.Lang, &doc)
		if err != nil {
			return err
		}
		r.Index, r.ID, r.Type, r.Span, r.Trigger, r.Interval, r.Time, r.Quantities, r.Negated, r.TimeInherited =
			idx, ev.ID, ev.Type, ev.Span, ev.Trigger, ev.Interval, ev.Time, ev.Quantities, ev.Negated, ev.TimeInherited
		if ev.Place != nil {
			r.Place = &EventActor{Mention: *ev.Place}
		}
		r.Actors = []EventActor{}
		out = append(out, r)
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	if err := addParticipants(ctx, tx, out, docs); err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	return out, nil
}

// actorEventSegments list the events with one of the actor keys aids among
// their participants (in role, when set), through the participants'
// copies of the event intervals: event_actors_days in window order, and
// event_actors_rtree for those that begin before a window and reach into
// it. DISTINCT drops an event naming the actor twice.
func actorEventSegments(f filter, aids []int64, role string, window bool, lo, hi int64) []segment {
	const columns = `SELECT DISTINCT ` + eventColumns + `, d.id, d.title, d.lang, e.doc`
	const from = ` FROM event_actors a JOIN events e ON e.doc = a.doc AND e.idx = a.idx JOIN documents d ON d.doc = e.doc`
	// The participants' index order; e.first_key would make SQLite sort.
	const order = ` ORDER BY a.first_key, a.doc, a.idx`
	g := filter{conds: append([]string(nil), f.conds...), args: append([]any(nil), f.args...)}
	args := make([]any, len(aids))
	minAid, maxAid := aids[0], aids[0]
	for i, aid := range aids {
		args[i] = aid
		minAid, maxAid = min(minAid, aid), max(maxAid, aid)
	}
	g.add(`a.actor IN (`+placeholders(len(aids))+`)`, args...)
	if role != "" {
		g.add(`a.role = ?`, role)
	}
	with := func(cond string, condArgs ...any) filter {
		h := filter{conds: append([]string(nil), g.conds...), args: append([]any(nil), g.args...)}
		h.add(cond, condArgs...)
		return h
	}
	if !window {
		dated, undated := with(`a.first_key IS NOT NULL`), with(`a.first_key IS NULL`)
		return []segment{
			seg(columns+from+dated.where()+order, dated.args),
			seg(columns+from+undated.where()+` ORDER BY a.doc, a.idx`, undated.args),
		}
	}
	var segs []segment
	if lo > minInt32 {
		stab := min(lo, maxInt32)
		h := with(`r.actor_lo <= ? AND r.actor_hi >= ? AND r.first < ? AND r.last >= ?`, maxAid, minAid, stab, stab)
		h.add(`a.ea = r.id AND e.doc = a.doc AND e.idx = a.idx AND d.doc = e.doc`)
		segs = append(segs, seg(columns+` FROM event_actors_rtree r CROSS JOIN event_actors a CROSS JOIN events e CROSS JOIN documents d`+
			h.where()+` ORDER BY r.first, a.doc, a.idx`, h.args))
	}
	inside := with(`a.first_key BETWEEN ? AND ?`, lo, hi)
	return append(segs, seg(columns+from+inside.where()+order, inside.args))
}

// addParticipants fills the actors and places of a page of events (docs:
// each row's document key) from the participants and the catalogue.
func addParticipants(ctx context.Context, tx *sql.Tx, rows []EventRow, docs []int64) error {
	byDoc := map[int64][]int{} // document key -> positions in rows
	var order []int64
	for i, doc := range docs {
		if _, ok := byDoc[doc]; !ok {
			order = append(order, doc)
		}
		byDoc[doc] = append(byDoc[doc], i)
	}
	for _, doc := range order {
		at := map[int]int{} // event index -> position in rows
		var idxs, places []any
		for _, i := range byDoc[doc] {
			at[rows[i].Index] = i
			idxs = append(idxs, rows[i].Index)
			if rows[i].Place != nil {
				places = append(places, rows[i].Place.Mention)
			}
		}
		err := eachRow(ctx, tx, `SELECT a.idx, a.mention, a.role, c.id, c.name, c.kind FROM event_actors a JOIN actors c ON c.aid = a.actor
			WHERE a.doc = ? AND a.idx IN (`+placeholders(len(idxs))+`) ORDER BY a.idx, a.n`, append([]any{doc}, idxs...), func(r *sql.Rows) error {
			var idx int
			var p EventActor
			if err := r.Scan(&idx, &p.Mention, &p.Role, &p.ID, &p.Name, &p.Kind); err != nil {
				return err
			}
			rows[at[idx]].Actors = append(rows[at[idx]].Actors, p)
			return nil
		})
		if err != nil || len(places) == 0 {
			if err != nil {
				return err
			}
			continue
		}
		named := map[int]EventActor{}
		err = eachRow(ctx, tx, `SELECT m.idx, c.id, c.name, c.kind FROM actor_mentions m JOIN actors c ON c.aid = m.actor
			WHERE m.doc = ? AND m.idx IN (`+placeholders(len(places))+`)`, append([]any{doc}, places...), func(r *sql.Rows) error {
			var p EventActor
			if err := r.Scan(&p.Mention, &p.ID, &p.Name, &p.Kind); err != nil {
				return err
			}
			named[p.Mention] = p
			return nil
		})
		if err != nil {
			return err
		}
		for _, i := range byDoc[doc] {
			if pl := rows[i].Place; pl != nil {
				if p, ok := named[pl.Mention]; ok {
					*pl = p
				}
			}
		}
	}
	return nil
}

// eachRow runs query in tx and calls scan for each row.
func eachRow(ctx context.Context, tx *sql.Tx, query string, args []any, scan func(*sql.Rows) error) error {
	_, err := readRows(ctx, tx, query, args, scan)
	return err
}
