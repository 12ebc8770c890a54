package quantity

import "unicode"

// notAModifier are the words that end the run of modifiers between a number
// and its counted noun: function words, durations, months, numbers.
var notAModifier = roles(roleStop, roleTime, roleMonth, roleOf, roleNumUnit, roleNumTens, roleNumHundred,
	roleNumScale, roleRangeJoin, roleApprox, roleMin, roleMax)

// setUnit takes the unit of a unit noun; a unit with a military variant
// ("men": person|soldier) takes the variant when a military word stands in
// the sentence or the one before.
func (s *scanner) setUnit(d *draft, e entry, m phraseMatch) {
	d.unit, d.factor, d.noun, d.unitAfter = e.unit, e.value, string(s.r[m.start:m.end]), true
	if e.inContext != "" && s.militaryNear(d.left) {
		d.unit = e.inContext
	}
}

// Bounds of the text read for military words around a count.
const (
	contextBack    = 600
	contextForward = 400
)

// militaryNear reports a military word in the sentence around p or in the
// sentence before it.
func (s *scanner) militaryNear(p int) bool {
	r := s.r
	from, ends := p, 0
	for from > 0 && p-from < contextBack {
		if isSentenceEnd(r, from-1) {
			ends++
			if ends == 2 {
				break
			}
		}
		from--
	}
	to := p
	for to < len(r) && to-p < contextForward && !isSentenceEnd(r, to) {
		to++
	}
	for i := from; i < to; i++ {
		if !isWordLetter(r[i]) || (i > 0 && isWordLetter(r[i-1])) {
			continue
		}
		if _, ok := s.lx.after.longest(r, i, 0, to, roles(roleMilitary)); ok {
			return true
		}
	}
	return false
}

// isSentenceEnd reports a line break, or a full stop, question or
// exclamation mark followed by white space or the end of the text.
func isSentenceEnd(r []rune, i int) bool {
	switch r[i] {
	case '\n', '\r', 0x2029:
		return true
	case '.', '!', '?':
		return i+1 == len(r) || unicode.IsSpace(r[i+1])
	}
	return false
}

// wordEnd returns the end of the word at p: letters, inner hyphens and
// apostrophes.
func wordEnd(r []rune, p int) int {
	for p < len(r) && (isWordLetter(r[p]) || ((r[p] == '-' || r[p] == '\'' || r[p] == '’') && p+1 < len(r) && isWordLetter(r[p+1]))) {
		p++
	}
	return p
}

// looksPlural reports a lowercase English word with a plural ending
// ("factions", "parties", "administrations"); words in -ss, -us and -is
// (across, various, crisis) are not plurals. Function words that end in s
// (its, was, perhaps) are stop words in context_en.tsv and never get here.
func looksPlural(w []rune) bool {
	n := len(w)
	if n < 4 || !unicode.IsLower(w[0]) || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'', '’':
		return false
	}
	return true
}

// nounFollows reports whether a noun follows a demonym ending at p, so
// that the demonym is an adjective ("Vietnamese troops", "Laotian border
// guards") rather than a count of people ("half a million Somalis,"). After
// one, any lowercase content word is taken for a noun ("one Vietnamese
// official").
func (s *scanner) nounFollows(p int, one bool) bool {
	r := s.r
	for words := 0; words < 2; words++ {
		q := s.skipFwd(p, len(r))
		if q == p || q >= len(r) || !isWordLetter(r[q]) {
			return false
		}
		if _, ok := s.lx.after.longest(r, q, 0, len(r), roles(roleUnit)); ok {
			return true
		}
		if _, ok := s.lx.after.longest(r, q, 0, len(r), notAModifier); ok {
			return false
		}
		end := wordEnd(r, q)
		if looksPlural(r[q:end]) || (one && unicode.IsLower(r[q])) {
			return true
		}
		p = end
	}
	return false
}

