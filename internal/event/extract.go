package event

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

// actorRef is one actor mention placed in the text.
type actorRef struct {
	idx  int // index into Input.Actors
	span document.Span
	kind string
	// word is the index of the first word at or after the mention's start.
	word int
}

// trigger is one trigger, or several adjacent ones of one type merged.
type trigger struct {
	first, last int // word indexes
	span        document.Span
	info        triggerInfo
	// opensWithNoun: the first of merged triggers is a noun, the subject
	// of the rest ("ผู้ลี้ภัย…อพยพ", "refugees fled").
	opensWithNoun bool
}

// cueHit is one cue phrase found in the text.
type cueHit struct {
	first, last int
	span        document.Span
	info        cueInfo
}

// extraction is the state of one Extract call.
type extraction struct {
	in     Input
	lang   *language
	key    string // "en" or "th"
	text   string
	words  []word
	actors []actorRef // sorted by start
	dates  []int      // indexes of DATE mentions, sorted by start
	sets   []int      // indexes of SET mentions ("each year")
	// dateStarts, setStarts and quantStarts are the starts of dates, sets
	// and quants, for binary searches that read no mention.
	dateStarts, setStarts, quantStarts []int
	// sents are the sentences; barriers the offsets where the narrative
	// date stops (paragraphs, headings), sorted.
	sents    []document.Span
	barriers []int
	// timeSpans are the spans of all time mentions, sorted.
	timeSpans []document.Span
	quants    []int // indexes of quantities, sorted by start
	excl      []document.Span
	// cueAt[i] is the index in cues of the cue covering word i, or -1.
	cueAt []int32
	cues  []cueHit
	// isTrigger[i] marks words inside a trigger.
	isTrigger []bool
	// usedKeys is scratch space for the actor keys an event has placed.
	usedKeys []string
	events   []Event
	// topic is what the text last spoke about, for clauses without a
	// subject of their own (subject.go).
	topic topic

	// wordFrom[b] and actorFrom[b] are the first word and actor starting at
	// or after code point b<<fromShift (firstFrom): the lookups the
	// matchers make for every word.
	wordFrom, actorFrom []int32
	// trigWalks are the trigger walks scanCues made for scanTriggers.
	trigWalks []trigWalk
	// trigs is scanTriggers' array, reused from sentence to sentence.
	trigs []trigger
	// boxes is the block boxInt hands out; the events keep it.
	boxes []int
	// segs, bounds and clauseBuf are the arrays of segments and clauses,
	// reused likewise.
	segs      []int
	bounds    []boundary
	clauseBuf []clause
	// pairs is the merged cue and trigger trie of lang.
	pairs *pairTrie
}

// Extract finds the events of one document.
func (x *Extractor) Extract(in Input) []Event {
	if in.Text == nil {
		return nil
	}
	buf := bufferPool.Get().(*buffers)
	e := x.newExtraction(in, buf)
	for _, s := range e.sents {
		e.sentence(s)
	}
	for i := range e.events {
		e.events[i].ID = in.DocID + "#" + strconv.Itoa(i+1)
	}
	buf.keep(e)
	bufferPool.Put(buf)
	return e.events
}

