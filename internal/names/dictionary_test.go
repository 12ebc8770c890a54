package names

import "testing"

func TestSegmenterDictionary(t *testing.T) {
	d := defaultDictionary()
	for word, want := range map[string]bool{
		"กล่าว": true, "นา": true, "เมา": true, "แม่น้ำ": true, "ยึดครอง": true, // the last from wordseg's own list
		"ฮาร์": false, "กุส": false, "นอล": false, "บีบี": false, "ฮุน": false,
	} {
		if got := d.known(word); got != want {
			t.Errorf("known(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestRulesLoad(t *testing.T) {
	r, err := defaultRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.titlesTH) < 50 || len(r.titlesEN) < 50 || !r.stopTH["กล่าว"] || !r.calendar["March"] {
		t.Errorf("word lists look empty: %d Thai titles, %d English titles", len(r.titlesTH), len(r.titlesEN))
	}
	// Longest first, so นายกรัฐมนตรี wins over นาย.
	for i := 1; i < len(r.titlesTH); i++ {
		if len(r.titlesTH[i].text) > len(r.titlesTH[i-1].text) {
			t.Fatalf("Thai titles not longest first at %q", r.titlesTH[i].text)
		}
	}
}
