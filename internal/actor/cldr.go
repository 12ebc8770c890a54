package actor

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryID is the entry id of the CLDR country with ISO 3166 code code.
func countryID(code string) string { return "country-" + strings.ToLower(code) }

// notCountries are region codes CLDR marks as countries that name groupings.
var notCountries = map[string]bool{"UN": true, "EU": true, "EZ": true, "QO": true, "ZZ": true}

// cldrRegions returns every current country and territory code in CLDR.
// x/text has no list of regions, so every two-letter code is tried; codes
// that CLDR replaced (BU for Burma) and codes without names are skipped.
func cldrRegions() []language.Region {
	en := display.English.Regions()
	var out []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || notCountries[code] || r.ISO3() == "ZZZ" {
				continue
			}
			canon, err := language.Deprecated.Canonicalize(language.Make("und-" + code))
			if err != nil {
				continue
			}
			if cr, _ := canon.Region(); cr != r {
				continue
			}
			if en.Name(r) == "" {
				continue
			}
			out = append(out, r)
		}
	}
	return out
}

// addCountries adds one state entry per CLDR region, named in every
// language CLDR has through x/text.
func (l *Lexicon) addCountries() error {
	regions := cldrRegions()
	type namer struct {
		key   string
		names display.Namer
	}
	// English and Thai come first so that their CLDR names are canonical.
	namers := []namer{{"en", display.English.Regions()}, {"th", display.Thai.Regions()}}
	for _, tag := range display.Supported.Tags() {
		key, err := langKey(tag.String())
		if err != nil {
			continue
		}
		if names := display.Regions(tag); names != nil {
			namers = append(namers, namer{key, names})
		}
	}
	var added []*Entry
	for _, r := range regions {
		code := r.String()
		e := &Entry{ID: countryID(code), Kind: KindState, Code: r.ISO3(), Names: map[string][]string{}}
		for _, n := range namers {
			// Only in English and Thai is the part in parentheses known to be
			// a name of its own ("Burma"); elsewhere it may be a qualifier.
			keepInside := n.key == "en" || n.key == "th"
			for _, name := range splitParenthetical(n.names.Name(r), keepInside) {
				name, err := cleanName(name)
				if err != nil {
					continue
				}
				if !slices.Contains(e.Names[n.key], name) {
					e.Names[n.key] = append(e.Names[n.key], name)
				}
			}
		}
		if _, dup := l.byID[e.ID]; dup {
			continue
		}
		l.add(e)
		added = append(added, e)
	}
	dropSharedNames(added)
	return nil
}

// dropSharedNames removes, outside English and Thai, CLDR names that two
// regions share in one language (several languages call both Congos
// "Kongo"): such a name cannot tell which country is meant. English and Thai
// names are curated and checked by the lexicon test instead.
func dropSharedNames(entries []*Entry) {
	type key struct{ lang, name string }
	count := make(map[key]int, len(entries)*200)
	for _, e := range entries {
		for lang, names := range e.Names {
			for _, n := range names {
				count[key{lang, n}]++
			}
		}
	}
	for _, e := range entries {
		for lang, names := range e.Names {
			if lang == "en" || lang == "th" {
				continue
			}
			kept := names[:0]
			for _, n := range names {
				if count[key{lang, n}] == 1 {
					kept = append(kept, n)
				}
			}
			if len(kept) == 0 {
				delete(e.Names, lang)
			} else {
				e.Names[lang] = kept
			}
		}
	}
}

// splitParenthetical turns CLDR's "Myanmar (Burma)" into the forms a text
// uses: "Myanmar", "Burma" and the full form; a parenthesis inside a name,
// as in "Cocos (Keeling) Islands", is also dropped for a short form.
// keepInside adds the part in parentheses as a name of its own.
func splitParenthetical(name string, keepInside bool) []string {
	open := strings.IndexByte(name, '(')
	if open < 0 {
		open = strings.Index(name, "（")
	}
	if open < 0 {
		return []string{name}
	}
	closeRel := strings.IndexAny(name[open:], ")）")
	if closeRel < 0 {
		return []string{name}
	}
	closeAt := open + closeRel
	_, openSize := firstRune(name[open:])
	_, closeSize := firstRune(name[closeAt:])
	before := strings.TrimSpace(name[:open])
	inside := strings.TrimSpace(name[open+openSize : closeAt])
	after := strings.TrimSpace(name[closeAt+closeSize:])
	if after == "" {
		if !keepInside {
			inside = ""
		}
		return nonEmpty(before, inside, name)
	}
	return nonEmpty(strings.TrimSpace(before+" "+after), name)
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func nonEmpty(ss ...string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