// buffers are the per-document arrays of an extraction, kept between
// Extract calls: sized by the text, they would otherwise be most of its
// garbage.
type buffers struct {
	words                              []word
	wordFrom, actorFrom                []int32
	cueAt                              []int32
	isTrigger                          []bool
	cues                               []cueHit
	trigWalks                          []trigWalk
	actors                             []actorRef
	trigs                              []trigger
	timeSpans, excl                    []document.Span
	dates, sets, quants                []int
	dateStarts, setStarts, quantStarts []int
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// keep takes back the arrays of e, which is done.
func (b *buffers) keep(e *extraction) {
	*b = buffers{words: e.words, wordFrom: e.wordFrom, actorFrom: e.actorFrom, cueAt: e.cueAt,
		isTrigger: e.isTrigger, cues: e.cues, trigWalks: e.trigWalks, actors: e.actors, trigs: e.trigs,
		timeSpans: e.timeSpans, excl: e.excl, dates: e.dates, sets: e.sets, quants: e.quants,
		dateStarts: e.dateStarts, setStarts: e.setStarts, quantStarts: e.quantStarts}
}

// resize returns s with length n, reusing its array when large enough;
// the contents are left as they are.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (x *Extractor) newExtraction(in Input, buf *buffers) *extraction {
	key := langKey(in.Lang)
	e := &extraction{in: in, key: key, lang: x.lx.langs[key], text: in.Text.Text}
	n := in.Text.Len()
	if in.Tokens == nil {
		e.words = segmentWords(buf.words[:0], in.Text, e.lang.prefixes)
	} else {
		e.words = splitWords(buf.words[:0], in.Text, in.Tokens, e.lang.prefixes)
	}
	e.wordFrom = firstFrom(buf.wordFrom, n, len(e.words), func(i int) int { return e.words[i].span[0] })
	e.cueAt = resize(buf.cueAt, len(e.words))
	for i := range e.cueAt {
		e.cueAt[i] = -1
	}
	e.isTrigger = resize(buf.isTrigger, len(e.words))
	clear(e.isTrigger)
	// Stale walks would be taken for this text's (scanCues).
	e.trigWalks = buf.trigWalks[:0]
	e.trigs = buf.trigs[:0]
	e.actors = buf.actors[:0]
	e.timeSpans, e.excl = buf.timeSpans[:0], buf.excl[:0]
	e.dates, e.sets, e.quants = buf.dates[:0], buf.sets[:0], buf.quants[:0]
	e.pairs = e.lang.pairs()
	for i, sp := range in.Actors {
		if !sp.Valid(n) || sp.Len() == 0 {
			continue
		}
		kind := ""
		if i < len(in.ActorKinds) {
			kind = in.ActorKinds[i]
		}
		e.actors = append(e.actors, actorRef{idx: i, span: sp, kind: kind, word: e.wordAt(sp[0])})
	}
	slices.SortStableFunc(e.actors, func(a, b actorRef) int { return a.span[0] - b.span[0] })
	e.actors = dropPossessors(in.Text, e.actors)
	e.actorFrom = firstFrom(buf.actorFrom, n, len(e.actors), func(i int) int { return e.actors[i].span[0] })
	for i, m := range in.Times {
		if !m.Span.Valid(n) {
			continue
		}
		e.timeSpans = append(e.timeSpans, m.Span)
		switch m.Type {
		case timex.TypeDate:
			e.dates = append(e.dates, i)
		case timex.TypeSet:
			e.sets = append(e.sets, i)
		}
	}
	sortSpans(e.timeSpans)
	slices.SortStableFunc(e.dates, func(a, b int) int { return in.Times[a].Span[0] - in.Times[b].Span[0] })
	slices.SortStableFunc(e.sets, func(a, b int) int { return in.Times[a].Span[0] - in.Times[b].Span[0] })
	for i, sp := range in.Quantities {
		if sp.Valid(n) {
			e.quants = append(e.quants, i)
		}
	}
	slices.SortStableFunc(e.quants, func(a, b int) int { return in.Quantities[a][0] - in.Quantities[b][0] })
	e.dateStarts = appendStarts(buf.dateStarts[:0], e.dates, func(i int) int { return in.Times[i].Span[0] })
	e.setStarts = appendStarts(buf.setStarts[:0], e.sets, func(i int) int { return in.Times[i].Span[0] })
	e.quantStarts = appendStarts(buf.quantStarts[:0], e.quants, func(i int) int { return in.Quantities[i][0] })
	for _, sp := range in.Exclude {
		if sp.Valid(n) && sp.Len() > 0 {
			e.excl = append(e.excl, sp)
		}
	}
	sortSpans(e.excl)
	e.excl = mergeSpans(e.excl)
	e.topic = newTopic(-1)
	e.sents = e.sentenceSpans()
	e.barriers = findBarriers(in.Text, e.excl)
	// Sized from the seeds (a cue for every two or three words, about an
	// event a sentence) to spare the copies of regrowth.
	e.cues = slices.Grow(buf.cues[:0], len(e.words)/2)
	e.events = make([]Event, 0, len(e.sents)+len(e.sents)/4)
	return e
}

// appendStarts appends start(i) for every index i of indexes.
func appendStarts(dst, indexes []int, start func(i int) int) []int {
	for _, i := range indexes {
		dst = append(dst, start(i))
	}
	return dst
}

