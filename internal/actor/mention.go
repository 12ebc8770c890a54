package actor

import (
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Mention is one actor mention as the annotate record carries it. JSON names
// are the public contract (docs/format.md).
type Mention struct {
	Text       string            `json:"text"`
	Span       document.Span     `json:"span"`
	ID         string            `json:"id"`
	Name       string            `json:"name"`  // canonical English name
	Names      map[string]string `json:"names"` // canonical name per language, Thai and English at least when known
	Kind       string            `json:"kind"`
	Wikidata   string            `json:"wikidata"`
	Code       string            `json:"code"` // CAMEO-style actor code, when one applies
	Confidence float64           `json:"confidence"`
}

// Confidence of a lexicon match: a short all-capital acronym ("KR", "PRK")
// is more often something else than a full name is.
const (
	confidenceName    = 0.95
	confidenceAcronym = 0.8
)

// Mention describes a lexicon match with the entry's names and codes.
func (l *Lexicon) Mention(m Match) Mention {
	out := Mention{Text: m.Text, Span: m.Span, ID: m.ID, Names: map[string]string{}, Confidence: confidenceName}
	if isShortAcronym(m.Text) {
		out.Confidence = confidenceAcronym
	}
	e, ok := l.Lookup(m.ID)
	if !ok {
		out.Name = m.Text
		return out
	}
	out.Name, out.Kind, out.Wikidata, out.Code = e.CanonicalName("en"), e.Kind, e.Wikidata, e.Code
	for _, lang := range []string{"en", "th"} {
		if names := e.Names[lang]; len(names) > 0 {
			out.Names[lang] = names[0]
		}
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
