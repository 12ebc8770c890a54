package align

import "slices"

// eventIndex finds a timeline's events by id (the first, should an id be
// repeated) and lists a cluster's members.
type eventIndex struct {
	tl   *Timeline
	byID map[string]int
}

func newEventIndex(tl *Timeline) *eventIndex {
	ix := &eventIndex{tl: tl, byID: make(map[string]int, len(tl.Events))}
	for i := range tl.Events {
		if _, ok := ix.byID[tl.Events[i].ID]; !ok {
			ix.byID[tl.Events[i].ID] = i
		}
	}
	return ix
}

// members returns a cluster's events, Thai first, then the other
// languages in order, each in cluster order.
func (ix *eventIndex) members(c *Cluster) (thai, others []*Event) {
	for _, id := range c.Events {
		i, ok := ix.byID[id]
		if !ok {
			continue
		}
		e := &ix.tl.Events[i]
		if e.Lang == "th" {
			thai = append(thai, e)
		} else {
			others = append(others, e)
		}
	}
	slices.SortStableFunc(others, func(a, b *Event) int {
		switch {
		case a.Lang == b.Lang:
			return 0
		case a.Lang == "en":
			return -1
		case b.Lang == "en":
			return 1
		case a.Lang < b.Lang:
			return -1
		}
		return 1
	})
	return thai, others
}

// principals are the most frequent source and target actors of a cluster
// (the smaller id on a tie); zero Actors when none.
func principals(events ...[]*Event) (source, target Actor) {
	count := map[string]int{}
	first := map[string]Actor{}
	for _, list := range events {
		for _, e := range list {
			for _, a := range e.Actors {
				if a.ID == "" || (a.Role != RoleSource && a.Role != RoleTarget) {
					continue
				}
				k := a.Role + "\x00" + a.ID
				count[k]++
				if _, ok := first[k]; !ok {
					first[k] = a
				}
			}
		}
	}
	pick := func(role string) Actor {
		best, bestN := "", 0
		for k, n := range count {
			if k[:len(role)+1] != role+"\x00" {
				continue
			}
			if n > bestN || (n == bestN && k < best) {
				best, bestN = k, n
			}
		}
		return first[best]
	}
	return pick(RoleSource), pick(RoleTarget)
}

// actorName is an actor's canonical name, else its text, else its id.
func actorName(a Actor) string {
	switch {
	case a.Name != "":
		return a.Name
	case a.Text != "":
		return a.Text
	}
	return a.ID
}
