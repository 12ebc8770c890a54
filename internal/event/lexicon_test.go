package event

import (
	"slices"
	"strings"
	"testing"
)

func mustNew(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	return x
}

// TestEmbeddedData checks the data files: they load, every type has
// triggers in both languages, and types have their mappings.
func TestEmbeddedData(t *testing.T) {
	x := mustNew(t)
	types := x.Types()
	if len(types) != 13 {
		t.Errorf("%d types, want the 13 of the ontology", len(types))
	}
	for _, lang := range []string{"en", "th"} {
		have := map[string]bool{}
		for _, info := range x.lx.langs[lang].triggerInfos {
			have[info.typ] = true
		}
		for _, ti := range types {
			if !have[ti.Type] {
				t.Errorf("%s: no trigger for type %s", lang, ti.Type)
			}
		}
	}
	for _, ti := range types {
		if ti.Category == "" || ti.Gloss == "" {
			t.Errorf("type %s lacks a category or gloss", ti.Type)
		}
		if (ti.CAMEORoot == "") != (ti.CAMEOCode == "") || !strings.HasPrefix(ti.CAMEOCode, ti.CAMEORoot) {
			t.Errorf("type %s: CAMEO code %q not under root %q", ti.Type, ti.CAMEOCode, ti.CAMEORoot)
		}
	}
	if ti, ok := x.LookupType("attack"); !ok || ti.PLOVER != "ASSAULT" || ti.CAMEORoot != "19" {
		t.Errorf("attack maps to %+v", ti)
	}
	if _, ok := x.LookupType("flee"); !ok {
		t.Error("flee missing")
	}
}

func TestInflections(t *testing.T) {
	cases := []struct {
		form       string
		hyphenated bool
		noun       bool
		want       []string
	}{
		{"invade", false, false, []string{"invade", "invades", "invaded", "invading"}},
		{"occupy", false, false, []string{"occupy", "occupies", "occupied", "occupying"}},
		{"ban", false, false, []string{"ban", "bans", "banned", "banning"}},
		{"attack", false, false, []string{"attack", "attacks", "attacked", "attacking"}},
		{"die", false, false, []string{"die", "dies", "died", "dying"}},
		{"agree", false, false, []string{"agree", "agrees", "agreed", "agreeing"}},
		{"clash", false, false, []string{"clash", "clashes", "clashed", "clashing"}},
		{"visit", false, false, []string{"visit", "visits", "visited", "visiting"}},
		{"pull out", false, false, []string{"pull out", "pulls out", "pulled out", "pulling out"}},
		{"set up", false, false, []string{"set up", "sets up", "setted up", "setting up"}},
		{"re elect", true, false, []string{"re elect", "re elects", "re elected", "re electing"}},
		{"invasion", false, true, []string{"invasion", "invasions"}},
		{"peace treaty", false, true, []string{"peace treaty", "peace treaties"}},
	}
	for _, c := range cases {
		if got := inflections(c.form, c.hyphenated, c.noun); !slices.Equal(got, c.want) {
			t.Errorf("inflections(%q) = %q, want %q", c.form, got, c.want)
		}
	}
}

// TestExtend adds a user trigger and cue and checks that a bad file names
// its line and changes nothing.
func TestExtend(t *testing.T) {
	x := mustNew(t)
	text := "Iraq tussled with Iran in 1987."
	a := annotateText(t, "u", "en", text, true)
	if events := x.Extract(a.in); len(events) != 0 {
		t.Fatalf("before extending: %d events", len(events))
	}
	if err := x.Extend("en", strings.NewReader("# mine\ntussle\tattack\n"), "user.tsv"); err != nil {
		t.Fatal(err)
	}
	events := x.Extract(a.in)
	if len(events) != 1 || a.in.Text.Slice(events[0].Trigger) != "tussled" || events[0].Type != "attack" {
		t.Fatalf("after extending: %+v", events)
	}
	bad := []struct{ file, want string }{
		{"brawl\tattack\nfoo\tnosuchtype\n", "bad.tsv:2: unknown event type"},
		{"foo\tattack\tloud\n", "bad.tsv:1: unknown hint"},
		{"attack\tkill\n", "bad.tsv:1: form \"attack\": listed as both attack and kill"},
		{"onlyone\n", "bad.tsv:1: want form"},
	}
	for _, b := range bad {
		err := x.Extend("en", strings.NewReader(b.file), "bad.tsv")
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("Extend(%q) error %v, want %q", b.file, err, b.want)
		}
	}
	// The first bad file added "brawl" before failing: it must not stay.
	brawl := annotateText(t, "u", "en", "Iraq brawled with Iran.", true)
	if got := x.Extract(brawl.in); len(got) != 0 {
		t.Errorf("a failed Extend changed the extractor: %d events", len(got))
	}
	if err := x.ExtendCues("en", strings.NewReader("hardly\tnegation\n"), "cues.tsv"); err != nil {
		t.Fatal(err)
	}
	b := annotateText(t, "u", "en", "Iraq hardly skirmished with Iran.", true)
	if events := x.Extract(b.in); len(events) != 1 || !events[0].Negated {
		t.Errorf("user negation cue not applied: %+v", events)
	}
	if err := x.ExtendCues("en", strings.NewReader("x\tnope\n"), "cues.tsv"); err == nil || !strings.Contains(err.Error(), "cues.tsv:1") {
		t.Errorf("bad cue kind: %v", err)
	}
	// The default extractor is untouched by x's extensions.
	if events := Extract(a.in); len(events) != 0 {
		t.Errorf("default extractor sees a user trigger: %d events", len(events))
	}
}
