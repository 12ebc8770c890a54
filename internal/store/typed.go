package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"chronicle/internal/actor"
	"chronicle/internal/document"
	"chronicle/internal/event"
)

// actorVariant is one row of the actor catalogue: an actor as the
// annotator described it. Mentions refer to it by its integer key.
type actorVariant struct {
	id, name, th, en, kind, wikidata, code string
}

func variantOf(m *actor.Mention) actorVariant {
	return actorVariant{m.ID, m.Name, m.Names.TH, m.Names.EN, m.Kind, m.Wikidata, m.Code}
}

// actorRow is one actor mention as stored: the catalogue row stands for
// the names and codes every mention used to repeat.
type actorRow struct {
	start, end int
	variant    actorVariant
	confidence float64
	// text is NULL when it is the spanned text.
	text sql.NullString
}

// eventRow is one event as stored.
type eventRow struct {
	ev          *event.Event
	first, last *int64
	// firstDay and lastDay keep the record's strings when the keys do not
	// give them back.
	firstDay, lastDay sql.NullString
	quantities        sql.NullString
	extID             sql.NullString
}

// typedRows builds the actor and event rows of a document, refusing
// references that point outside its layers (nTimes time mentions,
// nQuantities quantities).
func typedRows(docID string, mentions []actor.Mention, evs []event.Event, nTimes, nQuantities int, rt *document.RuneText) ([]actorRow, []eventRow, error) {
	actors := make([]actorRow, len(mentions))
	for i := range mentions {
		m := &mentions[i]
		if !m.Span.Valid(rt.Len()) {
			return nil, nil, fmt.Errorf("actor %d: span %v outside text of %d code points", i, m.Span, rt.Len())
		}
		actors[i] = actorRow{start: m.Span[0], end: m.Span[1], variant: variantOf(m), confidence: m.Confidence}
		if m.Text != rt.Slice(m.Span) {
			actors[i].text = sql.NullString{String: m.Text, Valid: true}
		}
	}
	events := make([]eventRow, len(evs))
	for i := range evs {
		ev := &evs[i]
		if err := checkEventRefs(ev, rt.Len(), nTimes, len(mentions), nQuantities); err != nil {
			return nil, nil, fmt.Errorf("event %d: %w", i, err)
		}
		r := eventRow{ev: ev}
		r.first, r.last = intervalKeys(ev.Interval)
		r.firstDay, r.lastDay = dayText(ev.Interval[0], r.first), dayText(ev.Interval[1], r.last)
		if len(ev.Quantities) > 0 {
			b, _ := json.Marshal(ev.Quantities) // ints: cannot fail
			r.quantities = sql.NullString{String: string(b), Valid: true}
		}
		if ev.ID != defaultEventID(docID, i) {
			r.extID = sql.NullString{String: ev.ID, Valid: true}
		}
		events[i] = r
	}
	return actors, events, nil
}

func checkEventRefs(ev *event.Event, n, nTimes, nActors, nQuantities int) error {
	switch {
	case !ev.Span.Valid(n):
		return fmt.Errorf("span %v outside text of %d code points", ev.Span, n)
	case !ev.Trigger.Valid(n):
		return fmt.Errorf("trigger %v outside text of %d code points", ev.Trigger, n)
	case ev.Time != nil && (*ev.Time < 0 || *ev.Time >= nTimes):
		return fmt.Errorf("time %d: the document has %d times", *ev.Time, nTimes)
	case ev.Place != nil && (*ev.Place < 0 || *ev.Place >= nActors):
		return fmt.Errorf("place %d: the document has %d actors", *ev.Place, nActors)
	}
	for _, r := range ev.Actors {
		if r.Actor < 0 || r.Actor >= nActors {
			return fmt.Errorf("actor %d: the document has %d actors", r.Actor, nActors)
		}
	}
	for _, q := range ev.Quantities {
		if q < 0 || q >= nQuantities {
			return fmt.Errorf("quantity %d: the document has %d quantities", q, nQuantities)
		}
	}
	return nil
}

