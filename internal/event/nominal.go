package event

import "slices"

// An event noun (a trigger form with the noun hint) states that something
// happened only when it comes with its own actors or date (docs/annotation/events.md: "elections in 1998", "the
// Vietnamese withdrawal", "การเจรจาเกิดขึ้นระหว่าง 20 – 21 มกราคม"), or as
// the object of a verb that carries it out ("launched an offensive",
// "เริ่มการสังหารหมู่"). A bare noun names a topic: "future negotiations",
// "humanitarian aid", "the refugees were forced into camps". A Thai verb
// made a noun by การ is not held to this: Thai narrates with it
// ("สงครามเริ่มขึ้นด้วยการปะทะ").

// Windows of nominal attachment, in words.
const (
	maxNounDateGap   = 4 // "a speech delivered on July 24, 1986"
	maxNounActorGap  = 5 // "the withdrawal of its troops from Cambodia"
	maxLightVerbGap  = 3 // "launched an offensive", "published a joint statement"
	maxHappenVerbGap = 3 // "negotiations were held", "การเจรจาเกิดขึ้น"
)

// nounStands reports whether noun trigger t in clause c states an event.
func (e *extraction) nounStands(c clause, t trigger) bool {
	return e.nounDated(c, t) || e.nounHasActor(c, t) || e.lightVerbBefore(c, t) || e.happensAfter(c, t)
}

// nounDated reports whether a DATE stands close to t in its comma segment.
func (e *extraction) nounDated(c clause, t trigger) bool {
	times := e.in.Times
	j, _ := slices.BinarySearch(e.dateStarts, c.span[0])
	for ; j < len(e.dates) && times[e.dates[j]].Span[0] < c.span[1]; j++ {
		m := times[e.dates[j]]
		if !c.span.Contains(m.Span) {
			continue
		}
		w := e.wordAt(m.Span[0])
		if m.Span[1] <= t.span[0] {
			last := e.wordAt(m.Span[1]) - 1
			if t.first-last-1 <= maxNounDateGap && !e.commaBetween(last, t.first) {
				return true
			}
			if t.first-last == 2 && e.words[last+1].punct {
				return true // "In 1998, offensives by …"
			}
		} else if w-t.last-1 <= maxNounDateGap && !e.commaBetween(t.last, w) {
			return true
		}
	}
	return false
}

// nounHasActor reports whether an actor modifies t: right before it ("the
// Vietnamese withdrawal") or in a phrase opened by a preposition or
// possessive right after it ("withdrawal of its troops from Cambodia",
// "การรุกรานคูเวตของอิรัก").
func (e *extraction) nounHasActor(c clause, t trigger) bool {
	lo, hi := e.actorsWithin(c.span)
	for p := lo; p < hi; p++ {
		a := e.actors[p]
		if a.span[1] <= t.span[0] {
			if e.wordsBetween(p, t) <= 1 && !e.commaBetween(e.wordAt(a.span[1])-1, t.first) {
				return true
			}
			continue
		}
		if a.span[0] < t.span[1] {
			continue
		}
		k := t.last + 1
		if k >= len(e.words) || a.word-t.last-1 > maxNounActorGap || e.commaBetween(t.last, a.word) {
			break
		}
		if k == a.word {
			return true // Thai: "การรุกรานคูเวต"
		}
		ci := e.cueAt[k]
		return ci >= 0 && e.cues[ci].first == k &&
			e.cues[ci].info.kinds&(cueOblique|cueModifier|cuePossessor|cueAgent|cuePassiveAgent) != 0
	}
	return false
}

// lightVerbBefore reports whether a verb that carries out the noun, or
// another trigger, stands shortly before t ("launched an offensive",
// "announced his retirement", "มีการเจรจา").
func (e *extraction) lightVerbBefore(c clause, t trigger) bool {
	n := 0
	for k := t.first - 1; k >= c.first && n < maxLightVerbGap; k-- {
		if e.words[k].punct {
			return false
		}
		if e.isTrigger[k] {
			return true
		}
		if ci := e.cueAt[k]; ci >= 0 {
			h := e.cues[ci]
			if h.info.kinds&cueLightVerb != 0 {
				return true
			}
			k = h.first
			if h.info.kinds&(cueFiller|cueNominalizer) != 0 {
				continue
			}
		}
		n++
	}
	return false
}

// happensAfter reports whether a verb saying that the noun took place
// follows it shortly ("negotiations were held", "การเจรจาเกิดขึ้น").
func (e *extraction) happensAfter(c clause, t trigger) bool {
	n := 0
	for k := t.last + 1; k <= c.last && n < maxHappenVerbGap; k++ {
		if e.words[k].punct {
			return false
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueHappen != 0 {
			return true
		}
		n++
	}
	return false
}
