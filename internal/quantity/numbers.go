package quantity

// core is a number as written, before its context is read.
type core struct {
	start, end int
	// mant / 10^dec is the value; kept apart so that a scale word multiplies
	// the integer mantissa and "1.4 billion" comes out exact.
	mant float64
	dec  int
	// simple: an integer written with no separator, decimal or scale word,
	// as labels, ordinals and days of the month are.
	simple bool
	// yearLike: four plain digits in 1000–2100 or 2400–2700 (Buddhist Era).
	yearLike bool
	// zeroGroups counts the trailing ",000" groups ("30,000" has 1).
	zeroGroups int
	integer    bool
	spelled    bool
	scaled     bool
	// needsUnit: a spelled number that counts only with a unit after it.
	needsUnit bool
	// vague: a plural scale ("thousands", "หลายพัน"), with its bounds.
	vague    bool
	min, max float64
	fraction bool
	// thai: spelled in Thai words.
	thai bool
}

func (c core) value() float64 { return c.mant / pow10(c.dec) }

func pow10(n int) float64 {
	v := 1.0
	for ; n > 0; n-- {
		v *= 10
	}
	return v
}

// maxDigits bounds the digits of a number: longer runs are codes or ids, and
// the mantissa stays exact in a float64.
const maxDigits = 15

// digitsAt parses ASCII or Thai digits at i with thousands separators and a
// decimal part, within [i, hi). When the number is part of a code (1.2.3,
// 10:30, 12/5) it fails and reports where the code ends.
func (s *scanner) digitsAt(i, hi int) (core, bool, int) {
	r := s.r
	j := i
	mant, nd, intDigits := 0.0, 0, 0
	for j < hi && isDigit(r[j]) {
		mant = mant*10 + float64(digitValue(r[j]))
		nd++
		intDigits++
		j++
	}
	groups, zeroGroups := 0, 0
	for intDigits <= 3 && j+3 < hi && r[j] == ',' && isDigit(r[j+1]) && isDigit(r[j+2]) && isDigit(r[j+3]) &&
		(j+4 >= len(r) || !isDigit(r[j+4])) {
		g := digitValue(r[j+1])*100 + digitValue(r[j+2])*10 + digitValue(r[j+3])
		mant = mant*1000 + float64(g)
		nd += 3
		groups++
		if g == 0 {
			zeroGroups++
		} else {
			zeroGroups = 0
		}
		j += 4
	}
	dec := 0
	if j+1 < hi && r[j] == '.' && isDigit(r[j+1]) {
		j++
		for j < hi && isDigit(r[j]) {
			mant = mant*10 + float64(digitValue(r[j]))
			nd++
			dec++
			j++
		}
	}
	end := j
	bad := nd > maxDigits ||
		(intDigits > 1 && digitValue(r[i]) == 0 && groups == 0 && dec == 0) ||
		(j+1 < len(r) && isCodeSeparator(r[j]) && isDigit(r[j+1]))
	if bad {
		for j < len(r) && (isDigit(r[j]) || (isCodeSeparator(r[j]) && j+1 < len(r) && isDigit(r[j+1]))) {
			j++
		}
		return core{}, false, j
	}
	v := mant / pow10(dec)
	simple := groups == 0 && dec == 0
	return core{
		start: i, end: end, mant: mant, dec: dec,
		simple:     simple,
		yearLike:   simple && intDigits == 4 && ((v >= 1000 && v <= 2100) || (v >= 2400 && v <= 2700)),
		zeroGroups: zeroGroups,
		integer:    dec == 0,
	}, true, end
}

func isCodeSeparator(r rune) bool { return r == '.' || r == ',' || r == ':' || r == '/' }

