package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// clause is a part of a sentence that states one or more events.
type clause struct {
	first, last int // word indexes, inclusive
	span        document.Span
	// opener is the kind of the word that opens it: cueConj, cueSub,
	// cueRelative or 0.
	opener cueKind
}

// boundary is where a clause may start.
type boundary struct {
	at     int // word index
	opener cueKind
	// strong boundaries (";", a comma before a conjunction) always split;
	// weak ones only when triggers stand on both sides.
	strong bool
}

const clauseOpeners = cueConj | cueSub | cueRelative

// openerKind picks one kind for a cue that may open a clause: a relative
// pronoun is read as one before a subordinator, a subordinator before a
// conjunction.
func openerKind(k cueKind) cueKind {
	switch {
	case k&cueRelative != 0:
		return cueRelative
	case k&cueSub != 0:
		return cueSub
	case k&cueConj != 0:
		return cueConj
	}
	return 0
}

// clauses splits the sentence s (words [w0, w1)) into clauses.
// The arrays are reused from sentence to sentence.
func (e *extraction) clauses(s document.Span, w0, w1 int, trigs []trigger) []clause {
	bounds := e.bounds[:0]
	first := cueKind(0)
	for k := w0; k < w1; k++ {
		w := e.words[k]
		if w.punct {
			if e.wordText(k) == ";" && k+1 < w1 {
				bounds = append(bounds, boundary{at: k + 1, strong: true})
			}
			continue
		}
		ci := e.cueAt[k]
		opens := ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&clauseOpeners != 0
		if !opens {
			if k > w0 && e.thaiSpaceBreak(k) {
				bounds = append(bounds, boundary{at: k, strong: true})
			}
			continue
		}
		c := e.cues[ci]
		kind := openerKind(c.info.kinds)
		if k == w0 {
			first = kind
			continue
		}
		if e.insideActor(c.span) {
			continue // "Bosnia and Herzegovina"
		}
		if n := len(bounds); n > 0 && bounds[n-1].at == k {
			bounds[n-1].opener = kind // "; but"
			continue
		}
		strong := e.words[k-1].punct && e.wordText(k-1) == "," || e.thaiSpaceBreak(k)
		if !strong && c.info.kinds&cueCoord != 0 && e.actorEndingAt(e.words[k-1].span[1]) >= 0 &&
			e.nounPhraseAt(c.last+1, w1) {
			// Names joined ("the United States and its allies"); a verb
			// after "and" opens a clause: "invaded Kuwait and occupied it".
			continue
		}
		if strong && c.info.kinds&cueCoord != 0 && k-2 >= w0 &&
			e.actorEndingAt(e.words[k-2].span[1]) >= 0 && e.actorSoonAfter(c.last+1, w1) {
			// Likely a list of actors ("China, Thailand, and the United
			// States", "FUNCINPEC, and the government of the PRK"): split
			// only between two events.
			strong = false
		}
		bounds = append(bounds, boundary{at: k, opener: kind, strong: strong})
	}
	hasTrigger := func(a, b int) bool {
		for _, t := range trigs {
			if t.first >= a && t.first < b {
				return true
			}
		}
		return false
	}
	e.bounds = bounds
	out := e.clauseBuf[:0]
	emit := func(a, b int, opener cueKind) {
		if a < b {
			out = append(out, clause{first: a, last: b - 1, opener: opener})
		}
	}
	segStart, segOpener := w0, first
	for i := 0; i <= len(bounds); i++ {
		if i < len(bounds) && !bounds[i].strong {
			continue
		}
		segEnd := w1
		if i < len(bounds) {
			segEnd = bounds[i].at
		}
		// Weak boundaries inside [segStart, segEnd).
		cs, opener := segStart, segOpener
		for _, b := range bounds {
			if b.strong || b.at <= cs || b.at >= segEnd {
				continue
			}
			if hasTrigger(cs, b.at) && hasTrigger(b.at, segEnd) {
				emit(cs, b.at, opener)
				cs, opener = b.at, b.opener
			}
		}
		emit(cs, segEnd, opener)
		if i < len(bounds) {
			segStart, segOpener = bounds[i].at, bounds[i].opener
		}
	}
	out = e.joinDateClauses(out, hasTrigger)
	e.clauseBuf = out
	for i := range out {
		out[i].span = e.clauseSpan(out[i], s, len(out) == 1)
	}
	return out
}

