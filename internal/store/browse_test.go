package store

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
)

func TestSentencesAndLayersGiveBackTheRecord(t *testing.T) {
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	ctx := context.Background()
	for _, rec := range recs {
		spans, err := s.Sentences(ctx, rec.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != len(rec.Sentences) {
			t.Fatalf("%s: %d sentences, want %d", rec.ID, len(spans), len(rec.Sentences))
		}
		for i, sp := range spans {
			if sp != rec.Sentences[i].Span {
				t.Errorf("%s: sentence %d = %v, want %v", rec.ID, i, sp, rec.Sentences[i].Span)
			}
		}
		layers, err := s.Layers(ctx, rec.ID, "events", "actors", "nosuchlayer")
		if err != nil {
			t.Fatal(err)
		}
		if got := layers["nosuchlayer"]; got == nil || len(got) != 0 {
			t.Errorf("%s: unknown layer = %v, want an empty list", rec.ID, got)
		}
		if _, ok := layers["quantities"]; ok {
			t.Errorf("%s: quantities returned although not asked for", rec.ID)
		}
		if len(layers["events"]) != len(rec.Events) || len(layers["actors"]) != len(rec.Actors) {
			// internal/server reads events and actors only through Layers: a
			// layer moved to typed tables must still come back here.
			t.Fatalf("%s: Layers gave %d events, %d actors; the record has %d, %d (a layer moved out of mentions must still be returned: the server reads it here)",
				rec.ID, len(layers["events"]), len(layers["actors"]), len(rec.Events), len(rec.Actors))
		}
		for i, raw := range layers["events"] {
			var ev struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal(raw, &ev); err != nil {
				t.Fatal(err)
			}
			if ev.ID != rec.Events[i].ID {
				t.Errorf("%s: event %d id %q, want %q (record order)", rec.ID, i, ev.ID, rec.Events[i].ID)
			}
		}
		all, err := s.Layers(ctx, rec.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(all["quantities"]) != len(rec.Quantities) {
			t.Errorf("%s: all layers: %d quantities, want %d", rec.ID, len(all["quantities"]), len(rec.Quantities))
		}
	}
	if _, err := s.Sentences(ctx, "no-such-doc"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Sentences of an unknown id: %v, want ErrNotFound", err)
	}
	if _, err := s.Layers(ctx, "no-such-doc"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Layers of an unknown id: %v, want ErrNotFound", err)
	}
}
