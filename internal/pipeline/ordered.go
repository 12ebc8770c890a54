// Package pipeline runs a per-item stage on all cores while keeping the
// output in input order, with a bounded number of items in flight.
package pipeline

import (
	"iter"
	"runtime"
	"sync"
)

// Ordered applies work to every item of items on up to workers goroutines
// (0 means GOMAXPROCS) and calls emit with the results in input order. At most
// 2×workers items are in flight, so memory stays bounded however long the
// input is. It stops early, returning emit's error, when emit fails.
func Ordered[In, Out any](items iter.Seq[In], workers int, work func(In) Out, emit func(Out) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq  int
		item In
	}
	type result struct {
		seq int
		out Out
	}
	jobs := make(chan job)
	results := make(chan result, workers)
	slots := make(chan struct{}, 2*workers) // admission control for the reorder buffer
	stop := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.seq, work(j.item)}
			}
		}()
	}
	go func() {
		defer close(jobs)
		seq := 0
		for it := range items {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- job{seq, it}:
			case <-stop:
				return
			}
			seq++
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int]Out)
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain so that workers can finish
		}
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err = emit(out); err != nil {
				close(stop) // the producer selects on stop, so it never blocks on a slot
				break
			}
		}
	}
	return err
}
