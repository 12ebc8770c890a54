package align

import (
	"fmt"
	"testing"
)

// commonActors pads a test with reports that name the actors as
// bystanders, so that each is named by far more than distinctiveShare of
// the events and only the principal rule can set an inherited date aside.
func commonActors(n int, actors ...string) []Event {
	out := make([]Event, n)
	for k := range out {
		e := ev(fmt.Sprintf("pad#%d", k+1), "en", "flee", "", "", "")
		for _, a := range actors {
			e.Actors = append(e.Actors, other(a))
		}
		out[k] = e
	}
	return out
}

// clusterOf maps each event id to the index of its cluster.
func clusterOf(tl Timeline) map[string]int {
	out := map[string]int{}
	for c, cl := range tl.Clusters {
		for _, id := range cl.Events {
			out[id] = c
		}
	}
	return out
}

func TestInheritedDateSetAsideOnPrincipal(t *testing.T) {
	const rebels, govt, army = "group-rebels", "country-kh", "country-vn"
	tests := []struct {
		name     string
		events   []Event
		together [][2]string
		apart    [][2]string
	}{
		{
			name: "the one report of the other document with that target in the window",
			events: []Event{
				inherited(ev("th#1", "th", "declare", "1993-05-01", "1993-05-31", "พฤษภาคม 2536", tgt(rebels))),
				ev("en#1", "en", "declare", "1994-07-06", "1994-07-06", "6 July 1994", src(govt), tgt(rebels)),
			},
			together: [][2]string{{"th#1", "en#1"}},
		},
		{
			name: "an inherited year one off whose near miss falls short",
			events: []Event{
				inherited(ev("th#1", "th", "declare", "1993-01-01", "1993-12-31", "2536", tgt(rebels))),
				ev("en#1", "en", "declare", "1994-07-06", "1994-07-06", "6 July 1994", src(govt), tgt(rebels)),
			},
			together: [][2]string{{"th#1", "en#1"}},
		},
		{
			name: "two such reports of the other document, narrative dates too: a guess",
			events: []Event{
				inherited(ev("th#1", "th", "withdraw", "1988-05-13", "1988-05-13", "13 พฤษภาคม 2531", src(army), tgt(rebels))),
				inherited(ev("en#1", "en", "withdraw", "1986-07-24", "1986-07-24", "July 24, 1986", src(army), tgt(rebels))),
				inherited(ev("en#2", "en", "withdraw", "1989-09-01", "1989-09-30", "September 1989", src(army), tgt(rebels))),
			},
			apart: [][2]string{{"th#1", "en#1"}, {"th#1", "en#2"}},
		},
		{
			name: "different sources contradict",
			events: []Event{
				inherited(ev("th#1", "th", "attack", "1980-01-01", "1980-01-31", "มกราคม 2523", src("org-asean"), tgt(rebels))),
				ev("en#1", "en", "attack", "1981-09-04", "1981-09-04", "4 September 1981", src(govt), tgt(rebels)),
			},
			apart: [][2]string{{"th#1", "en#1"}},
		},
		{
			name: "compatible but different types are not enough",
			events: []Event{
				inherited(ev("th#1", "th", "kill", "1990-01-01", "1990-12-31", "2533", src(army), tgt(rebels))),
				ev("en#1", "en", "attack", "1985-01-01", "1985-01-31", "January 1985", src(army), tgt(rebels)),
			},
			apart: [][2]string{{"th#1", "en#1"}},
		},
		{
			name: "more than two years apart",
			events: []Event{
				inherited(ev("th#1", "th", "declare", "1990-05-01", "1990-05-31", "พฤษภาคม 2533", tgt(rebels))),
				ev("en#1", "en", "declare", "1994-07-06", "1994-07-06", "6 July 1994", src(govt), tgt(rebels)),
			},
			apart: [][2]string{{"th#1", "en#1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := append(commonActors(60, rebels, govt, army, "org-asean"), tt.events...)
			tl := Align(events)
			checkTimeline(t, events, tl)
			of := clusterOf(tl)
			for _, p := range tt.together {
				if of[p[0]] != of[p[1]] {
					t.Errorf("%s and %s in different clusters", p[0], p[1])
				}
			}
			for _, p := range tt.apart {
				if of[p[0]] == of[p[1]] {
					t.Errorf("%s and %s in one cluster", p[0], p[1])
				}
			}
			if len(tl.Discrepancies) != 0 {
				t.Errorf("discrepancies %v, want none", discrepancyKeys(tl))
			}
		})
	}
}
