package align

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Options changes how Align links events.
type Options struct {
	// CompatibleTypes are the pairs of different event types that may
	// report one happening; nil means DefaultCompatiblePairs.
	CompatibleTypes []CompatiblePair
	// SymmetricTypes are the event types whose source and target are
	// interchangeable (two parties meet); nil means DefaultSymmetricTypes.
	SymmetricTypes []string
	// PartOf maps an actor id to the ids of the wholes it belongs to: a
	// member faction to its coalition, a capital to its state (the actor
	// lexicon's members and seat_of, actor.Lexicon.PartOf). A part and its
	// whole count as partly the same party; nil means no relations.
	PartOf map[string][]string
	// OnceRoles are the event types an actor undergoes only once, with
	// its role (a founding and what is founded); nil means
	// DefaultOnceRoles.
	OnceRoles []OnceRole
	// Kinds maps an actor id to its kind (state, organization, faction,
	// person, place: actor.Lexicon.Kinds), for OnceRole.Kinds; actors it
	// lacks have no kind.
	Kinds map[string]string
	// FinalPhrases tell the events that report how something finally
	// ended; nil means DefaultFinalPhrases.
	FinalPhrases []FinalPhrases
	// Proposals tell the events that propose a body still to come; nil
	// means DefaultProposals.
	Proposals []Proposal
}

// Actor roles in compiled form.
const (
	roleOther uint8 = iota
	roleSource
	roleTarget
)

// item is an event compiled for scoring: interned ids and parsed dates.
type item struct {
	typ    int32
	doc    int32
	when   span
	actors []actorRef // sorted by id, one per id
	qty    []qtyRef
	// blockIDs are the actor ids the event is blocked under: its own and
	// the wholes they are part of (Options.PartOf).
	blockIDs []int32
	hasCore  bool // some actor is a source or target
	// hasSource and hasTarget: some actor has that role; nCore counts the
	// actors that are a source or target.
	hasSource, hasTarget bool
	// statedTime: the date is written out (see statesDate), or worked
	// out from a date of the same sentence (Event.TimeAnchored), not
	// from another date of the text.
	statedTime bool
	// inherited: the date is the narrative date in force, not one the
	// event's sentence gives (Event.TimeInherited).
	inherited bool
	// final: the event reports how something finally ended (FinalPhrases).
	final bool
	// proposes indexes the Proposal rule by which the event proposes its
	// target as a body still to come, or is -1.
	proposes int32
	nCore    int
}

type actorRef struct {
	id   int32
	role uint8
}

// qtyRef is a quantity as a closed range [lo, hi]; ix indexes the event's
// Quantities.
type qtyRef struct {
	unit   int32
	lo, hi float64
	approx bool
	ix     int32
}

// aligner holds one run of Align.
type aligner struct {
	events []Event // canonical order
	items  []item
	types  *typeTable
	actors map[string]int32
	docs   map[string]int32
	units  map[string]int32
	// actorEvents[id] counts the events that name an actor.
	actorEvents []int32
	// actorKind[id] is the kind of an interned actor (Options.Kinds).
	actorKind []string
	// finals are the rules for endings (Options.FinalPhrases).
	finals []FinalPhrases
	// proposals are the rules for proposed bodies (Options.Proposals).
	proposals []Proposal
	// strengthType is the interned StrengthType, -1 when no event has it.
	strengthType int32
	// unitNames[id] is the unit of an interned id.
	unitNames []string
	// wholes[id] are the interned wholes an actor is part of
	// (Options.PartOf); nil when there are no relations.
	wholes [][]int32
}

func newAligner(events []Event, opts Options) *aligner {
	pairs := opts.CompatibleTypes
	if pairs == nil {
		pairs = DefaultCompatiblePairs()
	}
	symmetric := opts.SymmetricTypes
	if symmetric == nil {
		symmetric = DefaultSymmetricTypes()
	}
	once := opts.OnceRoles
	if once == nil {
		once = DefaultOnceRoles()
	}
	finals := opts.FinalPhrases
	if finals == nil {
		finals = DefaultFinalPhrases()
	}
	proposals := opts.Proposals
	if proposals == nil {
		proposals = DefaultProposals()
	}
	al := &aligner{types: newTypeTable(pairs, symmetric, once), actors: map[string]int32{}, docs: map[string]int32{}, units: map[string]int32{}, finals: finals, proposals: proposals}
	al.events = canonicalOrder(events)
	al.compile()
	al.compileRelations(opts.PartOf)
	if len(opts.Kinds) > 0 {
		al.actorKind = make([]string, len(al.actorEvents))
		for name, id := range al.actors {
			al.actorKind[id] = opts.Kinds[name]
		}
	}
	return al
}

