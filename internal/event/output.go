package event

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

// csvHeader names the columns WriteCSV writes.
var csvHeader = []string{
	"doc", "lang", "id", "type", "category", "plover", "cameo",
	"trigger", "trigger_start", "trigger_end", "span_start", "span_end",
	"time", "date", "enddate",
	"source", "source_name", "target", "target_name", "other", "place", "place_name",
	"quantities", "negated", "text",
}

// WriteCSV writes a header and one row per event. times, actorIDs and
// actorNames are the document's times and, per actor mention, its id and
// display name (the arrays Event indexes point into); a missing entry
// prints as empty. Several actors in one role are joined with ";".
func WriteCSV(w io.Writer, docID string, lang string, text *document.RuneText, events []Event, times []timex.Mention, actorIDs []string, actorNames []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	for _, ev := range events {
		info, _ := LookupType(ev.Type)
		roles := rolesOf(ev, actorIDs, actorNames)
		timeValue := ev.TimeValue(times)
		placeID, placeName := "", ""
		if ev.Place != nil {
			placeID, placeName = at(actorIDs, *ev.Place), at(actorNames, *ev.Place)
		}
		qs := make([]string, len(ev.Quantities))
		for i, q := range ev.Quantities {
			qs[i] = strconv.Itoa(q)
		}
		row := []string{
			docID, lang, ev.ID, ev.Type, info.Category, info.PLOVER, info.CAMEOCode,
			slice(text, ev.Trigger), strconv.Itoa(ev.Trigger[0]), strconv.Itoa(ev.Trigger[1]),
			strconv.Itoa(ev.Span[0]), strconv.Itoa(ev.Span[1]),
			timeValue, ev.Interval[0], ev.Interval[1],
			strings.Join(roles.sourceIDs, ";"), strings.Join(roles.sourceNames, ";"),
			strings.Join(roles.targetIDs, ";"), strings.Join(roles.targetNames, ";"),
			strings.Join(roles.otherIDs, ";"), placeID, placeName,
			strings.Join(qs, ";"), strconv.FormatBool(ev.Negated), slice(text, ev.Span),
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("event: write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	return nil
}

// ploverRecord is one event in PLOVER's field names, with the source spans
// that lead back to the text.
type ploverRecord struct {
	ID            string `json:"id"`
	Date          string `json:"date"`
	EndDate       string `json:"enddate"`
	Actor         string `json:"actor"`
	ActorName     string `json:"actor_name"`
	Recipient     string `json:"recipient"`
	RecipientName string `json:"recipient_name"`
	Event         string `json:"event"`
	Mode          string `json:"mode"`
	EventText     string `json:"event_text"`
	Location      string `json:"location"`
	Type          string `json:"type"`
	Doc           string `json:"doc"`
	SpanStart     int    `json:"span_start"`
	SpanEnd       int    `json:"span_end"`
	TriggerStart  int    `json:"trigger_start"`
	TriggerEnd    int    `json:"trigger_end"`
	Lang          string `json:"lang"`
}

// WritePLOVER writes one JSON line per event in PLOVER's field names: id,
// date, enddate, actor, recipient, event (the PLOVER event type, "" where
// PLOVER has none; type keeps chronicle's), event_text (the clause), plus
// doc, span_start, span_end, trigger_start, trigger_end and lang. actor and
// recipient are the first source and target. Negated events are left out:
// PLOVER records what happened. The arguments are those of WriteCSV.
func WritePLOVER(w io.Writer, docID string, lang string, text *document.RuneText, events []Event, times []timex.Mention, actorIDs []string, actorNames []string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, ev := range events {
		if ev.Negated {
			continue
		}
		info, _ := LookupType(ev.Type)
		roles := rolesOf(ev, actorIDs, actorNames)
		rec := ploverRecord{
			ID: ev.ID, Date: ev.Interval[0], EndDate: ev.Interval[1],
			Actor: first(roles.sourceIDs), ActorName: first(roles.sourceNames),
			Recipient: first(roles.targetIDs), RecipientName: first(roles.targetNames),
			Event: info.PLOVER, Mode: info.PLOVERMode, EventText: slice(text, ev.Span),
			Type: ev.Type, Doc: docID, Lang: lang,
			SpanStart: ev.Span[0], SpanEnd: ev.Span[1], TriggerStart: ev.Trigger[0], TriggerEnd: ev.Trigger[1],
		}
		if ev.Place != nil {
			rec.Location = at(actorIDs, *ev.Place)
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("event: write plover: %w", err)
		}
	}
	return nil
}

// eventRoles are an event's actors by role, as ids and names.
type eventRoles struct {
	sourceIDs, sourceNames, targetIDs, targetNames, otherIDs []string
}

func rolesOf(ev Event, ids, names []string) eventRoles {
	var r eventRoles
	for _, role := range ev.Actors {
		id, name := at(ids, role.Actor), at(names, role.Actor)
		switch role.Role {
		case RoleSource:
			r.sourceIDs, r.sourceNames = append(r.sourceIDs, id), append(r.sourceNames, name)
		case RoleTarget:
			r.targetIDs, r.targetNames = append(r.targetIDs, id), append(r.targetNames, name)
		default:
			r.otherIDs = append(r.otherIDs, id)
		}
	}
	return r
}

// at returns list[i], or "" when i is out of range.
func at(list []string, i int) string {
	if i < 0 || i >= len(list) {
		return ""
	}
	return list[i]
}

func first(list []string) string { return at(list, 0) }

// slice returns the text of sp, or "" when sp does not fit the text.
func slice(text *document.RuneText, sp document.Span) string {
	if text == nil || !sp.Valid(text.Len()) {
		return ""
	}
	return text.Slice(sp)
}
