package align

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// orderTestEvents is a few thousand synthetic events plus events that share
// an id with another but differ, which would expose any tie broken by
// input order.
func orderTestEvents() []Event {
	events := synthEvents(4000, 7)
	for i := 0; i < 40; i += 4 {
		twin := events[i]
		twin.Type = "meet"
		twin.Interval = [2]string{"1960-01-01", "1960-01-01"}
		events = append(events, twin, events[i+1]) // a changed twin and an exact copy
	}
	return events
}

func TestAlignIsIndependentOfInputOrder(t *testing.T) {
	events := orderTestEvents()
	want := Align(events)
	multi := 0
	for _, c := range want.Clusters {
		if len(c.Events) > 1 {
			multi++
		}
	}
	if multi < 100 || len(want.Discrepancies) == 0 {
		t.Fatalf("test data too easy: %d multi-event clusters, %d discrepancies", multi, len(want.Discrepancies))
	}
	for seed := range uint64(20) {
		shuffled := slices.Clone(events)
		r := rand.New(rand.NewPCG(seed, 99))
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := Align(shuffled)
		if !reflect.DeepEqual(got.Clusters, want.Clusters) {
			t.Fatalf("seed %d: clusters differ", seed)
		}
		if !reflect.DeepEqual(got.Discrepancies, want.Discrepancies) {
			t.Fatalf("seed %d: discrepancies differ", seed)
		}
		if !reflect.DeepEqual(got.Events, want.Events) {
			t.Fatalf("seed %d: event order differs", seed)
		}
	}
}

// TestAlignWithPartOfIsIndependentOfInputOrder repeats the shuffle with
// part-of relations, whose wholes are interned after the events' actors.
func TestAlignWithPartOfIsIndependentOfInputOrder(t *testing.T) {
	events := orderTestEvents()
	partOf := map[string][]string{}
	for i := 0; i < 60; i++ {
		// Every actor of a run of ten is part of the run's first, and a
		// few of a whole no event names.
		part := fmt.Sprintf("actor-%03d", i)
		partOf[part] = []string{fmt.Sprintf("actor-%03d", i/10*10), fmt.Sprintf("whole-%d", i%3)}
	}
	opts := Options{PartOf: partOf}
	want := AlignWith(events, opts)
	if plain := Align(events); reflect.DeepEqual(plain.Clusters, want.Clusters) {
		t.Fatal("the relations changed nothing: test data too easy")
	}
	for seed := range uint64(5) {
		shuffled := slices.Clone(events)
		r := rand.New(rand.NewPCG(seed, 7))
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := AlignWith(shuffled, opts)
		if !reflect.DeepEqual(got.Clusters, want.Clusters) || !reflect.DeepEqual(got.Discrepancies, want.Discrepancies) {
			t.Fatalf("seed %d: result differs", seed)
		}
	}
}
