package actor

import (
	"slices"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return l
}

// TestLexiconValid checks every built-in entry and the ambiguity allow-list.
func TestLexiconValid(t *testing.T) {
	l := mustDefault(t)
	if len(l.entries) != len(l.byID) {
		t.Fatalf("%d entries but %d distinct ids", len(l.entries), len(l.byID))
	}
	yamlEntries := 0
	for i, e := range l.entries {
		if e.ID == "" || !idPattern.MatchString(e.ID) {
			t.Errorf("entry %d: bad id %q", i, e.ID)
		}
		if l.byID[e.ID] != i {
			t.Errorf("%s: index points to entry %d, not %d", e.ID, l.byID[e.ID], i)
		}
		if !slices.Contains(validKinds, e.Kind) {
			t.Errorf("%s: kind %q", e.ID, e.Kind)
		}
		if len(e.Names["en"]) == 0 {
			t.Errorf("%s: no English name", e.ID)
		}
		if e.Wikidata != "" && !wikidataPattern.MatchString(e.Wikidata) {
			t.Errorf("%s: wikidata %q", e.ID, e.Wikidata)
		}
		if !strings.HasPrefix(e.ID, "country-") {
			yamlEntries++
		}
		for _, id := range append(slices.Clone(e.Members), e.SeatOf...) {
			if _, ok := l.byID[id]; !ok {
				t.Errorf("%s: members or seat_of names %q, which no entry has", e.ID, id)
			}
		}
		if len(e.SeatOf) > 0 && e.Kind != KindPlace {
			t.Errorf("%s: seat_of on a %s, want a place", e.ID, e.Kind)
		}
	}
	if yamlEntries < 200 {
		t.Errorf("actors.yaml has %d entries, want at least 200", yamlEntries)
	}

	allowed := map[[2]string]ambiguity{}
	for _, a := range l.rules.ambiguous {
		allowed[[2]string{a.lang, foldString(a.name)}] = a
	}
	used := map[[2]string]bool{}
	for _, s := range l.sharedNames() {
		k := [2]string{s.lang, s.folded}
		a, ok := allowed[k]
		if !ok {
			t.Errorf("%s name %q leads to %v: list it in data/ambiguous.tsv with a reason", s.lang, s.folded, s.ids)
			continue
		}
		used[k] = true
		if !slices.Contains(s.ids, a.preferred) {
			t.Errorf("%s:%d: preferred %q is not among %v", a.path, a.line, a.preferred, s.ids)
		}
	}
	for k, a := range allowed {
		if !used[k] {
			t.Errorf("%s:%d: %s %q is no longer ambiguous; drop the line", a.path, a.line, a.lang, a.name)
		}
	}
}

// TestCountriesFromCLDR checks that CLDR supplies countries in Thai,
// English and other languages, with the extra tables merged in.
func TestCountriesFromCLDR(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		id, lang, name string
	}{
		{"country-kh", "en", "Cambodia"},
		{"country-kh", "th", "กัมพูชา"},
		{"country-kh", "fr", "Cambodge"},
		{"country-kh", "en", "Kampuchea"}, // aliases.tsv
		{"country-kh", "th", "เขมร"},      // aliases.tsv
		{"country-vn", "th", "เวียดนาม"},
		{"country-vn", "de", "Vietnam"},
		{"country-us", "th", "สหรัฐ"},
		{"country-us", "th", "สหรัฐอเมริกา"},
		{"country-mm", "en", "Myanmar"}, // from "Myanmar (Burma)"
		{"country-mm", "en", "Burma"},
		{"country-mm", "th", "พม่า"},
		{"country-th", "ja", "タイ"},
		{"country-cn", "ru", "Китай"},
	}
	for _, tt := range tests {
		e, ok := l.Lookup(tt.id)
		if !ok {
			t.Errorf("Lookup(%q) failed", tt.id)
			continue
		}
		if !slices.Contains(e.Names[tt.lang], tt.name) {
			t.Errorf("%s %s names %v lack %q", tt.id, tt.lang, e.Names[tt.lang], tt.name)
		}
	}
	kh, _ := l.Lookup("country-kh")
	if kh.Code != "KHM" || kh.Wikidata != "Q424" || kh.Kind != KindState {
		t.Errorf("country-kh: code %q wikidata %q kind %q", kh.Code, kh.Wikidata, kh.Kind)
	}
	if !slices.Contains(kh.Demonyms["en"], "Cambodian") {
		t.Errorf("country-kh demonyms %v lack Cambodian", kh.Demonyms["en"])
	}
	for _, gone := range []string{"country-un", "country-eu", "country-bu", "country-vd"} {
		if _, ok := l.Lookup(gone); ok {
			t.Errorf("%s should not be a country", gone)
		}
	}
}

func TestSplitParenthetical(t *testing.T) {
	tests := []struct {
		in         string
		keepInside bool
		want       []string
	}{
		{"Myanmar (Burma)", true, []string{"Myanmar", "Burma", "Myanmar (Burma)"}},
		{"Myanmar (Burma)", false, []string{"Myanmar", "Myanmar (Burma)"}},
		{"Cocos (Keeling) Islands", true, []string{"Cocos Islands", "Cocos (Keeling) Islands"}},
		{"Cambodia", true, []string{"Cambodia"}},
		{"broken (name", true, []string{"broken (name"}},
	}
	for _, tt := range tests {
		if got := splitParenthetical(tt.in, tt.keepInside); !slices.Equal(got, tt.want) {
			t.Errorf("splitParenthetical(%q, %v) = %q, want %q", tt.in, tt.keepInside, got, tt.want)
		}
	}
}
