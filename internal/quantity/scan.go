package quantity

import (
	"slices"
	"sort"

	"chronicle/internal/document"
)

// scanner finds the quantities of one text.
type scanner struct {
	lx *lexicon
	r  []rune
	// excl are the excluded spans, clipped, sorted and merged.
	excl    []document.Span
	lastEnd int
	out     []Quantity
}

func newScanner(lx *lexicon, r []rune, exclude []document.Span) *scanner {
	s := &scanner{lx: lx, r: r}
	for _, sp := range exclude {
		a, b := max(sp[0], 0), min(sp[1], len(r))
		if a < b {
			s.excl = append(s.excl, document.Span{a, b})
		}
	}
	slices.SortFunc(s.excl, func(a, b document.Span) int { return a[0] - b[0] })
	merged := s.excl[:0]
	for _, sp := range s.excl {
		if n := len(merged); n > 0 && sp[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], sp[1])
			continue
		}
		merged = append(merged, sp)
	}
	s.excl = merged
	return s
}

// hiFrom is the end of the free stretch from p: the start of the next
// excluded span, or the end of the text.
func (s *scanner) hiFrom(p int) int {
	k := sort.Search(len(s.excl), func(k int) bool { return s.excl[k][1] > p })
	if k < len(s.excl) {
		return max(s.excl[k][0], p)
	}
	return len(s.r)
}

// loFrom is the start of the free stretch that ends at p, never before the
// end of the last quantity found.
func (s *scanner) loFrom(p int) int {
	lo := s.lastEnd
	k := sort.Search(len(s.excl), func(k int) bool { return s.excl[k][1] >= p })
	if k < len(s.excl) && s.excl[k][0] < p {
		return p
	}
	if k > 0 {
		lo = max(lo, s.excl[k-1][1])
	}
	return min(lo, p)
}

func (s *scanner) skipFwd(p, hi int) int {
	for p < hi && isInlineSpace(s.r[p]) {
		p++
	}
	return p
}

func (s *scanner) skipBack(p, lo int) int {
	for p > lo && isInlineSpace(s.r[p-1]) {
		p--
	}
	return p
}

func (s *scanner) run() {
	n := len(s.r)
	k := 0
	for i := 0; i < n; {
		if r := s.r[i]; r < 0x80 && !asciiMayStart[r] {
			i++ // space or punctuation, the commonest runes after letters
			continue
		}
		for k < len(s.excl) && s.excl[k][1] <= i {
			k++
		}
		if k < len(s.excl) && s.excl[k][0] <= i {
			i = s.excl[k][1]
			continue
		}
		// Most words start no number word: skip them before the full
		// lookup, and whatever is neither a letter nor a digit (coreAt
		// would only step over it).
		switch r := s.r[i]; {
		case isThaiLetter(r):
			if !s.lx.thaiStart.mayThai(s.r, i) {
				// Thai runs on without spaces: step over the letters
				// that start no number word in one tight loop.
				i++
				for i < n && s.lx.thaiStart.neverStarts(s.r[i]) {
					i++
				}
				continue
			}
		case isWordLetter(r):
			if end, may := s.lx.wordStart.mayWord(s.r, i); !may {
				i = end
				continue
			}
		case !isDigit(r):
			i++
			continue
		}
		c, ok, skip := s.coreAt(i)
		if !ok {
			i = max(skip, i+1)
			continue
		}
		q, ok, next := s.assemble(c)
		if ok {
			s.out = append(s.out, q)
			s.lastEnd = q.Span[1]
		}
		i = max(next, c.end, i+1)
	}
}

// asciiMayStart marks the ASCII runes at which run looks further: letters
// and digits. It steps over the others as coreAt would.
var asciiMayStart = func() (t [0x80]bool) {
	for r := range rune(0x80) {
		t[r] = isWordLetter(r) || isDigit(r)
	}
	return t
}()

