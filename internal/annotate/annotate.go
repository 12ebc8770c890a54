// Package annotate runs the per-document stages — language identification,
// sentence and word segmentation, and the annotators — and assembles the
// public JSON record that `chronicle annotate` writes.
package annotate

import (
	"fmt"
	"os"
	"slices"
	"sync"

	"chronicle/internal/actor"
	"chronicle/internal/document"
	"chronicle/internal/event"
	"chronicle/internal/langid"
	"chronicle/internal/names"
	"chronicle/internal/quantity"
	"chronicle/internal/sentence"
	"chronicle/internal/timex"
	"chronicle/internal/wordseg"
)

// Options configure the annotators.
type Options struct {
	// DCT is the document creation time ("YYYY-MM-DD") that deictic
	// expressions resolve against; empty means none.
	DCT string
	// Tokens adds word tokens to each record.
	Tokens bool
	// UserWords refine Thai word boundaries.
	UserWords []string
	// Lexicons are user actor lexicon files, in the built-in YAML format.
	Lexicons []string
}

// Annotator holds what the stages share across documents. It is safe for
// concurrent use.
type Annotator struct {
	opts   Options
	seg    wordseg.Segmenter
	lex    *actor.Lexicon
	events *event.Extractor
}

// New builds an annotator, loading the actor lexicon and any user lexicons.
func New(opts Options) (*Annotator, error) {
	lex, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("annotate: actor lexicon: %w", err)
	}
	for _, path := range opts.Lexicons {
		if err := extendLexicon(lex, path); err != nil {
			return nil, err
		}
	}
	// Actor names are words too: segmenting them whole lets the matcher
	// respect word boundaries without missing names ICU's dictionary lacks.
	words := append(lex.Names("th"), opts.UserWords...)
	events, err := event.New()
	if err != nil {
		return nil, fmt.Errorf("annotate: event triggers: %w", err)
	}
	return &Annotator{opts: opts, seg: wordseg.New(words), lex: lex, events: events}, nil
}

func extendLexicon(lex *actor.Lexicon, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("annotate: lexicon: %w", err)
	}
	defer f.Close()
	if err := lex.Extend(f, path); err != nil {
		return fmt.Errorf("annotate: lexicon: %w", err)
	}
	return nil
}

// Segmenter names the word segmentation engine in use.
func (a *Annotator) Segmenter() string { return a.seg.Name() }

// Lexicon is the actor lexicon in use.
func (a *Annotator) Lexicon() *actor.Lexicon { return a.lex }

// Record is one annotated document: the document itself followed by its
// annotation layers. Its JSON form is the public contract in docs/format.md.
type Record struct {
	*document.Document
	Sentences  []Sentence          `json:"sentences"`
	Tokens     []Token             `json:"tokens,omitempty"`
	Times      []timex.Mention     `json:"times"`
	Actors     []actor.Mention     `json:"actors"`
	Quantities []quantity.Quantity `json:"quantities"`
	Events     []event.Event       `json:"events"`
}

// Sentence is a sentence span.
type Sentence struct {
	Span document.Span `json:"span"`
}

// Token is a word token span.
type Token struct {
	Span document.Span `json:"span"`
}

// Annotate fills every layer for doc. It sets doc.Lang when the reader left
// it empty. It never modifies doc.Text.
func (a *Annotator) Annotate(doc *document.Document) *Record {
	if doc.Lang == "" {
		doc.Lang = langid.Detect(doc.Text)
	}
	rt := doc.RuneText()
	// The code points of the text, shared by the annotators that read them
	// during this call, in a buffer lent for it.
	buf := runeBuffers.Get().(*[]rune)
	runes, _ := document.AppendRunes((*buf)[:0], rt.Text)
	defer returnRunes(buf, runes)
	sentences := sentence.Split(doc, rt)
	rec := &Record{
		Document:  doc,
		Sentences: make([]Sentence, 0, len(sentences)),
		Times:     timex.Tag(rt, doc.Lang, doc.Sections, timex.Options{DCT: a.opts.DCT, Sentences: sentences, Runes: runes}),
	}
	for _, s := range sentences {
		rec.Sentences = append(rec.Sentences, Sentence{Span: s})
	}
	if rec.Times == nil {
		rec.Times = []timex.Mention{}
	}
	// Thai needs word boundaries for actor matching; other languages only
	// when the user asks for tokens.
	var tokens []document.Span
	if a.opts.Tokens || doc.Lang == "th" {
		tokens = a.seg.Tokens(doc.Text)
	}
	if a.opts.Tokens {
		rec.Tokens = make([]Token, 0, len(tokens))
		for _, t := range tokens {
			rec.Tokens = append(rec.Tokens, Token{Span: t})
		}
	}
	rec.Actors = a.actors(rt, runes, doc.Lang, tokens)
	rec.Quantities = a.quantities(doc.Text, runes, doc.Lang, rec.Times)
	rec.Events = a.eventsOf(doc, rt, sentences, tokens, rec)
	fillEmpty(doc)
	return rec
}

// runeBuffers lends each Annotate call the buffer for the code points of
// its text, at four bytes a letter the largest allocation of a call. The
// annotators only read the code points while they run, so the buffer is
// free again when Annotate returns.
var runeBuffers = sync.Pool{New: func() any { return new([]rune) }}

// maxPooledRunes bounds the buffers kept, so that one huge document does
// not pin its size in memory.
const maxPooledRunes = 1 << 20

func returnRunes(buf *[]rune, runes []rune) {
	if cap(runes) <= maxPooledRunes {
		*buf = runes[:0]
		runeBuffers.Put(buf)
	}
}

