package align

import "fmt"

// A day is a proleptic Gregorian day number (0 = 1970-01-01) with
// astronomical years (year 0 = 1 BC), so intervals compare as integers.
type day int32

// parseISODate reads "YYYY-MM-DD" or "-YYYY-MM-DD" (astronomical years,
// four digits as the annotators write them); ok is false for anything
// else, including impossible days.
func parseISODate(s string) (day, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok := digits(s[:len(s)-6])
	m, ok2 := digits(s[len(s)-5 : len(s)-3])
	d, ok3 := digits(s[len(s)-2:])
	if !ok || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) {
		return 0, false
	}
	if neg {
		y = -y
	}
	return civilToDay(y, m, d), true
}

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civilToDay converts a proleptic Gregorian date to a day number
// (H. Hinnant's days_from_civil).
func civilToDay(y, m, d int) day {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return day(era*146097 + doe - 719468)
}

// civil converts a day number back to year, month and day.
func (d day) civil() (y, m, dd int) {
	z := int(d) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, dd
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// String writes the day as an ISO date, as the annotators do.
func (d day) String() string {
	y, m, dd := d.civil()
	if y < 0 {
		return fmt.Sprintf("-%04d-%02d-%02d", -y, m, dd)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// Precision classes of an interval, from its width in days. Near-miss
// dates are only compared within the day, month and year classes.
type precision uint8

const (
	precDay   precision = iota // up to a week: a day or a short range
	precMonth                  // up to 31 days
	precYear                   // up to a year: seasons, quarters, halves, years
	precYears                  // up to three years: "1975–1977"
	precWide                   // decades, centuries, long ranges
	precNone                   // no date
)

func precisionOf(width int) precision {
	switch {
	case width <= 7:
		return precDay
	case width <= 31:
		return precMonth
	case width <= 366:
		return precYear
	case width <= 3*366:
		return precYears
	}
	return precWide
}

// span is a parsed inclusive interval.
type span struct {
	lo, hi day
	prec   precision
	// Month indexes and years of lo and hi, for blocking and near misses.
	loMonth, hiMonth int
	loYear, hiYear   int
}

// parseInterval reads an event interval; an interval with a missing or
// unreadable end, or ends out of order, is no date at all.
func parseInterval(iv [2]string) span {
	lo, ok1 := parseISODate(iv[0])
	hi, ok2 := parseISODate(iv[1])
	if !ok1 || !ok2 || hi < lo {
		return span{prec: precNone}
	}
	s := span{lo: lo, hi: hi, prec: precisionOf(int(hi-lo) + 1)}
	var m int
	s.loYear, m, _ = lo.civil()
	s.loMonth = s.loYear*12 + m - 1
	s.hiYear, m, _ = hi.civil()
	s.hiMonth = s.hiYear*12 + m - 1
	return s
}

func (s span) dated() bool { return s.prec != precNone }
