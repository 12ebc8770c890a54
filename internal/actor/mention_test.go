package actor

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

func TestMentionCarriesNamesAndKind(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, lang, id, name, kind string
		th                         string
	}{
		{"กองทัพเวียดนามบุกกัมพูชา", "th", "country-vn", "Vietnam", "state", "เวียดนาม"},
		{"The Khmer Rouge fled.", "en", "khmer-rouge", "Khmer Rouge", "faction", "เขมรแดง"},
	}
	for _, c := range cases {
		ms := lex.Find(c.text, c.lang, nil)
		if len(ms) == 0 {
			t.Fatalf("%q: no match", c.text)
		}
		m := lex.Mention(ms[0])
		if m.ID != c.id || m.Name != c.name || m.Kind != c.kind || m.Names.TH != c.th || m.Names.EN != c.name {
			t.Errorf("%q: got %+v", c.text, m)
		}
		if m.Confidence <= 0 || m.Confidence > 1 {
			t.Errorf("%q: confidence %v out of (0,1]", c.text, m.Confidence)
		}
	}
	if !isShortAcronym("PRK") || isShortAcronym("UNTAC") || isShortAcronym("Lao") {
		t.Error("acronym rule wrong")
	}
}

// referenceMention is Mention read from the entry at each call, as it was
// before entries' descriptions were kept.
func referenceMention(l *Lexicon, m Match) Mention {
	out := Mention{Text: m.Text, Span: m.Span, ID: m.ID, Confidence: confidenceName}
	if isShortAcronym(m.Text) {
		out.Confidence = confidenceAcronym
	}
	e, ok := l.Lookup(m.ID)
	if !ok {
		out.Name = m.Text
		return out
	}
	out.Name, out.Kind, out.Wikidata, out.Code = e.CanonicalName("en"), e.Kind, e.Wikidata, e.Code
	if names := e.Names["th"]; len(names) > 0 {
		out.Names.TH = names[0]
	}
	if names := e.Names["en"]; len(names) > 0 {
		out.Names.EN = names[0]
	}
	return out
}

// TestMentionMatchesEntry compares Mention with the entry for every id, for
// an unknown id, and after Extend changed an entry Mention had described.
func TestMentionMatchesEntry(t *testing.T) {
	l := mustDefault(t)
	check := func(stage string) {
		t.Helper()
		ids := append(l.IDs(), "no-such-actor")
		for _, id := range ids {
			for _, text := range []string{"Khmer Rouge", "PRK", ""} {
				m := Match{Span: document.Span{3, 3 + len(text)}, ID: id, Text: text}
				if got, want := l.Mention(m), referenceMention(l, m); got != want {
					t.Fatalf("%s: Mention(%+v) = %+v, want %+v", stage, m, got, want)
				}
			}
		}
	}
	check("default")
	src := "- id: pol-pot\n  names:\n    th: [พี่ชายหมายเลขหนึ่ง]\n  wikidata: Q123\n  code: KHMREB\n" +
		"- id: yun-yat\n  kind: person\n  names: {en: [Yun Yat]}\n"
	if err := l.Extend(strings.NewReader(src), "user.yaml"); err != nil {
		t.Fatal(err)
	}
	if got := l.Mention(Match{ID: "yun-yat", Text: "Yun Yat"}); got.Kind != KindPerson || got.Names.EN != "Yun Yat" {
		t.Errorf("new entry described as %+v", got)
	}
	check("extended")
	if got := mustDefault(t).Mention(Match{ID: "pol-pot", Text: "Pol Pot"}); got.Wikidata == "Q123" {
		t.Error("extending one lexicon changed the default one's mentions")
	}
}