// coreAt reads a number starting at i, or says where to look next.
func (s *scanner) coreAt(i int) (core, bool, int) {
	r := s.r[i]
	switch {
	case isDigit(r):
		if s.gluedToCode(i) {
			j := i
			for j < len(s.r) && (isDigit(s.r[j]) || (isCodeSeparator(s.r[j]) && j+1 < len(s.r) && isDigit(s.r[j+1]))) {
				j++
			}
			return core{}, false, j
		}
		return s.digitsAt(i, s.hiFrom(i))
	case isThaiLetter(r):
		return s.thaiWordsAt(i, s.hiFrom(i))
	case isWordLetter(r):
		return s.englishWordsAt(i, s.hiFrom(i))
	}
	return core{}, false, i + 1
}

// numberAt reads the second number of a range or fraction at p.
func (s *scanner) numberAt(p, hi int) (core, bool) {
	if p >= hi {
		return core{}, false
	}
	var c core
	var ok bool
	switch r := s.r[p]; {
	case isDigit(r):
		c, ok, _ = s.digitsAt(p, hi)
	case isThaiLetter(r):
		c, ok, _ = s.thaiWordsAt(p, hi)
	case isWordLetter(r):
		c, ok, _ = s.englishWordsAt(p, hi)
	}
	return c, ok && !c.vague && !c.fraction
}

var (
	rejectBefore    = roles(roleLabel, roleEra, roleMonth, roleYearPrep)
	unitAfter       = roles(roleCurrency, roleUnit, roleClassifier, roleTime, roleMonth, roleEra, roleOf)
	countedAfter    = roles(roleCurrency, roleUnit, roleClassifier)
	approxAfter     = roles(roleApproxAfter, roleMinAfter, roleMaxAfter)
	notAQuantityEnd = roles(roleTime, roleMonth)
)

// draft collects what is read around a core.
type draft struct {
	left, end  int
	value      float64
	min, max   *float64
	currency   string
	unit       string
	noun       string
	factor     float64
	approx     bool
	bound      role // roleMin or roleMax from an approximation word
	percent    bool
	fraction   bool
	isRange    bool
	unitAfter  bool // a unit, classifier or currency follows the number
	classifier *entry
}

