package align

import "testing"

func TestParseISODate(t *testing.T) {
	cases := []struct {
		in   string
		ok   bool
		back string
	}{
		{"1978-12-25", true, "1978-12-25"},
		{"2000-02-29", true, "2000-02-29"},
		{"1900-02-29", false, ""},
		{"-0146-03-01", true, "-0146-03-01"},
		{"0000-02-29", true, "0000-02-29"},
		{"1979-1-7", false, ""},
		{"10000-01-01", false, ""},
		{"1979-13-01", false, ""},
		{"", false, ""},
		{"197a-01-01", false, ""},
	}
	for _, c := range cases {
		d, ok := parseISODate(c.in)
		if ok != c.ok || ok && d.String() != c.back {
			t.Errorf("%q: %v %v (%s)", c.in, d, ok, d)
		}
	}
	if d, _ := parseISODate("1970-01-01"); d != 0 {
		t.Errorf("epoch is day %d", d)
	}
}

func TestParseIntervalPrecision(t *testing.T) {
	cases := []struct {
		iv   [2]string
		prec precision
	}{
		{[2]string{"1978-12-25", "1978-12-25"}, precDay},
		{[2]string{"1993-05-24", "1993-05-28"}, precDay},
		{[2]string{"1993-05-01", "1993-05-31"}, precMonth},
		{[2]string{"1979-06-01", "1979-08-31"}, precYear},
		{[2]string{"1979-01-01", "1979-12-31"}, precYear},
		{[2]string{"1975-01-01", "1977-12-31"}, precYears},
		{[2]string{"1970-01-01", "1979-12-31"}, precWide},
		{[2]string{"1979-12-31", "1979-01-01"}, precNone},
		{[2]string{"", "1979-01-01"}, precNone},
	}
	for _, c := range cases {
		if got := parseInterval(c.iv).prec; got != c.prec {
			t.Errorf("%v: precision %d, want %d", c.iv, got, c.prec)
		}
	}
}
