package actor

import "testing"

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