// assemble reads the words around core c and returns the quantity, whether
// it is one, and where scanning goes on.
func (s *scanner) assemble(c core) (Quantity, bool, int) {
	r := s.r
	lo := s.loFrom(c.start)
	hi := s.hiFrom(c.start)
	d := draft{left: c.start, end: c.end, value: c.value(), factor: 1, fraction: c.fraction}

	// What stands right before the number can rule it out (a year, a
	// label, a date); the rejection waits until a range after it is read, so
	// that "June 24 to 26" is skipped whole.
	afterYearPrep, ruledOut := false, false
	if m, ok := s.lx.before.longest(r, s.skipBack(c.start, 0), 0, 0, rejectBefore); ok {
		ruledOut = m.is(roleEra) || (m.is(roleLabel) && c.simple) || (m.is(roleMonth) && c.simple && d.value <= 31)
		afterYearPrep = m.is(roleYearPrep)
	}

	// Modifiers before, read outward: currency or percent word, then
	// "between", then an approximation word.
	stage, openLeft := 0, -1
	for p := c.start; stage < 3; {
		want := roles(roleApprox, roleMin, roleMax)
		if stage <= 1 {
			want |= roles(roleRangeOpen)
		}
		if stage == 0 {
			want |= roles(roleCurrencyPrefix, rolePercentPrefix)
		}
		m, ok := s.lx.before.longest(r, s.skipBack(p, lo), lo, 0, want)
		if !ok {
			break
		}
		switch {
		case stage == 0 && m.is(roleCurrencyPrefix):
			e, _ := m.get(roleCurrencyPrefix)
			d.currency, stage = e.unit, 1
		case stage == 0 && m.is(rolePercentPrefix):
			d.percent, stage = true, 1
		case stage <= 1 && m.is(roleRangeOpen):
			openLeft, stage = d.left, 2
		default:
			d.approx, stage = true, 3
			switch {
			case m.is(roleMin):
				d.bound = roleMin
			case m.is(roleMax):
				d.bound = roleMax
			}
		}
		d.left, p = m.start, m.start
	}

	// A scale word after digits.
	scaled := c.scaled
	if !c.spelled {
		if mult, end, ok := s.scaleAfter(c.end, hi, d.currency != ""); ok {
			d.end, scaled = end, true
			d.value = c.mant * mult / pow10(c.dec)
		}
	}
	gluedAt := -1
	if !c.spelled && d.end < len(r) && isWordLetter(r[d.end]) {
		gluedAt = d.end
	}
	s.readApproxAfter(&d, hi)

	if !c.fraction && !c.vague {
		s.readRange(&d, c, scaled, openLeft >= 0, hi)
	}
	if ruledOut {
		return Quantity{}, false, d.end
	}
	if openLeft >= 0 && !d.isRange {
		// "between" without a second number: drop it and what lies before it.
		d.left, d.approx, d.bound = openLeft, false, roleNone
	}
	if !d.isRange && !d.fraction && c.integer && !scaled && d.value >= 1 && d.currency == "" && !d.percent {
		s.readFraction(&d, hi)
	}

	// The unit after the number.
	plural := false // a counted noun the unit table does not know follows
	switch {
	case d.fraction:
		d.unit = "fraction"
	case d.percent:
		d.unit = "percent"
	default:
		up := s.skipFwd(d.end, hi)
		if c.thai {
			up = d.end // Thai writes a spelled number and its classifier glued: สองประเทศ
		}
		if up == d.end && up+1 < hi && r[up] == '-' && isWordLetter(r[up+1]) {
			up++ // "5-year", "10-km"
		}
		m, ok := s.lx.after.longest(r, up, 0, hi, unitAfter)
		nounFrom, partitive := d.end, false
		if ok && m.is(roleOf) {
			ok = false
			if c.vague || scaled {
				// "thousands of refugees", "millions of Syrian refugees"
				nounFrom = m.end
				m, ok = s.lx.after.longest(r, s.skipFwd(m.end, hi), 0, hi, countedAfter)
			} else if det, isDet := s.lx.after.longest(r, s.skipFwd(m.end, hi), 0, hi, roles(roleDeterminer)); isDet && d.value != 1 {
				// "three of the hostages": the count is of the noun; "one
				// of his sons" picks out an individual and is no count.
				nounFrom, partitive = det.end, true
				if n, isNum := s.numberAt(s.skipFwd(det.end, hi), hi); isNum {
					nounFrom = n.end // "twelve of the forty seats"
				}
			}
		}
		if ok && gluedAt >= 0 && m.start != gluedAt {
			ok = false
		}
		if !ok && hi < len(r) {
			// A duration or date word still rules the number out when it
			// lies in an excluded span.
			m, ok = s.lx.after.longest(r, up, 0, len(r), roles(roleTime, roleMonth, roleEra))
		}
		if ok {
			switch {
			case m.is(roleCurrency):
				e, _ := m.get(roleCurrency)
				if d.currency == "" {
					d.currency = e.unit
				}
				d.end, d.unitAfter = m.end, true
			case m.is(roleUnit):
				e, _ := m.get(roleUnit)
				s.setUnit(&d, e, m)
				d.end = m.end
				if d.percent = e.unit == "percent"; d.percent {
					d.noun = ""
				}
			case m.is(roleClassifier):
				e, _ := m.get(roleClassifier)
				d.unit, d.classifier = e.unit, &e
				if e.unit != "" {
					d.noun = string(r[m.start:m.end])
				}
				d.end, d.unitAfter = m.end, true
			case d.currency != "":
				// "$5 million a year": money is never a duration or date.
			case m.is(roleTime):
				return Quantity{}, false, m.end
			case m.is(roleMonth) && c.simple && d.value <= 31:
				return Quantity{}, false, m.end
			case m.is(roleEra) && c.simple:
				return Quantity{}, false, m.end
			}
		}
		if gluedAt >= 0 && !d.unitAfter {
			// 24th, 1980s, 5K: the digits belong to a word.
			return Quantity{}, false, d.end
		}
		if d.currency != "" {
			d.unit, d.noun = d.currency, ""
		}
		if d.unit == "" && d.currency == "" {
			plural = s.readNounAcross(&d, nounFrom, d.value == 1, partitive)
		}
		if d.currency == "" && (d.classifier != nil || d.unit == "") {
			s.readThaiNoun(&d)
		}
	}

	if c.needsUnit && !s.smallCountOK(&d, c, plural, hi) {
		return Quantity{}, false, d.end
	}
	if c.yearLike && (afterYearPrep || (d.unit == "" && d.currency == "")) {
		return Quantity{}, false, d.end
	}
	return s.finish(d, c), true, d.end
}

