package pipeline

import (
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func TestOrderedKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7} {
		var got []int
		err := Ordered(count(500), workers, func(i int) int {
			if i%3 == 0 {
				time.Sleep(time.Microsecond * time.Duration(i%7)) // finish out of order
			}
			return i * 2
		}, func(v int) error {
			got = append(got, v)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := make([]int, 500)
		for i := range want {
			want[i] = i * 2
		}
		if !slices.Equal(got, want) {
			t.Fatalf("workers=%d: output out of order or incomplete: %v", workers, got[:10])
		}
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	boom := errors.New("boom")
	seen := 0
	err := Ordered(count(10000), 2, func(i int) int { return i }, func(v int) error {
		seen++
		if v == 5 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if seen != 6 {
		t.Fatalf("emit called %d times after error, want 6", seen)
	}
}

func TestOrderedBoundsInFlight(t *testing.T) {
	const workers = 2
	var produced, emitted atomic.Int64
	var maxAhead int64
	items := func(yield func(int) bool) {
		for i := range 200 {
			if d := produced.Add(1) - emitted.Load(); d > maxAhead {
				maxAhead = d
			}
			if !yield(i) {
				return
			}
		}
	}
	err := Ordered(items, workers, func(i int) int { return i }, func(int) error {
		emitted.Add(1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// 2×workers slots, the item the producer holds while it waits for a slot,
	// and the one whose slot was freed just before emit counted it.
	if limit := int64(2*workers + 2); maxAhead > limit {
		t.Fatalf("producer ran %d items ahead of emit, limit %d", maxAhead, limit)
	}
}
