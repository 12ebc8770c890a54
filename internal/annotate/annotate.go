// Package annotate runs the per-document stages — language identification,
// sentence and word segmentation, and the annotators — and assembles the
// public JSON record that `chronicle annotate` writes.
package annotate

import (
	"chronicle/internal/document"
	"chronicle/internal/langid"
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
}

// Annotator holds what the stages share across documents. It is safe for
// concurrent use.
type Annotator struct {
	opts Options
	seg  wordseg.Segmenter
}

// New builds an annotator.
func New(opts Options) *Annotator {
	return &Annotator{opts: opts, seg: wordseg.New(opts.UserWords)}
}

// Segmenter names the word segmentation engine in use.
func (a *Annotator) Segmenter() string { return a.seg.Name() }

// Record is one annotated document: the document itself followed by its
// annotation layers. Its JSON form is the public contract in docs/format.md.
type Record struct {
	*document.Document
	Sentences []Sentence      `json:"sentences"`
	Tokens    []Token         `json:"tokens,omitempty"`
	Times     []timex.Mention `json:"times"`
	// Actors, Quantities and Events stay empty until their annotators land.
	Actors     []struct{} `json:"actors"`
	Quantities []struct{} `json:"quantities"`
	Events     []struct{} `json:"events"`
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
	rt := document.NewRuneText(doc.Text)
	sentences := sentence.Split(doc, rt)
	rec := &Record{
		Document:   doc,
		Sentences:  make([]Sentence, 0, len(sentences)),
		Times:      timex.Tag(rt, doc.Lang, doc.Sections, timex.Options{DCT: a.opts.DCT, Sentences: sentences}),
		Actors:     []struct{}{},
		Quantities: []struct{}{},
		Events:     []struct{}{},
	}
	for _, s := range sentences {
		rec.Sentences = append(rec.Sentences, Sentence{Span: s})
	}
	if rec.Times == nil {
		rec.Times = []timex.Mention{}
	}
	if a.opts.Tokens {
		for _, t := range a.seg.Tokens(doc.Text) {
			rec.Tokens = append(rec.Tokens, Token{Span: t})
		}
	}
	if doc.Sections == nil {
		doc.Sections = []document.Section{}
	}
	if doc.Infobox == nil {
		doc.Infobox = []document.InfoField{}
	}
	if doc.Artifacts == nil {
		doc.Artifacts = []document.Artifact{}
	}
	return rec
}