func (a *Annotator) eventsOf(doc *document.Document, rt *document.RuneText, sentences, tokens []document.Span, rec *Record) []event.Event {
	if doc.Lang != "th" && doc.Lang != "en" {
		return []event.Event{}
	}
	in := event.Input{
		DocID: doc.ID, Lang: doc.Lang, Text: rt, Sentences: sentences, Tokens: tokens,
		Times: rec.Times, Exclude: event.Exclusions(doc), LeadEnd: event.LeadEnd(doc),
		Actors:     make([]document.Span, len(rec.Actors)),
		ActorKinds: make([]string, len(rec.Actors)),
		ActorIDs:   make([]string, len(rec.Actors)),
		ActorCodes: make([]string, len(rec.Actors)),
		Quantities: make([]document.Span, len(rec.Quantities)),
	}
	for i, m := range rec.Actors {
		in.Actors[i], in.ActorKinds[i], in.ActorIDs[i], in.ActorCodes[i] = m.Span, m.Kind, m.ID, m.Code
	}
	for i, q := range rec.Quantities {
		in.Quantities[i] = q.Span
	}
	evs := a.events.Extract(in)
	if evs == nil {
		evs = []event.Event{}
	}
	return evs
}

// actors finds lexicon actors, then the proper names the lexicon lacks,
// and returns both in text order.
func (a *Annotator) actors(rt *document.RuneText, runes []rune, lang string, tokens []document.Span) []actor.Mention {
	out := []actor.Mention{}
	if lang != "th" && lang != "en" {
		return out
	}
	found := a.lex.FindIn(rt, lang, tokens)
	known := make([]document.Span, len(found))
	for i, m := range found {
		known[i] = m.Span
	}
	unknown := names.FindIn(rt, runes, lang, tokens, known)
	var named []actor.Mention
	for _, n := range unknown {
		if m, ok := unknownActor(n); ok {
			named = append(named, m)
		}
	}
	// Sized once for both lists, which then merge in place: a mention is
	// large and a document has hundreds.
	out = make([]actor.Mention, 0, len(found)+len(named))
	for _, m := range found {
		out = append(out, a.lex.Mention(m))
	}
	if len(unknown) == 0 {
		return out
	}
	return mergeMentions(out, named)
}

// mergeMentions joins two lists of mentions in text order. Both come
// sorted and their spans never overlap, so a merge gives the order a sort
// would, without moving the large mention values around; should two
// mentions ever start together, or out of order, it falls back to that
// sort. The merge fills a's spare capacity, from the back, when that can
// hold b, so that no second list is allocated: a's caller must not hold
// that capacity through another slice.
func mergeMentions(a, b []actor.Mention) []actor.Mention {
	if !mergeable(a, b) {
		out := make([]actor.Mention, 0, len(a)+len(b))
		out = append(append(out, a...), b...)
		slices.SortFunc(out, func(x, y actor.Mention) int { return x.Span.Start() - y.Span.Start() })
		return out
	}
	if cap(a)-len(a) < len(b) {
		a = slices.Grow(a, len(b))
	}
	out := a[:len(a)+len(b)]
	i, j := len(a)-1, len(b)-1
	for k := len(out) - 1; j >= 0; k-- {
		// All starts differ: the later of the two last ones goes last.
		if i >= 0 && a[i].Span.Start() > b[j].Span.Start() {
			out[k] = a[i]
			i--
		} else {
			out[k] = b[j]
			j--
		}
	}
	return out
}

// mergeable reports whether merging a and b (a first on equal starts)
// gives strictly increasing starts: each list increases and no start is
// in both.
func mergeable(a, b []actor.Mention) bool {
	i, j := 0, 0
	last := 0
	for n := 0; i < len(a) || j < len(b); n++ {
		var start int
		if j == len(b) || i < len(a) && a[i].Span.Start() <= b[j].Span.Start() {
			start = a[i].Span.Start()
			i++
		} else {
			start = b[j].Span.Start()
			j++
		}
		if n > 0 && start <= last {
			return false
		}
		last = start
	}
	return true
}

// unknownActor turns a name the lexicon lacks into an actor mention with a
// stable id; names whose kind nothing told are left out, and so are places,
// which the lexicon covers far better than capitalisation can.
func unknownActor(n names.Name) (actor.Mention, bool) {
	if n.Kind != names.KindPerson && n.Kind != names.KindOrganization {
		return actor.Mention{}, false
	}
	lang := "en"
	if isThai(n.Text) {
		lang = "th"
	}
	m := actor.Mention{Text: n.Text, Span: n.Span, ID: names.ID(lang, n.Text), Kind: n.Kind, Confidence: n.Confidence}
	if lang == "th" {
		m.Name, m.Names.TH = names.Romanize(n.Text), n.Text
	} else {
		m.Name, m.Names.EN = n.Text, n.Text
	}
	return m, true
}

func isThai(s string) bool {
	for _, r := range s {
		if r >= 0x0E00 && r <= 0x0E7F {
			return true
		}
	}
	return false
}

func (a *Annotator) quantities(text string, runes []rune, lang string, times []timex.Mention) []quantity.Quantity {
	if lang != "th" && lang != "en" {
		return []quantity.Quantity{}
	}
	exclude := make([]document.Span, len(times))
	for i, t := range times {
		exclude[i] = t.Span
	}
	qs := quantity.FindRunes(text, runes, lang, exclude)
	if qs == nil {
		qs = []quantity.Quantity{}
	}
	return qs
}

// fillEmpty turns absent document layers into empty arrays, so that JSON
// consumers always see arrays.
func fillEmpty(doc *document.Document) {
	if doc.Sections == nil {
		doc.Sections = []document.Section{}
	}
	if doc.Infobox == nil {
		doc.Infobox = []document.InfoField{}
	}
	if doc.Artifacts == nil {
		doc.Artifacts = []document.Artifact{}
	}
}
