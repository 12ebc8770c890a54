package timex

import "testing"

// TestOldThaiCalendar checks the rule that the Thai year began on 1 April
// until BE 2483: January to March of such a year fell in the next CE year.
func TestOldThaiCalendar(t *testing.T) {
	cases := []struct {
		era         string
		y, m, want  int
		description string
	}{
		{"BE", 2470, 1, 1928, "January of an old year: BE - 542"},
		{"BE", 2470, 3, 1928, "March of an old year: BE - 542"},
		{"BE", 2470, 4, 1927, "April starts the old year: BE - 543"},
		{"BE", 2470, 12, 1927, "December of an old year: BE - 543"},
		{"BE", 2483, 2, 1941, "BE 2483 is still old by the guide"},
		{"BE", 2484, 2, 1941, "from BE 2484 the year starts in January"},
		{"BE", 2521, 1, 1978, "modern year"},
		{"BE", 2470, 0, 1927, "a bare old year is named by its April start"},
		{"RS", 112, 0, 1893, "CE = RS + 1781"},
		{"RS", 112, 2, 1894, "RS years began in April too"},
		{"CE", 1979, 5, 1979, "CE unchanged"},
		{"BC", 500, 0, -499, "500 BC is astronomical -499"},
	}
	for _, c := range cases {
		if got := ceYear(c.era, c.y, c.m); got != c.want {
			t.Errorf("%s: ceYear(%s, %d, %d) = %d, want %d", c.description, c.era, c.y, c.m, got, c.want)
		}
		if c.m > 0 && c.era != "BC" && c.y != 2483 {
			if back := eraYear(c.era, c.want, c.m); back != c.y {
				t.Errorf("%s: eraYear(%s, %d, %d) = %d, want %d", c.description, c.era, c.want, c.m, back, c.y)
			}
		}
	}
	from, to := yearSpan("BE", 2470)
	if from.String() != "1927-04-01" || to.String() != "1928-03-31" {
		t.Errorf("old BE 2470 spans %s..%s", from, to)
	}
	from, to = yearSpan("BE", 2484)
	if from.String() != "1941-01-01" || to.String() != "1941-12-31" {
		t.Errorf("BE 2484 spans %s..%s", from, to)
	}
}

func TestModSpans(t *testing.T) {
	cases := []struct {
		g            gran
		mod          string
		from, to     civil
		wantF, wantT string
	}{
		{gYear, "START", civil{1979, 1, 1}, civil{1979, 12, 31}, "1979-01-01", "1979-04-30"},
		{gYear, "MID", civil{1979, 1, 1}, civil{1979, 12, 31}, "1979-05-01", "1979-08-31"},
		{gYear, "END", civil{1979, 1, 1}, civil{1979, 12, 31}, "1979-09-01", "1979-12-31"},
		{gYear, "END", civil{1927, 4, 1}, civil{1928, 3, 31}, "1927-12-01", "1928-03-31"},
		{gYear, "APPROX", civil{1979, 1, 1}, civil{1979, 12, 31}, "1979-01-01", "1979-12-31"},
		{gMonth, "START", civil{1980, 2, 1}, civil{1980, 2, 29}, "1980-02-01", "1980-02-10"},
		{gMonth, "MID", civil{1980, 2, 1}, civil{1980, 2, 29}, "1980-02-11", "1980-02-20"},
		{gMonth, "END", civil{1980, 2, 1}, civil{1980, 2, 29}, "1980-02-21", "1980-02-29"},
	}
	for _, c := range cases {
		f, to := modSpan(c.g, c.mod, c.from, c.to)
		if f.String() != c.wantF || to.String() != c.wantT {
			t.Errorf("modSpan(%v, %s, %s..%s) = %s..%s, want %s..%s", c.g, c.mod, c.from, c.to, f, to, c.wantF, c.wantT)
		}
	}
}

func TestSeasonsQuartersHalves(t *testing.T) {
	cases := []struct {
		season        string
		quarter, half int
		wantF, wantT  string
	}{
		{"WI", 0, 0, "1979-12-01", "1980-02-29"},
		{"SP", 0, 0, "1979-03-01", "1979-05-31"},
		{"", 4, 0, "1979-10-01", "1979-12-31"},
		{"", 0, 2, "1979-07-01", "1979-12-31"},
	}
	for _, c := range cases {
		f, to := partSpan(1979, c.season, c.quarter, c.half)
		if f.String() != c.wantF || to.String() != c.wantT {
			t.Errorf("partSpan(%s, Q%d, H%d) = %s..%s, want %s..%s", c.season, c.quarter, c.half, f, to, c.wantF, c.wantT)
		}
	}
}