// canonicalOrder copies the events sorted by document, span and id, then by
// every other field, so that the result never depends on the input order.
func canonicalOrder(events []Event) []Event {
	order := make([]int32, len(events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return compareEvents(&events[a], &events[b]) })
	out := make([]Event, len(events))
	for i, j := range order {
		out[i] = events[j]
	}
	return out
}

func compareEvents(a, b *Event) int {
	if c := cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Span[0], b.Span[0]), cmp.Compare(a.Span[1], b.Span[1]),
		cmp.Compare(a.ID, b.ID)); c != 0 {
		return c
	}
	// Ties are rare: compare everything else.
	if c := cmp.Or(cmp.Compare(a.Lang, b.Lang), cmp.Compare(a.Type, b.Type), cmp.Compare(a.Text, b.Text),
		cmp.Compare(a.Interval[0], b.Interval[0]), cmp.Compare(a.Interval[1], b.Interval[1]),
		cmp.Compare(a.TimeValue, b.TimeValue), cmp.Compare(a.TimeText, b.TimeText), cmp.Compare(a.Calendar, b.Calendar),
		cmp.Compare(a.TimeSpan[0], b.TimeSpan[0]), cmp.Compare(a.TimeSpan[1], b.TimeSpan[1]),
		boolCompare(a.TimeInherited, b.TimeInherited), boolCompare(a.TimeAnchored, b.TimeAnchored)); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Actors, b.Actors, func(x, y Actor) int {
		return cmp.Or(cmp.Compare(x.ID, y.ID), cmp.Compare(x.Role, y.Role), cmp.Compare(x.Name, y.Name), cmp.Compare(x.Text, y.Text))
	}); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Quantities, b.Quantities, compareQuantities)
}

func compareQuantities(x, y Quantity) int {
	return cmp.Or(cmp.Compare(x.Unit, y.Unit), cmp.Compare(x.Value, y.Value), compareOptional(x.Min, y.Min),
		compareOptional(x.Max, y.Max), cmp.Compare(x.Text, y.Text), cmp.Compare(x.Span[0], y.Span[0]),
		cmp.Compare(x.Span[1], y.Span[1]), boolCompare(x.Approx, y.Approx))
}

func compareOptional(a, b *float64) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Compare(*a, *b)
}

func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// compile interns types, actors and units in canonical order (so interned
// ids, and with them every tie-break, are input-order independent) and
// parses dates and quantity ranges.
func (al *aligner) compile() {
	nActors, nQty := 0, 0
	for i := range al.events {
		nActors += len(al.events[i].Actors)
		nQty += len(al.events[i].Quantities)
	}
	actorBuf := make([]actorRef, 0, nActors)
	qtyBuf := make([]qtyRef, 0, nQty)
	al.items = make([]item, len(al.events))
	for i := range al.events {
		e := &al.events[i]
		it := &al.items[i]
		it.typ = al.types.intern(e.Type)
		it.doc = al.internDoc(e.Doc)
		it.when = parseInterval(e.Interval)
		it.statedTime = e.TimeAnchored || statesDate(e.TimeText)
		it.inherited = e.TimeInherited && it.when.dated()
		it.final = isFinal(al.finals, e.Type, e.Text)
		it.proposes = proposalRule(al.proposals, e.Type, e.Text)

		start := len(actorBuf)
		for _, a := range e.Actors {
			if a.ID == "" {
				continue
			}
			ref := actorRef{id: al.internActor(a.ID), role: roleOf(a.Role)}
			actorBuf = addActor(actorBuf, start, ref)
		}
		it.actors = actorBuf[start:len(actorBuf):len(actorBuf)]
		slices.SortFunc(it.actors, func(x, y actorRef) int { return cmp.Compare(x.id, y.id) })
		for _, a := range it.actors {
			it.hasSource = it.hasSource || a.role == roleSource
			it.hasTarget = it.hasTarget || a.role == roleTarget
			if a.role != roleOther {
				it.nCore++
			}
		}
		it.hasCore = it.hasSource || it.hasTarget
		for _, a := range it.actors {
			al.actorEvents[a.id]++
		}

		start = len(qtyBuf)
		for k, q := range e.Quantities {
			if ref, ok := al.compileQuantity(q, k); ok {
				qtyBuf = append(qtyBuf, ref)
			}
		}
		it.qty = qtyBuf[start:len(qtyBuf):len(qtyBuf)]
	}
	al.strengthType = -1
	if id, ok := al.types.ids[StrengthType]; ok {
		al.strengthType = id
	}
	al.types.freeze()
}

// addActor appends ref unless the event already names the actor; a source
// or target role wins over "other", and the first core role is kept.
func addActor(buf []actorRef, start int, ref actorRef) []actorRef {
	for k := start; k < len(buf); k++ {
		if buf[k].id == ref.id {
			if buf[k].role == roleOther {
				buf[k].role = ref.role
			}
			return buf
		}
	}
	return append(buf, ref)
}

