package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"chronicle/internal/annotate"
)

// wantEvents filters the records' events in Go: the oracle for Events.
func wantEvents(recs []*annotate.Record, q EventQuery) []string {
	var out []string
	for _, rec := range recs {
		if q.DocID != "" && rec.ID != q.DocID || q.Lang != "" && rec.Lang != q.Lang {
			continue
		}
		for i, ev := range rec.Events {
			if q.Type != "" && ev.Type != q.Type {
				continue
			}
			if q.From != "" || q.To != "" {
				if ev.Interval[0] == "" || ev.Interval[0] > textUpper(q.To) || ev.Interval[1] < textLower(q.From) {
					continue
				}
			}
			if q.ActorID != "" && !slices.ContainsFunc(ev.Actors, func(r eventRole) bool {
				return rec.Actors[r.Actor].ID == q.ActorID && (q.Role == "" || r.Role == q.Role)
			}) {
				continue
			}
			out = append(out, timeKey(rec.ID, i))
		}
	}
	slices.Sort(out)
	return out
}

// commonActor is an actor id that several of recs' events name, and one
// role it has in them.
func commonActor(t *testing.T, recs []*annotate.Record) (id, role string) {
	t.Helper()
	counts := map[[2]string]int{}
	for _, rec := range recs {
		for _, ev := range rec.Events {
			for _, r := range ev.Actors {
				counts[[2]string{rec.Actors[r.Actor].ID, r.Role}]++
			}
		}
	}
	best := 0
	for k, n := range counts {
		if n > best || n == best && k[0]+k[1] < id+role {
			id, role, best = k[0], k[1], n
		}
	}
	if best < 3 {
		t.Fatalf("the samples' events share no actor (best %d)", best)
	}
	return id, role
}

func TestEventsFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	actorID, role := commonActor(t, recs)
	queries := []EventQuery{
		{},
		{From: "1999-08-30", To: "1999-08-30"},
		{From: "1999-09-01", To: "1999-09-30"},
		{From: "1997-01-01", To: "1997-12-31", Lang: "th"},
		{To: "1980-01-01"},
		{From: "2000-01-01"},
		{Type: "attack"},
		{From: "1999-09-15", To: "1999-12-31", Type: "attack", Lang: "en"},
		{From: "1999-09-15", Type: "no-such-type"},
		{DocID: "east_timor_en"},
		{DocID: "east_timor_en", From: "1999-01-01", To: "1999-12-31"},
		{ActorID: actorID},
		{ActorID: actorID, Role: role},
		{ActorID: actorID, From: "1999-09-01", To: "1999-12-31"},
		{ActorID: actorID, To: "1999-01-01", Lang: "en"},
		{ActorID: actorID, DocID: "east_timor_en", From: "1999-01-01"},
		{ActorID: "no-such-actor"},
		{DocID: "no-such-doc"},
	}
	byID := map[string]*annotate.Record{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	nonEmpty := 0
	for _, q := range queries {
		t.Run(fmt.Sprintf("%+v", q), func(t *testing.T) {
			rows, err := s.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, r := range rows {
				got = append(got, timeKey(r.DocID, r.Index))
				if i > 0 && r.Interval[0] != "" && (rows[i-1].Interval[0] == "" || rows[i-1].Interval[0] > r.Interval[0]) {
					t.Errorf("row %d starts %q after row %d's %q", i, r.Interval[0], i-1, rows[i-1].Interval[0])
				}
				checkEventRow(t, byID[r.DocID], r)
			}
			slices.Sort(got)
			want := wantEvents(recs, q)
			if !slices.Equal(got, want) {
				t.Errorf("got %d events, want %d\ngot  %v\nwant %v", len(got), len(want), got, want)
			}
			if len(want) > 0 {
				nonEmpty++
			}
		})
	}
	if nonEmpty < len(queries)-4 {
		t.Errorf("only %d of %d queries select events: the test checks too little", nonEmpty, len(queries))
	}
	if _, err := s.Events(ctx, EventQuery{From: "1999-13"}); !errors.Is(err, ErrInvalidQuery) {
		t.Errorf("bad month: %v, want ErrInvalidQuery", err)
	}
}

// checkEventRow compares a stored event with the record's.
func checkEventRow(t *testing.T, rec *annotate.Record, r EventRow) {
	t.Helper()
	if rec == nil || r.Index < 0 || r.Index >= len(rec.Events) {
		t.Fatalf("event %s#%d is in no record", r.DocID, r.Index)
	}
	ev := rec.Events[r.Index]
	if r.ID != ev.ID || r.Type != ev.Type || r.Span != ev.Span || r.Trigger != ev.Trigger || r.Interval != ev.Interval ||
		!sameAnchor(r.Time, ev.Time) || r.Negated != ev.Negated || !slices.Equal(r.Quantities, ev.Quantities) ||
		r.Title != rec.Title || r.Lang != rec.Lang {
		t.Errorf("event %s differs from the record:\n got %+v\nwant %+v", r.ID, r, ev)
	}
	if len(r.Actors) != len(ev.Actors) {
		t.Fatalf("event %s: %d actors, record has %d", r.ID, len(r.Actors), len(ev.Actors))
	}
	for i, a := range r.Actors {
		m := rec.Actors[ev.Actors[i].Actor]
		if a.Mention != ev.Actors[i].Actor || a.Role != ev.Actors[i].Role || a.ID != m.ID || a.Name != m.Name || a.Kind != m.Kind {
			t.Errorf("event %s actor %d = %+v, record %+v (%s %s)", r.ID, i, a, ev.Actors[i], m.ID, m.Name)
		}
	}
	if (r.Place == nil) != (ev.Place == nil) || r.Place != nil && (r.Place.Mention != *ev.Place || r.Place.ID != rec.Actors[*ev.Place].ID) {
		t.Errorf("event %s place %+v, record %v", r.ID, r.Place, ev.Place)
	}
}

func TestEventsPaging(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	actorID, _ := commonActor(t, recs)
	defer func(n int) { stabChunk = n }(stabChunk)
	stabChunk = 3 // filtered window queries read several chunks
	for _, q := range []EventQuery{{}, {From: "1999-01-01", To: "1999-12-31"}, {From: "1999-09-15", To: "1999-12-31", Lang: "en"},
		{From: "1990", Type: "attack"}, {ActorID: actorID}, {ActorID: actorID, From: "1998-06"}} {
		all, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var paged []EventRow
		for off := 0; ; off += 5 {
			q.Limit, q.Offset = 5, off
			page, err := s.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, page...)
			if len(page) < 5 {
				break
			}
		}
		if want := wantEvents(recs, EventQuery{From: q.From, To: q.To, Lang: q.Lang, Type: q.Type, ActorID: q.ActorID}); len(all) != len(want) {
			t.Errorf("%+v: %d events, want %d", q, len(all), len(want))
		}
		if len(paged) != len(all) || len(all) < 6 {
			t.Fatalf("%+v: paged %d events, all %d (want more than a page)", q, len(paged), len(all))
		}
		for i := range all {
			if all[i].ID != paged[i].ID {
				t.Fatalf("%+v: event %d differs between paged and unpaged listing", q, i)
			}
		}
	}
}
