package actor

import (
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Mention is one actor mention as the annotate record carries it. JSON names
// are the public contract (docs/format.md).
type Mention struct {
	Text       string        `json:"text"`
	Span       document.Span `json:"span"`
	ID         string        `json:"id"`
	Name       string        `json:"name"` // canonical English name
	Names      Names         `json:"names"`
	Kind       string        `json:"kind"`
	Wikidata   string        `json:"wikidata"`
	Code       string        `json:"code"` // CAMEO-style actor code, when one applies
	Confidence float64       `json:"confidence"`
}

// Names holds an actor's canonical Thai and English names. A struct rather
// than a map: it encodes several times faster, and the record has millions.
type Names struct {
	TH string `json:"th,omitempty"`
	EN string `json:"en,omitempty"`
}

// Confidence of a lexicon match: a short all-capital acronym ("KR", "PRK")
// is more often something else than a full name is.
const (
	confidenceName    = 0.95
	confidenceAcronym = 0.8
)

// Mention describes a lexicon match with the entry's names and codes.
func (l *Lexicon) Mention(m Match) Mention {
	c := l.cache
	c.mentionsOnce.Do(func() { c.mentions = l.describeEntries() })
	out, ok := c.mentions[m.ID]
	if !ok {
		out.Name = m.Text
	}
	out.Text, out.Span, out.ID, out.Confidence = m.Text, m.Span, m.ID, confidenceName
	if isShortAcronym(m.Text) {
		out.Confidence = confidenceAcronym
	}
	return out
}

// describeEntries returns, for every entry id, the part of a mention that
// depends on the entry alone: a match then costs one lookup, not four.
func (l *Lexicon) describeEntries() map[string]Mention {
	out := make(map[string]Mention, len(l.byID))
	for id := range l.byID {
		e, _ := l.Lookup(id)
		d := Mention{Name: e.CanonicalName("en"), Kind: e.Kind, Wikidata: e.Wikidata, Code: e.Code}
		if names := e.Names["th"]; len(names) > 0 {
			d.Names.TH = names[0]
		}
		if names := e.Names["en"]; len(names) > 0 {
			d.Names.EN = names[0]
		}
		out[id] = d
	}
	return out
}

func isShortAcronym(s string) bool {
	if utf8.RuneCountInString(s) > 3 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return s != ""
}
