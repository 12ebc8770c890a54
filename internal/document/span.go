package document

import (
	"math/bits"
	"unicode/utf8"
)

// Span is a half-open interval [start, end) of Unicode code points.
type Span [2]int

// Start is the first code point of the span.
func (s Span) Start() int { return s[0] }

// End is one past the last code point of the span.
func (s Span) End() int { return s[1] }

// Len is the number of code points in the span.
func (s Span) Len() int { return s[1] - s[0] }

// Valid reports whether the span is ordered and lies within [0, n].
func (s Span) Valid(n int) bool { return 0 <= s[0] && s[0] <= s[1] && s[1] <= n }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s[0] < o[1] && o[0] < s[1] }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s[0] <= o[0] && o[1] <= s[1] }

// RuneText is a text with an index from code-point offsets to byte offsets,
// built once per document so that spans convert in O(1).
type RuneText struct {
	Text string
	// byteAt[i] is the byte offset of code point i; byteAt[len] = len(Text).
	byteAt []int32
}

// NewRuneText indexes text. Invalid UTF-8 bytes count as one code point each,
// as they do when Go ranges over a string.
func NewRuneText(text string) *RuneText {
	if utf8.ValidString(text) {
		return &RuneText{Text: text, byteAt: validRuneStarts(text)}
	}
	idx := make([]int32, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		idx = append(idx, int32(i))
	}
	idx = append(idx, int32(len(text)))
	return &RuneText{Text: text, byteAt: idx}
}

// validRuneStarts indexes valid UTF-8, where every byte but a continuation
// byte starts a code point: counting and indexing need no decoding, which
// matters for Thai, three bytes a letter. Both passes take eight bytes at
// a time where they can, which matters for English, one byte a letter.
func validRuneStarts(text string) []int32 {
	n := len(text)
	i := 0
	for ; i+8 <= len(text); i += 8 {
		n -= bits.OnesCount64(continuationBytes(load8(text, i)))
	}
	for ; i < len(text); i++ {
		if text[i]&0xC0 == 0x80 {
			n--
		}
	}
	idx := make([]int32, n+1)
	k := 0
	for i = 0; i+8 <= len(text); i += 8 {
		if load8(text, i)&highBits == 0 {
			// Eight ASCII bytes: eight code points in a row, written
			// through one slice so that one bounds check serves them all.
			at, run := int32(i), idx[k:k+8]
			run[0], run[1], run[2], run[3] = at, at+1, at+2, at+3
			run[4], run[5], run[6], run[7] = at+4, at+5, at+6, at+7
			k += 8
			continue
		}
		for j := i; j < i+8; j++ {
			if text[j]&0xC0 != 0x80 {
				idx[k] = int32(j)
				k++
			}
		}
	}
	for ; i < len(text); i++ {
		if text[i]&0xC0 != 0x80 {
			idx[k] = int32(i)
			k++
		}
	}
	idx[n] = int32(len(text))
	return idx
}

// highBits has the top bit of each of eight bytes.
const highBits = 0x8080808080808080

// continuationBytes has the top bit set in each byte of x that is a UTF-8
// continuation byte (10xxxxxx): shifted left by one, a byte's bit 6 meets
// its own bit 7, and no bit crosses into the byte above's top bit.
func continuationBytes(x uint64) uint64 {
	return x &^ (x << 1) & highBits
}

// load8 reads eight bytes of s from i as a little-endian word; the
// compiler turns this into a single load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Runes returns the code points of the text, as []rune(t.Text) does. It
// decodes in one pass with AppendRunes, into a slice of the size the index
// already knows.
func (t *RuneText) Runes() []rune {
	rs, _ := AppendRunes(make([]rune, 0, t.Len()), t.Text)
	return rs
}

// Len is the number of code points.
func (t *RuneText) Len() int { return len(t.byteAt) - 1 }

// ByteOffset converts a code-point offset to a byte offset.
func (t *RuneText) ByteOffset(runeOffset int) int { return int(t.byteAt[runeOffset]) }

// RuneOffset converts a byte offset that falls on a code-point boundary to a
// code-point offset, by binary search.
func (t *RuneText) RuneOffset(byteOffset int) int {
	lo, hi := 0, len(t.byteAt)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if int(t.byteAt[mid]) < byteOffset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Slice returns the text of a span.
func (t *RuneText) Slice(s Span) string {
	return t.Text[t.byteAt[s[0]]:t.byteAt[s[1]]]
}

// SpanOfBytes converts a byte range to a code-point span.
func (t *RuneText) SpanOfBytes(start, end int) Span {
	return Span{t.RuneOffset(start), t.RuneOffset(end)}
}
