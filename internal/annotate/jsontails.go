package annotate

import (
	"math"
	"sync"

	"chronicle/internal/actor"
)

// actorTail is where buf holds the encoding of an actor mention's fields
// after its span (id, names, kind, codes, confidence), with the values it
// encodes. Every mention of one lexicon actor shares them, and a document
// names the same few actors hundreds of times: copying the bytes is much
// cheaper than escaping the names (Thai ones above all) and formatting the
// confidence again.
type actorTail struct {
	id, name, th, en, kind, wikidata, code string
	// confidence holds the bits, so that 0 and -0, which encode
	// differently, never match.
	confidence uint64
	start, end int
	// previous indexes the tail written before for the same id with other
	// values (an acronym has a lower confidence than the full name), or
	// is -1.
	previous int
}

// matches reports whether t encodes the tail of m.
func (t *actorTail) matches(m *actor.Mention) bool {
	return t.id == m.ID && t.name == m.Name && t.th == m.Names.TH && t.en == m.Names.EN &&
		t.kind == m.Kind && t.wikidata == m.Wikidata && t.code == m.Code &&
		t.confidence == math.Float64bits(m.Confidence)
}

// actorTails holds the tails written for each actor id. The map holds
// indexes rather than the tails, which are too large for its fast path.
type actorTails struct {
	byID map[string]int // the latest tail of each id
	all  []actorTail
}

// maxTailVariants bounds the tails of one id that find compares, so that
// a document naming one id with ever new values costs no more than
// encoding them.
const maxTailVariants = 4

// find returns where buf holds the tail of m, if it was written; a nil t
// holds nothing.
func (t *actorTails) find(m *actor.Mention) (start, end int, ok bool) {
	if t == nil {
		return 0, 0, false
	}
	k, ok := t.byID[m.ID]
	for n := 0; ok && k >= 0 && n < maxTailVariants; n++ {
		if tail := &t.all[k]; tail.matches(m) {
			return tail.start, tail.end, true
		}
		k = t.all[k].previous
	}
	return 0, 0, false
}

// add records that buf[start:end] holds the tail of m; a nil t ignores it.
func (t *actorTails) add(m *actor.Mention, start, end int) {
	if t == nil {
		return
	}
	previous, ok := t.byID[m.ID]
	if !ok {
		previous = -1
	}
	t.byID[m.ID] = len(t.all)
	t.all = append(t.all, actorTail{id: m.ID, name: m.Name, th: m.Names.TH, en: m.Names.EN, kind: m.Kind,
		wikidata: m.Wikidata, code: m.Code, confidence: math.Float64bits(m.Confidence),
		start: start, end: end, previous: previous})
}

// reset empties t for reuse; its strings may be slices of a document's
// text, which must not stay reachable.
func (t *actorTails) reset() {
	clear(t.byID)
	clear(t.all)
	t.all = t.all[:0]
}

// actorTailPool recycles the tail caches between records.
var actorTailPool = sync.Pool{New: func() any { return &actorTails{byID: make(map[string]int)} }}