// onlyDate reports whether clause c is a date, with at most
// maxDateOpening words before it.
func (e *extraction) onlyDate(c clause) bool {
	end := e.words[c.last].span[1]
	i, _ := slices.BinarySearchFunc(e.timeSpans, end, func(x document.Span, off int) int { return x[1] - off })
	if i >= len(e.timeSpans) || e.timeSpans[i][1] != end {
		return false
	}
	return e.wordAt(e.timeSpans[i][0])-c.first <= maxDateOpening
}

// joinDateClauses joins a clause that states no event and is only a date
// to the clause after it, which the date opens ("ในเดือนมกราคม พ.ศ. 2534
// กองกำลังผสมเริ่มทิ้งระเบิด", cut at the space after the year).
func (e *extraction) joinDateClauses(out []clause, hasTrigger func(a, b int) bool) []clause {
	joined := out[:0]
	for i := 0; i < len(out); i++ {
		c := out[i]
		if i+1 < len(out) && !hasTrigger(c.first, c.last+1) && e.onlyDate(c) {
			out[i+1].first, out[i+1].opener = c.first, c.opener
			continue
		}
		joined = append(joined, c)
	}
	return joined
}

// thaiSpaceBreak reports whether the space before word k ends a clause:
// in Thai a space between two Thai words does, unless it belongs to a name
// ("พล พต") or a date ("พฤษภาคม พ.ศ. 2518").
func (e *extraction) thaiSpaceBreak(k int) bool {
	if e.key != "th" || !e.words[k].spaced {
		return false
	}
	prev, next := e.words[k-1], e.words[k]
	last, _ := utf8.DecodeLastRuneInString(e.text[prev.b0:prev.b1])
	first, _ := utf8.DecodeRuneInString(e.text[next.b0:next.b1])
	// A date or a quantity ending in digits ends its clause too: "ใน พ.ศ.
	// 2518 การปะทะ…", "ชนะด้วยคะแนนเสียงร้อยละ 82.7 ติมอร์-เลสเต…".
	if !unicode.Is(unicode.Thai, first) || !unicode.Is(unicode.Thai, last) && !endsAny(e.timeSpans, prev.span[1]) && !e.endsQuantity(prev.span[1]) {
		return false
	}
	// A date ends its clause even before a padded name: "ใน พ.ศ. 2533
	// ซัดดัม ฮุสเซน ผู้นำอิรักได้…".
	if endsAny(e.timeSpans, prev.span[1]) && !e.actorCrosses(prev.span[1], next.span[0]) {
		return true
	}
	// Thai writers pad a name written with a space by spaces: "คือ พล พต และ".
	// A name glued to the verb after it opens a clause: "…การเลือกตั้ง
	// ซัดดัม ฮุสเซนประกาศ".
	if p := e.actorStartingAt(next.span[0]); p >= 0 && e.spaced(e.actors[p].span) && !e.gluedToThai(e.actors[p].span[1]) {
		return false
	}
	if p := e.actorEndingAt(prev.span[1]); p >= 0 && e.spaced(e.actors[p].span) {
		return false
	}
	if e.inSpacedList(k) || e.objectListAt(k) {
		return false
	}
	// Thai sets a date off by a space ("ยึดได้ใน พ.ศ. 2518"): it belongs to
	// the clause before it, unless it stands bare between two spaces and so
	// opens the next one ("…เป็นฝ่ายชนะ ปลาย พ.ศ. 2518 ทหารอินโดนีเซีย…").
	if startsAny(e.timeSpans, next.span[0]) {
		return e.bareDateOpens(k)
	}
	// So does a preposition and its date: "เข้าร่วมองค์การการค้าโลก
	// เมื่อปี 2550".
	if e.prepositionBeforeDate(k) {
		return false
	}
	return !crossesAny(e.timeSpans, prev.span[1], next.span[0]) && !e.actorCrosses(prev.span[1], next.span[0])
}

