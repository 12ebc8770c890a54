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
}

// matches reports whether t encodes the tail of m.
func (t *actorTail) matches(m *actor.Mention) bool {
	return t.id == m.ID && t.name == m.Name && t.th == m.Names.TH && t.en == m.Names.EN &&
		t.kind == m.Kind && t.wikidata == m.Wikidata && t.code == m.Code &&
		t.confidence == math.Float64bits(m.Confidence)
}

// actorTails holds the last tail written for each actor id. The map holds
// indexes rather than the tails, which are too large for its fast path.
type actorTails struct {
	byID map[string]int
	all  []actorTail
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
