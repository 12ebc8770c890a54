package timex

import (
	"sort"
	"strings"

	"chronicle/internal/document"
)

// Mention is one temporal expression. JSON field names are the public contract.
type Mention struct {
	Text     string        `json:"text"`
	Span     document.Span `json:"span"`     // code points into the document text
	Type     string        `json:"type"`     // DATE, TIME, DURATION, SET
	Value    string        `json:"value"`    // TIMEX3 value, see docs/annotation/times.md
	Mod      string        `json:"mod"`      // START MID END APPROX BEFORE AFTER or ""
	Interval [2]string     `json:"interval"` // inclusive ISO dates; empty strings for DURATION/SET
	Calendar string        `json:"calendar"` // buddhist, gregorian, rattanakosin
	Anchor   *int          `json:"anchor"`   // index in the returned slice of the mention this was resolved against
}

// Options carries what the text itself cannot say.
type Options struct {
	// DCT is the publication date "YYYY-MM-DD", or "". Deictic expressions
	// (yesterday, last year) are tagged only when it is set.
	DCT string
	// Sentences are the document's sentence spans in order, or nil. With
	// them, a date that jumps back in time in the middle of a sentence is
	// read as background and does not move the narrative reference.
	Sentences []document.Span
	// Runes, when not nil, are the code points of the text ([]rune of it),
	// which the caller already holds; they spare a conversion and are only
	// read.
	Runes []rune
}

// Mention types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Tag finds and normalises the temporal expressions of a document in reading order.
// lang is "th" or "en" (other languages: return nil). sections are the doc's sections (a heading with a year
// sets the narrative reference). rt indexes the text.
func Tag(rt *document.RuneText, lang string, sections []document.Section, opts Options) []Mention {
	e := engineFor(lang)
	if e == nil || rt == nil {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	runes := opts.Runes
	if len(runes) != rt.Len() {
		runes = nil // not the code points of this text
	}
	toks, cands := e.scan(rt.Text, runes, sc)
	for i := range cands {
		e.applyContext(toks, &cands[i])
	}
	r := newResolver(lang, opts.DCT)
	r.sentences = opts.Sentences
	events := headingEvents(e, rt, sections, cands)
	var out []Mention
	ev := 0
	for _, c := range cands {
		for ev < len(events) && events[ev].at <= c.start {
			if events[ev].ref.ok {
				r.setHeadingReference(events[ev].ref)
			}
			r.newSection = true
			ev++
		}
		r.at = c.start
		m, ok := r.resolve(c, len(out))
		if !ok {
			continue
		}
		r.newSection = false
		m.Span = document.Span{c.start, c.end}
		m.Text = rt.Slice(m.Span)
		out = append(out, m)
	}
	return out
}

// headingEvent is a section heading that produced no mention of its own:
// the reference it sets when it has a year (its text may not be part of the
// document text), and in any case the start of a section, where the story
// may go back in time.
type headingEvent struct {
	at  int
	ref reference
}

func headingEvents(e *engine, rt *document.RuneText, sections []document.Section, cands []candidate) []headingEvent {
	var evs []headingEvent
	for _, s := range sections {
		h := s.Heading
		if !h.Valid(rt.Len()) {
			continue
		}
		covered := false
		for _, c := range cands {
			if c.start < h.End() && h.Start() < c.end {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		title := s.Title
		if strings.TrimSpace(title) == "" {
			title = rt.Slice(h)
		}
		ref, _ := e.titleReference(title)
		evs = append(evs, headingEvent{at: h.Start(), ref: ref})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].at < evs[j].at })
	return evs
}

// titleReference reads the first explicitly dated expression of a heading.
func (e *engine) titleReference(title string) (reference, bool) {
	sc := new(scratch)
	_, cands := e.scan(title, nil, sc)
	r := newResolver(e.lang, "")
	for _, c := range cands {
		if c.expr.fam != famDate && c.expr.fam != famRange {
			continue
		}
		if c.expr.a.y == 0 {
			continue
		}
		if _, ok := r.resolve(c, 0); ok && r.ref.ok {
			ref := r.ref
			ref.idx = -1
			return ref, true
		}
	}
	return reference{}, false
}
