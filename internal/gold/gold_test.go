package gold

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestReadTSV(t *testing.T) {
	in := "# region: 0-6000\n# a free comment\n\nเวียดนาม\t2\tcountry-vn\tstate\nPol Pot\t1\tpol-pot\n"
	rows, dir, err := ReadTSV(strings.NewReader(in), 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Text != "เวียดนาม" || rows[0].Occurrence != 2 || rows[0].Fields[1] != "state" || rows[1].Fields[1] != "" || rows[1].Line != 5 {
		t.Fatalf("rows %+v", rows)
	}
	if dir["region"] != "0-6000" {
		t.Errorf("directives %v", dir)
	}
	for _, bad := range []string{"x\t0\ta\n", "x\tone\ta\n", "\t1\ta\n", "x\t1\n", "x\t1\ta\tb\tc\n"} {
		if _, _, err := ReadTSV(strings.NewReader(bad), 1, 2); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: err %v, want an error naming line 1", bad, err)
		}
	}
}

func TestResolve(t *testing.T) {
	rt := document.NewRuneText("ไทย ไทยรัฐ ไทย")
	cases := []struct {
		occ  int
		want document.Span
		ok   bool
	}{{1, document.Span{0, 3}, true}, {2, document.Span{4, 7}, true}, {3, document.Span{11, 14}, true}, {4, document.Span{}, false}}
	for _, c := range cases {
		got, ok := Resolve(rt, "ไทย", c.occ)
		if got != c.want || ok != c.ok {
			t.Errorf("occ %d: %v %v, want %v %v", c.occ, got, ok, c.want, c.ok)
		}
	}
}

func TestMatchOverlapIsOneToOne(t *testing.T) {
	gold := []document.Span{{0, 10}, {12, 15}, {30, 40}}
	sys := []document.Span{{2, 4}, {3, 11}, {14, 20}, {50, 60}}
	got := MatchOverlap(gold, sys)
	want := []Pair{{0, 1}, {1, 2}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("pairs %v, want %v", got, want)
	}
}

func TestScore(t *testing.T) {
	s := Score{Gold: 10, System: 8, Correct: 6}
	if s.Precision() != 0.75 || s.Recall() != 0.6 || (Score{}).F1() != 0 {
		t.Fatalf("score %v", s)
	}
}

func TestWriteLists(t *testing.T) {
	var b strings.Builder
	WriteLists(&b, List{Name: "misses", Lines: []string{"a", "b"}}, List{Name: "false positives"})
	if got, want := b.String(), "misses (2):\n  a\n  b\nfalse positives (0):\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestParseRegion(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    document.Span
		wantErr bool
	}{
		{"code points [0, 6000) of the document text", document.Span{0, 6000}, false},
		{"[12,40)", document.Span{12, 40}, false},
		{"0 6000", document.Span{}, true},
		{"[50, 10)", document.Span{}, true},
	} {
		got, err := ParseRegion(c.in)
		if (err != nil) != c.wantErr || got != c.want {
			t.Errorf("ParseRegion(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.wantErr)
		}
	}
}
