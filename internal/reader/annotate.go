package reader

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// sectionAt is a section located by byte offsets before conversion to spans.
type sectionAt struct {
	title   string
	level   int
	heading [2]int
	start   int
}

// artifactAt is an artifact located by byte offsets.
type artifactAt struct {
	kind string
	at   [2]int
}

// annotateExtracted recovers the structure WikiExtractor flattened: the
// repeated title, glued headings and markup remnants.
func annotateExtracted(doc *document.Document) {
	text := doc.Text
	var sections []sectionAt
	var artifacts []artifactAt
	titleEnd := 0
	if start, end, ok := titleRepeat(text, doc.Title); ok {
		titleEnd = end
		artifacts = append(artifacts, artifactAt{document.ArtifactTitleRepeat, [2]int{start, end}})
		sections = append(sections, sectionAt{title: doc.Title, level: 1, heading: [2]int{start, end}, start: 0})
	}
	for _, run := range findGluedHeadings(text, titleEnd) {
		for k, h := range run {
			artifacts = append(artifacts, artifactAt{document.ArtifactGluedHeading, h.glued})
			sections = append(sections, sectionAt{title: h.title, level: 2 + k, heading: h.repeated, start: h.glued[0]})
		}
	}
	artifacts = appendMarkup(artifacts, text)
	finishAnnotations(doc, doc.RuneText(), sections, artifacts)
}

// annotatePlain reads "= Title =" headings and Infobox blocks.
func annotatePlain(doc *document.Document) {
	text := doc.Text
	var sections []sectionAt
	var infobox []fieldAt
	inInfobox := false
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		next := len(text)
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
			next = lineEnd + 1
		}
		line := strings.TrimRight(text[lineStart:lineEnd], "\r")
		trimmed := strings.TrimSpace(line)
		if level, hs, he, ok := parseHeading(line); ok {
			inInfobox = false
			title := line[hs:he]
			if level == 1 && doc.Title == "" {
				doc.Title = title
			}
			sections = append(sections, sectionAt{title: title, level: level,
				heading: [2]int{lineStart + hs, lineStart + he}, start: lineStart})
		} else if trimmed == "" {
			inInfobox = false
		} else if isInfoboxLine(trimmed) {
			inInfobox = true
		} else if inInfobox {
			if f, ok := parseInfoField(line, lineStart); ok {
				infobox = append(infobox, f)
			}
		}
		lineStart = next
	}
	rt := doc.RuneText()
	finishAnnotations(doc, rt, sections, appendMarkup(nil, text))
	if len(infobox) > 0 {
		doc.Infobox = make([]document.InfoField, len(infobox))
		for i, f := range infobox {
			doc.Infobox[i] = document.InfoField{Key: f.key, Value: f.value,
				Span:      rt.SpanOfBytes(f.line[0], f.line[1]),
				ValueSpan: rt.SpanOfBytes(f.valueAt[0], f.valueAt[1])}
		}
	}
}

// fieldAt is an infobox line located by byte offsets.
type fieldAt struct {
	key, value    string
	line, valueAt [2]int
}

// isInfoboxLine accepts "Infobox" alone or followed by a type name.
func isInfoboxLine(trimmed string) bool {
	rest, ok := strings.CutPrefix(trimmed, "Infobox")
	return ok && (rest == "" || rest[0] == ' ')
}

// parseInfoField parses "- Key: Value"; the key ends at the first colon.
func parseInfoField(line string, lineStart int) (fieldAt, bool) {
	body, ok := strings.CutPrefix(line, "- ")
	if !ok {
		return fieldAt{}, false
	}
	colon := strings.IndexByte(body, ':')
	if colon < 0 {
		return fieldAt{}, false
	}
	key := strings.TrimSpace(body[:colon])
	if key == "" {
		return fieldAt{}, false
	}
	valueStart := len(line) - len(body) + colon + 1
	valueEnd := len(line)
	for valueStart < valueEnd && isBlankByte(line[valueStart]) {
		valueStart++
	}
	for valueEnd > valueStart && isBlankByte(line[valueEnd-1]) {
		valueEnd--
	}
	return fieldAt{
		key:     key,
		value:   line[valueStart:valueEnd],
		line:    [2]int{lineStart, lineStart + len(line)},
		valueAt: [2]int{lineStart + valueStart, lineStart + valueEnd},
	}, true
}

func isBlankByte(c byte) bool { return c == ' ' || c == '\t' }

// titleRepeat finds the title repeated as the first words of the text. A
// title on a line of its own always counts. A title followed by a space
// counts only if the lead that follows names the subject again soon (as a
// lead sentence does), so that "Bangkok is the capital…" under the title
// "Bangkok" is not taken for a repeat.
func titleRepeat(text, title string) (start, end int, ok bool) {
	if title == "" {
		return 0, 0, false
	}
	start = len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	if !strings.HasPrefix(text[start:], title) {
		return 0, 0, false
	}
	end = start + len(title)
	if end == len(text) {
		return start, end, true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	switch {
	case next == '\n' || next == '\r':
		return start, end, true
	case !unicode.IsSpace(next):
		return 0, 0, false
	}
	probe := leadingRunes(firstWord(title), 6)
	window := text[end:min(len(text), end+2*len(title)+40)]
	return start, end, strings.Contains(window, probe)
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i > 0 {
		return s[:i]
	}
	return s
}

// leadingRunes returns at most n code points from the start of s.
func leadingRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// appendMarkup adds the markup remnants of text.
func appendMarkup(artifacts []artifactAt, text string) []artifactAt {
	for _, at := range defaultMarkupRules.findMarkup(text) {
		artifacts = append(artifacts, artifactAt{document.ArtifactMarkup, at})
	}
	return artifacts
}

// finishAnnotations converts byte offsets to code-point spans, orders
// sections and artifacts by position and closes each section at the next
// section of the same or a higher level.
func finishAnnotations(doc *document.Document, rt *document.RuneText, sections []sectionAt, artifacts []artifactAt) {
	slices.SortStableFunc(sections, func(a, b sectionAt) int { return cmp.Compare(a.start, b.start) })
	if len(sections) > 0 {
		doc.Sections = make([]document.Section, len(sections))
	}
	var open []int // indexes of sections not yet closed, levels increasing
	for i, s := range sections {
		start := rt.RuneOffset(s.start)
		for len(open) > 0 && sections[open[len(open)-1]].level >= s.level {
			doc.Sections[open[len(open)-1]].Span[1] = start
			open = open[:len(open)-1]
		}
		doc.Sections[i] = document.Section{Title: s.title, Level: s.level,
			Heading: rt.SpanOfBytes(s.heading[0], s.heading[1]), Span: document.Span{start, start}}
		open = append(open, i)
	}
	for _, i := range open {
		doc.Sections[i].Span[1] = rt.Len()
	}
	slices.SortStableFunc(artifacts, func(a, b artifactAt) int {
		return cmp.Or(cmp.Compare(a.at[0], b.at[0]), cmp.Compare(a.at[1], b.at[1]))
	})
	if len(artifacts) > 0 {
		doc.Artifacts = make([]document.Artifact, len(artifacts))
	}
	for i, a := range artifacts {
		doc.Artifacts[i] = document.Artifact{Kind: a.kind, Span: rt.SpanOfBytes(a.at[0], a.at[1])}
	}
}
