// Package actor holds the lexicon of actors (states, organisations,
// factions, people, places) with their names in several languages, and a
// dictionary matcher that finds those names in Thai and English text. Every
// name of an actor, in any language, leads to the same stable id, so that
// พล พต in a Thai article and Pol Pot in an English one are one actor.
package actor

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"sync"
)

// Actor kinds.
const (
	KindState        = "state"
	KindOrganization = "organization"
	KindFaction      = "faction"
	KindPerson       = "person"
	KindPlace        = "place"
)

// validKinds lists the kinds an entry may have.
var validKinds = []string{KindState, KindOrganization, KindFaction, KindPerson, KindPlace}

// Entry is one actor. Names maps a language code ("en", "th", "fr", …) to the
// actor's names in that language, the canonical one first.
type Entry struct {
	ID       string
	Kind     string
	Wikidata string
	Code     string
	Names    map[string][]string
	// Demonyms holds adjectival and people forms ("Vietnamese", "Sihanoukist")
	// that refer to the actor; English ones also match with a plural -s.
	Demonyms map[string][]string
	// Members are the ids of the actors a coalition or front is made of
	// (optional).
	Members []string
	// SeatOf are the ids of the states whose government sits in this
	// place: a capital city (optional).
	SeatOf []string
}

// CanonicalName returns the first name in lang, else the first English name.
func (e *Entry) CanonicalName(lang string) string {
	if names := e.Names[lang]; len(names) > 0 {
		return names[0]
	}
	if names := e.Names["en"]; len(names) > 0 {
		return names[0]
	}
	return e.ID
}

// clone returns a deep copy, so a lexicon can change an entry it shares
// with the cached default lexicon.
func (e *Entry) clone() *Entry {
	c := *e
	c.Names = cloneNames(e.Names)
	c.Demonyms = cloneNames(e.Demonyms)
	c.Members = slices.Clone(e.Members)
	c.SeatOf = slices.Clone(e.SeatOf)
	return &c
}

func cloneNames(m map[string][]string) map[string][]string {
	if m == nil {
		return nil
	}
	c := make(map[string][]string, len(m))
	for k, v := range m {
		c[k] = slices.Clone(v)
	}
	return c
}

// Lexicon is a set of actors and the matchers built from their names. It is
// safe for concurrent Find and Lookup calls; Extend must not run
// concurrently with them.
type Lexicon struct {
	entries []*Entry
	byID    map[string]int
	// owned marks entries this lexicon may change in place; the others are
	// shared with the cached default lexicon and are cloned first.
	owned map[string]bool
	rules *rules
	cache *trieCache
	// shared is true while byID and cache are those of the default lexicon.
	shared bool
}

// rules are the lexicon-wide tables that are not entries.
type rules struct {
	// preferred resolves a name shared by several actors: lang -> folded name -> id.
	preferred map[string]map[string]string
	// ambiguous is the allow-list as read, kept for validation.
	ambiguous []ambiguity
	// nonActors are phrases that contain a name but do not refer to its actor.
	nonActors []nonActor
	// templates derive names from an entry's names, by language and kind.
	templates []template
}

// trieCache holds the matchers built so far, one per language, and what a
// mention tells of each entry: derived data that a change of the lexicon
// throws away.
type trieCache struct {
	mu    sync.Mutex
	tries map[string]*trie
	// mentions is filled once, on the first call of Mention.
	mentionsOnce sync.Once
	mentions     map[string]Mention
}

//go:embed data/actors.yaml data/demonyms.tsv data/aliases.tsv data/ambiguous.tsv data/nonactors.tsv data/templates.tsv data/country_wikidata.tsv
var dataFS embed.FS

var (
	baseOnce sync.Once
	base     *Lexicon
	baseErr  error
)

// Default returns the built-in lexicon: the embedded actors.yaml plus every
// country and territory known to CLDR, with names in all CLDR languages.
// Each call returns an independent lexicon that may be extended.
func Default() (*Lexicon, error) {
	baseOnce.Do(func() { base, baseErr = loadBase() })
	if baseErr != nil {
		return nil, baseErr
	}
	l := &Lexicon{
		entries: slices.Clone(base.entries),
		byID:    base.byID,
		owned:   map[string]bool{},
		rules:   base.rules,
		cache:   base.cache,
		shared:  true,
	}
	return l, nil
}

