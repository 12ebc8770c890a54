package store

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestDayKeyMatchesTheCalendar(t *testing.T) {
	// time.Date is proleptic Gregorian too: compare every day of a few eras.
	for _, start := range []time.Time{
		time.Date(-801, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1899, 12, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1968, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2099, 12, 1, 0, 0, 0, 0, time.UTC),
	} {
		for d := start; d.Before(start.AddDate(3, 0, 0)); d = d.AddDate(0, 0, 1) {
			iso := fmt.Sprintf("%04d-%02d-%02d", d.Year(), d.Month(), d.Day())
			if d.Year() < 0 {
				iso = fmt.Sprintf("-%04d-%02d-%02d", -d.Year(), d.Month(), d.Day())
			}
			got, ok := dayKey(iso)
			want := d.Unix() / 86400
			if !ok || got != want {
				t.Fatalf("dayKey(%s) = %d %v, want %d", iso, got, ok, want)
			}
			if back := dayISO(got); back != iso {
				t.Fatalf("dayISO(%d) = %s, want %s", got, back, iso)
			}
		}
	}
}

func TestDayKeyOrdersWhereTextDoesNot(t *testing.T) {
	ordered := []string{"-0500-06-30", "-0100-01-01", "0000-12-31", "0001-01-01", "1979-01-07", "9999-12-31", "10000-01-01"}
	for i := 1; i < len(ordered); i++ {
		a, okA := dayKey(ordered[i-1])
		b, okB := dayKey(ordered[i])
		if !okA || !okB || a >= b {
			t.Errorf("%s (%d %v) should come before %s (%d %v)", ordered[i-1], a, okA, ordered[i], b, okB)
		}
	}
}

func TestDayKeyRefusesMalformedDates(t *testing.T) {
	for _, s := range []string{"", "1979", "1979-01", "79-01-07", "1979-1-07", "1979-13-01", "1979-02-29", "1980-02-30",
		"1979-00-10", "1979-01-00", "1979-01-07T10", "+1979-01-07", "--1979-01-07", "1979/01/07", "๑๙๗๙-01-07", "99999999-01-01"} {
		if k, ok := dayKey(s); ok {
			t.Errorf("dayKey(%q) = %d, want refused", s, k)
		}
	}
	if _, ok := dayKey("1980-02-29"); !ok {
		t.Error("1980-02-29 refused")
	}
}

func TestWindowBounds(t *testing.T) {
	day := func(s string) int64 {
		k, ok := dayKey(s)
		if !ok {
			t.Fatalf("bad test date %s", s)
		}
		return k
	}
	cases := []struct {
		from, to string
		lo, hi   int64
		bad      bool
	}{
		{"1979-01-07", "1979-01-31", day("1979-01-07"), day("1979-01-31"), false},
		{"1979", "1979", day("1979-01-01"), day("1979-12-31"), false},
		{"1980-02", "1980-02", day("1980-02-01"), day("1980-02-29"), false},
		{"-0050", "", day("-0050-01-01"), 1 << 62, false},
		{"", "1979-01", -1 << 62, day("1979-01-31"), false},
		{"1979-02-01", "1979-01-31", 0, 0, true},
		{"1979-01-32", "", 0, 0, true},
		{"", "yesterday", 0, 0, true},
	}
	for _, c := range cases {
		lo, hi, err := windowBounds(c.from, c.to)
		if c.bad {
			if !errors.Is(err, ErrInvalidQuery) {
				t.Errorf("%q..%q: error %v, want ErrInvalidQuery", c.from, c.to, err)
			}
			continue
		}
		if err != nil || lo != c.lo || hi != c.hi {
			t.Errorf("%q..%q: %d..%d %v, want %d..%d", c.from, c.to, lo, hi, err, c.lo, c.hi)
		}
	}
}
