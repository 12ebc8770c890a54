package timex

import (
	"fmt"
	"strconv"
	"time"

	"chronicle/internal/document"
)

// reference is the point in the story that underspecified expressions are
// read against: the last dated mention in reading order.
type reference struct {
	ok  bool
	era string // era the year was written in
	wy  int    // year in that era
	ce  civil  // the same point in CE; m and d are 0 when not known
	idx int    // mention index, -1 when set by a heading without a mention
	cal string
}

// resolver walks mentions in reading order, keeping the reference.
type resolver struct {
	lang       string
	ref        reference
	dct        civil
	hasDCT     bool
	defaultCal string
	sentences  []document.Span // optional, for background dates
	at         int             // code point where the mention being resolved starts
	// newSection is set from a section heading until the next mention:
	// a section may go back in time, so its first date is no background.
	newSection bool
}

func newResolver(lang, dct string) *resolver {
	r := &resolver{lang: lang, defaultCal: "gregorian"}
	if lang == "th" {
		r.defaultCal = "buddhist"
	}
	if t, err := time.Parse("2006-01-02", dct); err == nil {
		r.dct, r.hasDCT = civil{t.Year(), int(t.Month()), t.Day()}, true
	}
	return r
}

func (r *resolver) setHeadingReference(ref reference) { r.ref = ref }

// resolve turns a candidate into a mention; idx is the index it will have.
func (r *resolver) resolve(c candidate, idx int) (Mention, bool) {
	e := c.expr
	switch e.fam {
	case famDate:
		return r.date(e, idx)
	case famRange:
		return r.rangeMention(e, idx)
	case famDecade:
		return decadeMention(e), true
	case famCentury:
		return centuryMention(e), true
	case famDuration:
		return Mention{Type: TypeDuration, Value: durationValue(e.n, e.unit), Mod: e.mod}, true
	case famSet:
		return Mention{Type: TypeSet, Value: durationValue(e.n, e.unit), Mod: e.mod}, true
	case famRelative:
		if e.n < 0 {
			if !r.ref.ok {
				return Mention{}, false
			}
			return vagueShift(r.ref, e)
		}
		if !r.ref.ok {
			return Mention{Type: TypeDate, Value: unknownValue(unitGran(e.unit)), Mod: e.mod, Calendar: r.defaultCal}, true
		}
		m, ref := shift(r.ref, e, idx)
		m.Anchor = anchorOf(r.ref)
		r.ref = ref
		return m, true
	case famDeictic:
		if !r.hasDCT {
			return Mention{}, false
		}
		dct := reference{ok: true, era: "CE", wy: r.dct.y, ce: r.dct, idx: -1, cal: r.defaultCal}
		m, ref := shift(dct, e, idx)
		r.ref = ref
		return m, true
	case famTime:
		v := fmt.Sprintf("T%02d:%02d", e.clock/100, e.clock%100)
		m := Mention{Type: TypeTime, Value: v, Mod: e.mod, Calendar: r.defaultCal}
		if r.ref.ok && r.ref.ce.d > 0 {
			m.Value = r.ref.ce.String() + v
			m.Interval = [2]string{r.ref.ce.String(), r.ref.ce.String()}
			m.Anchor = anchorOf(r.ref)
			m.Calendar = r.ref.cal
		}
		return m, true
	}
	return Mention{}, false
}

func anchorOf(ref reference) *int {
	if ref.idx < 0 {
		return nil
	}
	i := ref.idx
	return &i
}

