package align

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"chronicle/internal/document"
)

// randomEvents turns bytes into events that stress the edges: bad and
// reversed dates, BC years, empty and repeated ids, NaN and infinite
// quantities, unknown roles and types.
func randomEvents(data []byte) []Event {
	var seed [16]byte
	copy(seed[:], data)
	r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(seed[:8]), binary.LittleEndian.Uint64(seed[8:])))
	n := len(data)
	if n > 400 {
		n = 400
	}
	dates := []string{"", "1979-01-07", "1979-01-08", "1979-02-20", "1979-01-01", "1979-12-31", "1980-06-30",
		"-0500-01-01", "0000-02-29", "1979-02-30", "x", "1979-1-7", "10000-01-01", "1900-01-01", "2000-12-31"}
	types := []string{"attack", "kill", "found", "declare", "meet", "agree", "", "ไม่รู้"}
	roles := []string{RoleSource, RoleTarget, "other", ""}
	units := []string{"usd", "person", "", "soldier"}
	values := []float64{0, 1, 57e9, 58e9, -3, math.NaN(), math.Inf(1), math.Inf(-1), 1e308}
	out := make([]Event, n)
	for i := range out {
		id := strconv.Itoa(r.IntN(n + 1))
		if r.IntN(10) == 0 {
			id = ""
		}
		e := Event{ID: "d" + strconv.Itoa(r.IntN(3)) + "#" + id, Doc: "d" + strconv.Itoa(r.IntN(3)), Lang: []string{"th", "en", ""}[r.IntN(3)],
			Type: types[r.IntN(len(types))], Interval: [2]string{dates[r.IntN(len(dates))], dates[r.IntN(len(dates))]},
			Span: document.Span{r.IntN(50), r.IntN(50) + 50}, TimeText: "t"}
		for range r.IntN(4) {
			e.Actors = append(e.Actors, Actor{ID: []string{"a", "b", "c", ""}[r.IntN(4)], Role: roles[r.IntN(len(roles))]})
		}
		for range r.IntN(3) {
			q := Quantity{Value: values[r.IntN(len(values))], Unit: units[r.IntN(len(units))], Approx: r.IntN(2) == 0}
			if r.IntN(3) == 0 {
				lo, hi := values[r.IntN(len(values))], values[r.IntN(len(values))]
				q.Min, q.Max = &lo, &hi
			}
			e.Quantities = append(e.Quantities, q)
		}
		out[i] = e
	}
	return out
}

func FuzzAlign(f *testing.F) {
	for _, s := range []string{"", "a", "seed for many events: 0123456789abcdef0123456789abcdef", string(make([]byte, 300))} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		events := randomEvents(data)
		checkTimeline(t, events, Align(events))
	})
}

func TestRandomEventsNeverBreakAlign(t *testing.T) {
	for seed := range 200 {
		data := make([]byte, 16+seed)
		binary.LittleEndian.PutUint64(data, uint64(seed))
		events := randomEvents(data)
		checkTimeline(t, events, Align(events))
	}
}
