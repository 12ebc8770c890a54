// Package event finds reported happenings — attacks, withdrawals, meetings,
// agreements, foundings, killings, flights — in Thai and English narrative
// text, one event per trigger word, and assembles each from what the other
// annotators found in its clause: the time it happened, the actors and
// their roles, the place, the quantities, and whether it is negated.
//
// Triggers and cue words live in embedded data files (data/*.tsv) that a
// user can extend; docs/events.md describes the ontology, its mapping to
// PLOVER and CAMEO, and the assembly rules.
package event

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

// Event is one reported happening, usually a clause. JSON names are the
// public contract.
type Event struct {
	// ID is "<doc id>#<n>", n counting from 1 in reading order.
	ID string `json:"id"`
	// Span is the clause (or sentence) stating the event.
	Span document.Span `json:"span"`
	// Trigger spans the trigger word(s).
	Trigger document.Span `json:"trigger"`
	// Type is one of the ontology's types (data/types.tsv).
	Type string `json:"type"`
	// Time is an index into the document's times, or nil.
	Time *int `json:"time"`
	// Value is the TIMEX3 value of the event's time: the time mention's,
	// or one derived from it (the year alone after "shortly after that",
	// a range for "between 1979 and 1991" written as two mentions), or "".
	Value string `json:"value"`
	// Interval is the calendar interval of Value, or ["", ""].
	Interval [2]string `json:"interval"`
	// TimeInherited is true when Time is the narrative date in force, not
	// a date stated in the event's own sentence. The store keeps it
	// (migration 0009).
	TimeInherited bool   `json:"time_inherited"`
	Actors        []Role `json:"actors"`
	// Place is an index into the document's actors (a place or state named
	// as the location), or nil.
	Place *int `json:"place"`
	// Quantities are indexes into the document's quantities.
	Quantities []int `json:"quantities"`
	Negated    bool  `json:"negated"`
}

// TimeValue returns ev.Value, or the value of its time mention in times
// when Value is empty (records written before Value existed).
func (ev *Event) TimeValue(times []timex.Mention) string {
	if ev.Value != "" || ev.Time == nil || *ev.Time < 0 || *ev.Time >= len(times) {
		return ev.Value
	}
	return times[*ev.Time].Value
}

// Role is an actor's part in an event.
type Role struct {
	// Actor is an index into the document's actors.
	Actor int `json:"actor"`
	// Role is RoleSource, RoleTarget or RoleOther.
	Role string `json:"role"`
}

// Roles.
const (
	RoleSource = "source" // who acts
	RoleTarget = "target" // who is acted upon
	RoleOther  = "other"  // another participant named in the clause
)

// Input is what the other annotators found in one document.
type Input struct {
	DocID string
	// Lang is "th" for Thai; any other value reads English.
	Lang string
	Text *document.RuneText
	// Sentences are the sentence spans in order; nil reads the whole text
	// as one sentence.
	Sentences []document.Span
	// Tokens are the word tokens in order; nil tokenises the text here.
	Tokens []document.Span
	Times  []timex.Mention
	// Actors are the spans of actor mentions, in the order of the
	// document's actors array; ActorKinds the kind of each (state,
	// organization, faction, person, place).
	Actors     []document.Span
	ActorKinds []string
	// ActorIDs, when given, are the actor id of each mention: an event
	// then names each actor once, whichever of its mentions it found.
	ActorIDs []string
	// ActorCodes, when given, are the CAMEO actor code of each mention
	// ("IGOUNO"); a deployment by an intergovernmental force is support.
	ActorCodes []string
	Quantities []document.Span
	// Exclude are spans where no trigger is read: headings, infobox lines
	// and extraction artifacts (see Exclusions).
	Exclude []document.Span
	// LeadEnd is where the document's lead ends (see LeadEnd); 0 for none.
	// In a lead only a date that opens a sentence moves the narrative time.
	LeadEnd int
}

// Extractor finds events with one set of triggers and cues. It is safe for
// concurrent Extract calls; Extend must not run concurrently with them.
type Extractor struct {
	lx *lexicon
}

// New returns an extractor with the embedded data files.
func New() (*Extractor, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx}, nil
}

// defaultExtractor is built once, on first use. The embedded data is
// checked by the tests; should it still fail to load, Extract returns no
// events rather than panicking.
var defaultExtractor = sync.OnceValues(New)

// Extract finds the events of one document with the embedded data.
func Extract(in Input) []Event {
	x, err := defaultExtractor()
	if err != nil {
		return nil
	}
	return x.Extract(in)
}