// smallCountOK decides whether a spelled number below a hundred with no
// scale word is a count. With a unit after it always is; an English one
// needs a counted noun after it ("the two rival parties", not "the
// two met") and is not a capitalised word inside a name ("the Big Four");
// a Thai one needs a classifier or ทั้ง before it (ทั้งสาม), and is not part of
// a name (สหพันธ์แรงงานสามฝ่าย).
func (s *scanner) smallCountOK(d *draft, c core, plural bool, hi int) bool {
	if d.fraction {
		return true
	}
	if c.thai {
		if s.inThaiName(c.start) {
			return false
		}
		if d.unitAfter {
			return true
		}
		if s.thaiAllCount(d, c, hi) {
			// With no classifier the noun before may be a formation
			// (กองทัพทั้งสาม "the three armies"): keep the count bare.
			d.unit, d.noun = "", ""
			return true
		}
		return false
	}
	if s.capitalisedInName(c.start) {
		return false
	}
	return d.unitAfter || (plural && d.value != 1)
}

// capitalisedInName reports a capitalised number word that does not start a
// sentence: "the Big Four", "Group of Seven".
func (s *scanner) capitalisedInName(i int) bool {
	r := s.r
	if !unicode.IsUpper(r[i]) {
		return false
	}
	p := s.skipBack(i, 0)
	for p > 0 && isOpening(r[p-1]) {
		p = s.skipBack(p-1, 0)
	}
	if p == 0 {
		return false
	}
	switch r[p-1] {
	case '.', '!', '?', ':', ';', '\n', '\r', '=', '-', '–', '—', '|', '*', '•':
		return false
	}
	return true
}

func isOpening(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[':
		return true
	}
	return false
}

var (
	nameRole  = roles(roleName)
	agentRole = roles(roleAgent)
	nounRole  = roles(roleNoun)
)

// Bounds, in code points, of the glued Thai text read before a spelled
// number for a name head, and after an agent marker for its noun.
const (
	thaiNameReach  = 24
	thaiNounLength = 16
)

// inThaiName reports a spelled Thai number glued, in one run of Thai text,
// after a word that starts a name (สหพันธ์แรงงานสามฝ่าย).
func (s *scanner) inThaiName(i int) bool {
	r := s.r
	lo := i
	for lo > 0 && i-lo < thaiNameReach && isThaiLetter(r[lo-1]) {
		lo--
	}
	for e := i; e > lo; e-- {
		if !s.lx.before.mayStart(r[e-1], nameRole) {
			continue
		}
		if _, ok := s.lx.before.longest(r, e, lo, 0, nameRole); ok {
			return true
		}
	}
	return false
}

// thaiAllCount reads ทั้ง before a small spelled number with no classifier:
// พรรคการเมืองทั้งสี่ได้ร่วมกัน "all four". The number must end the run of
// Thai text or stand before a word of role follow, so that ทั้งสามารถ ("both
// can") is not ทั้งสาม.
func (s *scanner) thaiAllCount(d *draft, c core, hi int) bool {
	if c.scaled || !c.integer || d.value < 2 || d.value > 10 {
		return false
	}
	if _, ok := s.lx.before.longest(s.r, c.start, 0, 0, roles(roleAll)); !ok {
		return false
	}
	if c.end >= hi || !isThaiLetter(s.r[c.end]) {
		return true
	}
	_, ok := s.lx.after.longest(s.r, c.end, 0, hi, roles(roleFollow))
	return ok
}

// thaiAgentFrom returns where the last agent phrase in [lo, p) begins: the
// end of an agent marker (โดย) that a head noun follows directly; -1 when
// there is none. Nouns from there on name who acts, not what is counted.
func (s *scanner) thaiAgentFrom(lo, p int) int {
	r := s.r
	for e := p; e > lo; e-- {
		if !s.lx.before.mayStart(r[e-1], agentRole) {
			continue
		}
		m, ok := s.lx.before.longest(r, e, lo, 0, agentRole)
		if !ok {
			continue
		}
		for k := e + 1; k <= min(e+thaiNounLength, p); k++ {
			if n, ok := s.lx.before.longest(r, k, e, 0, roles(roleNoun)); ok && n.start == e {
				return e
			}
		}
		e = m.start + 1
	}
	return -1
}
