package event

import (
	"slices"

	"chronicle/internal/document"
)

// topic is what the text last spoke about: the subject of the last clause,
// and the last person and the last group that were subjects, for pronouns.
// It holds positions in e.actors and is forgotten at a paragraph or section
// start.
type topic struct {
	subjects []int
	// sentence is the start of the sentence that set subjects.
	sentence      int
	person, group int // -1 when unknown
	// barrier is the paragraph or section start the topic belongs to.
	barrier int
}

// enterSentence forgets the topic when sentence s starts a new paragraph
// or section.
func (e *extraction) enterSentence(s document.Span) {
	if b := e.barrierBefore(s[0]); b != e.topic.barrier {
		e.topic = newTopic(b)
	}
}

func newTopic(barrier int) topic {
	return topic{barrier: barrier, person: -1, group: -1, sentence: -1}
}

// setTopic makes the mentions at positions ps the subject of the text.
func (e *extraction) setTopic(ps []int, sentence int) {
	if len(ps) == 0 {
		return
	}
	// The readers of subjects copy them: its array can be reused.
	e.topic.subjects, e.topic.sentence = append(e.topic.subjects[:0], ps...), sentence
	if e.actors[ps[0]].kind == "person" {
		e.topic.person = ps[0]
	} else {
		e.topic.group = ps[0]
	}
}

// noteSubject updates the topic after clause c, whose events are evs: the
// last person named there not after a preposition is the one "he" points
// at next; a clause without an event that names an actor in subject position (among
// its first words, not after a preposition; "ผู้นำพรรค X" counts for X)
// makes it, with the names joined to it, the topic. Events set the topic as they
// are assembled.
func (e *extraction) noteSubject(c clause, evs []Event) {
	lo, hi := e.actorsWithin(c.span)
	// "he" is most often the person last named as a subject: "Pol Pot was
	// prepared … However, he succumbed".
	for p := hi - 1; p >= lo; p-- {
		if e.actors[p].kind == "person" && !e.oblique(p, c.first) && !e.objectOfTrigger(p, c.first) {
			e.topic.person = p
			break
		}
	}
	if len(evs) > 0 {
		return
	}
	for p := lo; p < hi; p++ {
		if e.key == "th" && e.openingWords(c.first, e.actors[p].word) > maxSubjectOffset {
			return // a Thai subject opens its clause: not "ที่เข้าร่วม…เรื่องกัมพูชา"
		}
		if _, ok := e.cueBefore(e.actors[p].word, c.first, cueOblique); !ok && e.actors[p].kind != "place" {
			e.setTopic(e.coordinated(p, lo, hi, -1), e.sentenceStart(c))
			return
		}
	}
}

// maxSubjectOffset is how many words (dates and fillers not counted) may
// open a Thai clause before its subject ("อย่างไรก็ดี ผู้นำพรรค X").
const maxSubjectOffset = 3

// openingWords counts the words of [a, b) that are neither punctuation,
// fillers nor parts of a time mention.
func (e *extraction) openingWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if e.words[k].punct {
			continue
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueFiller != 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(e.timeSpans, e.words[k].span[0]+1, func(x document.Span, off int) int { return x[0] - off })
		if i > 0 && e.timeSpans[i-1].Contains(e.words[k].span) {
			continue
		}
		n++
	}
	return n
}

// sentenceStart is the start of the sentence holding clause c.
func (e *extraction) sentenceStart(c clause) int {
	i, _ := slices.BinarySearchFunc(e.sents, c.span[0]+1, func(s document.Span, off int) int { return s[0] - off })
	if i == 0 {
		return 0
	}
	return e.sents[i-1][0]
}

// oblique reports whether the mention at position p stands after a
// preposition, "by" or a role noun, fillers between ("against the
// Vietnamese", "supported by China", "ของเขมรแดง", "ผู้นำพรรคฟุนซินเปก"):
// it is not the subject of its clause.
func (e *extraction) oblique(p, lower int) bool {
	_, ok := e.cueBefore(e.actors[p].word, lower, cueOblique|cueAgent|cueModifier|cuePossessor)
	return ok
}

// modifies reports whether the mention at position p modifies the noun
// before it ("the government of Vietnam", "รัฐบาลของเขมรแดง").
func (e *extraction) modifies(p, lower int) bool {
	_, ok := e.cueBefore(e.actors[p].word, lower, cueModifier|cuePossessor)
	return ok
}

// maxSubjectGap is how many words (fillers, auxiliaries and adverbs not
// counted) may stand between a subject and its verb ("Vietnam
// subsequently agreed", "เวียดนามได้ถอน").
const maxSubjectGap = 3

// adjacent reports whether the mention at position p stands right before
// trigger t: at most maxSubjectGap words between, fillers not counted, and
// no punctuation, conjunction or other trigger.
func (e *extraction) adjacent(p int, t trigger) bool {
	n := 0
	for k := e.wordAt(e.actors[p].span[1]); k < t.first; k++ {
		if e.words[k].punct && !isQuote(e.wordText(k)) || e.isTrigger[k] {
			return false
		}
		if ci := e.cueAt[k]; ci >= 0 {
			switch kinds := e.cues[ci].info.kinds; {
			case kinds&cueConj != 0:
				return false // "as Syria and decided to attack"
			case kinds&cueFiller != 0:
				k = e.cues[ci].last
				continue
			}
		}
		n++
	}
	return n <= maxSubjectGap
}