// bareDateOpens reports whether the date starting at word k, after a space,
// opens the clause after it: no preposition before it or at its start
// (ใน, เมื่อ, หลัง), and a space and Thai text after it.
func (e *extraction) bareDateOpens(k int) bool {
	const prepositions = cuePlace | cueSub | cueOblique
	for _, w := range []int{k - 1, k} {
		if ci := e.cueAt[w]; ci >= 0 && e.cues[ci].info.kinds&prepositions != 0 {
			return false
		}
	}
	i, _ := slices.BinarySearchFunc(e.timeSpans, e.words[k].span[0], func(x document.Span, off int) int { return x[0] - off })
	after := e.wordAt(e.timeSpans[i][1])
	if after >= len(e.words) || !e.words[after].spaced {
		return false
	}
	first, _ := utf8.DecodeRuneInString(e.text[e.words[after].b0:e.words[after].b1])
	return unicode.Is(unicode.Thai, first)
}

// prepositionBeforeDate reports whether word k is a preposition (ใน,
// เมื่อ) that a date follows.
func (e *extraction) prepositionBeforeDate(k int) bool {
	if !e.cueStartsAt(k, cuePlace|cueSub|cueOblique) {
		return false
	}
	after := e.cues[e.cueAt[k]].last + 1
	return after < len(e.words) && startsAny(e.timeSpans, e.words[after].span[0])
}

// endsQuantity reports whether a quantity ends at offset.
func (e *extraction) endsQuantity(offset int) bool {
	q := e.in.Quantities
	i, _ := slices.BinarySearchFunc(e.quants, offset, func(idx, off int) int { return q[idx][1] - off })
	for ; i < len(e.quants) && q[e.quants[i]][1] <= offset; i++ {
		if q[e.quants[i]][1] == offset {
			return true
		}
	}
	return false
}

// endsAny reports whether a span of the sorted list ends at offset.
func endsAny(spans []document.Span, offset int) bool {
	i, _ := slices.BinarySearchFunc(spans, offset, func(x document.Span, off int) int { return x[0] - off })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if spans[k][1] == offset {
			return true
		}
	}
	return false
}

// startsAny reports whether a span of the sorted list starts at offset.
func startsAny(spans []document.Span, offset int) bool {
	_, ok := slices.BinarySearchFunc(spans, offset, func(x document.Span, off int) int { return x[0] - off })
	return ok
}

// inSpacedList reports whether the space before word k separates items of
// a list of names written with spaces: "อินโดนีเซีย มาเลเซีย ฟิลิปปินส์
// และสิงคโปร์". Two names alone are not a list: "…อิรัก คูเวตถูก…" ends
// one clause and starts the next.
func (e *extraction) inSpacedList(k int) bool {
	prev := e.actorEndingAt(e.words[k-1].span[1])
	if prev < 0 {
		return false
	}
	next := e.actorStartingAt(e.words[k].span[0])
	if next < 0 {
		// "ฟิลิปปินส์ และสิงคโปร์": a coordinator and a name end the list.
		ci := e.cueAt[k]
		return ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&cueCoord != 0 &&
			e.actorStartingAt(e.words[e.cues[ci].last].span[1]) >= 0 && e.spacedJoin(prev-1, prev)
	}
	return e.spacedJoin(prev-1, prev) || e.spacedJoin(next, next+1) || e.coordAfter(next)
}

// objectListAt reports whether words from k on are names written with
// spaces that end in a conjunction before a verb: "ประณามสหรัฐ จีน
// อาเซียนและเริ่ม…". They end the list of objects of the clause before;
// the verb after the conjunction shares that clause's subject.
func (e *extraction) objectListAt(k int) bool {
	names := 0
	for k < len(e.words) {
		p := e.actorStartingAt(e.words[k].span[0])
		if p < 0 {
			break
		}
		names++
		k = e.wordAt(e.actors[p].span[1])
	}
	if names == 0 || k >= len(e.words) {
		return false
	}
	ci := e.cueAt[k]
	if ci < 0 || e.cues[ci].first != k || e.cues[ci].info.kinds&cueConj == 0 {
		return false
	}
	next := e.cues[ci].last + 1
	return next < len(e.words) && !e.words[next].spaced && e.actorStartingAt(e.words[next].span[0]) < 0
}

// maxDateOpening is how many words may stand before the date of a clause
// that only dates the next one ("ในเดือนมกราคม พ.ศ. 2534").
const maxDateOpening = 2

