package align

import (
	_ "embed"
	"strings"
)

//go:embed data/final.tsv
var finalTSV string

// FinalPhrases says which events report how something finally ended: an
// event of Type whose text holds one of Phrases (compared in lower case),
// such as the surrender of the "remaining" forces or a movement dissolving
// "completely". It ends once, so two such reports of one type sharing a
// source are one happening within a calendar year, and their dates are in
// dispute (data/final.tsv).
type FinalPhrases struct {
	Type    string
	Phrases []string
}

// DefaultFinalPhrases are the rules of the embedded data/final.tsv.
func DefaultFinalPhrases() []FinalPhrases {
	var out []FinalPhrases
	for _, f := range dataLines(finalTSV) {
		if len(f) < 2 {
			continue
		}
		r := FinalPhrases{Type: strings.TrimSpace(f[0]), Phrases: phraseList(f[1])}
		if r.Type != "" && len(r.Phrases) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// finalYears is how many calendar years apart two reports of one ending
// may date it.
const finalYears = 1

// isFinal reports whether an event of type typ with text reports an ending.
func isFinal(rules []FinalPhrases, typ, text string) bool {
	var lower string
	for _, r := range rules {
		if r.Type == typ && holdsPhrase(text, &lower, r.Phrases) {
			return true
		}
	}
	return false
}

// phraseList splits a comma-separated field of a rule file into lower-case
// phrases, empty ones left out.
func phraseList(field string) []string {
	var out []string
	for _, p := range strings.Split(field, ",") {
		if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// holdsPhrase reports whether text, compared in lower case, holds one of
// phrases; *lower keeps the lowered text for the next rule.
func holdsPhrase(text string, lower *string, phrases []string) bool {
	if *lower == "" {
		*lower = strings.ToLower(text)
	}
	for _, p := range phrases {
		if strings.Contains(*lower, p) {
			return true
		}
	}
	return false
}

// sameFinal reports whether two events report one ending: both final, of
// one type, sharing a source, their dates at most finalYears apart.
func (al *aligner) sameFinal(a, b *item) bool {
	if !a.final || !b.final || a.typ != b.typ || !a.when.dated() || !b.when.dated() || yearsApart(a.when, b.when) > finalYears {
		return false
	}
	return anyShared(a.actors, b.actors, func(x, y actorRef) bool { return x.role == roleSource && y.role == roleSource })
}
