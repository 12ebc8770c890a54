package sentence

import (
	"flag"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

// splitText splits a bare text in lang and returns the sentences' text.
func splitText(t *testing.T, lang, text string) []string {
	t.Helper()
	doc := &document.Document{Lang: lang, Text: text}
	return sentenceTexts(t, doc)
}

// sentenceTexts splits doc, checks the invariants and returns the texts.
func sentenceTexts(t *testing.T, doc *document.Document) []string {
	t.Helper()
	rt := document.NewRuneText(doc.Text)
	spans := Split(doc, rt)
	if err := checkInvariants(doc, rt, spans); err != "" {
		t.Fatalf("invariant broken: %s\ntext: %q", err, doc.Text)
	}
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = rt.Slice(s)
	}
	return out
}

// checkInvariants returns a description of the first broken promise of
// Split, or "": spans ordered, in range, non-overlapping, trimmed, and
// every non-space code point in exactly one span.
func checkInvariants(doc *document.Document, rt *document.RuneText, spans []document.Span) string {
	n := rt.Len()
	prevEnd := 0
	for i, s := range spans {
		switch {
		case !s.Valid(n):
			return "span out of range"
		case s.Len() == 0:
			return "empty span"
		case s[0] < prevEnd:
			return "spans overlap or are out of order"
		case unicode.IsSpace(runeAt(rt, s[0])) || unicode.IsSpace(runeAt(rt, s[1]-1)):
			return "span not trimmed: " + rt.Slice(s)
		}
		// Between spans there may be whitespace only.
		for j := prevEnd; j < s[0]; j++ {
			if !unicode.IsSpace(runeAt(rt, j)) {
				return "code point outside every sentence before span " + strconv.Itoa(i)
			}
		}
		prevEnd = s[1]
	}
	for j := prevEnd; j < n; j++ {
		if !unicode.IsSpace(runeAt(rt, j)) {
			return "code point outside every sentence at the end"
		}
	}
	for _, s := range spans {
		if !utf8.ValidString(rt.Slice(s)) && utf8.ValidString(doc.Text) {
			return "sentence is not valid UTF-8"
		}
	}
	return ""
}

// sameSentences fails the test unless got equals want.
func sameSentences(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d:\n got: %q\nwant: %q", len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("sentence %d:\n got: %q\nwant: %q", i, got[i], want[i])
		}
	}
}

// docBuilder assembles a document text and the code-point spans of its
// headings, infobox lines and artifacts, as a reader would.
type docBuilder struct {
	doc  document.Document
	text strings.Builder
	n    int // code points written
}

func (b *docBuilder) write(s string) document.Span {
	start := b.n
	b.text.WriteString(s)
	b.n += utf8.RuneCountInString(s)
	return document.Span{start, b.n}
}

// heading writes "marks title marks\n\n" ("" marks: just the title and a
// space, as glued into running text).
func (b *docBuilder) heading(level int, marks, title string) {
	if marks != "" {
		b.write(marks + " ")
	}
	h := b.write(title)
	if marks != "" {
		b.write(" " + marks + "\n\n")
	} else {
		b.write(" ")
	}
	b.doc.Sections = append(b.doc.Sections, document.Section{Title: title, Level: level, Heading: h, Span: h})
}

func (b *docBuilder) infobox(fields ...[2]string) {
	b.write("Infobox\n")
	for _, f := range fields {
		start := b.n
		b.write("- " + f[0] + ": ")
		v := b.write(f[1])
		b.doc.Infobox = append(b.doc.Infobox, document.InfoField{Key: f[0], Value: f[1], Span: document.Span{start, v[1]}, ValueSpan: v})
		b.write("\n")
	}
	b.write("\n")
}

func (b *docBuilder) artifact(kind, s string) {
	b.doc.Artifacts = append(b.doc.Artifacts, document.Artifact{Kind: kind, Span: b.write(s)})
}

func (b *docBuilder) build(lang string) *document.Document {
	d := b.doc
	d.Lang = lang
	d.Text = b.text.String()
	return &d
}