// fillYear gives an endpoint without a year the year the reference implies,
// reading the story forward: a month or day before the reference point falls
// in the following year (or month) when it opens its sentence; inside a
// sentence ("which China approved in April") it is background and stays in
// the reference year. It reports false when the reference cannot supply
// what is missing.
func (r *resolver) fillYear(p *endpoint, e *expr) bool {
	ref := r.ref
	if !ref.ok {
		return false
	}
	switch {
	case e.hasRel:
		p.era, p.y = ref.era, ref.wy+e.delta
	case p.m > 0:
		if ref.ce.m > 0 {
			y := ref.ce.y
			earlier := p.m < ref.ce.m || (p.m == ref.ce.m && p.d > 0 && ref.ce.d > 0 && p.d < ref.ce.d)
			if earlier && r.opensSentence() {
				y++
			}
			p.era, p.y = ref.era, eraYear(ref.era, y, p.m)
		} else {
			p.era, p.y = ref.era, ref.wy
		}
	case p.d > 0:
		if ref.ce.m == 0 {
			return false
		}
		y, m := ref.ce.y, ref.ce.m
		if ref.ce.d > 0 && p.d < ref.ce.d {
			y, m = addMonths(y, m, 1)
		}
		p.m = m
		p.era, p.y = ref.era, eraYear(ref.era, y, m)
	case e.unit == "M": // ต้นเดือน, the end of the month: the reference month
		if ref.ce.m == 0 {
			return false
		}
		p.m = ref.ce.m
		p.era, p.y = ref.era, eraYear(ref.era, ref.ce.y, ref.ce.m)
	default:
		p.era, p.y = ref.era, ref.wy
	}
	return true
}

// date resolves a calendar point: day, month, season, quarter, half or year.
func (r *resolver) date(e expr, idx int) (Mention, bool) {
	p := e.a
	m := Mention{Type: TypeDate, Mod: e.mod}
	if p.y == 0 {
		if !r.fillYear(&p, &e) {
			m.Value = unknownDateValue(p, e)
			m.Calendar = r.defaultCal
			return m, true
		}
		m.Anchor = anchorOf(r.ref)
		m.Calendar = r.ref.cal
	} else {
		m.Calendar = calendarOf(p.era)
	}
	if !validEndpoint(p) {
		return Mention{}, false
	}
	var from, to civil
	ref := reference{ok: true, era: p.era, wy: p.y, idx: idx, cal: m.Calendar}
	switch {
	case p.d > 0 || p.m > 0:
		m.Value = endpointValue(p)
		from, to = endpointSpan(p)
		if p.d == 0 {
			from, to = modSpan(gMonth, e.mod, from, to)
		}
		ref.ce = civil{from.y, p.m, p.d}
	case e.season != "" || e.quarter > 0 || e.half > 0:
		y := ceYear(p.era, p.y, 0)
		from, to = partSpan(y, e.season, e.quarter, e.half)
		switch {
		case e.season != "":
			m.Value = yearValue(y) + "-" + e.season
		case e.quarter > 0:
			m.Value = yearValue(y) + "-Q" + strconv.Itoa(e.quarter)
		default:
			m.Value = yearValue(y) + "-H" + strconv.Itoa(e.half)
		}
		ref.ce = civil{y, from.m, 0}
	default:
		y := ceYear(p.era, p.y, 0)
		m.Value = bareYearValue(p.era, p.y)
		from, to = yearSpan(p.era, p.y)
		ref.ce = civil{y, 0, 0}
		switch e.mod {
		case "START", "MID", "END":
			from, to = modSpan(gYear, e.mod, from, to)
			ref.ce = civil{from.y, from.m, 0}
		}
	}
	m.Interval = [2]string{from.String(), to.String()}
	if e.mod != "BEFORE" && e.mod != "AFTER" && !r.background(ref) {
		// A bound (since 1994, until 1991) says where a stretch begins or
		// ends, not where the story is: it does not move the reference.
		r.ref = ref
	}
	return m, true
}

// unknownDateValue writes what is known of a date without a reference:
// XXXX-10-23, XXXX-SU.
func unknownDateValue(p endpoint, e expr) string {
	switch {
	case p.d > 0 && p.m > 0:
		return fmt.Sprintf("XXXX-%02d-%02d", p.m, p.d)
	case p.d > 0:
		return fmt.Sprintf("XXXX-XX-%02d", p.d)
	case p.m > 0:
		return fmt.Sprintf("XXXX-%02d", p.m)
	case e.season != "":
		return "XXXX-" + e.season
	case e.quarter > 0:
		return "XXXX-Q" + strconv.Itoa(e.quarter)
	case e.half > 0:
		return "XXXX-H" + strconv.Itoa(e.half)
	case e.unit == "M":
		return "XXXX-XX"
	}
	return "XXXX"
}