func isQuote(s string) bool {
	switch s {
	case "'", "\"", "“", "”", "‘", "’", "'s", "’s":
		return true
	}
	return false
}

// subject picks the source of an active trigger among the mentions before
// it in its clause (before: nearest first):
//
//  1. The nearest mention, when it stands right before the trigger
//     ("China attacked", "Vietnamese occupation", "troops loyal to Hun Sen
//     attacked", "เวียดนามได้ถอน"), unless an earlier mention can be the
//     subject and the nearest only modifies a noun ("Sihanouk, leader of
//     FUNCINPEC, agreed", "สหรัฐซึ่ง…รัฐบาลของเขมรแดงได้สนับสนุน"), stands
//     after a preposition ("ผู้นำของเวียดนามหลังการรวมชาติกับกัมพูชานั้น
//     ได้แลกเปลี่ยน") or is the object of another trigger ("สวีเดนที่เคย
//     สนับสนุนเวียดนามถอนการรับรอง").
//  2. A pronoun right before the trigger ("he agreed", "พวกเขายึด"), or
//     before every other candidate, stands for the last person or group
//     that was a subject.
//  3. Else the first mention of the clause not after a preposition: the
//     clause's subject, whose verb came earlier ("The U.S. gave China a
//     free hand … and continued to recognize"); else the first that only
//     modifies a noun ("The army of the PRK, …, suffered desertions").
//
// It returns -1 when the clause names no subject.
func (e *extraction) subject(c clause, t trigger, before []int, noun bool) int {
	var cands []int
	for _, p := range before {
		if noun && e.actors[p].kind == "place" {
			continue // "the Paris agreement" names where, not who
		}
		if noun && e.opensSegment(t) {
			break // a list item: "…in 1998, Dissolution of X"
		}
		cands = append(cands, p)
	}
	// The earliest mention that may be the clause's subject: one not after
	// a preposition, else one that only modifies a noun.
	firstFree, firstModifier := -1, -1
	for i := len(cands) - 1; i >= 0; i-- {
		switch p := cands[i]; {
		case !e.oblique(p, c.first):
			if firstFree < 0 {
				firstFree = p
			}
		case !e.afterPreposition(p, c.first):
			if firstModifier < 0 {
				firstModifier = p
			}
		}
	}
	earlier := firstFree
	if earlier < 0 {
		earlier = firstModifier
	}
	if len(cands) > 0 && e.adjacent(cands[0], t) && !e.pronounBetween(cands[0], t) {
		n := cands[0]
		ok := true
		// A name right before the trigger is its subject or, before a
		// noun, its modifier: "with Vietnamese troops attacking", "under
		// Vietnamese military occupation".
		right := e.wordsBetween(n, t) == 0 || noun && e.wordsBetween(n, t) <= 1
		if earlier >= 0 && earlier != n {
			switch {
			case e.objectOfTrigger(n, c.first):
				ok = false // "Sweden, which had supported Vietnam, withdrew"
			case e.afterPreposition(n, c.first):
				ok = right
			case e.modifies(n, c.first):
				// "At the Jakarta meeting, the minister of Australia
				// proposed": a place is no better subject than the
				// role noun's possessor.
				ok = firstFree < 0 || noun && right || e.actors[firstFree].kind == "place"
			}
		}
		if ok {
			return n
		}
	}
	if pr, ok := e.pronounBefore(c, t); ok {
		return e.resolve(pr, c, cands)
	}
	if pr, ok := e.openingPronoun(c, t, earlier); ok {
		return e.resolve(pr, c, cands)
	}
	return earlier
}

// wordsBetween counts the words between mention p and trigger t, fillers
// and quotes not counted.
func (e *extraction) wordsBetween(p int, t trigger) int {
	n := 0
	for k := e.wordAt(e.actors[p].span[1]); k < t.first; k++ {
		if e.words[k].punct {
			continue
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cueFiller != 0 {
			k = e.cues[ci].last
			continue
		}
		n++
	}
	return n
}

// afterPreposition reports whether the mention at position p stands after
// a preposition or "by" (not a possessive "of"/ของ).
func (e *extraction) afterPreposition(p, lower int) bool {
	_, ok := e.cueBefore(e.actors[p].word, lower, cueOblique|cueAgent)
	return ok
}

// objectOfTrigger reports whether the mention at position p directly
// follows a trigger word, fillers between: it is that verb's object.
func (e *extraction) objectOfTrigger(p, lower int) bool {
	k := e.actors[p].word - 1
	for n := 0; k >= lower && n <= maxFillers; n++ {
		if e.isTrigger[k] {
			return true
		}
		ci := e.cueAt[k]
		if ci < 0 || e.cues[ci].info.kinds&cueFiller == 0 {
			return false
		}
		k = e.cues[ci].first - 1
	}
	return false
}

// openingPronoun returns a pronoun that stands before every possible
// subject of clause c ("He would respond to General X's offers and …
// announced").
func (e *extraction) openingPronoun(c clause, t trigger, earlier int) (cueHit, bool) {
	end := t.first
	if earlier >= 0 {
		end = e.actors[earlier].word
	}
	for k := c.first; k < end; k++ {
		if e.isTrigger[k] {
			return cueHit{}, false
		}
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].first == k && e.cues[ci].info.kinds&cuePronoun != 0 && !e.cues[ci].info.possessive {
			return e.cues[ci], true
		}
	}
	return cueHit{}, false
}

