package align

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/months.tsv
var monthsTSV string

//go:embed data/eras.tsv
var erasTSV string

// era is how one calendar writes years in one language.
type era struct {
	label  string
	offset int
}

// calendarData holds the month names and eras of the embedded files.
type calendarData struct {
	monthsTH, monthsTHFull, monthsEN [13]string
	eras                             map[[2]string]era // calendar, lang
}

var calendars = sync.OnceValue(func() *calendarData {
	c := &calendarData{eras: map[[2]string]era{}}
	for _, f := range dataLines(monthsTSV) {
		if len(f) < 4 {
			continue
		}
		m, err := strconv.Atoi(f[0])
		if err != nil || m < 1 || m > 12 {
			continue
		}
		c.monthsTH[m], c.monthsTHFull[m], c.monthsEN[m] = f[1], f[2], f[3]
	}
	for _, f := range dataLines(erasTSV) {
		if len(f) < 4 {
			continue
		}
		off, err := strconv.Atoi(f[3])
		if err != nil {
			continue
		}
		c.eras[[2]string{f[0], f[1]}] = era{label: f[2], offset: off}
	}
	return c
})

// dataLines splits a tab-separated data file, skipping comments and blank
// lines; fields keep empty values.
func dataLines(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// oldNewYearUntil: before 1941 the Thai year (BE, and RS while it was in
// use) began on 1 April, so January to March belong to the previous year.
const oldNewYearUntil = 1941

// formatDate writes an interval the way a document in lang using calendar
// would: "25 ธ.ค. พ.ศ. 2521", "December 1978", "1978". Intervals that are
// not a day, a month or a year are written as their two ends.
func formatDate(iv [2]string, lang, calendar string) string {
	s := parseInterval(iv)
	if !s.dated() {
		return ""
	}
	if calendar == "" {
		calendar = "gregorian"
		if lang == "th" {
			calendar = "buddhist"
		}
	}
	if lang != "th" {
		lang = "en"
	}
	y, m, d := s.lo.civil()
	y2, m2, d2 := s.hi.civil()
	switch {
	case s.lo == s.hi:
		return writeDate(lang, calendar, y, m, d)
	case d == 1 && y2 == y && m2 == m && d2 == daysInMonth(y, m):
		return writeDate(lang, calendar, y, m, 0)
	case m == 1 && d == 1 && m2 == 12 && d2 == 31 && y2 == y:
		return writeDate(lang, calendar, y, 0, 0)
	}
	return writeDate(lang, calendar, y, m, d) + " – " + writeDate(lang, calendar, y2, m2, d2)
}

// writeDate writes a day (d > 0), a month (m > 0) or a year.
func writeDate(lang, calendar string, y, m, d int) string {
	c := calendars()
	e, ok := c.eras[[2]string{calendar, lang}]
	if !ok {
		e = c.eras[[2]string{"gregorian", lang}]
	}
	year := y + e.offset
	if e.offset != 0 && m >= 1 && m <= 3 && y < oldNewYearUntil {
		year--
	}
	var b strings.Builder
	if lang == "th" {
		if d > 0 {
			b.WriteString(strconv.Itoa(d) + " ")
		}
		if m > 0 {
			b.WriteString(c.monthsTH[m] + " ")
		}
		if e.label != "" {
			b.WriteString(e.label + " ")
		}
		b.WriteString(strconv.Itoa(year))
		return b.String()
	}
	if d > 0 {
		b.WriteString(strconv.Itoa(d) + " ")
	}
	if m > 0 {
		b.WriteString(c.monthsEN[m] + " ")
	}
	b.WriteString(strconv.Itoa(year))
	if e.label != "" {
		b.WriteString(" " + e.label)
	}
	return b.String()
}

// isoInterval writes an interval compactly: a day, "1993-05" for a whole
// month, "1993" for a whole year, else "from/to".
func isoInterval(iv [2]string) string {
	s := parseInterval(iv)
	if !s.dated() {
		return ""
	}
	y, m, d := s.lo.civil()
	y2, m2, d2 := s.hi.civil()
	switch {
	case s.lo == s.hi:
		return iv[0]
	case d == 1 && y2 == y && m2 == m && d2 == daysInMonth(y, m):
		return iv[0][:len(iv[0])-3]
	case m == 1 && d == 1 && m2 == 12 && d2 == 31 && y2 == y:
		return iv[0][:len(iv[0])-6]
	}
	return iv[0] + "/" + iv[1]
}
