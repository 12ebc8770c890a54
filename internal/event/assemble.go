package event

import (
	"slices"
	"strconv"
	"strings"

	"chronicle/internal/document"
)

// sentenceState is the sentence being read.
type sentenceState struct {
	span   document.Span
	w0, w1 int
	// declared is the last declaration of the sentence, whose content a
	// trigger right after it may state ("declared the Khmer Rouge
	// outlawed").
	declared *declaration
}

// declaration is a declare trigger and its sources (positions in
// e.actors).
type declaration struct {
	t       trigger
	clause  int // first word of its clause
	sources []int
}

// Limits of the assembly windows, in words.
const (
	maxPassiveGapEN  = 2 // "was then attacked"
	maxPassiveGapTH  = 4 // "ถูก|กองทัพ|เวียดนาม|โจมตี": the agent stands inside
	maxNegationGapEN = 4 // "did not immediately sign the"
	maxNegationGapTH = 1 // "ไม่ได้|โจมตี"; farther ไม่ is mostly ไม่นาน, ไม่กี่
)

// appendEvents appends the events of trigger t in clause c: one, or one
// per date when the sentence tells the event on a sequence of dates ("On
// December 2, 1987, …, then on January 20–21, 1988 …, they met").
func (e *extraction) appendEvents(st *sentenceState, c clause, t trigger) {
	ev := e.assemble(st, c, t)
	if ev.Time != nil && !ev.TimeInherited {
		if first, ok := e.sequenceStart(*ev.Time, t, st.w0); ok {
			earlier := ev
			earlier.Actors = slices.Clone(ev.Actors)
			earlier.Quantities = slices.Clone(ev.Quantities)
			earlier.Time = e.boxInt(first)
			earlier.Value, earlier.Interval = e.in.Times[first].Value, e.in.Times[first].Interval
			e.events = append(e.events, earlier)
		}
	}
	e.events = append(e.events, ev)
}

// assemble builds the event of trigger t in clause c.
func (e *extraction) assemble(st *sentenceState, c clause, t trigger) Event {
	ev := Event{
		Span:       c.span,
		Trigger:    t.span,
		Type:       t.info.typ,
		Actors:     []Role{},
		Quantities: []int{},
	}
	if ti, ok, inherited := e.timeFor(t, c, st); ok {
		ev.Time = e.boxInt(ti)
		ev.Value, ev.Interval = e.eventTime(ti, t, inherited && e.hasCue(c, st, cueSoon))
		ev.TimeInherited = inherited
		if inherited && e.hasCue(c, st, cuePeriod) {
			if v, iv, ok := e.periodFrom(ti, st.span[0]); ok {
				ev.Value, ev.Interval = v, iv
			}
		}
	} else if t.info.typ == electType && !e.undatedPeriod(t, c, st) {
		// The result of a vote told after the vote: "FUNCINPEC obtained
		// 45%" in the paragraph after "elections were held in May 1993".
		if ti, ok := e.lastElectionDate(st.span[0]); ok {
			ev.Time = e.boxInt(ti)
			ev.Value, ev.Interval = e.eventTime(ti, t, false)
			ev.TimeInherited = true
		}
	}
	lo, hi := e.actorsWithin(c.span)
	noun := e.isNoun(c, t)
	place := e.place(lo, hi, t, st.w0, noun)
	if place >= 0 {
		ev.Place = e.boxInt(e.actors[place].idx)
	}
	sources, targets, passive, byAgent := e.roles(st, c, t, lo, hi, place, noun)
	if t.info.rename {
		if p := e.resultActor(t, c); p >= 0 {
			targets = []int{p} // the old name stays among the others
		}
	}
	if passive && len(sources) == 0 {
		// Thai cuts the clause before its agent when another verb follows:
		// "เขมรแดงถูกประกาศว่าเป็นกลุ่มนอกกฎหมาย|โดยรัฐบาลกัมพูชาที่เพิ่งตั้งขึ้น".
		if p := e.agentOpening(c.last + 1); p >= 0 {
			sources = []int{p}
		}
	}
	if a, b, ok := e.betweenParties(t, c); ok && len(sources) == 0 {
		// "was fought between A and B", "การปะทะระหว่าง A กับ B": with no
		// doer named before, the two parties, in order of mention (a
		// mediator "between A and B" keeps its place).
		sources, targets = []int{a}, nil
		if b >= 0 {
			targets = []int{b}
		}
	}
	if t.info.typ == foundType && !noun && !passive && !byAgent && len(sources) > 0 && e.noObjectAfter(t) {
		// "The coalition formed in 1981", "a government formed in 1981":
		// with no object the subject is what came into being.
		sources, targets = nil, sources
	}
	if t.info.typ == foundType && len(targets) == 0 && place >= 0 && e.actors[place].kind == "state" {
		// What is set up in a state is set up for it: "restored the
		// monarchy in Cambodia".
		targets, place, ev.Place = []int{place}, -1, nil
	}
	if len(targets) == 0 && !passive {
		if p := e.namedAfter(c, st.w1); p >= 0 {
			targets = []int{p}
		}
	}
	if d := e.declaring(st, c, t); d != nil && !passive {
		sources = d.sources
		targets = e.declaredTarget(d, t, lo, hi, place, targets)
	}
	if t.info.typ == declareType {
		st.declared = &declaration{t: t, clause: c.first, sources: sources}
	}
	if passive || byAgent || t.info.patient {
		// The grammatical subject is acted on: "X was attacked", "X,
		// supported by China, …", "X died".
		e.setTopic(targets, st.span[0])
	} else {
		e.setTopic(sources, st.span[0])
	}
	// An actor takes one role, the first it is given; the keys used are
	// few, so a slice beats a map.
	e.usedKeys = e.usedKeys[:0]
	if place >= 0 {
		e.usedKeys = append(e.usedKeys, e.actorKey(place))
	}
	for _, p := range sources {
		e.addRole(&ev, p, RoleSource)
	}
	for _, p := range targets {
		e.addRole(&ev, p, RoleTarget)
	}
	for p := lo; p < hi; p++ {
		if p != place && e.actors[p].span[1] <= c.span[1] {
			e.addRole(&ev, p, RoleOther)
		}
	}
	ev.Quantities = e.quantitiesWithin(c.span)
	ev.Negated = e.negated(c, t)
	if t.info.deploy && e.namesPeacekeepers(ev) {
		ev.Type = supportType
	}
	if t.info.contest && e.electionInForce(st) {
		ev.Type = electType
	}
	if t.info.leave && e.militaryBefore(c, t) {
		ev.Type = withdrawType
	}
	return ev
}

