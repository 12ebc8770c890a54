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
