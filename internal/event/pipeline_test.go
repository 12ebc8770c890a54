package event

import (
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/document"
	"chronicle/internal/langid"
	"chronicle/internal/quantity"
	"chronicle/internal/reader"
	"chronicle/internal/sentence"
	"chronicle/internal/sharedfiles"
	"chronicle/internal/timex"
	"chronicle/internal/wordseg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// annotated is a document with the layers Extract reads, built by the real
// annotators, plus what the tests print.
type annotated struct {
	doc      *document.Document
	in       Input
	actorIDs []string
}

var (
	lexiconOnce = sync.OnceValues(actor.Default)
	// Golden files use the pure-Go segmenter so that they do not depend on
	// whether ICU is installed; seed tests use the best engine, as the CLI.
	segmenters = struct {
		once         sync.Once
		stable, best wordseg.Segmenter
	}{}
)

func segmenter(t testing.TB, stable bool) wordseg.Segmenter {
	lex := mustLexicon(t)
	segmenters.once.Do(func() {
		segmenters.stable = wordseg.NewPureGo(lex.Names("th"))
		segmenters.best = wordseg.New(lex.Names("th"))
	})
	if stable {
		return segmenters.stable
	}
	return segmenters.best
}

func mustLexicon(t testing.TB) *actor.Lexicon {
	t.Helper()
	lex, err := lexiconOnce()
	if err != nil {
		t.Fatalf("actor lexicon: %v", err)
	}
	return lex
}

// annotate runs reader-independent stages on doc: language, sentences,
// tokens, times, actors and quantities, as the annotate package does.
func annotate(t testing.TB, doc *document.Document, stable bool) annotated {
	t.Helper()
	if doc.Lang == "" {
		doc.Lang = langid.Detect(doc.Text)
	}
	rt := document.NewRuneText(doc.Text)
	sents := sentence.Split(doc, rt)
	toks := segmenter(t, stable).Tokens(doc.Text)
	times := timex.Tag(rt, doc.Lang, doc.Sections, timex.Options{Sentences: sents})
	lex := mustLexicon(t)
	var actorToks []document.Span
	if doc.Lang == "th" {
		actorToks = toks
	}
	matches := lex.Find(doc.Text, doc.Lang, actorToks)
	in := Input{
		DocID: doc.ID, Lang: doc.Lang, Text: rt,
		Sentences: sents, Tokens: toks, Times: times,
		Exclude: Exclusions(doc), LeadEnd: LeadEnd(doc),
	}
	var ids []string
	for _, m := range matches {
		kind, code := "", ""
		if e, ok := lex.Lookup(m.ID); ok {
			kind, code = e.Kind, e.Code
		}
		in.Actors = append(in.Actors, m.Span)
		in.ActorKinds = append(in.ActorKinds, kind)
		in.ActorCodes = append(in.ActorCodes, code)
		ids = append(ids, m.ID)
	}
	in.ActorIDs = ids
	timeSpans := make([]document.Span, len(times))
	for i, m := range times {
		timeSpans[i] = m.Span
	}
	for _, q := range quantity.Find(doc.Text, doc.Lang, timeSpans) {
		in.Quantities = append(in.Quantities, q.Span)
	}
	return annotated{doc: doc, in: in, actorIDs: ids}
}

// annotateText annotates a text written for a test, read as plain text.
func annotateText(t testing.TB, id, lang, text string, stable bool) annotated {
	t.Helper()
	return annotate(t, &document.Document{ID: id, Lang: lang, Text: text}, stable)
}

// readSeed reads the one document of a seed through the real reader; it
// skips the test when the seed is absent.
func readSeed(t testing.TB, name string) *document.Document {
	t.Helper()
	path := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)
	if _, err := os.Stat(path); os.IsNotExist(err) {
		t.Skipf("seed %s not present", path)
	}
	var doc *document.Document
	for d, err := range reader.File(path, reader.Auto) {
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		if doc == nil {
			doc = d
		}
	}
	if doc == nil {
		t.Fatalf("%s: no document", path)
	}
	return doc
}

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)
