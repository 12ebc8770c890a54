// Package quantity finds numeric expressions — troop strengths, death tolls,
// refugee counts, sums of money, percentages, fractions — in Thai and English
// text, with their normalised value, range, unit and approximation.
//
// All knowledge of words (number words, units, currencies, approximation and
// date words) lives in the data files under data/, embedded at build time;
// docs/quantities.md describes them and the normalisation rules.
package quantity

import (
	"io/fs"
	"slices"
	"sync"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Quantity is one numeric expression. JSON names are the public contract.
type Quantity struct {
	// Text is the text at Span.
	Text string `json:"text"`
	// Span covers the approximation words, the number (or range) with its
	// scale, and a currency, percent, measure or classifier word that
	// follows it directly. A unit noun separated from the number by other
	// words sets Unit and Noun but stays outside the span.
	Span document.Span `json:"span"`
	// Value is the normalised value: scale applied, money in the currency's
	// own units, percent in points (45% = 45), fractions as a ratio. For a
	// range or a vague plural ("thousands") it is the lower end.
	Value float64 `json:"value"`
	// Min and Max bound ranges, vague plurals and bounded approximations
	// ("more than 10,000" has Min 10000); nil otherwise.
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
	// Unit is what is counted: person, soldier, vehicle, aircraft, ship,
	// weapon, country, km, percent, fraction, a lowercase currency code
	// (usd, thb ...), or "" for a bare count.
	Unit string `json:"unit"`
	// Approx marks approximate values (around, ราว, more than, thousands).
	Approx bool `json:"approx"`
	// Of is the id of the actor counted when the text states it; a later
	// stage fills it.
	Of string `json:"of"`
	// Noun is the word the unit was read from, as written ("troops",
	// "ทหาร"); empty for money, percent and bare counts.
	Noun string `json:"noun,omitempty"`
}

// Finder finds quantities with one lexicon. It is safe for concurrent use.
type Finder struct {
	lx *lexicon
}

// NewFinder builds a finder for lang ("th" or "en"; any other value reads
// both languages). Each of extra may hold data files named like the
// embedded ones (units_th.tsv, currencies.tsv ...); their lines are added
// to the embedded ones.
func NewFinder(lang string, extra ...fs.FS) (*Finder, error) {
	lx, err := loadLexicon(lang, extra)
	if err != nil {
		return nil, err
	}
	return &Finder{lx: lx}, nil
}

// defaultFinders build the finders of the embedded data once, on first use.
// The embedded data is checked by the tests; should it still fail to load,
// the finder is nil and Find returns nothing rather than panicking.
var defaultFinders = map[string]func() *Finder{
	"en": sync.OnceValue(func() *Finder { f, _ := NewFinder("en"); return f }),
	"th": sync.OnceValue(func() *Finder { f, _ := NewFinder("th"); return f }),
}

func defaultFinder(lang string) *Finder {
	build, ok := defaultFinders[lang]
	if !ok {
		build = defaultFinders["th"]
	}
	return build()
}

// Find returns the quantities of text in order. lang is "th" or "en"; Thai
// text is read with the English words too, since Thai articles quote
// English names and sums. exclude are spans (e.g. temporal expressions found
// by the time tagger) that must not be read as quantities: no quantity
// overlaps them.
func Find(text string, lang string, exclude []document.Span) []Quantity {
	f := defaultFinder(lang)
	if f == nil {
		return nil
	}
	return f.Find(text, exclude)
}

// FindRunes is Find for a caller that already holds the code points of
// text: runes must equal []rune(text). It spares the conversion.
func FindRunes(text string, runes []rune, lang string, exclude []document.Span) []Quantity {
	f := defaultFinder(lang)
	if f == nil {
		return nil
	}
	return f.find(text, runes, exclude)
}

// Find returns the quantities of text in order, none overlapping exclude.
func (f *Finder) Find(text string, exclude []document.Span) []Quantity {
	runes, valid := decodeRunes(text)
	return f.scan(text, runes, valid, exclude)
}

func (f *Finder) find(text string, runes []rune, exclude []document.Span) []Quantity {
	out := f.scan(text, runes, true, exclude)
	// Invalid bytes decode to U+FFFD, so only a quantity that holds one
	// can read otherwise than the original bytes: the text needs checking
	// only then, which spares a pass over it.
	for _, q := range out {
		if slices.Contains(runes[q.Span[0]:q.Span[1]], utf8.RuneError) {
			if !utf8.ValidString(text) {
				retext(text, out)
			}
			break
		}
	}
	return out
}

// scan finds the quantities; valid says whether text is valid UTF-8.
func (f *Finder) scan(text string, runes []rune, valid bool, exclude []document.Span) []Quantity {
	s := newScanner(f.lx, runes, exclude)
	s.run()
	if !valid {
		retext(text, s.out)
	}
	return s.out
}

// retext takes the Text of each quantity from the original bytes, so that
// it stays the text at Span where []rune turned invalid bytes into U+FFFD.
func retext(text string, qs []Quantity) {
	rt := document.NewRuneText(text)
	for i := range qs {
		qs[i].Text = rt.Slice(qs[i].Span)
	}
}