// opensSegment reports whether t is the first word after a comma or
// semicolon, fillers between.
func (e *extraction) opensSegment(t trigger) bool {
	k := t.first - 1
	for n := 0; k >= 0 && n <= maxFillers; n++ {
		if e.words[k].punct {
			switch e.wordText(k) {
			case ",", ";", ":":
				return true
			}
			return false
		}
		ci := e.cueAt[k]
		if ci < 0 || e.cues[ci].info.kinds&cueFiller == 0 {
			return false
		}
		k = e.cues[ci].first - 1
	}
	return false
}

// pronounBefore returns the pronoun standing right before t in clause c.
func (e *extraction) pronounBefore(c clause, t trigger) (cueHit, bool) {
	n := 0
	for k := t.first - 1; k >= c.first && n <= maxSubjectGap; k-- {
		if e.words[k].punct || e.isTrigger[k] {
			return cueHit{}, false
		}
		ci := e.cueAt[k]
		if ci < 0 {
			n++
			continue
		}
		h := e.cues[ci]
		if h.info.kinds&cuePronoun != 0 {
			// "his troops attacked", not "apologised for their role and declared".
			return h, !h.info.possessive || n <= 1
		}
		if h.info.kinds&cueFiller == 0 {
			n++
		}
		k = h.first
	}
	return cueHit{}, false
}

// pronounBetween reports whether a pronoun stands between mention p and
// trigger t.
func (e *extraction) pronounBetween(p int, t trigger) bool {
	for k := e.wordAt(e.actors[p].span[1]); k < t.first; k++ {
		if ci := e.cueAt[k]; ci >= 0 && e.cues[ci].info.kinds&cuePronoun != 0 {
			return true
		}
	}
	return false
}

// resolve returns the mention a pronoun stands for: a subject of the right
// kind earlier in its clause, else the last person or group that was a
// subject, or -1.
func (e *extraction) resolve(pr cueHit, c clause, cands []int) int {
	if pr.info.latter {
		return e.lastNamedBefore(pr.span[0])
	}
	// An antecedent earlier in the clause comes first: "ผู้นำพรรค X
	// ปฏิเสธ…และพวกเขาประกาศ".
	for i := len(cands) - 1; i >= 0; i-- {
		p := cands[i]
		if e.actors[p].span[1] > pr.span[0] || e.afterPreposition(p, c.first) {
			continue
		}
		if person := e.actors[p].kind == "person"; person && pr.info.person || !person && pr.info.group {
			return p
		}
	}
	switch {
	case pr.info.person && e.topic.person >= 0:
		return e.topic.person
	case pr.info.group && e.topic.group >= 0:
		return e.topic.group
	}
	return -1
}

// maxDroppedSubjectWords is how many words may open a Thai clause before
// its trigger when the clause has dropped its subject ("ได้ลงนาม",
// "เริ่มเข้ามาทิ้งระเบิด").
const maxDroppedSubjectWords = 3

// dropsSubject reports whether a Thai clause has no subject of its own:
// its verb trigger comes within its first few words and no actor stands
// before it. A noun trigger ("ผู้ลี้ภัย…อพยพ") is a subject itself.
func (e *extraction) dropsSubject(c clause, t trigger, before []int, noun bool) bool {
	if e.key != "th" || len(before) > 0 || noun || t.opensWithNoun {
		return false
	}
	if _, ok := e.pronounBefore(c, t); ok {
		return false
	}
	n := 0
	for k := c.first; k < t.first; k++ {
		if !e.words[k].punct {
			n++
		}
	}
	return n <= maxDroppedSubjectWords
}

// lastNamedBefore returns the last actor mention that ends before offset
// in its sentence or the one before, or -1: what "the latter" stands for.
func (e *extraction) lastNamedBefore(offset int) int {
	i, _ := slices.BinarySearchFunc(e.sents, offset+1, func(s document.Span, off int) int { return s[0] - off })
	from := 0
	if i >= 2 {
		from = e.sents[i-2][0]
	}
	n, _ := slices.BinarySearchFunc(e.actors, offset, func(a actorRef, off int) int { return a.span[0] - off })
	for p := n - 1; p >= 0 && e.actors[p].span[0] >= from; p-- {
		if e.actors[p].span[1] <= offset {
			return p
		}
	}
	return -1
}
