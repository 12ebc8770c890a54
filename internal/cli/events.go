package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/event"
)

// eventWriters are the output formats of `chronicle events`, each writing
// the events of one record.
var eventWriters = map[string]func(w io.Writer, r *annotate.Record, first bool) error{
	"csv": func(w io.Writer, r *annotate.Record, first bool) error {
		ids, names := actorColumns(r)
		if first {
			return event.WriteCSV(w, r.ID, r.Lang, document.NewRuneText(r.Text), r.Events, r.Times, ids, names)
		}
		// One header for the whole output: drop the header of later documents.
		var buf bytes.Buffer
		if err := event.WriteCSV(&buf, r.ID, r.Lang, document.NewRuneText(r.Text), r.Events, r.Times, ids, names); err != nil {
			return err
		}
		if i := bytes.IndexByte(buf.Bytes(), '\n'); i >= 0 {
			buf.Next(i + 1)
		}
		_, err := buf.WriteTo(w)
		return err
	},
	"plover": func(w io.Writer, r *annotate.Record, _ bool) error {
		ids, names := actorColumns(r)
		return event.WritePLOVER(w, r.ID, r.Lang, document.NewRuneText(r.Text), r.Events, r.Times, ids, names)
	},
	"json": writeEventJSON,
}

func actorColumns(r *annotate.Record) (ids, names []string) {
	ids, names = make([]string, len(r.Actors)), make([]string, len(r.Actors))
	for i, a := range r.Actors {
		ids[i], names[i] = a.ID, a.Name
	}
	return ids, names
}

// eventLine is one event in `chronicle events --format json`: the record's
// event with its indexes resolved, so each line stands on its own.
type eventLine struct {
	ID       string          `json:"id"`
	Doc      string          `json:"doc"`
	Lang     string          `json:"lang"`
	Type     string          `json:"type"`
	Trigger  string          `json:"trigger"`
	Text     string          `json:"text"`
	Span     document.Span   `json:"span"`
	TriggerS document.Span   `json:"trigger_span"`
	Time     string          `json:"time"`
	TimeText string          `json:"time_text"`
	Interval [2]string       `json:"interval"`
	Actors   []eventActor    `json:"actors"`
	Place    string          `json:"place"`
	Quantity []eventQuantity `json:"quantities"`
	Negated  bool            `json:"negated"`
}

type eventActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Text string `json:"text"`
	Role string `json:"role"`
}

type eventQuantity struct {
	Text  string   `json:"text"`
	Value float64  `json:"value"`
	Min   *float64 `json:"min"`
	Max   *float64 `json:"max"`
	Unit  string   `json:"unit"`
}

func writeEventJSON(w io.Writer, r *annotate.Record, _ bool) error {
	rt := document.NewRuneText(r.Text)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, ev := range r.Events {
		line := eventLine{
			ID: ev.ID, Doc: r.ID, Lang: r.Lang, Type: ev.Type,
			Trigger: rt.Slice(ev.Trigger), Text: rt.Slice(ev.Span), Span: ev.Span, TriggerS: ev.Trigger,
			Interval: ev.Interval, Actors: []eventActor{}, Quantity: []eventQuantity{}, Negated: ev.Negated,
		}
		if ev.Time != nil && *ev.Time < len(r.Times) {
			line.Time, line.TimeText = ev.TimeValue(r.Times), r.Times[*ev.Time].Text
		}
		for _, role := range ev.Actors {
			if role.Actor < len(r.Actors) {
				a := r.Actors[role.Actor]
				line.Actors = append(line.Actors, eventActor{ID: a.ID, Name: a.Name, Text: a.Text, Role: role.Role})
			}
		}
		if ev.Place != nil && *ev.Place < len(r.Actors) {
			line.Place = r.Actors[*ev.Place].ID
		}
		for _, qi := range ev.Quantities {
			if qi < len(r.Quantities) {
				q := r.Quantities[qi]
				line.Quantity = append(line.Quantity, eventQuantity{Text: q.Text, Value: q.Value, Min: q.Min, Max: q.Max, Unit: q.Unit})
			}
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("events: write json: %w", err)
		}
	}
	return nil
}

func runEvents(env Env, args []string) int {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	in.register(fs, "input-format")
	format := fs.String("format", "csv", "output: csv, json (one event per line) or plover (PLOVER field names, JSON lines)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: chronicle events [flags] FILE... | -\n\nWrites the events of every document as event data (docs/events.md).\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitUsage
	}
	write, ok := eventWriters[*format]
	if len(paths) == 0 || !ok {
		if !ok {
			fmt.Fprintf(env.Stderr, "chronicle events: unknown --format %q\n", *format)
		}
		fs.Usage()
		return ExitUsage
	}
	ann, err := in.annotator(false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "chronicle events: %v\n", err)
		return ExitUsage
	}
	first := true
	return writeRecords(env, "events", paths, &in, ann, func(out *bufio.Writer, r *annotate.Record) error {
		err := write(out, r, first)
		first = false
		return err
	})
}
