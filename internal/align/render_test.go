package align

import "testing"

func TestFormatDate(t *testing.T) {
	cases := []struct {
		iv             [2]string
		lang, calendar string
		want           string
	}{
		{[2]string{"1978-12-25", "1978-12-25"}, "th", "buddhist", "25 ธ.ค. พ.ศ. 2521"},
		{[2]string{"1978-12-01", "1978-12-31"}, "th", "buddhist", "ธ.ค. พ.ศ. 2521"},
		{[2]string{"1978-01-01", "1978-12-31"}, "th", "", "พ.ศ. 2521"},
		// Before 1941 the Thai year began on 1 April.
		{[2]string{"1940-02-10", "1940-02-10"}, "th", "buddhist", "10 ก.พ. พ.ศ. 2482"},
		{[2]string{"1940-04-10", "1940-04-10"}, "th", "buddhist", "10 เม.ย. พ.ศ. 2483"},
		{[2]string{"1893-07-13", "1893-07-13"}, "th", "rattanakosin", "13 ก.ค. ร.ศ. 112"},
		{[2]string{"1978-12-25", "1978-12-25"}, "en", "gregorian", "25 December 1978"},
		{[2]string{"1978-12-25", "1978-12-25"}, "th", "gregorian", "25 ธ.ค. ค.ศ. 1978"},
		{[2]string{"1993-05-23", "1993-05-28"}, "en", "", "23 May 1993 – 28 May 1993"},
		{[2]string{"", ""}, "en", "", ""},
	}
	for _, c := range cases {
		if got := formatDate(c.iv, c.lang, c.calendar); got != c.want {
			t.Errorf("%v %s %s: %q, want %q", c.iv, c.lang, c.calendar, got, c.want)
		}
	}
}

func TestISOInterval(t *testing.T) {
	cases := map[[2]string]string{
		{"1993-05-01", "1993-05-31"}: "1993-05",
		{"1993-01-01", "1993-12-31"}: "1993",
		{"1993-05-24", "1993-05-28"}: "1993-05-24/1993-05-28",
		{"1993-05-24", "1993-05-24"}: "1993-05-24",
		{"", ""}:                     "",
	}
	for iv, want := range cases {
		if got := isoInterval(iv); got != want {
			t.Errorf("%v: %q, want %q", iv, got, want)
		}
	}
}

func TestCellIsWidthAwareForThai(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		// Three columns although eight code points: the marks take none.
		{"ที่นี่ดี", 5, "ที่นี่ดี  "},
		// Cut before a base letter, never between a letter and its marks.
		{"ที่นี่ดี", 2, "ที่…"},
		{"สวัสดีครับ", 5, "สวัสดี…"},
		{"abcdef", 4, "abc…"},
		{"a\tb\nc", 5, "a b c"},
		{"日本語", 5, "日本…"},
	}
	for _, c := range cases {
		got := cell(c.in, c.width)
		if got != c.want {
			t.Errorf("cell(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
		if displayWidth(got) != c.width {
			t.Errorf("cell(%q, %d) is %d columns wide", c.in, c.width, displayWidth(got))
		}
	}
}
