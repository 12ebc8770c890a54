package store

import (
	"context"
	"testing"
)

// Check finds each kind of damage a crash or a hand edit could leave.
func TestCheckFindsDamage(t *testing.T) {
	ctx := context.Background()
	recs := sampleRecords(t)
	damage := []struct{ name, sql string }{
		{"a time mention missing", `DELETE FROM times WHERE (doc, idx) = (SELECT doc, max(idx) FROM times)`},
		{"an R*Tree entry missing", `DELETE FROM times_rtree WHERE id = (SELECT min(id) FROM times_rtree)`},
		{"an R*Tree entry with other keys", `UPDATE times_rtree SET last = last + 1 WHERE id = (SELECT max(id) FROM times_rtree)`},
		{"a stray R*Tree entry", `INSERT INTO times_rtree VALUES (999999 << 24, 1, 2, 1, 1, 1, 1)`},
		{"an R*Tree entry with another language", `UPDATE times_rtree SET lang_lo = lang_lo + 1, lang_hi = lang_hi + 1 WHERE id = (SELECT min(id) FROM times_rtree)`},
		{"an event R*Tree entry with another type", `UPDATE events_rtree SET type_lo = type_lo + 1, type_hi = type_hi + 1 WHERE id = (SELECT min(id) FROM events_rtree)`},
		{"an actor mention missing", `DELETE FROM actor_mentions WHERE (doc, idx) = (SELECT doc, max(idx) FROM actor_mentions)`},
		{"an event missing", `DELETE FROM events WHERE (doc, idx) = (SELECT doc, max(idx) FROM events)`},
		{"an event participant missing", `DELETE FROM event_actors WHERE ea = (SELECT max(ea) FROM event_actors)`},
		{"an event R*Tree entry missing", `DELETE FROM events_rtree WHERE id = (SELECT min(id) FROM events_rtree)`},
		{"a participant R*Tree entry with another actor", `UPDATE event_actors_rtree SET actor_lo = actor_lo + 1, actor_hi = actor_hi + 1 WHERE id = (SELECT max(id) FROM event_actors_rtree)`},
		{"a participant's keys differ from its event's", `UPDATE event_actors SET first_key = first_key - 1 WHERE ea = (SELECT max(ea) FROM event_actors WHERE first_key IS NOT NULL)`},
		{"a participant's actor differs from its mention's", `UPDATE event_actors SET actor = actor + 1 WHERE ea = (SELECT max(ea) FROM event_actors)`},
		{"a time mention with another language label", `UPDATE times SET lang_label = lang_label + 1 WHERE (doc, idx) = (SELECT doc, min(idx) FROM times)`},
		{"a sentence missing from a search index", `DELETE FROM search_words WHERE rowid = (SELECT max(rowid) FROM search_words)`},
	}
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			s := openTemp(t)
			putAll(t, s, recs)
			if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
				t.Fatalf("before damage: %v %v", problems, err)
			}
			if _, err := s.write.ExecContext(ctx, d.sql); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) == 0 {
				t.Error("no problem reported")
			}
		})
	}
}
