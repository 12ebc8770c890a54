package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

// timeFor picks the time of t, as an index into the document's times:
//
//  1. A clause that names a recurring time ("each year", "ทุกปี") tells a
//     habit: no time.
//  2. A DATE in the trigger's own comma segment of the clause.
//  3. Nothing more when the clause or the sentence's opening names its
//     time by words that are no calendar date ("after that",
//     "ในสมัยเขมรแดง").
//  4. A DATE in a segment of the clause that states no other event ("In
//     1992, …, imposed … in 1975, were lifted" dates "lifted" 1992), then
//     anywhere in the clause, skipping background dates that jump back
//     before the narrative date without opening the sentence; then in the
//     sentence, earlier clauses first: a date governs the clauses after it.
//  5. The narrative date in force: the last DATE before the sentence that
//     moves the story's reference (see narrativeDate), in the same
//     paragraph and section.
//
// Bounds ("before 1979") are taken in the clause and sentence only when
// nothing else is at hand.
func (e *extraction) timeFor(t trigger, c clause, st *sentenceState) (i int, ok, inherited bool) {
	if e.hasSet(c.span) {
		return 0, false, false
	}
	segs := e.segments(c)
	own := segs[t.first-c.first]
	// A date after an infinitive complement dates the complement: "agreed
	// to withdraw in September 1989".
	complement := e.infinitiveAfter(t)
	inClause := func(w int) bool { return w >= c.first && w <= c.last && !(complement && w > t.last) }
	if i, ok := e.nearestDate(c.span, t.span, func(w, _ int) bool { return inClause(w) && segs[w-c.first] == own }); ok {
		return i, true, false
	}
	if e.undatedPeriod(t, c, st) {
		return 0, false, false
	}
	narrative, hasNarrative := e.narrativeDate(st.span[0], e.sameTime(c, st))
	// A date in another segment of the clause that jumps back before the
	// narrative date is background ("Argentina, which had claimed them in
	// 1833, surrendered").
	foreground := func(w, i int) bool {
		if !inClause(w) {
			return false
		}
		m := e.in.Times[i]
		return !hasNarrative || e.opensSentence(m.Span) || !jumpsBack(m, e.in.Times[narrative])
	}
	busy := map[int]bool{}
	for k := c.first; k <= c.last; k++ {
		if e.isTrigger[k] {
			busy[segs[k-c.first]] = true
		}
	}
	free := func(w, i int) bool { return inClause(w) && !busy[segs[w-c.first]] && foreground(w, i) }
	for _, try := range []struct {
		within document.Span
		keep   func(w, i int) bool
	}{
		{c.span, free},
		{c.span, foreground},
		{document.Span{st.span[0], c.span[0]}, nil},
		{document.Span{c.span[1], st.span[1]}, func(w, _ int) bool { return !hasNarrative || !e.opensLaterClause(w) }},
		{document.Span{c.span[1], st.span[1]}, func(w, _ int) bool { return !hasNarrative }},
	} {
		if i, ok := e.nearestDate(try.within, t.span, try.keep); ok {
			return i, true, false
		}
	}
	// A lead summarises: its narrative time moves only by dates that open
	// a sentence ("In May 1975, …") or name a period ("grew between 1989
	// and 1991"), not by one that names another event ("…followed the
	// referendum of 30 August 1999").
	if hasNarrative && st.span[0] < e.in.LeadEnd && !e.opensSentence(e.in.Times[narrative].Span) && !strings.Contains(e.in.Times[narrative].Value, "/") {
		return 0, false, false
	}
	return narrative, hasNarrative, hasNarrative
}

// infinitiveAfter reports whether an English infinitive follows trigger
// t: "to" and a word that is no name, filler or number ("agreed to
// withdraw", not "withdrew to Thailand" or "fled to the border").
func (e *extraction) infinitiveAfter(t trigger) bool {
	k := t.last + 1
	if e.key != "en" || k+1 >= len(e.words) || !strings.EqualFold(e.wordText(k), "to") {
		return false
	}
	next := e.words[k+1]
	if next.punct || e.actorStartingAt(next.span[0]) >= 0 || startsAny(e.timeSpans, next.span[0]) {
		return false
	}
	if ci := e.cueAt[k+1]; ci >= 0 && e.cues[ci].info.kinds&cueFiller != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.wordText(k + 1))
	return unicode.IsLower(r)
}

