package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// chunk is a maximal run of non-whitespace code points.
type chunk struct {
	text string
	// start and end are code-point offsets into the document text.
	start, end int
}

// gap is what separates two chunks.
type gap struct {
	// newlines counts line breaks; a paragraph separator counts as two.
	newlines int
	// breakable is false when the gap holds only no-break spaces.
	breakable bool
	// glued marks a cut inside a run of non-space text (after 。).
	glued bool
}

// segment is the text between two forced cuts, as chunks and gaps:
// gaps[i] lies between chunks[i] and chunks[i+1], and cut[i] records the
// rules' verdict on it.
type segment struct {
	chunks []chunk
	gaps   []gap
	cut    []bool
}

// tokenize fills seg from text, whose first code point is at offset base.
// With splitGlued, a chunk also ends after sentence punctuation that takes
// no space after it (。！？), through any closing quotes or brackets.
func (seg *segment) tokenize(text string, base int, splitGlued bool) {
	seg.chunks, seg.gaps = seg.chunks[:0], seg.gaps[:0]
	cp := base
	chunkStart, chunkByte := -1, 0
	var pending gap // the gap being read, before the next chunk
	pending.breakable = false
	prevCR := false
	afterStop := false // inside a chunk, just after 。 and its closers
	for bi, r := range text {
		if isSpace(r) {
			if chunkStart >= 0 {
				seg.chunks = append(seg.chunks, chunk{text: text[chunkByte:bi], start: chunkStart, end: cp})
				chunkStart = -1
				pending = gap{}
			}
			switch {
			case r == '\n' && prevCR: // CR LF is one break
			case r == '\u2029':
				pending.newlines += 2
			case isLineBreak(r):
				pending.newlines++
			case !isNoBreakSpace(r):
				pending.breakable = true
			}
			if isLineBreak(r) {
				pending.breakable = true
			}
			prevCR = r == '\r'
			afterStop = false
			cp++
			continue
		}
		prevCR = false
		if chunkStart >= 0 && afterStop && !isCloser(r) && !isGluedStop(r) {
			seg.chunks = append(seg.chunks, chunk{text: text[chunkByte:bi], start: chunkStart, end: cp})
			chunkStart = -1
			pending = gap{breakable: true, glued: true}
		}
		if chunkStart < 0 {
			if len(seg.chunks) > 0 {
				seg.gaps = append(seg.gaps, pending)
			}
			chunkStart, chunkByte = cp, bi
		}
		if splitGlued {
			afterStop = isGluedStop(r) || (afterStop && isCloser(r))
		}
		cp++
	}
	if chunkStart >= 0 {
		seg.chunks = append(seg.chunks, chunk{text: text[chunkByte:], start: chunkStart, end: cp})
	}
	seg.cut = seg.cut[:0]
	for range seg.gaps {
		seg.cut = append(seg.cut, false)
	}
}

// isSpace is the whitespace that sentences are trimmed of and that
// separates chunks.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isNoBreakSpace reports whether r is a space that writers use precisely to
// keep its neighbours together.
func isNoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2007' }

// isGluedStop reports whether r ends a sentence without needing a space.
func isGluedStop(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '｡' }

// closers are closing quotes and brackets that may follow a full stop.
const closers = "\"'”’»)]}）」』】›"

// openers are opening quotes and brackets that may precede a sentence.
const openers = "\"'“‘«([{（「『【‹"

func isCloser(r rune) bool { return strings.ContainsRune(closers, r) }
func isOpener(r rune) bool { return strings.ContainsRune(openers, r) }

// trimClosers drops closing quotes and brackets from the end of s.
func trimClosers(s string) string {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// trimOpeners drops opening quotes and brackets from the start of s.
func trimOpeners(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !isOpener(r) {
			break
		}
		s = s[size:]
	}
	return s
}

// firstRune and lastRune return utf8.RuneError for an empty string.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