// defaultEventID is the id the event annotator gives the idx-th event.
func defaultEventID(docID string, idx int) string { return docID + "#" + strconv.Itoa(idx+1) }

// dayText is NULL when key formats back to day, else day itself.
func dayText(day string, key *int64) sql.NullString {
	if key != nil && dayISO(*key) == day || key == nil && day == "" {
		return sql.NullString{}
	}
	return sql.NullString{String: day, Valid: true}
}

// dayFrom reads a day back: the stored string, else the key formatted, else "".
func dayFrom(text sql.NullString, key sql.NullInt64) string {
	switch {
	case text.Valid:
		return text.String
	case key.Valid:
		return dayISO(key.Int64)
	}
	return ""
}

// itemJSON encodes one layer item as the record's JSON writer does (no HTML
// escaping), so that Layers gives back the bytes the record held.
func itemJSON(v any) (json.RawMessage, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return json.RawMessage(strings.TrimSuffix(b.String(), "\n")), nil
}

func eventActorCount(events []eventRow) int {
	n := 0
	for _, e := range events {
		n += len(e.ev.Actors)
	}
	return n
}

// insertTyped writes a document's actor mentions, events and event
// participants with the participants' R*Tree entries, many rows per
// statement; participant keys are given here, as sentence keys are. The
// events' R*Tree (changed by migration 0007) is written by the caller;
// lang is the events' language label (0008), or 0 to write events as
// migration 0006 made them (its hook runs at that version), without the
// language, the inherited-time mark (0009) and the time value (0010).
func insertTyped(w *rowWriter, doc int64, actors []actorRow, events []eventRow, aids map[actorVariant]int64, lang int64) {
	mentions := w.batch(actorMentionsRows)
	for i, a := range actors {
		mentions.add(doc, i, a.start, a.end, aids[a.variant], a.confidence, a.text)
	}
	mentions.flush()
	spec := eventsRows
	if lang == 0 {
		spec = eventsRowsV6
	}
	rows := w.batch(spec)
	for i, e := range events {
		ev := e.ev
		values := []any{doc, i, ev.Type, ev.Span[0], ev.Span[1], ev.Trigger[0], ev.Trigger[1], e.first, e.last, e.firstDay, e.lastDay,
			ev.Time, ev.Place, e.quantities, ev.Negated, e.extID}
		if lang != 0 {
			values = append(values, lang, ev.TimeInherited, ev.Value)
		}
		rows.add(values...)
	}
	rows.flush()
	if eventActorCount(events) == 0 {
		return
	}
	ea := w.maxKey(`SELECT coalesce(max(ea), 0) FROM event_actors`)
	participants := w.batch(participantsRows)
	actorTree := w.batch(participantsTreeRows)
	for i, e := range events {
		for n, r := range e.ev.Actors {
			ea++
			aid := aids[actors[r.Actor].variant]
			participants.add(ea, doc, i, n, r.Actor, aid, r.Role, e.first, e.last)
			if e.first != nil {
				actorTree.add(ea, aid, aid, *e.first, *e.last)
			}
		}
	}
	participants.flush()
	actorTree.flush()
}

