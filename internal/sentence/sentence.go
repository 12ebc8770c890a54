// Package sentence splits a document's text into sentences: code-point spans
// that later stages annotate one at a time. Rules depend on the language
// (Thai, English, a generic punctuation rule for the rest) and on the
// document's structure (headings, infobox lines, extraction artifacts). The
// rules and their word lists are described in docs/sentences.md.
package sentence

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Split returns the sentences of doc: ordered, non-overlapping code-point
// spans, trimmed of surrounding whitespace, such that every non-whitespace
// code point of doc.Text lies in exactly one sentence.
// rt must index doc.Text. It uses doc.Lang ("th", "en"; other languages get a
// generic punctuation rule), doc.Sections (each Heading span is its own
// sentence), doc.Infobox (each line its own sentence) and doc.Artifacts (an
// artifact never sits inside a sentence with real text on both sides: it
// ends one).
func Split(doc *document.Document, rt *document.RuneText) []document.Span {
	if doc == nil {
		return nil
	}
	if rt == nil || rt.Text != doc.Text {
		// A mismatched index would put spans on the wrong text.
		rt = document.NewRuneText(doc.Text)
	}
	n := rt.Len()
	whole := wholeSpans(doc, rt)
	cuts := forcedCuts(whole, doc.Artifacts, n)
	// Cuts fall between code points, so every segment of a valid text is
	// valid too.
	valid := utf8.ValidString(doc.Text)
	s := &splitter{rt: rt, rules: rulesFor(doc.Lang, doc.Text, valid), valid: valid}
	s.seg = segmentPool.Get().(*segment)
	defer s.seg.release()
	next := 0 // first whole span that may still contain a segment
	for k := 0; k+1 < len(cuts); k++ {
		seg := document.Span{cuts[k], cuts[k+1]}
		for next < len(whole) && whole[next][1] <= seg[0] {
			next++
		}
		if next < len(whole) && whole[next].Contains(seg) {
			s.emitTrimmed(seg)
			continue
		}
		s.splitSegment(seg)
	}
	return s.out
}