// withdrawType is the type of forces leaving.
const withdrawType = "withdraw"

// maxMilitaryGap is how many words may stand between a military noun and
// the verb it is the subject of ("Indian troops left", "the last troops
// finally left").
const maxMilitaryGap = 3

// militaryBefore reports whether a military noun (troops, ทหาร) is the
// subject of trigger t: within a few words before it in clause c.
func (e *extraction) militaryBefore(c clause, t trigger) bool {
	for k := t.first - 1; k >= c.first && k >= t.first-1-maxMilitaryGap; k-- {
		if e.words[k].punct {
			return false
		}
		if e.cueStartsAt(k, cueMilitary) {
			return true
		}
	}
	return false
}

// resultActor returns the actor after the first result cue that follows
// trigger t in clause c ("renamed itself to the CPP", "…มาเป็นพรรค
// ประชาชนกัมพูชา"), fillers between, or -1.
func (e *extraction) resultActor(t trigger, c clause) int {
	for k := t.last + 1; k <= c.last; k++ {
		if e.cueStartsAt(k, cueResult) {
			if p := e.actorAfterFillers(e.cues[e.cueAt[k]].last+1, c.last); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// actorAfterFillers returns the actor starting at word w, or after up to
// maxFillers filler cues from there, not past word last; or -1.
func (e *extraction) actorAfterFillers(w, last int) int {
	for n := 0; w <= last && n <= maxFillers; n++ {
		if p := e.actorStartingAt(e.words[w].span[0]); p >= 0 {
			return p
		}
		if !e.cueStartsAt(w, cueFiller) {
			return -1
		}
		w = e.cues[e.cueAt[w]].last + 1
	}
	return -1
}

// cueStartsAt reports whether a cue of a kind in mask starts at word k.
func (e *extraction) cueStartsAt(k int, mask cueKind) bool {
	ci := e.cueAt[k]
	return ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&mask != 0
}

// agentOpening returns the actor after an agent cue (โดย, by) that starts
// at word k, fillers between, or -1.
func (e *extraction) agentOpening(k int) int {
	if k >= len(e.words) || !e.cueStartsAt(k, cueAgent) {
		return -1
	}
	return e.actorAfterFillers(e.cues[e.cueAt[k]].last+1, len(e.words)-1)
}

// maxBetweenWords is how many words a "between A and B" phrase may hold
// after the trigger.
const maxBetweenWords = 16

// betweenParties returns the parties named right after trigger t by
// "between A and B" (ระหว่าง A กับ/และ B) in clause c: A is the last actor
// before the conjunction ("between the Vietnam-supported PRK and …"), B
// the first after it, or -1.
func (e *extraction) betweenParties(t trigger, c clause) (a, b int, ok bool) {
	k := t.last + 1
	if k < len(e.words) && e.cueStartsAt(k, cueHappen) {
		k = e.cues[e.cueAt[k]].last + 1 // "a conflict continued between A and B"
	}
	if !e.isWord(k, "between", "ระหว่าง") {
		return 0, 0, false
	}
	a, b = -1, -1
	and := -1
	for w := k + 1; w <= c.last && w <= k+maxBetweenWords; w++ {
		if e.words[w].punct {
			break
		}
		if and < 0 && e.isWord(w, "and", "กับ", "และ") {
			and = w
			continue
		}
		p := e.actorStartingAt(e.words[w].span[0])
		switch {
		case p < 0:
		case and < 0:
			a = p
		case b < 0:
			b = p
		}
	}
	return a, b, a >= 0 && and >= 0
}

// noObjectAfter reports whether an English verb trigger has no object:
// punctuation, a date or a preposition follows it ("formed in 1981").
func (e *extraction) noObjectAfter(t trigger) bool {
	k := t.last + 1
	if t.first != t.last {
		return false // a phrase holds its object: "restored the monarchy"
	}
	if e.key != "en" || k >= len(e.words) || e.words[k].punct || startsAny(e.timeSpans, e.words[k].span[0]) {
		return e.key == "en"
	}
	return e.cueStartsAt(k, cuePlace|cueSub|cueAgent|cueConj)
}

// addRole gives actor p the role in ev unless its actor already has one
// (e.usedKeys holds the keys placed so far).
func (e *extraction) addRole(ev *Event, p int, role string) {
	if key := e.actorKey(p); !slices.Contains(e.usedKeys, key) {
		e.usedKeys = append(e.usedKeys, key)
		if cap(ev.Actors) == 0 {
			// Room for the usual few at once, not one growth each.
			ev.Actors = make([]Role, 0, 4)
		}
		ev.Actors = append(ev.Actors, Role{Actor: e.actors[p].idx, Role: role})
	}
}

// boxInt returns a pointer to a copy of v. The copies are handed out of
// shared blocks: an event points to its time and place, and one
// allocation for each was a good part of Extract's garbage.
func (e *extraction) boxInt(v int) *int {
	if len(e.boxes) == cap(e.boxes) {
		e.boxes = make([]int, 0, 64)
	}
	e.boxes = append(e.boxes, v)
	return &e.boxes[len(e.boxes)-1]
}

// foundType is the type of a founding or restoration.
const foundType = "found"

// electType is the type of a contest won at the polls.
const electType = "elect"

// electionInForce reports whether an election was told in sentence st or
// the one before it, in the same paragraph: then "won" is a win at the
// polls.
func (e *extraction) electionInForce(st *sentenceState) bool {
	from := max(e.barrierBefore(st.span[0]), e.previousSentenceStart(st.span[0]))
	for i := len(e.events) - 1; i >= 0 && e.events[i].Span[0] >= from; i-- {
		if e.events[i].Type == electType {
			return true
		}
	}
	return false
}

// lastElectionDate returns the stated date of the last election told in
// the paragraph of offset or the one before, with no heading between.
func (e *extraction) lastElectionDate(offset int) (int, bool) {
	para := e.barrierBefore(offset)
	from := para
	if para > 0 && !e.excludedAt(para) {
		from = e.barrierBefore(para - 1)
	}
	for i := len(e.events) - 1; i >= 0 && e.events[i].Span[0] >= from; i-- {
		ev := e.events[i]
		if ev.Type != electType {
			continue
		}
		if ev.Time == nil || e.excludedBetween(ev.Span[1], offset) {
			return 0, false
		}
		if !ev.TimeInherited {
			return *ev.Time, true
		}
	}
	return 0, false
}

// excludedAt reports whether an excluded span (a heading) starts at offset.
func (e *extraction) excludedAt(offset int) bool {
	_, ok := slices.BinarySearchFunc(e.excl, offset, func(s document.Span, off int) int { return s[0] - off })
	return ok
}

// excludedBetween reports whether an excluded span lies in [from, to).
func (e *extraction) excludedBetween(from, to int) bool {
	i, _ := slices.BinarySearchFunc(e.excl, from, func(s document.Span, off int) int { return s[0] - off })
	return i < len(e.excl) && e.excl[i][0] < to
}

// previousSentenceStart is where the sentence before the one starting at
// offset starts (offset itself for the first).
func (e *extraction) previousSentenceStart(offset int) int {
	i, _ := slices.BinarySearchFunc(e.sents, offset, func(s document.Span, off int) int { return s[0] - off })
	if i == 0 {
		return offset
	}
	return e.sents[i-1][0]
}

// supportType is the type of a deployment of peacekeepers.
const supportType = "support"

// namesPeacekeepers reports whether an actor of ev is an intergovernmental
// body (a CAMEO actor code starting IGO: the UN, its missions, INTERFET).
func (e *extraction) namesPeacekeepers(ev Event) bool {
	for _, r := range ev.Actors {
		if r.Actor < len(e.in.ActorCodes) && strings.HasPrefix(e.in.ActorCodes[r.Actor], "IGO") {
			return true
		}
	}
	return false
}

// isNoun reports whether t is an event noun: by its form, or made one by a
// nominaliser (การรุกราน).
func (e *extraction) isNoun(c clause, t trigger) bool {
	if t.info.noun {
		return true
	}
	_, ok := e.cueBefore(t.first, c.first, cueNominalizer)
	return ok
}

// declareType is the type whose trigger may announce another event in its
// clause.
const declareType = "declare"

// maxContentGap is how many words (a name counts as one) may stand
// between a declaration and the trigger of its content
// ("ประกาศให้เขมรแดงเป็นกลุ่มนอกกฎหมาย").
const maxContentGap = 5

// declaring returns the declaration whose content t states: a declare
// trigger shortly before t in its clause, with no punctuation, conjunction
// or other trigger between ("declared the Khmer Rouge outlawed",
// "ประกาศจัดตั้ง"). Its declarer is t's source.
func (e *extraction) declaring(st *sentenceState, c clause, t trigger) *declaration {
	d := st.declared
	if d == nil || d.clause != c.first || t.info.typ == declareType || t.first <= d.t.last {
		return nil
	}
	n := 0
	for k := d.t.last + 1; k < t.first; k++ {
		if e.isTrigger[k] || e.words[k].punct && !isQuote(e.wordText(k)) {
			return nil
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueConj != 0 {
			return nil
		}
		if p := e.actorStartingAt(e.words[k].span[0]); p >= 0 {
			k = e.wordAt(e.actors[p].span[1]) - 1 // a name counts as one word
		}
		if !e.words[k].punct {
			n++
		}
	}
	if n > maxContentGap {
		return nil
	}
	return d
}

// declaredTarget is the target of the content of a declaration: the
// mention between the two triggers ("declared the Khmer Rouge outlawed"),
// else the one t found.
func (e *extraction) declaredTarget(d *declaration, t trigger, lo, hi, place int, targets []int) []int {
	for p := lo; p < hi; p++ {
		a := e.actors[p]
		if p != place && a.span[0] >= d.t.span[1] && a.span[1] <= t.span[0] {
			return e.coordinated(p, lo, hi, place)
		}
	}
	return targets
}

// actorKey identifies the actor of the mention at position p: its id when
// the input has ids, else the mention itself.
func (e *extraction) actorKey(p int) string {
	idx := e.actors[p].idx
	if len(e.in.ActorIDs) == len(e.in.Actors) && e.in.ActorIDs[idx] != "" {
		return e.in.ActorIDs[idx]
	}
	return "#" + strconv.Itoa(idx)
}

// actorsWithin returns the range [lo, hi) of e.actors starting inside sp.
// A mention in the range may still run past sp's end.
func (e *extraction) actorsWithin(sp document.Span) (int, int) {
	return e.actorAt(sp[0]), e.actorAt(sp[1])
}

// cueBefore returns the cue of a kind in mask that ends right before word
// k, with up to maxFillers filler phrases between, not before word lower.
func (e *extraction) cueBefore(k, lower int, mask cueKind) (cueHit, bool) {
	k--
	for n := 0; k >= lower && n <= maxFillers; n++ {
		ci := e.cueAt[k]
		if ci < 0 {
			return cueHit{}, false
		}
		c := e.cues[ci]
		if c.info.kinds&mask != 0 {
			return c, true
		}
		if c.info.kinds&cueFiller == 0 {
			return cueHit{}, false
		}
		k = c.first - 1
	}
	return cueHit{}, false
}

// place returns the position in e.actors of the place of the event: the
// place or state after a place cue ("in", "ใน") nearest the trigger; else,
// for a noun trigger, a place naming it ("the Paris agreement"); else -1.
func (e *extraction) place(lo, hi int, t trigger, lower int, noun bool) int {
	best, bestDist := -1, 0
	for p := lo; p < hi; p++ {
		a := e.actors[p]
		if a.kind != "place" && a.kind != "state" {
			continue
		}
		c, ok := e.cueBefore(a.word, lower, cuePlace)
		if !ok || (c.info.strictPlace && a.kind != "place") {
			continue
		}
		if d := distance(a.span, t.span); best < 0 || d < bestDist {
			best, bestDist = p, d
		}
	}
	if best >= 0 || !noun {
		return best
	}
	for p := hi - 1; p >= lo; p-- {
		if a := e.actors[p]; a.span[1] <= t.span[0] {
			if a.kind == "place" && t.first-e.wordAt(a.span[1]) <= 1 {
				return p
			}
			break
		}
	}
	return -1
}

// distance is the number of code points between two spans.
func distance(a, b document.Span) int {
	if a[1] <= b[0] {
		return b[0] - a[1]
	}
	if b[1] <= a[0] {
		return a[0] - b[1]
	}
	return 0
}

// roles picks the sources and targets of t among the actors [lo, hi) of
// clause c, as positions in e.actors, and tells whether t is passive and
// whether a verb's source came from an agent phrase after it ("supported
// by China").
func (e *extraction) roles(st *sentenceState, c clause, t trigger, lo, hi, place int, noun bool) (sources, targets []int, passive, byAgent bool) {
	var before, after []int // nearest first
	for p := hi - 1; p >= lo; p-- {
		if a := e.actors[p]; p != place && a.span[1] <= t.span[0] {
			before = append(before, p)
		}
	}
	for p := lo; p < hi; p++ {
		if a := e.actors[p]; p != place && a.span[0] >= t.span[1] && a.span[1] <= c.span[1] {
			after = append(after, p)
		}
	}
	passive, cueSpan := e.passive(c, t, noun)
	agentMask := cueAgent
	if passive {
		agentMask |= cuePassiveAgent
	}
	agent, possessor := -1, -1
	for i, p := range after {
		// After an active verb and its object, "by"/"โดย" opens a clause
		// ("set up the PRK, with Heng Samrin as head": โดยเฮง สัมรินเป็น…).
		objectFirst := !noun && !passive && i > 0
		if c, ok := e.cueBefore(e.actors[p].word, t.last+1, agentMask); ok && agent < 0 && !objectFirst && e.closeAfter(t, c.first) {
			agent = p
		}
		if _, ok := e.cueBefore(e.actors[p].word, t.last+1, cuePossessor); ok && noun && possessor < 0 {
			possessor = p
		}
	}
	nearest := func(list []int, ok func(p int) bool) int {
		for _, p := range list {
			if ok(p) {
				return p
			}
		}
		return -1
	}
	anyActor := func(int) bool { return true }
	object := func() int {
		if destinationTarget[t.info.typ] {
			// "fled from Cambodia to Thailand": the target is where to.
			return nearest(after, func(p int) bool {
				_, ok := e.cueBefore(e.actors[p].word, t.last+1, cueDestination)
				return ok
			})
		}
		// An object stands in the trigger's comma segment: "Soviet
		// withdrawal, Geneva Accords signed".
		return nearest(after, func(p int) bool { return !e.commaBetween(t.last, e.actors[p].word) })
	}
	src, tgt := -1, -1
	switch {
	case passive:
		tgt = e.passiveSubject(c, before, cueSpan)
		src = nearest(before, func(p int) bool { return e.actors[p].span[0] >= cueSpan[1] })
		if src < 0 {
			src = agent
		}
	case agent >= 0:
		src = agent
		if noun {
			tgt = nearest(after, func(p int) bool { return p != agent })
		}
		if tgt < 0 {
			tgt = nearest(before, anyActor)
		}
	case t.info.patient && noun: // "the death of X", "X's death"
		tgt = nearest(after, anyActor)
		if tgt < 0 {
			tgt = nearest(before, anyActor)
		}
	case t.info.patient: // "X died", "he succumbed"
		tgt = nearest(before, anyActor)
		if pr, ok := e.pronounBefore(c, t); ok && (tgt < 0 || e.pronounBetween(tgt, t)) {
			tgt = e.resolve(pr, c, before)
		}
	case possessor >= 0:
		src = possessor
		tgt = nearest(after, func(p int) bool { return p != possessor })
	default:
		src = e.subject(c, t, before, noun)
		tgt = object()
		if noun && src < 0 && doerOnly[t.info.typ] {
			// "the withdrawal of Vietnamese troops", "the exile of the
			// Cambodians": the one who withdraws or flees.
			if p := e.ofActorAfter(t, after); p >= 0 {
				src = p
				if tgt == p {
					tgt = -1
				}
			}
		}
	}
	if src >= 0 {
		sources = e.coordinated(src, lo, hi, place)
	}
	if tgt >= 0 {
		targets = e.coordinated(tgt, lo, hi, place)
		targets = slices.DeleteFunc(targets, func(p int) bool { return slices.Contains(sources, p) })
	}
	// A clause without a subject of its own shares one (subject
	// continuity): a relative clause its antecedent; a clause opened by a
	// conjunction or subordinator the subject of the clause before it in
	// the sentence (in Thai, also of the sentence before); a Thai clause
	// that starts with its verb the subject in force.
	if !t.info.patient && len(sources) == 0 && !passive && e.unnamedSubject(st, t) {
		// "ได้มีผู้ที่โกรธแค้นมาประท้วงและขว้างปาสิ่งของใส่": someone unnamed
		// acts; a hostile act naming no one it falls on falls on the one
		// the text was speaking of.
		if len(targets) == 0 && lo == hi && hostileType[t.info.typ] {
			targets = slices.Clone(e.topic.subjects)
		}
		return sources, targets, passive, agent >= 0 && !noun
	}
	if !t.info.patient && len(sources) == 0 {
		sameSentence := e.topic.sentence == st.span[0] || e.key == "th"
		switch {
		case !passive && agent < 0 && c.opener == cueRelative:
			if p := e.antecedent(st, c); p >= 0 {
				sources = []int{p}
			}
		case !passive && agent < 0 && (c.opener == cueConj || c.opener == cueSub) && sameSentence && !e.hasPronoun(c, t),
			!passive && agent < 0 && e.dropsSubject(c, t, before, noun):
			sources = slices.DeleteFunc(slices.Clone(e.topic.subjects), func(p int) bool { return slices.Contains(targets, p) })
		case passive && tgt < 0 && c.opener == cueRelative:
			if p := e.antecedent(st, c); p >= 0 && !slices.Contains(sources, p) {
				targets = []int{p}
			}
		case lo == hi && !destinationTarget[t.info.typ] && (passive || noun || e.key == "th"):
			// A clause naming no one goes on about the topic: "X took
			// hostages. The hostages were executed."; "Talks resumed";
			// Thai drops known subjects. An English active verb's subject
			// is someone unnamed, and so are refugees: "Thousands fled",
			// "ผู้ลี้ภัยอพยพ".
			sources = slices.Clone(e.topic.subjects)
		}
	}
	if passive && len(targets) == 0 && c.opener == cueConj && e.topic.sentence == st.span[0] {
		// "X and Y arrived but were intimidated by a crowd": the passive
		// clause's subject is the one of the clause before.
		targets = slices.DeleteFunc(slices.Clone(e.topic.subjects), func(p int) bool { return slices.Contains(sources, p) })
	}
	return sources, targets, passive, agent >= 0 && !noun
}

// passiveSubject is the target of a passive trigger: the nearest mention
// before the passive cue, skipping the agent of another verb ("sanctions
// against Cambodia, imposed by the United States, were lifted") and a
// mention that only modifies an earlier one ("Vietnamese residents of
// Cambodia were killed").
func (e *extraction) passiveSubject(c clause, before []int, cueSpan document.Span) int {
	for i, p := range before {
		if e.actors[p].span[1] > cueSpan[0] {
			continue
		}
		if _, ok := e.cueBefore(e.actors[p].word, c.first, cueAgent); ok {
			continue
		}
		if e.modifies(p, c.first) && i+1 < len(before) {
			// "[Vietnamese] residents of [Cambodia]": the head's own
			// modifier, one word before "of", is the one acted on.
			if q := before[i+1]; !e.oblique(q, c.first) && e.wordAt(e.actors[p].span[0])-e.wordAt(e.actors[q].span[1]) <= 2 {
				return q
			}
		}
		return p
	}
	return -1
}

// commaBetween reports whether a comma, semicolon or colon stands between
// words a and b.
func (e *extraction) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if e.words[k].punct {
			switch e.wordText(k) {
			case ",", ";", ":":
				return true
			}
		}
	}
	return false
}

// destinationTarget are the types whose target is where the source goes,
// named after a destination cue ("fled to Thailand", "หนีไปเวียดนาม").
var destinationTarget = map[string]bool{"flee": true}

// hostileType are the types whose dropped object is the one the text was
// speaking of when someone unnamed acts.
var hostileType = map[string]bool{"attack": true, "kill": true}

// unnamedSubject reports whether an unnamed-subject cue ("มีผู้", "มีคน")
// stands before trigger t in its sentence with no actor between them.
func (e *extraction) unnamedSubject(st *sentenceState, t trigger) bool {
	for k := t.first - 1; k >= st.w0; k-- {
		if e.actorStartingAt(e.words[k].span[0]) >= 0 {
			return false
		}
		if e.cueStartsAt(k, cueUnnamed) {
			return true
		}
	}
	return false
}

// doerOnly are the types whose noun takes its doer after "of": "the
// withdrawal of X" is X withdrawing, where "the invasion of X" is X
// invaded.
var doerOnly = map[string]bool{"flee": true, "withdraw": true, "defect": true}

// ofActorAfter is the first actor of after that a modifier cue ("of")
// joins right to trigger t, or -1.
func (e *extraction) ofActorAfter(t trigger, after []int) int {
	if len(after) == 0 {
		return -1
	}
	p := after[0]
	c, ok := e.cueBefore(e.actors[p].word, t.last+1, cueModifier)
	if !ok || c.first != t.last+1 {
		return -1
	}
	return p
}

// hasPronoun reports whether a pronoun stands right before t.
func (e *extraction) hasPronoun(c clause, t trigger) bool {
	_, ok := e.pronounBefore(c, t)
	return ok
}

// maxAgentGap is how many words may stand between a trigger and the agent
// cue that names its source ("the invasion of Kuwait by Iraq").
const maxAgentGap = 5

// closeAfter reports whether word k follows t closely enough to belong to
// it: at most maxAgentGap words between and no punctuation ("was formed,
// led by X": X led, it did not form).
func (e *extraction) closeAfter(t trigger, k int) bool {
	if k-t.last-1 > maxAgentGap {
		return false
	}
	for j := t.last + 1; j < k; j++ {
		if e.words[j].punct {
			return false
		}
		if ci := e.cueAt[j]; ci >= 0 && e.cues[ci].info.kinds&cueConj != 0 && e.cues[ci].info.kinds&cueAgent == 0 {
			return false // "defected with him and were integrated by X"
		}
	}
	return true
}

// passive reports whether t is in the passive voice: the trigger says so,
// or a passive cue stands shortly before a verb trigger. It returns the
// cue's span (the trigger's own when the trigger says so).
func (e *extraction) passive(c clause, t trigger, noun bool) (bool, document.Span) {
	if t.info.passive {
		return true, t.span
	}
	if noun {
		return false, document.Span{}
	}
	if e.key == "en" && strings.HasSuffix(strings.ToLower(e.wordText(t.last)), "ing") {
		return false, document.Span{} // "were attacking"
	}
	if p := t.first - 2; e.key == "en" && p >= c.first && e.joinsVerbs(p+1) && isParticiple(e.wordText(p)) {
		// "was tried and sentenced", "were captured and killed": the
		// auxiliary serves both participles.
		return e.passiveBefore(c, p)
	}
	return e.passiveBefore(c, t.first)
}

// passiveBefore looks for a passive cue shortly before word first.
func (e *extraction) passiveBefore(c clause, first int) (bool, document.Span) {
	maxGap := maxPassiveGapEN
	if e.key == "th" {
		maxGap = maxPassiveGapTH
	}
	k := first - 1
	for gap := 0; k >= c.first && gap <= maxGap; gap++ {
		ci := e.cueAt[k]
		if ci >= 0 && e.cues[ci].info.kinds&cuePassive != 0 {
			return true, e.cues[ci].span
		}
		if e.words[k].punct || e.isTrigger[k] {
			break
		}
		if ci >= 0 {
			k = e.cues[ci].first
		}
		k--
	}
	return false, document.Span{}
}

// joinsVerbs reports whether word k is a one-word conjunction that can
// join two verbs ("and", "or" in cues_en.tsv), not punctuation.
func (e *extraction) joinsVerbs(k int) bool {
	ci := e.cueAt[k]
	return ci >= 0 && !e.words[k].punct && e.cues[ci].first == k && e.cues[ci].last == k && e.cues[ci].info.kinds&cueConj != 0
}

// isParticiple reports whether w looks like an English past participle:
// "tried", "captured", "taken", "shown".
func isParticiple(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn"))
}

// antecedent is the actor a relative clause refers to: the nearest mention
// ending before the clause, in the same sentence.
func (e *extraction) antecedent(st *sentenceState, c clause) int {
	i := e.actorAt(c.span[0])
	for p := i - 1; p >= 0 && e.actors[p].span[0] >= st.span[0]; p-- {
		if e.actors[p].span[1] <= c.span[0] {
			return p
		}
	}
	return -1
}

// coordinated returns p and the mentions joined to it by coordination on
// either side ("China, Thailand and the United States"), in text order.
func (e *extraction) coordinated(p, lo, hi, place int) []int {
	first, last := p, p
	for q := first - 1; q >= lo && q != place && e.joined(e.actors[q], e.actors[q+1]); q-- {
		first = q
	}
	for q := last + 1; q < hi && q != place && e.joined(e.actors[q-1], e.actors[q]); q++ {
		last = q
	}
	out := make([]int, 0, last-first+1)
	for q := first; q <= last; q++ {
		out = append(out, q)
	}
	return out
}

// joined reports whether only coordination words, fillers and commas stand
// between mentions a and b (a first), and at least one of them; in Thai a
// space alone will do.
func (e *extraction) joined(a, b actorRef) bool {
	k := e.wordAt(a.span[1])
	if a.span[1] > b.span[0] {
		return false
	}
	if k == b.word && k < len(e.words) {
		// Thai lists names with a space alone: "อินโดนีเซีย มาเลเซีย".
		return e.key == "th" && e.words[k].spaced && e.words[k].span[0] == b.span[0]
	}
	if k > b.word {
		return false
	}
	for k < b.word {
		if e.words[k].punct {
			if e.wordText(k) != "," {
				return false
			}
			k++
			continue
		}
		ci := e.cueAt[k]
		if ci < 0 || e.cues[ci].info.kinds&(cueCoord|cueFiller) == 0 {
			return false
		}
		k = e.cues[ci].last + 1
	}
	return true
}

// negated reports whether a negation cue stands shortly before t in its
// clause, with no other trigger between.
func (e *extraction) negated(c clause, t trigger) bool {
	maxGap := maxNegationGapEN
	if e.key == "th" {
		maxGap = maxNegationGapTH
	}
	return e.cueShortlyBefore(c, t, cueNegation, maxGap)
}

// Windows of irrealis cues, in words: "planned to invade", "ต้องการ
// ล้มล้าง", "เรียกร้องให้เวียดนามถอนทหาร".
const (
	maxIrrealisGapEN = 4
	maxIrrealisGapTH = 4
)

// irrealis reports whether t is only wanted, planned, feared, demanded or
// supposed ("a possible attack", "future negotiations", "วางแผนจัดตั้ง"):
// an irrealis cue stands shortly before it in its clause, with no other
// trigger between. Such a trigger states no event.
func (e *extraction) irrealis(c clause, t trigger) bool {
	maxGap := maxIrrealisGapEN
	if e.key == "th" {
		maxGap = maxIrrealisGapTH
	}
	return e.cueShortlyBefore(c, t, cueIrrealis, maxGap)
}

// cueShortlyBefore reports whether a cue of a kind in mask stands at most
// maxGap words before t in clause c, with no other trigger between.
func (e *extraction) cueShortlyBefore(c clause, t trigger, mask cueKind, maxGap int) bool {
	k := t.first - 1
	for gap := 0; k >= c.first && gap <= maxGap; gap++ {
		// The cue is tested first: a trigger may be a cue as well, as
		// "ตกลง" in "ตกลงจัดตั้ง" (the founding is what was agreed).
		ci := e.cueAt[k]
		if ci >= 0 && e.cues[ci].info.kinds&mask != 0 {
			return true
		}
		if e.isTrigger[k] {
			return false
		}
		if ci >= 0 {
			k = e.cues[ci].first
		}
		k--
	}
	return false
}

// quantitiesWithin returns the indexes of the quantities inside sp.
func (e *extraction) quantitiesWithin(sp document.Span) []int {
	out := []int{}
	q := e.in.Quantities
	i, _ := slices.BinarySearch(e.quantStarts, sp[0])
	for ; i < len(e.quants) && q[e.quants[i]][0] < sp[1]; i++ {
		if sp.Contains(q[e.quants[i]]) {
			out = append(out, e.quants[i])
		}
	}
	return out
}