// readApproxAfter reads กว่า, เศษ, "or more" after the number.
func (s *scanner) readApproxAfter(d *draft, hi int) {
	m, ok := s.lx.after.longest(s.r, s.skipFwd(d.end, hi), 0, hi, approxAfter)
	if !ok {
		return
	}
	d.approx, d.end = true, m.end
	switch {
	case m.is(roleMinAfter):
		d.bound = roleMin
	case m.is(roleMaxAfter):
		d.bound = roleMax
	}
}

// readRange reads the second end of a range: "150,000–220,000", "20 to
// 30,000", "between 1,000 and 2,000", "1-2 ล้าน", "ระหว่าง 1,000 ถึง 2,000".
// The value of a range is its lower end.
func (s *scanner) readRange(d *draft, c core, scaled, open bool, hi int) {
	r := s.r
	want := roles(roleRangeJoin)
	if open {
		want |= roles(roleRangeAnd)
	}
	m, ok := s.lx.after.longest(r, s.skipFwd(d.end, hi), 0, hi, want)
	if !ok || (!open && !m.is(roleRangeJoin)) {
		return
	}
	p := s.skipFwd(m.end, hi)
	currency2 := ""
	if mc, ok := s.lx.after.longest(r, p, 0, hi, roles(roleCurrencyPrefix)); ok {
		e, _ := mc.get(roleCurrencyPrefix)
		currency2, p = e.unit, s.skipFwd(mc.end, hi)
	}
	c2, ok := s.numberAt(p, hi)
	if !ok || (c2.spelled && !c.spelled) {
		return
	}
	if !c2.spelled && s.gluedToCode(p) && !isRangeMark(r[p-1]) {
		return
	}
	v1, v2 := d.value, c2.value()
	end2, scaled2, mult2 := c2.end, c2.scaled, 1.0
	if !c2.spelled {
		if m2, e2, ok := s.scaleAfter(c2.end, hi, d.currency != "" || currency2 != ""); ok {
			mult2, end2, scaled2 = m2, e2, true
			v2 = c2.mant * m2 / pow10(c2.dec)
		}
	}
	switch {
	case !scaled && scaled2 && mult2 > 1 && v1*mult2 <= v2:
		// "1-2 ล้าน", "$10–15 million": the second scale applies to both.
		v1 = c.mant * mult2 / pow10(c.dec)
	case !scaled && !scaled2 && c.simple && !c2.spelled && v1 < 1000 && c2.zeroGroups > 0:
		// "20 to 30,000": a small first end borrows the thousands of the
		// second when that keeps it below the second.
		for k := c2.zeroGroups; k > 0; k-- {
			if f := pow10(3 * k); v1*f <= v2 {
				v1 *= f
				break
			}
		}
	}
	if !(v1 <= v2) {
		return
	}
	d.isRange = true
	d.value = v1
	lo, hiV := v1, v2
	d.min, d.max = &lo, &hiV
	d.end = end2
	if d.currency == "" {
		d.currency = currency2
	}
	s.readApproxAfter(d, hi)
}

func isRangeMark(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‐' || r == '−'
}

// readFraction reads "1 ใน 3", "one in three": the value becomes the ratio.
func (s *scanner) readFraction(d *draft, hi int) {
	m, ok := s.lx.after.longest(s.r, s.skipFwd(d.end, hi), 0, hi, roles(roleFractionJoin))
	if !ok {
		return
	}
	c3, ok := s.numberAt(s.skipFwd(m.end, hi), hi)
	if !ok || !c3.integer || c3.scaled {
		return
	}
	den := c3.value()
	if den < 2 || den > 1000 || den < d.value {
		return
	}
	if _, ok := s.lx.after.longest(s.r, s.skipFwd(c3.end, hi), 0, hi, notAQuantityEnd); ok {
		return // "in 3 days", "ใน 3 เดือน"
	}
	d.value /= den
	d.fraction, d.end = true, c3.end
}

