package timex

import "strconv"

// family groups construction kinds that share one interpretation.
type family uint8

const (
	famDate     family = iota // a calendar point: day, month, season, quarter, half, year
	famRange                  // two calendar points joined: 1979-1989
	famDecade                 // the 1980s, ทศวรรษ 2520
	famCentury                // the 12th century, พุทธศตวรรษที่ 18
	famDuration               // two weeks
	famSet                    // every year
	famRelative               // the following year, the same month, two days later
	famDeictic                // yesterday, last year: against the publication date
	famTime                   // 10:30
)

// kindFamilies lists every construction kind a rule file may use. Both
// languages are expected to use all of them (see TestKindsCovered).
var kindFamilies = map[string]family{
	"day-month-year":     famDate,
	"month-year":         famDate,
	"day-month":          famDate,
	"month":              famDate,
	"day":                famDate,
	"iso-date":           famDate,
	"year-era":           famDate,
	"year-word":          famDate,
	"year-bare":          famDate,
	"year-context":       famDate,
	"mod-year":           famDate,
	"mod-month":          famDate,
	"season":             famDate,
	"season-anaphoric":   famDate,
	"quarter":            famDate,
	"half":               famDate,
	"date-relative-year": famDate,
	"range-days":         famRange,
	"range-day-months":   famRange,
	"range-dates":        famRange,
	"range-months":       famRange,
	"range-years":        famRange,
	"range-years-short":  famRange,
	"range-between":      famRange,
	"decade":             famDecade,
	"mod-decade":         famDecade,
	"century":            famCentury,
	"mod-century":        famCentury,
	"duration":           famDuration,
	"set":                famSet,
	"relative":           famRelative,
	"same":               famRelative,
	"offset":             famRelative,
	"deictic":            famDeictic,
	"deictic-offset":     famDeictic,
	"time":               famTime,
}

// endpoint is a calendar point as written; zero fields are absent.
type endpoint struct {
	d, m, y int
	era     string // BE CE RS BC, "" until inferred
	yFilled bool   // y was copied from the other end of a range
}

// expr is a match read into meaning, before resolution against context.
type expr struct {
	kind    string
	fam     family
	a, b    endpoint
	mod     string
	season  string
	quarter int
	half    int
	unit    string
	n       int // count; -1 when vague (several years)
	delta   int // relative step in units
	hasRel  bool
	dec     int
	cent    int
	clock   int
}

// interpret turns captures into an expr and rejects impossible readings
// (31 February, 1992-91, a decade that does not end in 0).
func interpret(kind string, c *captures, rs *ruleSet) (expr, bool) {
	e := expr{kind: kind, fam: kindFamilies[kind], mod: c[sMod].str, unit: c[sUnit].str}
	e.a = endpoint{d: c[sD].num, m: c[sM].num, y: c[sY].num, era: c[sEra].str}
	switch e.fam {
	case famDate:
		e.season = c[sSeason].str
		e.quarter = c[sQuarter].num
		e.half = c[sHalf].num
		if c[sRel].set {
			e.delta, e.hasRel = atoiSigned(c[sRel].str), true
		}
		if c[sY].set {
			e.a.era = inferEra(e.a.era, e.a.y, rs)
		}
		if e.quarter < 0 || e.quarter > 4 || e.half < 0 || e.half > 2 {
			return e, false
		}
		if e.a.y == 0 && e.a.m == 0 && e.a.d == 0 && e.season == "" && e.quarter == 0 && e.half == 0 && e.unit == "" && !e.hasRel {
			return e, false
		}
		return e, validEndpoint(e.a)
	case famRange:
		e.b = endpoint{d: c[sD2].num, m: c[sM2].num, y: c[sY2].num, era: c[sEra2].str}
		if c[sYY2].set {
			century := e.a.y / 100 * 100
			e.b.y = century + c[sYY2].num
			if e.b.y <= e.a.y || c[sYY2].nd != 2 {
				return e, false
			}
		}
		return e, fillRange(&e, rs)
	case famDecade:
		e.dec = c[sDec].num
		e.a.era = c[sEra].str
		if e.dec%10 != 0 {
			return e, false
		}
		if c[sDec].nd == 2 {
			e.dec += 1900
		}
		e.a.era = inferEra(e.a.era, e.dec, rs)
		return e, e.dec > 0
	case famCentury:
		e.cent = c[sCent].num
		if e.a.era == "" {
			e.a.era = "CE"
		}
		return e, e.cent >= 1 && e.cent <= 30
	case famDuration, famSet:
		e.n = 1
		if c[sN].set {
			e.n = c[sN].num
			if c[sN].str == "X" {
				e.n = -1
			}
		}
		return e, e.n != 0 && durationUnit(e.unit)
	case famRelative, famDeictic:
		switch {
		case c[sRel].set:
			e.delta = atoiSigned(c[sRel].str)
		case c[sDeictic].set:
			e.delta = atoiSigned(c[sDeictic].str)
		case c[sN].set && c[sN].str == "X":
			e.n = -1 // a few days later: somewhere after the reference
			if e.fam == famDeictic {
				return e, false
			}
		case c[sN].set:
			e.delta = c[sN].num
			if e.delta <= 0 {
				return e, false
			}
			if c[sDir].str == "-" {
				e.delta = -e.delta
			}
		}
		if e.unit == "" {
			e.unit = "D"
		}
		switch e.unit { // a decade later: ten years later
		case "DE":
			e.unit, e.delta = "Y", e.delta*10
		case "CE":
			e.unit, e.delta = "Y", e.delta*100
		}
		switch e.unit {
		case "Y", "M", "W", "D":
			return e, true
		}
		return e, false
	case famTime:
		if !c[sTime].set {
			return e, false
		}
		h, mi := c[sTime].num/100, c[sTime].num%100
		if !c[sTime].clock {
			h, mi = c[sTime].num, 0
		}
		switch c[sAmPm].str {
		case "PM":
			if h < 1 || h > 12 {
				return e, false
			}
			if h < 12 {
				h += 12
			}
		case "AM":
			if h < 1 || h > 12 {
				return e, false
			}
			if h == 12 {
				h = 0
			}
		}
		e.clock = h*100 + mi
		return e, h < 24 && mi < 60
	}
	return e, false
}