// spacedJoin reports whether mentions p and q (p first) stand side by side
// with only a space between.
func (e *extraction) spacedJoin(p, q int) bool {
	if p < 0 || q >= len(e.actors) {
		return false
	}
	k := e.wordAt(e.actors[q].span[0])
	return k > 0 && k < len(e.words) && e.words[k].spaced && e.words[k-1].span[1] == e.actors[p].span[1]
}

// coordAfter reports whether a coordinator follows mention p, and no
// trigger after it: "เวียดนามและอีก 15 ประเทศ".
func (e *extraction) coordAfter(p int) bool {
	k := e.wordAt(e.actors[p].span[1])
	if k >= len(e.words) {
		return false
	}
	ci := e.cueAt[k]
	next := e.cues[max(ci, 0)].last + 1
	return ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&cueCoord != 0 &&
		next < len(e.words) && !e.isTrigger[next]
}

// crossesAny reports whether a span of the sorted list runs across the gap
// [a, b): it starts before a and ends after b.
func crossesAny(spans []document.Span, a, b int) bool {
	i, _ := slices.BinarySearchFunc(spans, a, func(x document.Span, off int) int { return x[0] - off })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if spans[k][1] > b {
			return true
		}
	}
	return false
}

// actorCrosses reports whether an actor mention runs across the gap [a, b).
func (e *extraction) actorCrosses(a, b int) bool {
	i := e.actorAt(a)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if e.actors[k].span[1] > b {
			return true
		}
	}
	return false
}

// clauseSpan is the sentence when it is one clause, else the clause's words
// without punctuation at either end.
func (e *extraction) clauseSpan(c clause, s document.Span, whole bool) document.Span {
	if whole {
		return s
	}
	a, b := c.first, c.last
	for a < b && e.words[a].punct {
		a++
	}
	for b > a && e.words[b].punct {
		b--
	}
	return document.Span{e.words[a].span[0], e.words[b].span[1]}
}

// wordText is the text of word i as written.
func (e *extraction) wordText(i int) string {
	return e.text[e.words[i].b0:e.words[i].b1]
}

// actorStartingAt returns the position in e.actors of a mention starting at
// offset, or -1.
func (e *extraction) actorStartingAt(offset int) int {
	i := e.actorAt(offset)
	if i >= len(e.actors) || e.actors[i].span[0] != offset {
		return -1
	}
	return i
}

// actorEndingAt returns the position in e.actors of a mention ending at
// offset, or -1.
func (e *extraction) actorEndingAt(offset int) int {
	i := e.actorAt(offset)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if e.actors[k].span[1] == offset {
			return k
		}
	}
	return -1
}

// gluedToThai reports whether a Thai letter stands at offset, written
// right after what ends there.
func (e *extraction) gluedToThai(offset int) bool {
	rt := e.in.Text
	if offset >= rt.Len() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rt.Text[rt.ByteOffset(offset):])
	return unicode.Is(unicode.Thai, r)
}

// spaced reports whether the text of sp contains a space.
func (e *extraction) spaced(sp document.Span) bool {
	return strings.ContainsFunc(e.in.Text.Slice(sp), unicode.IsSpace)
}

// nounPhraseAt reports whether a name or a filler ("its", "the") stands
// at word k.
func (e *extraction) nounPhraseAt(k, w1 int) bool {
	if k >= w1 {
		return false
	}
	if e.actorStartingAt(e.words[k].span[0]) >= 0 {
		return true
	}
	ci := e.cueAt[k]
	return ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&cueFiller != 0
}

// maxListLookahead is how many words may stand between a list's "and"
// and the name it adds ("and the government of the PRK").
const maxListLookahead = 4

// actorSoonAfter reports whether an actor mention starts within
// maxListLookahead words from word k, with no punctuation or trigger
// before it.
func (e *extraction) actorSoonAfter(k, w1 int) bool {
	for n := 0; k < w1 && n <= maxListLookahead; n++ {
		if e.actorStartingAt(e.words[k].span[0]) >= 0 {
			return true
		}
		if e.words[k].punct || e.isTrigger[k] {
			return false
		}
		k++
	}
	return false
}

// maxFillers is how many filler phrases may stand between a cue and its
// actor ("by the Thai army").
const maxFillers = 3
