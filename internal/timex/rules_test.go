package timex

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

const testLexicon = `
@month
1: Jan
@era_post
CE: AD
`

func TestRuleErrors(t *testing.T) {
	cases := []struct{ rules, want string }{
		{"nonsense #y4", "unknown construction kind"},
		{"year-bare @nosuch", "unknown lexicon class"},
		{"year-bare #nosuch", "unknown builtin"},
		{"year-bare $NOPE", "unknown macro"},
		{"year-bare x=#y4", "unknown slot"},
		{"year-bare (#y4 |)", "empty alternative"},
		{"year-bare #y4?", "can match nothing"},
		{"year-bare [ #y4 ] [ #y4 ]", "more than one extent marker"},
		{"%frobnicate 1 2", "unknown directive"},
		{"year-bare (#y4", "missing ')'"},
	}
	for _, c := range cases {
		_, err := compileEngine("xx", strings.NewReader(testLexicon), strings.NewReader("# c\n"+c.rules+"\n"))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "data/xx.rules:2") {
			t.Errorf("%q: want error with %q at data/xx.rules:2, got %v", c.rules, c.want, err)
		}
	}
	_, err := compileEngine("xx", strings.NewReader("Jan\n"), strings.NewReader(""))
	if err == nil || !strings.Contains(err.Error(), "data/xx.lex:1") {
		t.Errorf("entry before class: got %v", err)
	}
}

// TestExtendData shows what a user extending the data gets: a new era
// marker in the lexicon is picked up by an existing rule.
func TestExtendData(t *testing.T) {
	lex := testLexicon + "\n@era_pre\nCE: Anno\n"
	rules := "year-era ( era=@era_pre y=#ynum | y=#ynum era=@era_post )\n"
	e, err := compileEngine("xx", strings.NewReader(lex), strings.NewReader(rules))
	if err != nil {
		t.Fatal(err)
	}
	_, cands := e.scan("built Anno 1120 and 802 AD", nil, new(scratch))
	if len(cands) != 2 || cands[0].expr.a.y != 1120 || cands[1].expr.a.y != 802 {
		t.Fatalf("got %+v", cands)
	}
}

func TestDataLoads(t *testing.T) {
	if err := DataError(); err != nil {
		t.Fatal(err)
	}
	rt := document.NewRuneText("in 1979")
	if Tag(rt, "fr", nil, Options{}) != nil {
		t.Error("an unsupported language must give nil")
	}
}