// gluedToCode reports a number that continues a code or name: a letter or
// code separator right before it (K5, MiG-21, 1.2, ร.5, 12/5).
func (s *scanner) gluedToCode(i int) bool {
	if i == 0 {
		return false
	}
	p := s.r[i-1]
	switch {
	case isWordLetter(p), p == '.', p == '/', p == ':', p == '=', p == '_', p == '@', p == '\\', p == '#', p == '№':
		return true
	case p == ',' || p == '-' || p == '–' || p == '‐':
		return i > 1 && (isDigit(s.r[i-2]) || isWordLetter(s.r[i-2]))
	}
	return false
}

var englishNumberRoles = roles(roleNumUnit, roleNumTens, roleNumHundred, roleNumScale, roleNumArticle,
	roleNumDozen, roleNumDenominator, roleNumHalf, roleNumVague, roleNumSeveral)

// englishWordsAt parses spelled English numbers: "ten thousand", "a million",
// "one hundred and fifty", "two-thirds", "half a million", "hundreds of
// thousands". It fails past the word at i when no number starts there.
func (s *scanner) englishWordsAt(i, hi int) (core, bool, int) {
	r := s.r
	wordEnd := i
	for wordEnd < len(r) && isWordLetter(r[wordEnd]) {
		wordEnd++
	}
	if i > 0 && (isWordLetter(r[i-1]) || r[i-1] == '\'' || r[i-1] == '’' || isDigit(r[i-1])) {
		return core{}, false, wordEnd
	}
	m, ok := s.lx.after.longest(r, i, 0, hi, englishNumberRoles)
	if !ok {
		return core{}, false, wordEnd
	}
	if e, ok := m.get(roleNumVague); ok {
		return s.englishVague(i, hi, m, e.value)
	}
	if m.is(roleNumSeveral) {
		// "several thousand", "a few hundred": read as the plural scale.
		sc, ok := s.lx.after.longest(r, s.skipFwd(m.end, hi), 0, hi, roles(roleNumScale, roleNumHundred))
		if !ok {
			return core{}, false, wordEnd
		}
		e, ok := sc.get(roleNumScale)
		if !ok {
			e, _ = sc.get(roleNumHundred)
		}
		return vagueCore(i, sc.end, e.value), true, sc.end
	}
	if m.is(roleNumHalf) {
		q := s.skipFwd(m.end, hi)
		if a, ok := s.lx.after.longest(r, q, 0, hi, roles(roleNumArticle)); ok {
			if sc, ok := s.lx.after.longest(r, s.skipFwd(a.end, hi), 0, hi, roles(roleNumScale)); ok {
				e, _ := sc.get(roleNumScale)
				return core{start: i, end: sc.end, mant: 0.5 * e.value, spelled: true, scaled: true}, true, sc.end
			}
		}
		if _, ok := s.lx.after.longest(r, q, 0, hi, roles(roleOf)); ok {
			return core{start: i, end: m.end, mant: 0.5, spelled: true, fraction: true}, true, m.end
		}
		return core{}, false, wordEnd
	}

	total, group := 0.0, 0.0
	last := roleNone
	scaled := false
	end := i
	p := i
	for p < hi {
		m, ok := s.lx.after.longest(r, p, 0, hi, englishNumberRoles|roles(roleRangeAnd))
		if !ok {
			break
		}
		took := true
		switch {
		case last == roleNone && m.is(roleNumArticle):
			group, last = 1, roleNumArticle
		case m.is(roleNumUnit):
			e, _ := m.get(roleNumUnit)
			if last == roleNumUnit || last == roleNumArticle || last == roleNumDozen || (last == roleNumTens && e.value >= 10) {
				took = false
				break
			}
			group += e.value
			last = roleNumUnit
		case m.is(roleNumTens):
			if last != roleNone && last != roleNumHundred && last != roleNumScale && last != roleRangeAnd {
				took = false
				break
			}
			e, _ := m.get(roleNumTens)
			group += e.value
			last = roleNumTens
		case m.is(roleNumHundred):
			if last != roleNumUnit && last != roleNumTens && last != roleNumArticle {
				took = false
				break
			}
			group *= 100
			last, scaled = roleNumHundred, true
		case m.is(roleNumScale):
			if last == roleNone || last == roleRangeAnd {
				took = false
				break
			}
			e, _ := m.get(roleNumScale)
			if last == roleNumScale && group == 0 {
				total *= e.value
			} else {
				total += group * e.value
			}
			group = 0
			last, scaled = roleNumScale, true
		case m.is(roleNumDozen):
			if last != roleNumUnit && last != roleNumTens && last != roleNumArticle {
				took = false
				break
			}
			group *= 12
			last = roleNumDozen
		case m.is(roleNumDenominator):
			e, _ := m.get(roleNumDenominator)
			if (last == roleNumUnit || last == roleNumArticle) && total == 0 && group > 0 && group < e.value*10 {
				return core{start: i, end: m.end, mant: group / e.value, spelled: true, fraction: true}, true, m.end
			}
			took = false
		case m.is(roleRangeAnd):
			// "and" inside a number: "one hundred and fifty".
			if last != roleNumHundred && last != roleNumScale {
				took = false
				break
			}
			q := s.skipFwd(m.end, hi)
			if _, ok := s.lx.after.longest(r, q, 0, hi, roles(roleNumUnit, roleNumTens)); !ok {
				took = false
				break
			}
			last = roleRangeAnd
			p = q
			continue
		default:
			took = false
		}
		if !took {
			break
		}
		end = m.end
		if end+1 < hi && r[end] == '-' && isWordLetter(r[end+1]) {
			p = end + 1
			continue
		}
		q := s.skipFwd(end, hi)
		if q == end {
			break
		}
		p = q
	}
	if end == i || last == roleNumArticle || last == roleNone {
		return core{}, false, wordEnd
	}
	v := total + group
	return core{
		start: i, end: end, mant: v, integer: true, spelled: true, scaled: scaled,
		simple: !scaled, needsUnit: !scaled && v < 100,
	}, true, end
}