func unknownValue(g gran) string {
	switch g {
	case gDay:
		return "XXXX-XX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gMonth:
		return "XXXX-XX"
	}
	return "XXXX"
}

// rangeMention resolves a range; each end keeps its own granularity.
func (r *resolver) rangeMention(e expr, idx int) (Mention, bool) {
	a, b := e.a, e.b
	m := Mention{Type: TypeDate, Mod: e.mod}
	if a.y == 0 {
		if !r.fillYear(&a, &e) {
			m.Value = unknownDateValue(a, e) + "/" + unknownDateValue(b, e)
			m.Calendar = r.defaultCal
			return m, true
		}
		b.era, b.y = a.era, a.y
		if endpointBefore(b, a) {
			b.y++
		}
		m.Anchor = anchorOf(r.ref)
		m.Calendar = r.ref.cal
	} else {
		m.Calendar = calendarOf(a.era)
	}
	if !validEndpoint(a) || !validEndpoint(b) {
		return Mention{}, false
	}
	from, _ := endpointSpan(a)
	_, to := endpointSpan(b)
	first, _ := endpointBounds(a)
	_, last := endpointBounds(b)
	m.Value = first + "/" + last
	m.Interval = [2]string{from.String(), to.String()}
	// The story is read on from the start of the range: what follows most
	// often tells what happened within it (30 January – 3 March 1968 … On
	// 31 January).
	ref := reference{ok: true, era: a.era, wy: a.y, idx: idx, cal: m.Calendar}
	ref.ce = civil{ceYear(a.era, a.y, a.m), a.m, a.d}
	r.ref = ref
	return m, true
}

// decadeMention: a CE decade has the TIMEX3 value 198; a Buddhist Era
// decade (ทศวรรษ 2520 = BE 2520-2529) straddles two CE decades, so its
// value is the range of CE years it covers, 1977/1986.
func decadeMention(e expr) Mention {
	m := Mention{Type: TypeDate, Mod: e.mod, Calendar: calendarOf(e.a.era)}
	lo, hi, _ := subYears(e.mod, gDecade)
	if e.a.era == "BE" {
		m.Value = yearValue(ceYear("BE", e.dec, 0)) + "/" + yearValue(ceYear("BE", e.dec+9, 0))
		from, _ := yearSpan("BE", e.dec+lo)
		_, to := yearSpan("BE", e.dec+hi)
		m.Interval = [2]string{from.String(), to.String()}
		return m
	}
	m.Value = fmt.Sprintf("%03d", e.dec/10)
	m.Interval = [2]string{civil{e.dec + lo, 1, 1}.String(), civil{e.dec + hi, 12, 31}.String()}
	return m
}

// centuryMention: the nth CE century has the TIMEX3 value n-1 (the 19th
// century is 18, years 1800-1899). A Buddhist Era century (พุทธศตวรรษที่ 18
// = BE 1701-1800) gets the range of CE years it covers.
func centuryMention(e expr) Mention {
	m := Mention{Type: TypeDate, Mod: e.mod, Calendar: calendarOf(e.a.era)}
	lo, hi, _ := subYears(e.mod, gCentury)
	n := e.cent
	switch e.a.era {
	case "BE":
		first := (n-1)*100 + 1
		m.Value = yearValue(ceYear("BE", first, 0)) + "/" + yearValue(ceYear("BE", first+99, 0))
		from, _ := yearSpan("BE", first+lo)
		_, to := yearSpan("BE", first+hi)
		m.Interval = [2]string{from.String(), to.String()}
	case "BC":
		first := 1 - n*100 // astronomical year of the first year, 500 BC = -499
		m.Value = fmt.Sprintf("BC%02d", n-1)
		m.Interval = [2]string{civil{first + lo, 1, 1}.String(), civil{first + hi, 12, 31}.String()}
	default:
		first := (n - 1) * 100
		m.Value = fmt.Sprintf("%02d", n-1)
		m.Interval = [2]string{civil{first + lo, 1, 1}.String(), civil{first + hi, 12, 31}.String()}
	}
	return m
}