// loadBase reads the embedded data files in dependency order: entries first,
// then the tables that refer to them.
func loadBase() (*Lexicon, error) {
	l := &Lexicon{byID: map[string]int{}, owned: map[string]bool{}, rules: &rules{}, cache: newTrieCache()}
	read := func(name string) ([]byte, error) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("actor: read embedded %s: %w", name, err)
		}
		return b, nil
	}
	b, err := read("actors.yaml")
	if err != nil {
		return nil, err
	}
	if err := l.Extend(bytes.NewReader(b), "data/actors.yaml"); err != nil {
		return nil, err
	}
	if err := l.addCountries(); err != nil {
		return nil, err
	}
	steps := []struct {
		name string
		load func(io.Reader, string) error
	}{
		{"country_wikidata.tsv", l.loadCountryWikidata},
		{"aliases.tsv", l.loadAliases},
		{"demonyms.tsv", l.loadDemonyms},
		{"templates.tsv", l.loadTemplates},
		{"nonactors.tsv", l.loadNonActors},
		{"ambiguous.tsv", l.loadAmbiguous},
	}
	for _, s := range steps {
		b, err := read(s.name)
		if err != nil {
			return nil, err
		}
		if err := s.load(bytes.NewReader(b), "data/"+s.name); err != nil {
			return nil, err
		}
	}
	// Everything now belongs to the shared base; lexicons made from it clone
	// before they change an entry.
	l.owned = map[string]bool{}
	return l, nil
}

func newTrieCache() *trieCache { return &trieCache{tries: map[string]*trie{}} }

// Lookup returns the entry with the given id.
func (l *Lexicon) Lookup(id string) (*Entry, bool) {
	i, ok := l.byID[id]
	if !ok {
		return nil, false
	}
	return l.entries[i], true
}

// IDs returns every entry id, sorted.
func (l *Lexicon) IDs() []string {
	ids := make([]string, 0, len(l.entries))
	for _, e := range l.entries {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}

// Names returns every surface form of lang's own names (names, demonyms
// and derived forms such as ชาวกัมพูชา and พลพต; not the English names Find
// also looks for, nor non-actor phrases), sorted. A word segmenter can take
// them as user words so that names become whole tokens.
func (l *Lexicon) Names(lang string) []string {
	if key, err := langKey(lang); err == nil {
		lang = key
	}
	seen := map[string]bool{}
	for _, e := range l.entries {
		for _, f := range l.entryForms(nil, e, lang) {
			seen[f.text] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// mutable returns entry i for changing, cloning it first if it is shared.
func (l *Lexicon) mutable(i int) *Entry {
	e := l.entries[i]
	l.cache = newTrieCache() // the entry is about to change
	if !l.owned[e.ID] {
		e = e.clone()
		l.entries[i] = e
		l.owned[e.ID] = true
	}
	return e
}

// add appends a new entry.
func (l *Lexicon) add(e *Entry) {
	l.cache = newTrieCache()
	l.byID[e.ID] = len(l.entries)
	l.entries = append(l.entries, e)
	l.owned[e.ID] = true
}

// unshare gives l its own index and matcher cache before its first change.
func (l *Lexicon) unshare() {
	if l.shared {
		l.byID = maps.Clone(l.byID)
		l.shared = false
	}
	l.cache = newTrieCache()
}

// Kinds maps the id of every lexicon actor to its kind (state,
// organization, faction, person, place).
func (l *Lexicon) Kinds() map[string]string {
	out := make(map[string]string, len(l.entries))
	for _, e := range l.entries {
		out[e.ID] = e.Kind
	}
	return out
}

// PartOf maps the id of an actor to the ids of the wholes it belongs to:
// a member to its coalition or front (Members), a capital to its state
// (SeatOf). Ids the lexicon does not know are left out; so is an actor
// with no whole. Alignment reads a member and its coalition, or a capital
// and its state, as partly the same party.
func (l *Lexicon) PartOf() map[string][]string {
	out := map[string][]string{}
	add := func(part, whole string) {
		if _, ok := l.byID[part]; !ok {
			return
		}
		if _, ok := l.byID[whole]; !ok {
			return
		}
		if !slices.Contains(out[part], whole) {
			out[part] = append(out[part], whole)
		}
	}
	for _, e := range l.entries {
		for _, m := range e.Members {
			add(m, e.ID)
		}
		for _, s := range e.SeatOf {
			add(e.ID, s)
		}
	}
	return out
}