func roleOf(role string) uint8 {
	switch role {
	case RoleSource:
		return roleSource
	case RoleTarget:
		return roleTarget
	}
	return roleOther
}

func (al *aligner) internDoc(id string) int32 {
	if n, ok := al.docs[id]; ok {
		return n
	}
	n := int32(len(al.docs))
	al.docs[id] = n
	return n
}

func (al *aligner) internActor(id string) int32 {
	if n, ok := al.actors[id]; ok {
		return n
	}
	n := int32(len(al.actors))
	al.actors[id] = n
	al.actorEvents = append(al.actorEvents, 0)
	return n
}

// compileQuantity reads a quantity as a range: [Min, Max] when given; a
// lone Min ("more than") is open above; otherwise the value itself.
// Quantities without a unit or with a non-finite value are not compared.
func (al *aligner) compileQuantity(q Quantity, ix int) (qtyRef, bool) {
	if q.Unit == "" {
		return qtyRef{}, false
	}
	lo, hi := q.Value, q.Value
	if q.Min != nil {
		lo = *q.Min
		if q.Max == nil {
			hi = math.Inf(1)
		}
	}
	if q.Max != nil {
		hi = *q.Max
	}
	if hi < lo {
		lo, hi = hi, lo
	}
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, -1) {
		return qtyRef{}, false
	}
	u, ok := al.units[q.Unit]
	if !ok {
		u = int32(len(al.units))
		al.units[q.Unit] = u
		al.unitNames = append(al.unitNames, q.Unit)
	}
	return qtyRef{unit: u, lo: lo, hi: hi, approx: q.Approx, ix: int32(ix)}, true
}

// statesDate reports whether a time as written states a date of its own:
// it names a month (data/months.tsv) or has a year (three or more digits
// in a row, in any script), or there is no text and the caller gave the
// interval directly. "Two days later", "that year", "สามวันต่อมา" and "the
// 24th" take their month or year from another date of the text, so a
// conflict there is the resolver's or the anchor's, not the source's.
func statesDate(text string) bool {
	if text == "" {
		return true
	}
	run := 0
	for _, r := range text {
		if !unicode.IsDigit(r) {
			run = 0
			continue
		}
		if run++; run >= 3 {
			return true
		}
	}
	c := calendars()
	for m := 1; m <= 12; m++ {
		for _, name := range [...]string{c.monthsTHFull[m], c.monthsTH[m], monthStem(c.monthsEN[m])} {
			if name != "" && strings.Contains(text, name) {
				return true
			}
		}
	}
	return false
}

// monthStem is the first three letters of a month name: "Sept.", "Sep"
// and "September" all hold it.
func monthStem(name string) string {
	if len(name) < 3 {
		return name
	}
	return name[:3]
}

// compileRelations interns the wholes of the actors the events name (in
// the order of the parts' ids, then the wholes' names, so the result does
// not depend on map order) and sets every event's block ids.
func (al *aligner) compileRelations(partOf map[string][]string) {
	n := int32(len(al.actors))
	if len(partOf) > 0 {
		names := make([]string, n)
		for name, id := range al.actors {
			names[id] = name
		}
		for id := int32(0); id < n; id++ {
			ws := slices.Clone(partOf[names[id]])
			slices.Sort(ws)
			for _, w := range ws {
				if w == "" || w == names[id] {
					continue
				}
				if al.wholes == nil {
					al.wholes = make([][]int32, n)
				}
				wid := al.internActor(w)
				if !slices.Contains(al.wholes[id], wid) {
					al.wholes[id] = append(al.wholes[id], wid)
				}
			}
		}
	}
	total := 0
	for i := range al.items {
		total += len(al.items[i].actors)
	}
	buf := make([]int32, 0, total)
	for i := range al.items {
		it := &al.items[i]
		start := len(buf)
		for _, a := range it.actors {
			buf = append(buf, a.id)
		}
		if al.wholes != nil {
			for _, a := range it.actors {
				if int(a.id) < len(al.wholes) {
					for _, w := range al.wholes[a.id] {
						if !slices.Contains(buf[start:], w) {
							buf = append(buf, w)
						}
					}
				}
			}
		}
		it.blockIDs = buf[start:len(buf):len(buf)]
	}
}

// related reports whether one actor is part of the other (a member and
// its coalition, a capital and its state). Two parts of one whole are not
// related: two members of a coalition are two parties.
func (al *aligner) related(x, y int32) bool {
	if al.wholes == nil {
		return false
	}
	return int(x) < len(al.wholes) && slices.Contains(al.wholes[x], y) ||
		int(y) < len(al.wholes) && slices.Contains(al.wholes[y], x)
}