func atoiSigned(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func durationUnit(u string) bool {
	switch u {
	case "Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE":
		return true
	}
	return false
}

// inferEra dates a year written without an era: in a language with a
// %bare-be range, numbers in it are Buddhist Era; everything else is CE.
func inferEra(era string, y int, rs *ruleSet) string {
	if era != "" {
		return era
	}
	if rs.bareBEHi > 0 && y >= rs.bareBELo && y <= rs.bareBEHi {
		return "BE"
	}
	return "CE"
}

// validEndpoint checks month and day ranges; with a year the day is checked
// against the real month length.
func validEndpoint(p endpoint) bool {
	if p.m < 0 || p.m > 12 || p.d < 0 || p.d > 31 {
		return false
	}
	if p.d > 0 && p.m > 0 && p.y > 0 {
		return p.d <= daysIn(ceYear(p.era, p.y, p.m), p.m)
	}
	if p.d > 0 && p.m > 0 {
		return p.d <= daysIn(2000, p.m) // leap year: 29 February is possible
	}
	return true
}

// fillRange completes each end of a range from the other (16-19 February
// 1979: the first end takes the month and year of the second) and checks
// that the range runs forward.
func fillRange(e *expr, rs *ruleSet) bool {
	a, b := &e.a, &e.b
	if a.m == 0 && b.m != 0 && a.d != 0 {
		a.m = b.m
	}
	if b.m == 0 && a.m != 0 && b.d != 0 {
		b.m = a.m
	}
	if a.y == 0 && b.y != 0 {
		a.y, a.yFilled = b.y, true
		if a.era == "" {
			a.era = b.era
		}
	}
	if b.y == 0 && a.y != 0 {
		b.y, b.yFilled = a.y, true
	}
	if b.era == "" {
		b.era = a.era
	}
	if a.era == "" {
		a.era = b.era
	}
	if a.y != 0 {
		a.era = inferEra(a.era, a.y, rs)
		b.era = inferEra(b.era, b.y, rs)
	}
	// Both ends must have the same parts: day-day, month-month, year-year.
	if (a.d == 0) != (b.d == 0) || (a.m == 0) != (b.m == 0) || (a.y == 0) != (b.y == 0) {
		return false
	}
	if a.m == 0 && a.y == 0 {
		return false
	}
	if !validEndpoint(*a) || !validEndpoint(*b) {
		return false
	}
	if a.y == 0 {
		return true // resolved later against the reference
	}
	if endpointBefore(*b, *a) {
		if !a.yFilled {
			return false
		}
		a.y-- // December - February 1979: the first end is in the year before
		if endpointBefore(*b, *a) {
			return false
		}
	}
	return true
}

// endpointBefore reports whether p starts before q starts.
func endpointBefore(p, q endpoint) bool {
	ps, _ := endpointSpan(p)
	qs, _ := endpointSpan(q)
	return ps.before(qs)
}