// mergeSpans joins overlapping spans of a sorted list in place.
func mergeSpans(spans []document.Span) []document.Span {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

func sortSpans(spans []document.Span) {
	slices.SortFunc(spans, func(a, b document.Span) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
}

// sentenceSpans returns the valid, ordered, non-overlapping sentences, or
// the whole text when there are none. Sentences cut inside an actor's name
// or a time expression are joined.
func (e *extraction) sentenceSpans() []document.Span {
	n := e.in.Text.Len()
	if e.in.Sentences == nil {
		return []document.Span{{0, n}}
	}
	out := make([]document.Span, 0, len(e.in.Sentences))
	last := 0
	// nameCut is the end of a name the splitter cut inside: its cuts
	// around that name are spaces it misread too ("พล | พต | ได้…").
	nameCut := -1
	for _, s := range e.in.Sentences {
		if !s.Valid(n) || s[0] < last || s.Len() == 0 {
			continue
		}
		k := len(out) - 1
		switch {
		case k < 0:
			out = append(out, s)
		case e.actorCrosses(out[k][1], s[0]):
			// A cut through a name is no sentence end: "ซอน | ซาน".
			if p := e.actorEndingAt(s[1]); p >= 0 {
				nameCut = s[1]
			}
			out[k][1] = s[1]
		case crossesAny(e.timeSpans, out[k][1], s[0]),
			out[k][1] == nameCut && e.onlySpaces(out[k][1], s[0]):
			out[k][1] = s[1]
		default:
			out = append(out, s)
		}
		last = s[1]
	}
	return out
}

// onlySpaces reports whether the text between offsets a and b is spaces
// on one line.
func (e *extraction) onlySpaces(a, b int) bool {
	gap := e.in.Text.Slice(document.Span{a, b})
	return !strings.ContainsAny(gap, "\n\r") && strings.TrimSpace(gap) == ""
}

// wordAt returns the index of the first word starting at or after offset.
func (e *extraction) wordAt(offset int) int {
	if offset >= 0 && offset>>fromShift < len(e.wordFrom) {
		i := int(e.wordFrom[offset>>fromShift])
		for i < len(e.words) && e.words[i].span[0] < offset {
			i++
		}
		return i
	}
	i, _ := slices.BinarySearchFunc(e.words, offset, func(w word, off int) int { return w.span[0] - off })
	return i
}

// actorAt returns the index of the first actor starting at or after offset.
func (e *extraction) actorAt(offset int) int {
	if offset >= 0 && offset>>fromShift < len(e.actorFrom) {
		i := int(e.actorFrom[offset>>fromShift])
		for i < len(e.actors) && e.actors[i].span[0] < offset {
			i++
		}
		return i
	}
	i, _ := slices.BinarySearchFunc(e.actors, offset, func(a actorRef, off int) int { return a.span[0] - off })
	return i
}

// fromShift sets the blocks of code points firstFrom tabulates: 8 code
// points hold few word starts to step over, and the table, rebuilt for
// every document, is an eighth of one entry per code point.
const fromShift = 3

// firstFrom tabulates, for the start p = b<<fromShift of every block b of
// the offsets [0, n], the first of count items sorted by start(i) that
// starts at or after p; it writes into dst's array when large enough.
func firstFrom(dst []int32, n, count int, start func(i int) int) []int32 {
	from := resize(dst, n>>fromShift+1)
	b := 0
	for i := range count {
		for s := min(start(i), n); b<<fromShift <= s; b++ {
			from[b] = int32(i)
		}
	}
	for ; b < len(from); b++ {
		from[b] = int32(count)
	}
	return from
}

// sentence finds the events of one sentence.
func (e *extraction) sentence(s document.Span) {
	w0 := e.wordAt(s[0])
	w1 := w0
	for w1 < len(e.words) && e.words[w1].span[1] <= s[1] {
		w1++
	}
	if w0 >= w1 {
		return
	}
	e.scanCues(w0, w1)
	trigs := e.scanTriggers(w0, w1)
	e.enterSentence(s)
	st := sentenceState{span: s, w0: w0, w1: w1}
	clauses := e.clauses(s, w0, w1, trigs)
	k := 0
	for _, c := range clauses {
		first := len(e.events)
		for ; k < len(trigs) && trigs[k].first <= c.last; k++ {
			t := trigs[k]
			// Triggers of one type in one clause state one event: "signed
			// the Geneva Accords", "ตกลงหยุดยิง".
			for k+1 < len(trigs) && trigs[k+1].first <= c.last && trigs[k+1].info.typ == t.info.typ &&
				trigs[k+1].first-t.last-1 <= maxMergeGap && !e.punctBetween(t.last, trigs[k+1].first) {
				k++
				t = mergeTriggers(t, trigs[k])
			}
			if t.info.noun && !e.nounStands(c, t) || e.irrealis(c, t) {
				continue // a topic ("humanitarian aid") or a plan ("planned to invade")
			}
			e.appendEvents(&st, c, t)
		}
		e.noteSubject(c, e.events[first:])
	}
}

// punctBetween reports whether a punctuation mark or a conjunction stands
// between words a and b: "invaded Kuwait and occupied it" is two events.
func (e *extraction) punctBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if e.words[k].punct {
			return true
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueConj != 0 {
			return true
		}
	}
	return false
}

// maxMergeGap is how many words may stand between two triggers of one
// type that state one event ("agreed to a ceasefire").
const maxMergeGap = 3

// mergeTriggers joins b, which follows a, into a: the span runs from a's
// start to b's end.
func mergeTriggers(a, b trigger) trigger {
	a.last, a.span[1] = b.last, b.span[1]
	a.info.passive = a.info.passive || b.info.passive
	a.info.noun = a.info.noun && b.info.noun // "refugees fled" has a verb
	return a
}

// scanCues finds the cue phrases of words [w0, w1), leftmost longest.
func (e *extraction) scanCues(w0, w1 int) {
	sub := e.words[:w1]
	for i := w0; i < w1; {
		m := cuesAndTriggers(e.pairs, e.text, sub, w0, i, &e.trigWalks)
		if m.last < 0 {
			e.cueAt[i] = -1
			i++
			continue
		}
		c := cueHit{first: i, last: m.last, info: e.lang.cueInfos[m.value],
			span: document.Span{e.words[i].span[0], e.words[m.last].span[1]}}
		e.cues = append(e.cues, c)
		for k := i; k <= m.last; k++ {
			e.cueAt[k] = int32(len(e.cues) - 1)
		}
		i = m.last + 1
	}
}

// scanTriggers finds the triggers of words [w0, w1), leftmost longest,
// leaving out blocked phrases and triggers inside actor names or excluded
// spans.
func (e *extraction) scanTriggers(w0, w1 int) []trigger {
	out := e.trigs[:0]
	sub := e.words[:w1]
	for i := w0; i < w1; {
		if e.words[i].punct {
			i++
			continue
		}
		m := triggerFrom(e.lang, e.text, sub, w0, i, e.trigWalks)
		if m.last < 0 {
			i++
			continue
		}
		t := trigger{first: i, last: m.last, info: e.lang.triggerInfos[m.value],
			span: document.Span{e.words[i].span[0], e.words[m.last].span[1]}}
		if t.info.nounOrVerb {
			t.info.noun = !e.verbContext(i, w0)
		}
		t.opensWithNoun = t.info.noun
		i = m.last + 1
		if t.info.typ == noEvent || e.insideActor(t.span) || e.excluded(t.span) || e.insideName(t, w0, w1) ||
			t.info.object && !e.objectAt(t.last+1, w1) && !e.passiveAfterActor(t.first, w0) || t.info.count && !e.countAt(t.last+1, w1) {
			continue
		}
		for k := t.first; k <= t.last; k++ {
			e.isTrigger[k] = true
		}
		out = append(out, t)
	}
	e.trigs = out
	return out
}

// verbContext reports whether the word before word i makes a form that is
// both noun and verb a verb: "to", a modal, a negation, a pronoun or a name
// right before it ("continued to aid", "Iraq attacks"); else it is a noun
// ("military aid", "the attack").
func (e *extraction) verbContext(i, w0 int) bool {
	k := i - 1
	if k < w0 || e.words[k].punct {
		return false
	}
	if e.actorEndingAt(e.words[k].span[1]) >= 0 {
		return true
	}
	if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&(cueNegation|cuePronoun) != 0 {
		return true
	}
	switch strings.ToLower(e.wordText(k)) {
	case "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do":
		return true
	}
	return false
}

// objectAt reports whether an actor mention starts at word k, fillers
// before it allowed.
func (e *extraction) objectAt(k, w1 int) bool {
	for n := 0; k < w1 && n <= maxFillers; n++ {
		if e.actorStartingAt(e.words[k].span[0]) >= 0 {
			return true
		}
		ci := e.cueAt[k]
		if ci < 0 || e.cues[ci].first != k || e.cues[ci].info.kinds&cueFiller == 0 {
			return false
		}
		k = e.cues[ci].last + 1
	}
	return false
}

// passiveAfterActor reports whether an English passive cue ("was",
// "were") stands at most two words before word k with an actor before it
// in the sentence: the passive form of an object trigger has its object
// first ("Mujib was released").
func (e *extraction) passiveAfterActor(k, w0 int) bool {
	if e.key != "en" {
		return false
	}
	for j := k - 1; j >= w0 && j >= k-1-maxPassiveGapEN; j-- {
		if e.words[j].punct {
			return false
		}
		if ci := e.cueAt[j]; ci >= 0 && e.cues[ci].info.kinds&cuePassive != 0 {
			p := e.actorAt(e.words[w0].span[0])
			return p < len(e.actors) && e.actors[p].span[1] <= e.words[j].span[0]
		}
	}
	return false
}

// countAt reports whether a quantity starts at word k, or one word later
// ("gained ten seats", "won some 40%").
func (e *extraction) countAt(k, w1 int) bool {
	q := e.in.Quantities
	for n := 0; k < w1 && n < 2 && !e.words[k].punct; n, k = n+1, k+1 {
		start := e.words[k].span[0]
		i, _ := slices.BinarySearch(e.quantStarts, start)
		if i < len(e.quants) && q[e.quants[i]][0] < e.words[k].span[1] {
			return true
		}
	}
	return false
}

// insideName reports whether an English trigger written with a capital
// stands inside a longer name that goes on after it, as "Liberation" in
// "Front for the Liberation of Mozambique". A name that ends with the
// trigger ("the Tet Offensive", "the Geneva Accords") still states an event.
func (e *extraction) insideName(t trigger, w0, w1 int) bool {
	if e.key != "en" || t.first == w0 || !e.capitalized(t.first) {
		return false
	}
	// A name runs on from before the trigger: "Front for the Liberation",
	// not ", Death of Pol Pot".
	if p := t.first - 1; e.words[p].punct || !e.capitalized(p) && !nameLinker(e.wordText(p)) {
		return false
	}
	k := t.last + 1
	for n := 0; n < 2 && k < w1 && !e.words[k].punct && !e.capitalized(k) && nameLinker(e.wordText(k)); n++ {
		k++ // "Liberation of the Khmer People"
	}
	return k < w1 && e.capitalized(k)
}

// nameLinker reports whether w is a small word inside English names ("the
// Front for the Liberation of …").
func nameLinker(w string) bool {
	switch strings.ToLower(w) {
	case "of", "for", "and", "the":
		return true
	}
	return false
}

// capitalized reports whether word k starts with an upper-case letter.
func (e *extraction) capitalized(k int) bool {
	r, _ := utf8.DecodeRuneInString(e.wordText(k))
	return unicode.IsUpper(r)
}

// insideActor reports whether sp overlaps an actor mention.
func (e *extraction) insideActor(sp document.Span) bool {
	i := e.actorAt(sp[1])
	// Mentions starting before sp's end; the nearest few may overlap it.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if e.actors[k].span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// excluded reports whether sp overlaps an excluded span.
func (e *extraction) excluded(sp document.Span) bool {
	// The spans are disjoint: only the last one starting before sp's end
	// can overlap it.
	i, _ := slices.BinarySearchFunc(e.excl, sp[1], func(x document.Span, end int) int { return x[0] - end })
	return i > 0 && e.excl[i-1].Overlaps(sp)
}

// dropPossessors leaves out a name that only says whose the next name is
// ("Son Sann's Buddhist Liberal Democratic Party", "Hun Sen's PPC"): the
// party acts, not its leader.
func dropPossessors(rt *document.RuneText, actors []actorRef) []actorRef {
	out := actors[:0]
	for i, a := range actors {
		if i+1 < len(actors) && a.span[1] < actors[i+1].span[0] {
			switch rt.Slice(document.Span{a.span[1], actors[i+1].span[0]}) {
			case "'s ", "’s ":
				continue
			}
		}
		out = append(out, a)
	}
	return out
}