// readActorItems rebuilds a document's actors array.
func readActorItems(ctx context.Context, tx *sql.Tx, doc int64, _ string) ([]json.RawMessage, error) {
	rows, err := tx.QueryContext(ctx, `SELECT m.start, m.end, m.confidence, m.text, a.id, a.name, a.name_th, a.name_en, a.kind, a.wikidata, a.code
		FROM actor_mentions m JOIN actors a ON a.aid = m.actor WHERE m.doc = ? ORDER BY m.idx`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var mentions []actor.Mention
	var texts []sql.NullString
	for rows.Next() {
		var m actor.Mention
		var text sql.NullString
		if err := rows.Scan(&m.Span[0], &m.Span[1], &m.Confidence, &text, &m.ID, &m.Name, &m.Names.TH, &m.Names.EN,
			&m.Kind, &m.Wikidata, &m.Code); err != nil {
			return nil, err
		}
		mentions = append(mentions, m)
		texts = append(texts, text)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var rt *document.RuneText
	items := make([]json.RawMessage, len(mentions))
	for i := range mentions {
		if texts[i].Valid {
			mentions[i].Text = texts[i].String
		} else {
			if rt == nil {
				var text string
				if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE doc = ?`, doc).Scan(&text); err != nil {
					return nil, err
				}
				rt = document.NewRuneText(text)
			}
			mentions[i].Text = rt.Slice(mentions[i].Span)
		}
		if items[i], err = itemJSON(&mentions[i]); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// readEventItems rebuilds a document's events array.
func readEventItems(ctx context.Context, tx *sql.Tx, doc int64, docID string) ([]json.RawMessage, error) {
	rows, err := tx.QueryContext(ctx, `SELECT idx, type, start, end, trigger_start, trigger_end, first_key, last_key, first_day, last_day,
		time, place, quantities, negated, ext_id, time_inherited, time_value FROM events WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, err
	}
	var events []event.Event
	for rows.Next() {
		ev, _, err := scanEvent(rows, &docID)
		if err != nil {
			rows.Close()
			return nil, err
		}
		events = append(events, ev)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT idx, mention, role FROM event_actors WHERE doc = ? ORDER BY idx, n`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var r event.Role
		if err := rows.Scan(&idx, &r.Actor, &r.Role); err != nil {
			return nil, err
		}
		if idx < 0 || idx >= len(events) {
			return nil, fmt.Errorf("event actor of missing event %d", idx)
		}
		events[idx].Actors = append(events[idx].Actors, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	items := make([]json.RawMessage, len(events))
	for i := range events {
		if items[i], err = itemJSON(&events[i]); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// eventColumns are read by scanEvent, in its order, from events e.
const eventColumns = `e.idx, e.type, e.start, e.end, e.trigger_start, e.trigger_end, e.first_key, e.last_key, e.first_day, e.last_day,
	e.time, e.place, e.quantities, e.negated, e.ext_id, e.time_inherited, e.time_value`

// scanEvent reads the eventColumns of one row (actors not included),
// then extra columns. docID names the default event id; with docID
// unknown until the extra columns are read, pass a pointer to it.
func scanEvent(row interface{ Scan(...any) error }, docID *string, extra ...any) (event.Event, int, error) {
	ev := event.Event{Actors: []event.Role{}, Quantities: []int{}}
	var idx int
	var first, last, tm, place sql.NullInt64
	var firstDay, lastDay, quantities, extID sql.NullString
	dest := []any{&idx, &ev.Type, &ev.Span[0], &ev.Span[1], &ev.Trigger[0], &ev.Trigger[1], &first, &last, &firstDay, &lastDay,
		&tm, &place, &quantities, &ev.Negated, &extID, &ev.TimeInherited, &ev.Value}
	if err := row.Scan(append(dest, extra...)...); err != nil {
		return ev, 0, err
	}
	ev.ID = defaultEventID(*docID, idx)
	if extID.Valid {
		ev.ID = extID.String
	}
	ev.Interval = [2]string{dayFrom(firstDay, first), dayFrom(lastDay, last)}
	if tm.Valid {
		t := int(tm.Int64)
		ev.Time = &t
	}
	if place.Valid {
		p := int(place.Int64)
		ev.Place = &p
	}
	if quantities.Valid {
		if err := json.Unmarshal([]byte(quantities.String), &ev.Quantities); err != nil {
			return ev, idx, fmt.Errorf("event %d quantities: %w", idx, err)
		}
	}
	return ev, idx, nil
}
