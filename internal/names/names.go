package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Kinds of name. A name is unknown when nothing around it tells its kind.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindPlace        = "place"
	KindUnknown      = "unknown"
)

// Name is a proper name found in a text, outside the lexicon's matches.
type Name struct {
	// Span is the name in code points into the text; titles (General, นาย)
	// are not part of it.
	Span document.Span `json:"span"`
	// Text is the name as written.
	Text string `json:"text"`
	// Kind is person, organization, place or unknown.
	Kind string `json:"kind"`
	// Confidence in [0, 1] grows with the evidence: a title, a head word
	// (Party, River), repetition.
	Confidence float64 `json:"confidence"`
}

// Find returns proper names in text that the lexicon matches did not cover
// (known are the spans already matched), in text order, never overlapping
// each other or known. lang selects the rules: "th" for Thai (Thai names
// after titles, and repeated runs of words the Thai dictionary does not
// know), anything else for English-like capitalisation rules. tokens are
// word tokens of text from the word segmenter; for Thai they are computed
// when nil. A Thai text's English passages are read by the English rules.
func Find(text string, lang string, tokens []document.Span, known []document.Span) []Name {
	return FindIn(document.NewRuneText(text), nil, lang, tokens, known)
}

// FindIn is Find on a text already indexed by code point, for callers that
// hold one; rs, when not nil, must equal []rune(rt.Text) and spares the
// conversion.
func FindIn(rt *document.RuneText, rs []rune, lang string, tokens []document.Span, known []document.Span) []Name {
	r, err := defaultRules()
	if err != nil || rt.Text == "" {
		return nil
	}
	if rs == nil {
		rs = []rune(rt.Text)
	}
	k := newCoverage(known)
	var out []Name
	if strings.HasPrefix(strings.ToLower(lang), "th") {
		thaiRT := rt
		if !utf8.ValidString(rt.Text) {
			// Thai names are sliced from the text; read invalid bytes as
			// U+FFFD, one code point each, as the conversion to runes does.
			thaiRT = document.NewRuneText(string(rs))
		}
		out = findThai(thaiRT, rs, tokens, k, r, defaultDictionary())
		for _, n := range out {
			k.add(n.Span)
		}
	}
	out = append(out, findEnglish(rt, rs, k, r)...)
	slices.SortFunc(out, func(a, b Name) int { return a.Span[0] - b.Span[0] })
	return out
}

// coverage answers whether a span overlaps any of a set of spans.
type coverage struct {
	spans []document.Span // sorted by start, merged
}

func newCoverage(spans []document.Span) *coverage {
	sorted := slices.Clone(spans)
	slices.SortFunc(sorted, func(a, b document.Span) int { return a[0] - b[0] })
	c := &coverage{spans: sorted[:0]}
	for _, s := range sorted {
		c.appendMerged(s)
	}
	return c
}

// appendMerged adds a span that starts at or after every covered span.
func (c *coverage) appendMerged(s document.Span) {
	if s[1] <= s[0] {
		return
	}
	if n := len(c.spans); n > 0 && s[0] <= c.spans[n-1][1] {
		c.spans[n-1][1] = max(c.spans[n-1][1], s[1])
		return
	}
	c.spans = append(c.spans, s)
}

// add inserts a span anywhere, merging it with the spans it touches.
func (c *coverage) add(s document.Span) {
	if s[1] <= s[0] {
		return
	}
	lo, _ := slices.BinarySearchFunc(c.spans, s[0], func(a document.Span, start int) int {
		if a[1] < start {
			return -1
		}
		return 1
	})
	hi := lo
	for hi < len(c.spans) && c.spans[hi][0] <= s[1] {
		s[0], s[1] = min(s[0], c.spans[hi][0]), max(s[1], c.spans[hi][1])
		hi++
	}
	c.spans = slices.Replace(c.spans, lo, hi, s)
}

// overlaps reports whether s shares a code point with a covered span.
func (c *coverage) overlaps(s document.Span) bool {
	i, _ := slices.BinarySearchFunc(c.spans, s[1], func(a document.Span, end int) int { return a[0] - end })
	// spans[i-1] is the last that starts before s ends.
	return i > 0 && c.spans[i-1][1] > s[0]
}