// englishVague reads "thousands", "tens of thousands", "hundreds of
// millions": S is the product of the plural scales; the quantity is approx
// with min 2xS and max 10xS. A plural below a hundred ("tens") counts only
// with a larger plural after it.
func (s *scanner) englishVague(i, hi int, m phraseMatch, scale float64) (core, bool, int) {
	end := m.end
	if of, ok := s.lx.after.longest(s.r, s.skipFwd(end, hi), 0, hi, roles(roleOf)); ok {
		if m2, ok := s.lx.after.longest(s.r, s.skipFwd(of.end, hi), 0, hi, roles(roleNumVague)); ok {
			e, _ := m2.get(roleNumVague)
			if e.value > scale {
				scale *= e.value
				end = m2.end
			}
		}
	}
	if end == m.end && scale < 100 {
		return core{}, false, m.end
	}
	return vagueCore(i, end, scale), true, end
}

func vagueCore(start, end int, scale float64) core {
	return core{
		start: start, end: end, mant: 2 * scale, spelled: true, scaled: true, integer: true,
		vague: true, min: 2 * scale, max: 10 * scale,
	}
}

var thaiNumberRoles = roles(roleThDigit, roleThMult, roleThMillion, roleThVague, roleThFraction)

// thaiWordsAt parses spelled Thai numbers: สองหมื่น, ห้าแสน, พันล้าน,
// หลายพัน (vague), ครึ่งหนึ่ง (a fraction). They count only with a unit, which
// the caller checks.
func (s *scanner) thaiWordsAt(i, hi int) (core, bool, int) {
	m, ok := s.lx.after.longest(s.r, i, 0, hi, thaiNumberRoles)
	if !ok {
		return core{}, false, i + 1
	}
	if e, ok := m.get(roleThFraction); ok {
		return core{start: i, end: m.end, mant: e.value, spelled: true, fraction: true}, true, m.end
	}
	if m.is(roleThVague) {
		mult, end, ok := s.thaiScale(m.end, hi, 10)
		if !ok {
			return core{}, false, m.end
		}
		c := vagueCore(i, end, mult)
		c.needsUnit = true
		return c, true, end
	}
	v, end, scaled, ok := s.thaiNumber(i, hi, false)
	if !ok {
		return core{}, false, i + 1
	}
	return core{
		start: i, end: end, mant: v, integer: v == float64(int64(v)), spelled: true, scaled: scaled,
		simple: true, needsUnit: true, thai: true,
	}, true, end
}

