package event

import (
	"chronicle/internal/timex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// eventTime returns the value and interval of an event whose time is the
// mention ti: the year alone when yearOnly (the event came "shortly after"
// it), a range when ti is one end of "between 1979 and 1991" written as two
// mentions, else the mention's own.
func (e *extraction) eventTime(ti int, t trigger, yearOnly bool) (string, [2]string) {
	m := e.in.Times[ti]
	if yearOnly {
		if y, ok := leadingYear(m.Value); ok && m.Interval[0] != "" {
			return y, [2]string{y + "-01-01", y + "-12-31"}
		}
	}
	if lo, hi, ok := e.betweenPair(ti); ok && !e.namedBy(hi, t) {
		a, b := e.in.Times[lo], e.in.Times[hi]
		return a.Value + "/" + b.Value, [2]string{a.Interval[0], b.Interval[1]}
	}
	return m.Value, m.Interval
}

var yearValue = regexp.MustCompile(`^[0-9]{4}`)

// leadingYear returns the year a TIMEX3 value starts with.
func leadingYear(v string) (string, bool) {
	y := yearValue.FindString(v)
	return y, y != "" && !strings.Contains(v, "/")
}

// maxBetweenGap is how many words may stand between "and" and the second
// date of a range ("between 1979 and the 1991 Paris Agreements").
const maxBetweenGap = 1

// betweenPair finds the two DATE mentions of "between A and B" (ระหว่าง A
// และ B) of which ti is one, when the tagger read them as two: their
// indexes in order, A wholly before B.
func (e *extraction) betweenPair(ti int) (lo, hi int, ok bool) {
	times := e.in.Times
	j, found := slices.BinarySearch(e.dateStarts, times[ti].Span[0])
	if !found || e.dates[j] != ti {
		return 0, 0, false
	}
	for _, k := range []int{j - 1, j} {
		if k < 0 || k+1 >= len(e.dates) {
			continue
		}
		a, b := e.dates[k], e.dates[k+1]
		wa, wb := e.wordAt(times[a].Span[0]), e.wordAt(times[b].Span[0])
		if wa == 0 || !e.isWord(wa-1, "between", "ระหว่าง") || isBound(times[a]) || isBound(times[b]) {
			continue
		}
		and := e.wordAt(times[a].Span[1])
		if and >= wb || !e.isWord(and, "and", "และ", "ถึง", "กับ") || wb-and-1 > maxBetweenGap {
			continue
		}
		if x, y := times[a].Interval, times[b].Interval; x[0] == "" || y[1] == "" || x[1] >= y[0] {
			continue
		}
		return a, b, true
	}
	return 0, 0, false
}

// maxNamingGap is how many words may stand between a date and the event
// noun it names ("the 1991 Paris Peace Agreements").
const maxNamingGap = 3

// namedBy reports whether the date mention ti names trigger t, which
// follows it closely with no punctuation between: such a date is the
// event's own, not one end of a period.
func (e *extraction) namedBy(ti int, t trigger) bool {
	after := e.wordAt(e.in.Times[ti].Span[1])
	if t.first < after || t.first-after > maxNamingGap {
		return false
	}
	for k := after; k < t.first; k++ {
		if e.words[k].punct {
			return false
		}
	}
	return true
}

// isWord reports whether word k is one of forms, case aside.
func (e *extraction) isWord(k int, forms ...string) bool {
	if k < 0 || k >= len(e.words) || e.words[k].punct {
		return false
	}
	w := e.wordText(k)
	for _, f := range forms {
		if strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

var durationValue = regexp.MustCompile(`^P([0-9]+)([YM])$`)

// periodFrom returns the stretch of time that starts at the date mention ti
// and lasts as long as the first duration named after it and before offset
// ("8 January 1979 … the ten-year occupation" is 1979/1989), in years or
// months as the duration counts.
func (e *extraction) periodFrom(ti, offset int) (string, [2]string, bool) {
	start := e.in.Times[ti]
	from, err := time.Parse("2006-01-02", start.Interval[0])
	if err != nil {
		return "", [2]string{}, false
	}
	for i := ti + 1; i < len(e.in.Times); i++ {
		m := e.in.Times[i]
		if m.Span[0] >= offset {
			break
		}
		if m.Type != timex.TypeDuration || m.Span[0] < start.Span[1] {
			continue
		}
		d := durationValue.FindStringSubmatch(m.Value)
		if d == nil {
			continue
		}
		n, _ := strconv.Atoi(d[1])
		if d[2] == "Y" {
			to := from.AddDate(n, 0, 0)
			return fmt.Sprintf("%04d/%04d", from.Year(), to.Year()), [2]string{start.Interval[0], to.Format("2006-01-02")}, true
		}
		to := from.AddDate(0, n, 0)
		return from.Format("2006-01") + "/" + to.Format("2006-01"), [2]string{start.Interval[0], to.Format("2006-01-02")}, true
	}
	return "", [2]string{}, false
}

// sequenceStart returns an earlier date of the sentence starting at word
// w0 than the date mention ti when both come before trigger t and a
// sequence cue ("then", "ต่อมา") and no trigger stand between them: "On
// December 2, 1987, …, then on January 20–21, 1988 …, they met" tells
// meetings on both dates; "…ซึ่งต่อมาได้ปล่อยตัว…เมื่อวันที่ 8 มกราคม" one.
func (e *extraction) sequenceStart(ti int, t trigger, w0 int) (int, bool) {
	times := e.in.Times
	m := times[ti]
	if m.Span[1] > t.span[0] {
		return 0, false
	}
	w := e.wordAt(m.Span[0])
	j, _ := slices.BinarySearch(e.dateStarts, m.Span[0])
	for k := j - 1; k >= 0; k-- {
		p := times[e.dates[k]]
		if e.wordAt(p.Span[0]) < w0 {
			break
		}
		if isBound(p) || isBound(m) || p.Interval[0] == "" || p.Interval[1] >= m.Interval[0] {
			continue
		}
		for x := e.wordAt(p.Span[1]); x < w && !e.isTrigger[x]; x++ {
			if e.cueStartsAt(x, cueSequence) {
				return e.dates[k], true
			}
		}
	}
	return 0, false
}
