package store

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Interval keys: the store compares calendar intervals as day numbers
// (days since 1970-01-01, proleptic Gregorian) rather than as ISO text,
// because text order is wrong for years before 1 CE ("-0500" sorts after
// "-0100") and past 9999, and because the R*Tree index holds integers.

// maxKeyYear bounds the years a key can hold, well inside int32 days.
const maxKeyYear = 5_000_000

// ErrInvalidQuery wraps the errors of a query argument the store cannot
// use, such as a malformed date, so a server can answer 400 rather than 500.
var ErrInvalidQuery = errors.New("store: invalid query")

// dayKey is the day number of an ISO date "[-]YYYY-MM-DD" (four or more
// year digits), or false when s is not one.
func dayKey(s string) (int64, bool) {
	y, m, d, ok := parseDate(s)
	if !ok || m == 0 || d == 0 {
		return 0, false
	}
	return daysFromCivil(y, m, d), true
}

// parseDate reads "[-]YYYY", "[-]YYYY-MM" or "[-]YYYY-MM-DD"; missing parts are 0.
func parseDate(s string) (y, m, d int64, ok bool) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) < 4 {
		return 0, 0, 0, false
	}
	widths := []int{len(parts[0]), 2, 2}
	var v [3]int64
	for i, p := range parts {
		if len(p) != widths[i] || strings.TrimLeft(p, "0123456789") != "" {
			return 0, 0, 0, false
		}
		v[i], _ = strconv.ParseInt(p, 10, 64) // digits only, bounded below
	}
	if len(parts[0]) > 7 || v[0] > maxKeyYear {
		return 0, 0, 0, false
	}
	y, m, d = v[0], v[1], v[2]
	if neg {
		y = -y
	}
	if len(parts) > 1 && (m < 1 || m > 12) || len(parts) > 2 && (d < 1 || d > daysInMonth(y, m)) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func daysInMonth(y, m int64) int64 {
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

// daysFromCivil counts days from 1970-01-01 to y-m-d: years are shifted to
// start in March so the leap day ends a year, then counted in 400-year eras
// of 146097 days.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yearOfEra := y - era*400
	monthFromMarch := (m + 9) % 12
	dayOfYear := (153*monthFromMarch+2)/5 + d - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468
}

// windowBounds turns a query's From and To into inclusive day numbers. A
// bound may be a year or a month as well as a day: From takes its first day,
// To its last. An empty bound is open.
func windowBounds(from, to string) (lo, hi int64, err error) {
	lo, hi = -1<<62, 1<<62
	if from != "" {
		y, m, d, ok := parseDate(from)
		if !ok {
			return 0, 0, fmt.Errorf("%w: from %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrInvalidQuery, from)
		}
		lo = daysFromCivil(y, max(m, 1), max(d, 1))
	}
	if to != "" {
		y, m, d, ok := parseDate(to)
		if !ok {
			return 0, 0, fmt.Errorf("%w: to %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrInvalidQuery, to)
		}
		if m == 0 {
			m = 12
		}
		if d == 0 {
			d = daysInMonth(y, m)
		}
		hi = daysFromCivil(y, m, d)
	}
	if lo > hi {
		return 0, 0, fmt.Errorf("%w: from %s is after to %s", ErrInvalidQuery, from, to)
	}
	return lo, hi, nil
}

// intervalKeys are the day numbers of an interval, both or neither: an
// interval with a malformed or reversed end has no keys and so matches no
// window.
func intervalKeys(iv [2]string) (first, last *int64) {
	a, okA := dayKey(iv[0])
	b, okB := dayKey(iv[1])
	if !okA || !okB || a > b {
		return nil, nil
	}
	return &a, &b
}

// dayISO formats a day number as timex writes dates: "YYYY-MM-DD", with a
// minus sign before years below zero.
func dayISO(key int64) string {
	y, m, d := civilFromDays(key)
	if y < 0 {
		return fmt.Sprintf("-%04d-%02d-%02d", -y, m, d)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// civilFromDays inverts daysFromCivil.
func civilFromDays(days int64) (y, m, d int64) {
	days += 719468
	era := days / 146097
	if days < 0 && days%146097 != 0 {
		era--
	}
	dayOfEra := days - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	monthFromMarch := (5*dayOfYear + 2) / 153
	d = dayOfYear - (153*monthFromMarch+2)/5 + 1
	m = monthFromMarch + 3
	if m > 12 {
		m -= 12
	}
	y = yearOfEra + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}