// thaiNumber reads Thai number words from p. With multOnly it reads only
// multipliers (พันล้าน = 10^9), as they follow digits: "1.4 พันล้าน".
func (s *scanner) thaiNumber(p, hi int, multOnly bool) (value float64, end int, scaled, ok bool) {
	want := roles(roleThMult, roleThMillion)
	if !multOnly {
		want |= roles(roleThDigit)
	}
	total, cur, pending := 0.0, 0.0, -1.0
	last := roleNone
	end = p
	for p < hi {
		m, found := s.lx.after.longest(s.r, p, 0, hi, want)
		if !found {
			break
		}
		if e, isDigit := m.get(roleThDigit); isDigit {
			if pending >= 0 || last == roleThDigit {
				break
			}
			pending = e.value
			last = roleThDigit
		} else if e, isMult := m.get(roleThMult); isMult {
			if pending < 0 && last == roleThMult {
				break
			}
			cur += max(pending, 1) * e.value
			pending = -1
			last = roleThMult
			if e.value >= 100 {
				scaled = true
			}
		} else {
			e, _ := m.get(roleThMillion)
			base := total + cur + max(pending, 0)
			if base == 0 {
				base = 1
			}
			total = base * e.value
			cur, pending = 0, -1
			last = roleThMillion
			scaled = true
		}
		end = m.end
		p = m.end
		ok = true
	}
	return total + cur + max(pending, 0), end, scaled, ok
}

// thaiScale reads Thai multiplier words at p (after digits, or after หลาย)
// and returns their product; the product must reach least.
func (s *scanner) thaiScale(p, hi int, least float64) (float64, int, bool) {
	v, end, _, ok := s.thaiNumber(p, hi, true)
	if !ok || v < least {
		return 0, p, false
	}
	return v, end, true
}

// scaleAfter reads a scale word after digits: "12 million", "1.4 พันล้าน",
// "17,200 ล้าน", and with a currency "$12m". It returns the multiplier.
func (s *scanner) scaleAfter(p, hi int, money bool) (float64, int, bool) {
	q := s.skipFwd(p, hi)
	if mult, end, ok := s.thaiScale(q, hi, 100); ok && s.thaiTailOK(end, hi) {
		return mult, end, true
	}
	want := roles(roleNumScale, roleNumHundred)
	if money {
		want |= roles(roleNumAbbr)
	}
	mult, end, found := 1.0, p, false
	for k := 0; k < 2; k++ {
		m, ok := s.lx.after.longest(s.r, q, 0, hi, want)
		if !ok || (m.is(roleNumAbbr) && k > 0) {
			break
		}
		e, ok := m.get(roleNumScale)
		if !ok {
			if e, ok = m.get(roleNumHundred); !ok {
				e, _ = m.get(roleNumAbbr)
			}
		}
		mult *= e.value
		end, found = m.end, true
		q = s.skipFwd(end, hi)
	}
	return mult, end, found
}

// thaiTailRoles are the phrases that may follow a Thai number word glued to
// it; any other Thai letter means the "number" was the start of a longer
// word (พันธุ์, พันเอก).
var thaiTailRoles = roles(roleUnit, roleClassifier, roleCurrency, roleApproxAfter, roleMinAfter, roleMaxAfter,
	roleTime, roleMonth, roleRangeJoin, roleRangeAnd, roleFractionJoin)

func (s *scanner) thaiTailOK(p, hi int) bool {
	if p >= len(s.r) || !isThaiLetter(s.r[p]) {
		return true
	}
	_, ok := s.lx.after.longest(s.r, p, 0, hi, thaiTailRoles)
	return ok
}