// durationValue writes an ISO 8601 period: P2W, P10Y, PT3H, PXY.
func durationValue(n int, unit string) string {
	num := strconv.Itoa(n)
	if n < 0 {
		num = "X"
	}
	switch unit {
	case "DE", "CE":
		if n > 0 {
			f := 10
			if unit == "CE" {
				f = 100
			}
			num = strconv.Itoa(n * f)
		}
		return "P" + num + "Y"
	case "H":
		return "PT" + num + "H"
	case "MIN":
		return "PT" + num + "M"
	case "S":
		return "PT" + num + "S"
	}
	return "P" + num + unit
}

// shift moves a reference by e.delta units (the following year, two days
// later, the same month). When the reference is coarser than the unit (a day
// after a year), the result stays at the reference's granularity.
func shift(ref reference, e expr, idx int) (Mention, reference) {
	m := Mention{Type: TypeDate, Mod: e.mod, Calendar: ref.cal}
	out := reference{ok: true, idx: idx, cal: ref.cal, era: ref.era}
	g := unitGran(e.unit)
	refG := gYear
	switch {
	case ref.ce.d > 0:
		refG = gDay
	case ref.ce.m > 0:
		refG = gMonth
	}
	delta := e.delta
	if g < refG { // finer than the reference: keep the reference point
		g, delta = refG, 0
	}
	switch g {
	case gYear:
		y := ref.wy + delta
		from, to := yearSpan(ref.era, y)
		m.Value = bareYearValue(ref.era, y)
		out.wy, out.ce = y, civil{ceYear(ref.era, y, 0), 0, 0}
		from, to = modSpan(gYear, e.mod, from, to)
		m.Interval = [2]string{from.String(), to.String()}
	case gMonth:
		y, mo := addMonths(ref.ce.y, ref.ce.m, delta)
		m.Value = fmt.Sprintf("%s-%02d", yearValue(y), mo)
		from, to := civil{y, mo, 1}, civil{y, mo, daysIn(y, mo)}
		from, to = modSpan(gMonth, e.mod, from, to)
		m.Interval = [2]string{from.String(), to.String()}
		out.wy, out.ce = eraYear(ref.era, y, mo), civil{y, mo, 0}
	case gWeek:
		if e.kind == "offset" {
			d := addDays(ref.ce, 7*delta)
			m.Value, m.Interval = dayValue(d), [2]string{d.String(), d.String()}
			out.wy, out.ce = eraYear(ref.era, d.y, d.m), d
			break
		}
		d := addDays(ref.ce, 7*delta)
		t := time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC)
		wy, wk := t.ISOWeek()
		monday := addDays(d, -((int(t.Weekday()) + 6) % 7))
		m.Value = fmt.Sprintf("%s-W%02d", yearValue(wy), wk)
		m.Interval = [2]string{monday.String(), addDays(monday, 6).String()}
		out.wy, out.ce = eraYear(ref.era, d.y, d.m), civil{d.y, d.m, 0}
	default:
		d := addDays(ref.ce, delta)
		m.Value, m.Interval = dayValue(d), [2]string{d.String(), d.String()}
		out.wy, out.ce = eraYear(ref.era, d.y, d.m), d
	}
	return m, out
}

func dayValue(d civil) string { return fmt.Sprintf("%s-%02d-%02d", yearValue(d.y), d.m, d.d) }

// vagueShift resolves "a few days later": the point is unknown, so the value
// is the reference's period one unit coarser (days and weeks: the month;
// months: the year). "Several years later" names no usable period and is not
// tagged. The reference does not move.
func vagueShift(ref reference, e expr) (Mention, bool) {
	m := Mention{Type: TypeDate, Mod: e.mod, Calendar: ref.cal, Anchor: anchorOf(ref)}
	switch {
	case (e.unit == "D" || e.unit == "W") && ref.ce.m > 0:
		y, mo := ref.ce.y, ref.ce.m
		m.Value = fmt.Sprintf("%s-%02d", yearValue(y), mo)
		m.Interval = [2]string{civil{y, mo, 1}.String(), civil{y, mo, daysIn(y, mo)}.String()}
	case e.unit != "Y":
		from, to := yearSpan(ref.era, ref.wy)
		m.Value = bareYearValue(ref.era, ref.wy)
		m.Interval = [2]string{from.String(), to.String()}
	default:
		return Mention{}, false
	}
	return m, true
}
