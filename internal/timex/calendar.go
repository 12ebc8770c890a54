package timex

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// civil is a proleptic Gregorian date with astronomical years (1 BC = 0).
// m or d may be 0 in references that lack them.
type civil struct{ y, m, d int }

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

// String writes an ISO 8601 calendar date; years before 1 are signed.
func (c civil) String() string {
	if c.m < 0 || c.d < 0 || c.y == math.MinInt {
		// Not a date the fast path below writes as Sprintf would.
		if c.y < 0 {
			return fmt.Sprintf("-%04d-%02d-%02d", -c.y, c.m, c.d)
		}
		return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)
	}
	// Written by hand: dates are formatted for every mention and interval,
	// and Sprintf showed in profiles.
	b := make([]byte, 0, len("-YYYY-MM-DD"))
	y := c.y
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendZeroPadded(b, y, 4)
	b = append(b, '-')
	b = appendZeroPadded(b, c.m, 2)
	b = append(b, '-')
	b = appendZeroPadded(b, c.d, 2)
	return string(b)
}

// appendZeroPadded appends v (not negative) with leading zeros up to width
// digits, as the verb %0*d does.
func appendZeroPadded(b []byte, v, width int) []byte {
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], int64(v), 10)
	for n := len(d); n < width; n++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func addDays(c civil, n int) civil {
	t := time.Date(c.y, time.Month(c.m), c.d, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return civil{t.Year(), int(t.Month()), t.Day()}
}

func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Thai calendar facts.
const (
	beOffset        = 543  // CE = BE - 543 for dates from 1 April (and all of BE 2484 on)
	rsToBE          = 2324 // BE = RS + 2324, so CE = RS + 1781
	lastOldBEYear   = 2483 // the last Buddhist Era year that began on 1 April
	oldYearStartMon = 4
)

// ceYear converts a year written in era to a CE (astronomical) year. month
// matters for old Thai years: January to March of BE 2483 or earlier fell in
// the next CE year, because the year began on 1 April.
func ceYear(era string, y, month int) int {
	switch era {
	case "BE":
		if y <= lastOldBEYear && month >= 1 && month < oldYearStartMon {
			return y - beOffset + 1
		}
		return y - beOffset
	case "RS":
		return ceYear("BE", y+rsToBE, month)
	case "BC":
		return 1 - y
	}
	return y
}

// eraYear is the inverse of ceYear: the year written in era for a CE date.
func eraYear(era string, ce, month int) int {
	switch era {
	case "BE":
		be := ce + beOffset
		// January to March 1941 is read as BE 2484 (the new calendar), the
		// only CE months the guide's rule gives two readings for.
		if month >= 1 && month < oldYearStartMon && be-1 < lastOldBEYear {
			return be - 1
		}
		return be
	case "RS":
		return eraYear("BE", ce, month) - rsToBE
	case "BC":
		return 1 - ce
	}
	return ce
}

// yearSpan is the first and last day of a year written in era. An old Thai
// year (BE 2483 or earlier) ran from 1 April to 31 March of the next CE year.
func yearSpan(era string, y int) (civil, civil) {
	be := y
	if era == "RS" {
		be = y + rsToBE
	}
	if (era == "BE" || era == "RS") && be <= lastOldBEYear {
		ce := be - beOffset
		return civil{ce, oldYearStartMon, 1}, civil{ce + 1, oldYearStartMon - 1, 31}
	}
	ce := ceYear(era, y, 0)
	return civil{ce, 1, 1}, civil{ce, 12, 31}
}

// calendarOf names the era a text used.
func calendarOf(era string) string {
	switch era {
	case "BE":
		return "buddhist"
	case "RS":
		return "rattanakosin"
	}
	return "gregorian"
}

// yearValue writes a TIMEX3 year: 1978, 0802, BC0500.
func yearValue(ce int) string {
	if ce <= 0 {
		return fmt.Sprintf("BC%04d", 1-ce)
	}
	return fmt.Sprintf("%04d", ce)
}

// endpointSpan is the calendar span of a fully dated endpoint.
func endpointSpan(p endpoint) (civil, civil) {
	switch {
	case p.d > 0:
		c := civil{ceYear(p.era, p.y, p.m), p.m, p.d}
		return c, c
	case p.m > 0:
		y := ceYear(p.era, p.y, p.m)
		return civil{y, p.m, 1}, civil{y, p.m, daysIn(y, p.m)}
	}
	return yearSpan(p.era, p.y)
}

// endpointValue writes the TIMEX3 value of a fully dated endpoint.
func endpointValue(p endpoint) string {
	switch {
	case p.d > 0:
		return fmt.Sprintf("%s-%02d-%02d", yearValue(ceYear(p.era, p.y, p.m)), p.m, p.d)
	case p.m > 0:
		return fmt.Sprintf("%s-%02d", yearValue(ceYear(p.era, p.y, p.m)), p.m)
	}
	return bareYearValue(p.era, p.y)
}

// isOldThaiYear reports a year of the old Thai calendar (1 April – 31 March).
func isOldThaiYear(era string, y int) bool {
	switch era {
	case "BE":
		return y <= lastOldBEYear
	case "RS":
		return y+rsToBE <= lastOldBEYear
	}
	return false
}

// bareYearValue is the value of a year: 1978; an old Thai year, which is no
// CE year, is the range of days it covers: 1813-04-01/1814-03-31.
func bareYearValue(era string, y int) string {
	if isOldThaiYear(era, y) {
		from, to := yearSpan(era, y)
		return from.String() + "/" + to.String()
	}
	return yearValue(ceYear(era, y, 0))
}

// endpointBounds gives the values of the first and last moment of an
// endpoint, for a range: an old Thai year contributes its first or last day.
func endpointBounds(p endpoint) (string, string) {
	if p.m == 0 && isOldThaiYear(p.era, p.y) {
		from, to := yearSpan(p.era, p.y)
		return from.String(), to.String()
	}
	v := endpointValue(p)
	return v, v
}

// seasonMonths gives the first month of a meteorological season.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// partSpan is the span of a season, quarter or half of CE year y.
func partSpan(y int, season string, quarter, half int) (civil, civil) {
	var m0, n int
	switch {
	case season != "":
		m0, n = seasonStart[season], 3
	case quarter > 0:
		m0, n = (quarter-1)*3+1, 3
	default:
		m0, n = (half-1)*6+1, 6
	}
	ey, em := addMonths(y, m0, n-1)
	return civil{y, m0, 1}, civil{ey, em, daysIn(ey, em)}
}

// modSpan narrows [from, to] of a year, month, decade or century by a START,
// MID or END modifier, following the fuzzy-bound table of the guide.
func modSpan(g gran, mod string, from, to civil) (civil, civil) {
	switch g {
	case gYear:
		// Thirds of four months from the first month of the year: January
		// for CE years, April for an old Thai civil year.
		k := 0
		switch mod {
		case "MID":
			k = 1
		case "END":
			k = 2
		default:
			if mod != "START" {
				return from, to
			}
		}
		y0, m0 := addMonths(from.y, from.m, 4*k)
		y1, m1 := addMonths(from.y, from.m, 4*k+3)
		return civil{y0, m0, 1}, civil{y1, m1, daysIn(y1, m1)}
	case gMonth:
		switch mod {
		case "START":
			return from, civil{from.y, from.m, 10}
		case "MID":
			return civil{from.y, from.m, 11}, civil{from.y, from.m, 20}
		case "END":
			return civil{from.y, from.m, 21}, to
		}
	}
	return from, to
}

// subYears gives the year offsets [lo, hi] a modifier keeps of a decade or
// century, and whether the modifier narrows it at all.
func subYears(mod string, g gran) (int, int, bool) {
	if g == gDecade {
		switch mod {
		case "START":
			return 0, 3, true
		case "MID":
			return 4, 6, true
		case "END":
			return 7, 9, true
		}
		return 0, 9, false
	}
	switch mod {
	case "START":
		return 0, 33, true
	case "MID":
		return 34, 66, true
	case "END":
		return 67, 99, true
	}
	return 0, 99, false
}

// gran is the granularity of a value.
type gran uint8

const (
	gDay gran = iota
	gWeek
	gMonth
	gYear
	gDecade
	gCentury
)

func unitGran(u string) gran {
	switch u {
	case "D":
		return gDay
	case "W":
		return gWeek
	case "M":
		return gMonth
	}
	return gYear
}