// readNounAcross reads the words after the number up to the counted noun,
// skipping up to three modifiers ("4,000 UNITA soldiers", "three
// rival Afghan warlords"). A unit noun sets the unit; a demonym that
// no noun follows counts persons ("40,000 other Kurds", "one Dutch");
// a lowercase plural-looking word the table does not know is a counted
// noun: it is reported and the count stays bare. Nothing read here is part
// of the span. one says the number is 1, after which a demonym followed by
// any noun is an adjective ("one Vietnamese official"). first says that the
// word at from has not been looked up as a unit yet (after "of the").
func (s *scanner) readNounAcross(d *draft, from int, one, first bool) (plural bool) {
	r := s.r
	p := from
	for words := 0; words < 4; words++ {
		q := s.skipFwd(p, len(r))
		if q == p || q >= len(r) || !isWordLetter(r[q]) {
			return false
		}
		if words > 0 || first {
			if m, ok := s.lx.after.longest(r, q, 0, len(r), roles(roleUnit)); ok {
				e, _ := m.get(roleUnit)
				if e.unit != "percent" {
					s.setUnit(d, e, m)
				}
				return false
			}
		}
		if m, ok := s.lx.after.longest(r, q, 0, len(r), roles(roleDemonym)); ok {
			if !s.nounFollows(m.end, one) {
				d.unit, d.noun, d.unitAfter = "person", string(r[m.start:m.end]), true
				return false
			}
			p = m.end
			continue
		}
		if _, ok := s.lx.after.longest(r, q, 0, len(r), notAModifier); ok {
			return false
		}
		end := wordEnd(r, q)
		if looksPlural(r[q:end]) {
			return true
		}
		p = end
	}
	return false
}

// readThaiNoun looks back from the quantity, through the run of Thai text
// glued to it, for the nearest head noun (ทหาร, ผู้ลี้ภัย, รถถัง). It sets the
// unit when no classifier follows, or when the classifier accepts the
// noun's unit. Nouns of an agent phrase (โดยทหาร...) are passed over unless
// the number follows them directly.
func (s *scanner) readThaiNoun(d *draft) {
	r := s.r
	p := s.skipBack(d.left, 0)
	stop := max(p-40, 0)
	lo := p
	for lo > stop && isThaiLetter(r[lo-1]) {
		lo--
	}
	agent := s.thaiAgentFrom(lo, p)
	for e := p; e > lo; e-- {
		if !s.lx.before.mayStart(r[e-1], nounRole) {
			continue
		}
		m, ok := s.lx.before.longest(r, e, lo, 0, nounRole)
		if !ok {
			continue
		}
		if agent >= 0 && m.start >= agent && m.end != p {
			continue // who acts, not what is counted
		}
		en, _ := m.get(roleNoun)
		if clf := d.classifier; clf != nil && clf.accepts != nil && !slices.Contains(clf.accepts, en.unit) {
			continue
		}
		d.unit, d.noun = en.unit, string(r[m.start:m.end])
		return
	}
}

// finish turns a draft into a Quantity.
func (s *scanner) finish(d draft, c core) Quantity {
	f := d.factor
	q := Quantity{
		Text:   string(s.r[d.left:d.end]),
		Span:   document.Span{d.left, d.end},
		Value:  d.value * f,
		Unit:   d.unit,
		Approx: d.approx || c.vague,
		Noun:   d.noun,
	}
	switch {
	case d.isRange:
		lo, hi := *d.min*f, *d.max*f
		q.Min, q.Max = &lo, &hi
	case c.vague:
		lo, hi := c.min*f, c.max*f
		q.Min, q.Max = &lo, &hi
	case d.bound == roleMin:
		v := q.Value
		q.Min = &v
	case d.bound == roleMax:
		v := q.Value
		q.Max = &v
	}
	return q
}