// wholeSpans returns the spans that must each stay one sentence — headings
// (widened over their markup, as in "== Title ==") and infobox lines —
// sorted and disjoint; of two overlapping spans the earlier one wins.
func wholeSpans(doc *document.Document, rt *document.RuneText) []document.Span {
	n := rt.Len()
	var spans []document.Span
	for _, sec := range doc.Sections {
		if h := sec.Heading; h.Valid(n) && h.Len() > 0 {
			spans = append(spans, widenOverMarkup(rt, h))
		}
	}
	for _, f := range doc.Infobox {
		if f.Span.Valid(n) && f.Span.Len() > 0 {
			spans = append(spans, f.Span)
		}
	}
	slices.SortFunc(spans, func(a, b document.Span) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	kept := spans[:0]
	for _, sp := range spans {
		if len(kept) > 0 && sp[0] < kept[len(kept)-1][1] {
			continue
		}
		kept = append(kept, sp)
	}
	return kept
}

// headingMarkup are the characters wiki-like formats put around a heading
// on its line.
const headingMarkup = "=#*"

// widenOverMarkup grows a heading span over what belongs to the heading but
// not to its text: markup and blanks when they fill the rest of its line
// ("= Title ="), and punctuation glued to its end ("Title." where an
// extractor flattened a heading into running text). Otherwise they would
// stand as sentences of their own.
func widenOverMarkup(rt *document.RuneText, h document.Span) document.Span {
	n := rt.Len()
	isMarkup := func(r rune) bool { return r == ' ' || r == '\t' || strings.ContainsRune(headingMarkup, r) }
	start := h[0]
	for start > 0 && isMarkup(runeAt(rt, start-1)) {
		start--
	}
	if start > 0 && !isLineBreak(runeAt(rt, start-1)) {
		start = h[0]
	}
	end := h[1]
	for end < n && isMarkup(runeAt(rt, end)) {
		end++
	}
	if end < n && !isLineBreak(runeAt(rt, end)) {
		end = h[1]
		for end < n && unicode.IsPunct(runeAt(rt, end)) && !isOpener(runeAt(rt, end)) {
			end++
		}
		if end < n && !isSpace(runeAt(rt, end)) {
			end = h[1] // the punctuation leads into more text
		}
	}
	return document.Span{start, end}
}

// forcedCuts returns the sorted, distinct offsets where a sentence must
// begin or end whatever the language rules say: 0, n, both ends of every
// whole span, and the end of every artifact that does not fall inside one.
// Artifacts made of heading text (a title repeated as the first words, a
// heading glued to the paragraph before) are cut at their start as well, so
// they stand as sentences of their own.
func forcedCuts(whole []document.Span, artifacts []document.Artifact, n int) []int {
	cuts := make([]int, 0, 2+2*len(whole)+2*len(artifacts))
	cuts = append(cuts, 0, n)
	for _, w := range whole {
		cuts = append(cuts, w[0], w[1])
	}
	for _, a := range artifacts {
		if !a.Span.Valid(n) || a.Span.Len() == 0 {
			continue
		}
		if !insideWhole(whole, a.Span[1]) {
			cuts = append(cuts, a.Span[1])
		}
		headingText := a.Kind == document.ArtifactTitleRepeat || a.Kind == document.ArtifactGluedHeading
		if headingText && !insideWhole(whole, a.Span[0]) {
			cuts = append(cuts, a.Span[0])
		}
	}
	slices.Sort(cuts)
	return slices.Compact(cuts)
}

// insideWhole reports whether offset falls strictly inside one of the
// sorted, disjoint whole spans, where no cut may go.
func insideWhole(whole []document.Span, offset int) bool {
	i, _ := slices.BinarySearchFunc(whole, offset, func(w document.Span, off int) int {
		if w[1] <= off {
			return -1
		}
		return 1
	})
	return i < len(whole) && whole[i][0] < offset && offset < whole[i][1]
}

// runeAt returns the code point at offset i.
func runeAt(rt *document.RuneText, i int) rune {
	r, _ := utf8.DecodeRuneInString(rt.Text[rt.ByteOffset(i):])
	return r
}

// splitter accumulates sentences across the segments of one document.
type splitter struct {
	rt    *document.RuneText
	rules rules
	valid bool // the text is valid UTF-8
	out   []document.Span
	// scratch reused from segment to segment, and from document to
	// document through segmentPool
	seg *segment
}

// segmentPool keeps the chunk and gap buffers of finished splits, so that
// splitting many documents does not allocate them again.
var segmentPool = sync.Pool{New: func() any { return new(segment) }}

// release returns seg to the pool, without the document text.
func (seg *segment) release() {
	seg.src = ""
	seg.chunks, seg.gaps, seg.cut = seg.chunks[:0], seg.gaps[:0], seg.cut[:0]
	segmentPool.Put(seg)
}

// emitTrimmed appends sp without its surrounding whitespace, if anything
// is left.
func (s *splitter) emitTrimmed(sp document.Span) {
	start, end := sp[0], sp[1]
	for start < end && isSpace(runeAt(s.rt, start)) {
		start++
	}
	for end > start && isSpace(runeAt(s.rt, end-1)) {
		end--
	}
	if start < end {
		s.out = append(s.out, document.Span{start, end})
	}
}

// splitSegment splits the text between two forced cuts by the language
// rules: a sentence runs from a chunk to the chunk before the next gap the
// rules call a boundary.
func (s *splitter) splitSegment(sp document.Span) {
	seg := s.seg
	seg.tokenize(s.rt.Slice(sp), sp[0], s.rules.splitsInsideChunks(), s.valid)
	if len(seg.chunks) == 0 {
		return
	}
	s.rules.boundaries(seg)
	first := 0
	for i := range seg.gaps {
		if seg.cut[i] {
			s.out = append(s.out, document.Span{seg.chunks[first].start, seg.chunks[i].end})
			first = i + 1
		}
	}
	s.out = append(s.out, document.Span{seg.chunks[first].start, seg.chunks[len(seg.chunks)-1].end})
}

// rules decide which gaps of a segment end a sentence.
type rules interface {
	// boundaries sets seg.cut[i] for every gap i.
	boundaries(seg *segment)
	// splitsInsideChunks reports whether punctuation that needs no space
	// after it (as 。) ends a sentence inside a chunk.
	splitsInsideChunks() bool
}

// rulesFor picks the rules for a language tag such as "th" or "en-GB" and
// prepares them for text; valid tells whether text is valid UTF-8.
func rulesFor(lang, text string, valid bool) rules {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	switch primary {
	case "th":
		return newThaiRules(text, valid)
	case "en":
		return englishRules{}
	default:
		return genericRules{}
	}
}
