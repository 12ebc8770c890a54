package server

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// window is a from/to date filter: inclusive ISO days, "" for an open end.
type window struct {
	From, To string
}

func (w window) set() bool { return w.From != "" || w.To != "" }

// overlaps tells whether the inclusive interval [a, b] meets the window;
// undated intervals never do when the window is set.
func (w window) overlaps(iv [2]string) bool {
	if !w.set() {
		return true
	}
	if iv[0] == "" {
		return false
	}
	return (w.To == "" || iv[0] <= w.To) && (w.From == "" || iv[1] >= w.From)
}

// parseWindow reads from and to: a year (1979), a month (1979-01) or a day
// (1979-01-07), all CE; from takes the first day, to the last.
func parseWindow(q url.Values) (window, error) {
	var w window
	var err error
	if w.From, err = parseDay(q.Get("from"), false); err != nil {
		return w, fmt.Errorf("from: %w", err)
	}
	if w.To, err = parseDay(q.Get("to"), true); err != nil {
		return w, fmt.Errorf("to: %w", err)
	}
	if w.From != "" && w.To != "" && w.From > w.To {
		return w, fmt.Errorf("from %s is after to %s", w.From, w.To)
	}
	return w, nil
}

func parseDay(s string, last bool) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	var layout string
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return "", fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return "", fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if last {
		switch layout {
		case "2006":
			t = t.AddDate(1, 0, -1)
		case "2006-01":
			t = t.AddDate(0, 1, -1)
		}
	}
	return t.Format("2006-01-02"), nil
}

// page is a limit/offset pair.
type page struct {
	Limit, Offset int
}

// parsePage reads limit (1…max, default def) and offset (≥ 0).
func parsePage(q url.Values, def, maxLimit int) (page, error) {
	p := page{Limit: def}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxLimit {
			return p, fmt.Errorf("limit: want a number from 1 to %d, got %q", maxLimit, s)
		}
		p.Limit = n
	}
	if s := q.Get("offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return p, fmt.Errorf("offset: want a number ≥ 0, got %q", s)
		}
		p.Offset = n
	}
	return p, nil
}

// slice applies the page to n items and returns the bounds.
func (p page) slice(n int) (lo, hi int) {
	lo = min(p.Offset, n)
	hi = min(lo+p.Limit, n)
	return lo, hi
}

// list reads a comma-separated parameter as a set; nil when absent.
func list(q url.Values, name string) map[string]bool {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return nil
	}
	out := map[string]bool{}
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out[v] = true
		}
	}
	return out
}

// parseBool reads a yes/no parameter.
func parseBool(q url.Values, name string) (bool, error) {
	s := q.Get(name)
	if s == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, fmt.Errorf("%s: want true or false, got %q", name, s)
	}
	return b, nil
}

// paged is the envelope of a paged list.
type paged struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}
