package sentence

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chunk is a maximal run of non-whitespace code points. It holds no
// pointer (its text is found through the segment), so that the buffers of
// chunks cost the garbage collector nothing.
type chunk struct {
	// start and end are code-point offsets into the document text.
	start, end int
	// lo and hi are the byte offsets of the chunk in the segment text.
	lo, hi int
	// marked tells whether the chunk holds a quote mark or a bracket, so
	// that only such chunks are scanned for quotations and parentheses.
	marked bool
}

// chunkList is a run of chunks with the text they index.
type chunkList struct {
	src    string
	chunks []chunk
}

// text returns the text of chunk k.
func (l chunkList) text(k int) string { return l.src[l.chunks[k].lo:l.chunks[k].hi] }

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
	src    string // the text of the segment, which chunks index
	chunks []chunk
	gaps   []gap
	cut    []bool
}

// text returns the text of chunk i.
func (seg *segment) text(i int) string { return seg.src[seg.chunks[i].lo:seg.chunks[i].hi] }

// list returns chunks [from, to) with their text.
func (seg *segment) list(from, to int) chunkList {
	return chunkList{src: seg.src, chunks: seg.chunks[from:to]}
}

// tokenize fills seg from text, whose first code point is at offset base;
// valid tells whether text is valid UTF-8.
// With splitGlued, a chunk also ends after sentence punctuation that takes
// no space after it (。！？), through any closing quotes or brackets.
//
// Code points are counted as RuneText counts them. In valid UTF-8 a
// multi-byte character is skipped by its lead byte unless that byte may
// start a space or a mark the rules look at, which keeps Thai text (lead
// byte 0xE0) to one comparison per character.
func (seg *segment) tokenize(text string, base int, splitGlued, valid bool) {
	seg.src = text
	if splitGlued {
		seg.tokenizeGeneral(text, base, splitGlued, valid)
	} else {
		seg.tokenizeSpaced(text, base, valid)
	}
	seg.cut = slices.Grow(seg.cut[:0], len(seg.gaps))[:len(seg.gaps)]
	clear(seg.cut)
}

// tokenizeSpaced is tokenize for rules that cut only at spaces, by far the
// commonest case: it reads gap and chunk in loops of their own, which keep
// their few variables in registers.
func (seg *segment) tokenizeSpaced(text string, base int, valid bool) {
	seg.chunks, seg.gaps = seg.chunks[:0], seg.gaps[:0]
	if want := len(text) / 12; cap(seg.chunks) < want {
		seg.chunks = make([]chunk, 0, want) // about one chunk a word
		seg.gaps = make([]gap, 0, want)
	}
	skip := &plainSkip
	if valid {
		skip = &plainOrLetterSkip
	}
	cp, bi := base, 0
	var pending gap // the gap being read, before the next chunk
	prevCR := false
	for bi < len(text) {
		r, size := rune(text[bi]), 1
		if r >= utf8.RuneSelf {
			r, size = spacedRune(text, bi, valid)
		}
		if isSpaceInline(r) {
			pending.addSpace(r, prevCR)
			prevCR = r == '\r'
			bi += size
			cp++
			continue
		}
		prevCR = false
		if len(seg.chunks) > 0 {
			seg.gaps = append(seg.gaps, pending)
		}
		pending = gap{}
		start, startByte := cp, bi
		marked := false
		for bi < len(text) {
			// The inner loop calls nothing, so that it runs in registers.
			for bi < len(text) && skip[text[bi]] != 0 {
				bi += int(skip[text[bi]])
				cp++
			}
			if bi == len(text) {
				break
			}
			r, size := rune(text[bi]), 1
			if r >= utf8.RuneSelf {
				r, size = spacedRune(text, bi, valid)
			}
			if isSpaceInline(r) {
				break
			}
			marked = marked || isMarkInline(r)
			bi += size
			cp++
		}
		seg.chunks = append(seg.chunks, chunk{start: start, end: cp, lo: startByte, hi: bi, marked: marked})
	}
}

// spacedRune reads the character beyond ASCII at byte bi for
// tokenizeSpaced: in valid UTF-8, one whose lead byte rules out a space or
// a mark reads as utf8.RuneError, undecoded.
func spacedRune(text string, bi int, valid bool) (rune, int) {
	if b := text[bi]; valid && !interestingLead(b) {
		return utf8.RuneError, leadSize(b)
	}
	return utf8.DecodeRuneInString(text[bi:])
}

// addSpace adds the white space r to the gap; prevCR tells whether the
// character before it was a carriage return.
func (g *gap) addSpace(r rune, prevCR bool) {
	switch {
	case r == '\n' && prevCR: // CR LF is one break
	case r == '\u2029':
		g.newlines += 2
	case isLineBreak(r):
		g.newlines++
	case !isNoBreakSpace(r):
		g.breakable = true
	}
	if isLineBreak(r) {
		g.breakable = true
	}
}

