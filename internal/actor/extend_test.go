package actor

import (
	"slices"
	"strings"
	"testing"
)

func TestExtendErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"syntax", "- id: a\n  kind: [person\n", "parse lexicon"},
		{"duplicate key", "- id: a\n  kind: person\n  names: {en: [A]}\n  names: {en: [B]}\n", "user.yaml:4: decode entry"},
		{"names not a map", "- id: a\n  kind: person\n  names: [A]\n", "user.yaml:3: decode entry"},
		{"not a list", "id: x\n", "user.yaml:1: want a list"},
		{"unknown key", "- id: a\n  kind: person\n  names: {en: [A]}\n  nmes: {th: [ก]}\n", "user.yaml:4: unknown key \"nmes\""},
		{"bad id", "- id: Bad Id\n  kind: person\n  names: {en: [A]}\n", "user.yaml:1: id \"Bad Id\""},
		{"bad kind", "- id: a\n  kind: person\n  names: {en: [A]}\n- id: b\n  kind: hero\n  names: {en: [B]}\n", "user.yaml:4: entry \"b\": kind \"hero\""},
		{"no kind", "- id: brand-new\n  names: {en: [Brand New]}\n", "user.yaml:1: new entry \"brand-new\" needs a kind"},
		{"no names", "- id: brand-new\n  kind: person\n", "user.yaml:1: new entry \"brand-new\" needs at least one name"},
		{"empty name", "- id: a\n  kind: person\n  names: {en: [\"  \"]}\n", "user.yaml:1: entry \"a\": names: en: empty name"},
		{"bad language", "- id: a\n  kind: person\n  names: {\"not a tag\": [A]}\n", "user.yaml:1: entry \"a\": names: language"},
		{"bad wikidata", "- id: a\n  kind: person\n  names: {en: [A]}\n  wikidata: 42\n", "user.yaml:1: entry \"a\": wikidata"},
		{"bad code", "- id: a\n  kind: person\n  names: {en: [A]}\n  code: kh\n", "user.yaml:1: entry \"a\": code"},
		{"duplicate id", "- id: a\n  kind: person\n  names: {en: [A]}\n- id: a\n  kind: person\n  names: {en: [B]}\n", "user.yaml:4: id \"a\" already used at line 1"},
		{"kind conflict", "- id: pol-pot\n  kind: place\n", "user.yaml:1: entry \"pol-pot\": kind \"place\" conflicts"},
		{"bad member", "- id: a\n  kind: faction\n  names: {en: [A]}\n  members: [Khmer Rouge]\n", "user.yaml:1: entry \"a\": members: id \"Khmer Rouge\""},
		{"member of itself", "- id: a\n  kind: faction\n  names: {en: [A]}\n  members: [a]\n", "user.yaml:1: entry \"a\": members: an actor is not part of itself"},
		{"bad seat", "- id: a\n  kind: place\n  names: {en: [A]}\n  seat_of: [\"\"]\n", "user.yaml:1: entry \"a\": seat_of: id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustDefault(t)
			err := l.Extend(strings.NewReader(tt.src), "user.yaml")
			if err == nil {
				t.Fatalf("Extend accepted %q", tt.src)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestExtendAddsAndMerges(t *testing.T) {
	l := mustDefault(t)
	src := `
# a user's lexicon
- id: yun-yat
  kind: person
  names:
    en: [Yun Yat]
    th: [ยุน ยัต]
  code: KHMREB
- id: pol-pot
  names:
    en: [Brother Pol]
    th: [พี่ชายหมายเลขหนึ่ง]
  wikidata: Q123
`
	if err := l.Extend(strings.NewReader(src), "mine.yaml"); err != nil {
		t.Fatal(err)
	}
	e, ok := l.Lookup("yun-yat")
	if !ok || e.Kind != KindPerson || e.Code != "KHMREB" || e.CanonicalName("th") != "ยุน ยัต" {
		t.Fatalf("new entry: %+v %v", e, ok)
	}
	pp, _ := l.Lookup("pol-pot")
	if !slices.Contains(pp.Names["en"], "Brother Pol") || pp.Names["en"][0] != "Pol Pot" || pp.Wikidata != "Q123" {
		t.Errorf("merged pol-pot: %+v", pp)
	}
	got := ids(l.Find("Yun Yat met Brother Pol.", "en", nil))
	if !slices.Equal(got, []string{"yun-yat", "pol-pot"}) {
		t.Errorf("Find after Extend = %v", got)
	}
	if got := ids(l.Find("ยุน ยัตพบพี่ชายหมายเลขหนึ่ง", "th", nil)); !slices.Equal(got, []string{"yun-yat", "pol-pot"}) {
		t.Errorf("Thai Find after Extend = %v", got)
	}

	// Another default lexicon does not see the change.
	other := mustDefault(t)
	if _, ok := other.Lookup("yun-yat"); ok {
		t.Error("Extend leaked into another Default() lexicon")
	}
	pp2, _ := other.Lookup("pol-pot")
	if slices.Contains(pp2.Names["en"], "Brother Pol") || pp2.Wikidata == "Q123" {
		t.Error("merge changed the shared pol-pot entry")
	}
	if got := ids(other.Find("Yun Yat met Brother Pol.", "en", nil)); len(got) != 0 {
		t.Errorf("other lexicon found %v", got)
	}
}

func TestExtendOverridesSharedName(t *testing.T) {
	l := mustDefault(t)
	// A user may claim a name the built-in lexicon gives another actor.
	src := "- id: my-party\n  kind: organization\n  names: {en: [Social Action Party]}\n"
	if err := l.Extend(strings.NewReader(src), "mine.yaml"); err != nil {
		t.Fatal(err)
	}
	if got := ids(l.Find("The Social Action Party won.", "en", nil)); !slices.Equal(got, []string{"my-party"}) {
		t.Errorf("got %v, want the user's entry to win", got)
	}
}

func TestExtendEmpty(t *testing.T) {
	l := mustDefault(t)
	for _, src := range []string{"", "# only a comment\n", "~\n"} {
		if err := l.Extend(strings.NewReader(src), "empty.yaml"); err != nil {
			t.Errorf("Extend(%q): %v", src, err)
		}
	}
}

func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestExtendIsAllOrNothing(t *testing.T) {
	l := mustDefault(t)
	src := "- id: first-ok\n  kind: person\n  names: {en: [First Okay]}\n- id: second-bad\n  kind: hero\n  names: {en: [B]}\n"
	if err := l.Extend(strings.NewReader(src), "half.yaml"); err == nil {
		t.Fatal("want an error")
	}
	if _, ok := l.Lookup("first-ok"); ok {
		t.Error("a failed Extend added the entries before the bad one")
	}
	if got := ids(l.Find("First Okay", "en", nil)); len(got) != 0 {
		t.Errorf("found %v", got)
	}
}

func TestConcurrentFind(t *testing.T) {
	texts := map[string]string{"en": "The Khmer Rouge and Vietnam", "th": "เขมรแดงและเวียดนาม"}
	done := make(chan []string)
	for g := 0; g < 8; g++ {
		go func(g int) {
			l, err := Default()
			if err != nil {
				done <- []string{err.Error()}
				return
			}
			lang := []string{"en", "th"}[g%2]
			done <- ids(l.Find(texts[lang], lang, nil))
		}(g)
	}
	for g := 0; g < 8; g++ {
		if got := <-done; !slices.Equal(got, []string{"khmer-rouge", "country-vn"}) {
			t.Errorf("goroutine result %v", got)
		}
	}
}

// TestPartOf checks that members and seat_of become part-of relations,
// that a user file adds to them, and that unknown ids are left out.
func TestPartOf(t *testing.T) {
	l := mustDefault(t)
	src := `
- id: test-front
  kind: faction
  names: {en: [Test Front]}
  members: [pol-pot, no-such-actor]
- id: test-capital
  kind: place
  names: {en: [Test City]}
  seat_of: [country-kh]
`
	if err := l.Extend(strings.NewReader(src), "mine.yaml"); err != nil {
		t.Fatal(err)
	}
	part := l.PartOf()
	if !slices.Contains(part["pol-pot"], "test-front") {
		t.Errorf("pol-pot is part of %v, want test-front among them", part["pol-pot"])
	}
	if !slices.Equal(part["test-capital"], []string{"country-kh"}) {
		t.Errorf("test-capital is part of %v", part["test-capital"])
	}
	if _, ok := part["no-such-actor"]; ok {
		t.Error("an unknown member was kept")
	}
	if _, ok := part["test-front"]; ok {
		t.Error("a coalition is not part of its members")
	}
	if slices.Contains(mustDefault(t).PartOf()["pol-pot"], "test-front") {
		t.Error("Extend leaked members into another Default() lexicon")
	}
}