// maxOpenerGap is how many words may stand between a conjunction and the
// date that opens its clause ("and in April 1993").
const maxOpenerGap = 2

// opensLaterClause reports whether the date at word w opens a clause after
// a conjunction or subordinator ("…, and in April 1993, X were killed"):
// it governs that clause, not the ones before it.
func (e *extraction) opensLaterClause(w int) bool {
	for k, n := w-1, 0; k >= 0 && n <= maxOpenerGap; k-- {
		if e.words[k].punct {
			return false
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&(cueConj|cueSub) != 0 {
			return true
		}
		n++
	}
	return false
}

// hasSet reports whether a SET expression stands inside sp.
func (e *extraction) hasSet(sp document.Span) bool {
	times := e.in.Times
	j, _ := slices.BinarySearch(e.setStarts, sp[0])
	return j < len(e.sets) && sp.Contains(times[e.sets[j]].Span)
}

// segments numbers the comma segments of clause c: segs[k-c.first] is the
// segment of word k. Commas and brackets cut segments.
// The array is e.segs, reused from trigger to trigger.
func (e *extraction) segments(c clause) []int {
	segs := resize(e.segs, c.last-c.first+1)
	e.segs = segs
	n := 0
	for k := c.first; k <= c.last; k++ {
		if e.words[k].punct {
			switch e.wordText(k) {
			case ",", "(", ")", "[", "]", ":":
				n++
			}
		}
		segs[k-c.first] = n
	}
	return segs
}

// nearestDate returns the DATE inside within that is nearest to trig,
// preferring those that are not bounds. When keep is set, only dates
// for which keep(first word, time index) holds count.
func (e *extraction) nearestDate(within, trig document.Span, keep func(word, i int) bool) (int, bool) {
	times := e.in.Times
	i, _ := slices.BinarySearch(e.dateStarts, within[0])
	best, bestBound, bestDist := -1, false, 0
	for ; i < len(e.dates) && times[e.dates[i]].Span[0] < within[1]; i++ {
		m := times[e.dates[i]]
		if !within.Contains(m.Span) {
			continue
		}
		if keep != nil && !keep(e.wordAt(m.Span[0]), e.dates[i]) {
			continue
		}
		d, bound := distance(m.Span, trig), isBound(m)
		if best < 0 || (bestBound && !bound) || (bound == bestBound && d < bestDist) {
			best, bestBound, bestDist = e.dates[i], bound, d
		}
	}
	return best, best >= 0
}

func isBound(m timex.Mention) bool { return m.Mod == "BEFORE" || m.Mod == "AFTER" }

// undatedPeriod reports whether clause c, or the opening of its sentence,
// names the event's time by words that are no calendar date: the narrative
// date is then not its time. Another trigger between the phrase and t takes
// it ("declared the killings in the era of X genocide").
func (e *extraction) undatedPeriod(t trigger, c clause, st *sentenceState) bool {
	for k := c.first; k <= c.last; k++ {
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueUndated != 0 && !e.triggerBetween(t, k) {
			return true
		}
	}
	ci := e.cueAt[st.w0]
	return ci >= 0 && e.cues[ci].info.kinds&cueUndated != 0
}

// sameTime reports whether clause c, or the opening of its sentence, says
// the event happened at the time just named ("at the same time",
// "ในเวลาเดียวกัน").
func (e *extraction) sameTime(c clause, st *sentenceState) bool {
	return e.hasCue(c, st, cueSameTime)
}

// hasCue reports whether clause c, or the opening of its sentence, holds a
// cue of kind.
func (e *extraction) hasCue(c clause, st *sentenceState, kind cueKind) bool {
	for k := c.first; k <= c.last; k++ {
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&kind != 0 {
			return true
		}
	}
	ci := e.cueAt[st.w0]
	return ci >= 0 && e.cues[ci].info.kinds&kind != 0
}

// triggerBetween reports whether a word of another trigger stands between
// t and word k.
func (e *extraction) triggerBetween(t trigger, k int) bool {
	a, b := k+1, t.first
	if k > t.last {
		a, b = t.last+1, k
	}
	for j := a; j < b; j++ {
		if e.isTrigger[j] {
			return true
		}
	}
	return false
}

// maxNarrativeLookback bounds how many dates back the narrative date is
// looked for.
const maxNarrativeLookback = 32

// narrativeDate returns the date in force at offset: the last DATE before
// it that moves the story's reference, not before the start of its
// paragraph or section. A date moves the reference unless it is
// background (docs/annotation/times.md): a bound inside its sentence
// ("imposed until 1975"; "From August 1979 onward, …" at the opening of
// a sentence does move it), or a date inside its sentence that jumps back
// before the date read before it ("Sihanouk, held in 1976, was flown out"
// in a paragraph about 1979). With anyDate the last DATE is taken whatever
// it is: "at the same time" points at it.
func (e *extraction) narrativeDate(offset int, anyDate bool) (int, bool) {
	times := e.in.Times
	floor := e.barrierBefore(offset)
	n, _ := slices.BinarySearch(e.dateStarts, offset)
	for j := n - 1; j >= 0 && j >= n-maxNarrativeLookback; j-- {
		m := times[e.dates[j]]
		if m.Span[0] < floor {
			break
		}
		if m.Span[1] > offset {
			continue
		}
		if anyDate {
			return e.dates[j], true
		}
		opens := e.opensSentence(m.Span)
		if isBound(m) && !(opens && m.Mod == "AFTER") || e.attributive(m.Span) {
			continue
		}
		if !opens && j > 0 && jumpsBack(m, times[e.dates[j-1]]) {
			continue
		}
		return e.dates[j], true
	}
	return 0, false
}

// attributive reports whether the date at sp names an event as a
// modifier of a noun ("the 1993 elections", "the 1991 Paris Agreements"):
// it tells which event, not when the story is.
func (e *extraction) attributive(sp document.Span) bool {
	if e.key != "en" {
		return false
	}
	w := e.wordAt(sp[0])
	after := e.wordAt(sp[1])
	if w == 0 || after >= len(e.words) || e.words[after].punct {
		return false
	}
	switch strings.ToLower(e.wordText(w - 1)) {
	case "the", "a", "an", "its", "their", "his", "her":
		return true
	}
	return false
}

// jumpsBack reports whether m lies wholly before prev, the date read before
// it.
func jumpsBack(m, prev timex.Mention) bool {
	end, start := m.Interval[1], prev.Interval[0]
	return end != "" && start != "" && end < start
}

// maxOpeningWords is how many words may stand before a date that opens its
// sentence ("Starting in 1983", "ต่อมา ใน").
const maxOpeningWords = 3

// opensSentence reports whether sp stands at the opening of its sentence.
func (e *extraction) opensSentence(sp document.Span) bool {
	i, _ := slices.BinarySearchFunc(e.sents, sp[0]+1, func(s document.Span, off int) int { return s[0] - off })
	if i == 0 || !e.sents[i-1].Contains(sp) {
		return false
	}
	n := 0
	for k := e.wordAt(e.sents[i-1][0]); k < len(e.words) && e.words[k].span[1] <= sp[0]; k++ {
		if !e.words[k].punct {
			n++
		}
	}
	return n <= maxOpeningWords
}

// minBarrierLen is the shortest excluded span that ends a section: shorter
// ones are stray markup.
const minBarrierLen = 3

// findBarriers returns the offsets where the narrative date stops: the
// start of a paragraph (after a blank line) and of an excluded span such as
// a heading, sorted.
func findBarriers(rt *document.RuneText, excl []document.Span) []int {
	var out []int
	text := rt.Text
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '\n')
		if i < 0 {
			break
		}
		j := from + i + 1
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			out = append(out, rt.RuneOffset(k+1))
		}
		from = j
	}
	for _, sp := range excl {
		if sp.Len() >= minBarrierLen {
			out = append(out, sp[0])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// barrierBefore returns the last barrier at or before offset, or 0.
func (e *extraction) barrierBefore(offset int) int {
	i, ok := slices.BinarySearch(e.barriers, offset)
	if ok {
		return offset
	}
	if i == 0 {
		return 0
	}
	return e.barriers[i-1]
}