// tokenizeGeneral is tokenize for any rules, character by character.
func (seg *segment) tokenizeGeneral(text string, base int, splitGlued, valid bool) {
	seg.chunks, seg.gaps = seg.chunks[:0], seg.gaps[:0]
	cp := base
	chunkStart, chunkByte := -1, 0
	marked := false
	var pending gap // the gap being read, before the next chunk
	prevCR := false
	afterStop := false // inside a chunk, just after 。 and its closers
	if want := len(text) / 12; cap(seg.chunks) < want {
		seg.chunks = make([]chunk, 0, want) // about one chunk a word
		seg.gaps = make([]gap, 0, want)
	}
	// skip gives the byte length of a character that just continues a
	// chunk, 0 for one that needs a look.
	skip := &plainSkip
	if valid && !splitGlued {
		skip = &plainOrLetterSkip
	}
	for bi := 0; bi < len(text); cp++ {
		b := text[bi]
		if chunkStart >= 0 && !afterStop {
			// Fast path: the chunk goes on, in a loop of its own.
			for skip[b] != 0 {
				bi += int(skip[b])
				cp++
				if bi >= len(text) {
					break
				}
				b = text[bi]
			}
			if bi >= len(text) {
				break
			}
		}
		r, size := rune(b), 1
		switch {
		case b < utf8.RuneSelf:
		case valid && !splitGlued && !interestingLead(b):
			r, size = utf8.RuneError, leadSize(b) // a letter of no interest
		default:
			r, size = utf8.DecodeRuneInString(text[bi:])
		}
		if isSpaceInline(r) {
			if chunkStart >= 0 {
				seg.chunks = append(seg.chunks, chunk{start: chunkStart, end: cp, lo: chunkByte, hi: bi, marked: marked})
				chunkStart = -1
				pending = gap{}
			}
			pending.addSpace(r, prevCR)
			prevCR = r == '\r'
			afterStop = false
			bi += size
			continue
		}
		prevCR = false
		if chunkStart >= 0 && afterStop && !isCloser(r) && !isGluedStop(r) {
			seg.chunks = append(seg.chunks, chunk{start: chunkStart, end: cp, lo: chunkByte, hi: bi, marked: marked})
			chunkStart = -1
			pending = gap{breakable: true, glued: true}
		}
		if chunkStart < 0 {
			if len(seg.chunks) > 0 {
				seg.gaps = append(seg.gaps, pending)
			}
			chunkStart, chunkByte = cp, bi
			marked = false
		}
		if isMarkInline(r) {
			marked = true
		}
		if splitGlued {
			afterStop = isGluedStop(r) || (afterStop && isCloser(r))
		}
		bi += size
	}
	if chunkStart >= 0 {
		seg.chunks = append(seg.chunks, chunk{start: chunkStart, end: cp, lo: chunkByte, hi: len(text), marked: marked})
	}
}

// plainSkip gives 1 for the ASCII characters that neither separate chunks
// nor need a look (not spaces, quote marks or brackets) and 0 for all other
// bytes. plainOrLetterSkip adds, for valid UTF-8, the length of the
// multi-byte characters whose lead byte rules out a space or a mark.
var plainSkip, plainOrLetterSkip = func() (ascii, valid [256]uint8) {
	for c := range utf8.RuneSelf {
		if !isSpace(rune(c)) && !isMark(rune(c)) {
			ascii[c], valid[c] = 1, 1
		}
	}
	for b := 0xC0; b < 0x100; b++ {
		if !interestingLead(byte(b)) {
			valid[b] = uint8(leadSize(byte(b)))
		}
	}
	return ascii, valid
}()

// interestingLead reports whether a multi-byte character starting with
// byte b may be a space, a quote or a bracket: those start with 0xC2
// (U+0080–U+00BF), 0xE1 (U+1680), 0xE2 (U+2000–U+2FFF), 0xE3 (U+3000…) or
// 0xEF (fullwidth forms).
func interestingLead(b byte) bool {
	return b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF
}

// leadSize is the length of the UTF-8 sequence that lead byte b starts,
// in valid UTF-8.
func leadSize(b byte) int {
	switch {
	case b >= 0xF0:
		return 4
	case b >= 0xE0:
		return 3
	}
	return 2
}

// isSpace is the whitespace that sentences are trimmed of and that
// separates chunks.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || ('\t' <= r && r <= '\r')
	case r < 0x85 || (r > 0xA0 && r < 0x1680) || r > 0x3000:
		return false // fast path for Thai and most other scripts
	}
	return unicode.IsSpace(r)
}

// isSpaceInline and isMarkInline are isSpace and isMark with the ASCII
// answer small enough to inline into the tokenizer loop.
func isSpaceInline(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return isSpace(r)
}

func isMarkInline(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiMarks[r]
	}
	return isMark(r)
}

var asciiMarks = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = isMark(rune(r))
	}
	return t
}()

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

// isMark reports whether r is a quote mark or a bracket, with a fast path
// for ASCII letters and digits.
func isMark(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case '"', '\'', '(', ')', '[', ']', '{', '}':
			return true
		}
		return false
	}
	return r != utf8.RuneError && (isOpener(r) || isCloser(r))
}
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