// Extend adds the trigger forms of a user file in the format of
// data/triggers_<lang>.tsv; name is used in error messages. A file that
// fails leaves the extractor as it was.
func (x *Extractor) Extend(lang string, r io.Reader, name string) error {
	return x.extend(lang, r, name, (*lexicon).readTriggers)
}

// ExtendCues adds the cue phrases of a user file in the format of
// data/cues_<lang>.tsv.
func (x *Extractor) ExtendCues(lang string, r io.Reader, name string) error {
	return x.extend(lang, r, name, (*lexicon).readCues)
}

func (x *Extractor) extend(lang string, r io.Reader, name string, read func(*lexicon, string, io.Reader, string) error) error {
	key := langKey(lang)
	// Read into a copy first so that a bad file changes nothing.
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("event: %s: %w", name, err)
	}
	trial := x.lx.clone()
	if err := read(trial, key, strings.NewReader(string(b)), name); err != nil {
		return err
	}
	x.lx = trial
	return nil
}

// clone copies the lexicon deeply enough for an extension to change it.
func (lx *lexicon) clone() *lexicon {
	c := &lexicon{types: lx.types, order: lx.order, langs: map[string]*language{}}
	for k, l := range lx.langs {
		c.langs[k] = l.clone()
	}
	return c
}

func (l *language) clone() *language {
	c := *l
	c.triggers = l.triggers.clone()
	c.cues = l.cues.clone()
	c.pairCache = new(pairCache)
	c.triggerInfos = append([]triggerInfo(nil), l.triggerInfos...)
	c.cueInfos = append([]cueInfo(nil), l.cueInfos...)
	c.prefixes = append([]string(nil), l.prefixes...)
	return &c
}

// langKey picks the data of a language tag: "th" for Thai, else "en".
func langKey(lang string) string {
	primary := strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(primary, "-_"); i >= 0 {
		primary = primary[:i]
	}
	if primary == "th" {
		return "th"
	}
	return "en"
}

// Types lists the event types of the ontology in the order of
// data/types.tsv.
func (x *Extractor) Types() []TypeInfo {
	out := make([]TypeInfo, 0, len(x.lx.order))
	for _, t := range x.lx.order {
		out = append(out, x.lx.types[t])
	}
	return out
}

// LookupType returns the description of an event type.
func (x *Extractor) LookupType(name string) (TypeInfo, bool) {
	t, ok := x.lx.types[name]
	return t, ok
}

// Types lists the built-in event types; nil if the data failed to load.
func Types() []TypeInfo {
	x, err := defaultExtractor()
	if err != nil {
		return nil
	}
	return x.Types()
}

// LookupType describes a built-in event type.
func LookupType(name string) (TypeInfo, bool) {
	x, err := defaultExtractor()
	if err != nil {
		return TypeInfo{}, false
	}
	return x.LookupType(name)
}

// LeadEnd returns where the lead of doc ends: the start of its first
// section heading below the title, or 0 when it has none (then no text is
// read as a lead).
func LeadEnd(doc *document.Document) int {
	for _, s := range doc.Sections {
		if s.Level >= 2 && s.Heading[0] > 0 {
			return s.Heading[0]
		}
	}
	return 0
}

// Exclusions returns the spans of doc where no event is read: headings,
// infobox lines and extraction artifacts, sorted. Of an infobox line that
// states outcomes ("Result: …", data/infobox.tsv) only the key is left
// out.
func Exclusions(doc *document.Document) []document.Span {
	var out []document.Span
	for _, s := range doc.Sections {
		out = append(out, s.Heading)
	}
	keys := outcomeKeys()
	for _, f := range doc.Infobox {
		if keys[strings.ToLower(strings.TrimSpace(f.Key))] && f.ValueSpan[0] > f.Span[0] && f.ValueSpan[0] <= f.Span[1] {
			out = append(out, document.Span{f.Span[0], f.ValueSpan[0]})
			continue
		}
		out = append(out, f.Span)
	}
	for _, a := range doc.Artifacts {
		out = append(out, a.Span)
	}
	sortSpans(out)
	return out
}

// outcomeKeys are the infobox keys of data/infobox.tsv, lower case; none
// when the file cannot be read (the tests check it can).
var outcomeKeys = sync.OnceValue(func() map[string]bool {
	keys := map[string]bool{}
	b, err := dataFS.ReadFile("data/infobox.tsv")
	if err != nil {
		return keys
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k := strings.ToLower(strings.TrimSpace(line)); k != "" && !strings.HasPrefix(k, "#") {
			keys[k] = true
		}
	}
	return keys
})
