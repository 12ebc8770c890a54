package event

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// segmentWords appends the words of the whole text, exactly as splitWords
// of the fallback segmenter's tokens would. Tokens never cross white
// space, so the text is read in stretches between ASCII white space: one
// of ASCII alone, nearly all of an English text, is cut here, byte by
// byte, without the token list, its copy and the code-point to byte
// lookups; any other goes through the segmenter.
func segmentWords(words []word, rt *document.RuneText, prefixes []string) []word {
	text := rt.Text
	words = slices.Grow(words, len(text)/5)
	s := stretchSplitter{words: words, rt: rt, prefixes: prefixes}
	i, ri := 0, 0 // byte and code-point offsets
	for i < len(text) {
		if asciiSpace[text[i]] {
			i++
			ri++
			continue
		}
		j, ascii := i, true
		for ; j < len(text) && !asciiSpace[text[j]]; j++ {
			if text[j] >= utf8.RuneSelf {
				ascii = false
			}
		}
		if ascii {
			s.ascii(i, j, ri)
			ri += j - i
		} else {
			ri = s.segmented(i, j, ri)
		}
		i = j
	}
	return s.words
}

// stretchSplitter is the state of segmentWords.
type stretchSplitter struct {
	words    []word
	rt       *document.RuneText
	prefixes []string
	// lastEnd is the code-point end of the last token, as in splitWords.
	lastEnd int
}

// ascii appends the words of the ASCII stretch of bytes [i, end), which
// starts at code point ri: wordseg's tokens, a run of letters and digits
// with inner connectors or one other byte, cut at hyphens as splitWords
// cuts them.
func (s *stretchSplitter) ascii(i, end, ri int) {
	text := s.rt.Text
	for i < end {
		j, hyphens := i+1, false
		if asciiAlnum[text[i]] {
			j, hyphens = asciiTokenEnd(text, i, end)
		}
		tok := document.Span{ri, ri + j - i}
		spaced := tok[0] > s.lastEnd
		s.lastEnd = tok[1]
		start := i
		if hyphens {
			// A hyphen inside a token stands between letters or digits:
			// every piece has some.
			for k := i + 1; k < j; k++ {
				if text[k] == '-' {
					s.words = appendWord(s.words, s.rt, document.Span{ri + start - i, ri + k - i}, start, k, spaced)
					spaced, start = true, k+1
				}
			}
		}
		s.words = appendLastPiece(s.words, s.rt, document.Span{ri + start - i, tok[1]}, start, j, spaced, s.prefixes)
		ri += j - i
		i = j
	}
}

// asciiTokenEnd is wordseg's alnumRunEnd on ASCII text that ends at byte
// end, before white space or the end of the text: the end of the token of
// letters and digits starting at byte i, which may hold connectors (dot,
// comma, apostrophe, hyphen) between letters or digits and close with the
// dot of an initialism ("U.S."); hyphens reports a hyphen inside it.
func asciiTokenEnd(text string, i, end int) (j int, hyphens bool) {
	initialism := true // every part between dots is one letter so far
	partLen, dots := 0, 0
	for i < end {
		c := text[i]
		if asciiAlnum[c] {
			partLen++
			if partLen > 1 || c <= '9' {
				initialism = false
			}
			i++
			continue
		}
		if partLen == 0 || !asciiConnector(c) {
			return i, hyphens
		}
		if i+1 < end && asciiAlnum[text[i+1]] {
			if c == '.' {
				dots++
			} else {
				initialism = false
			}
			hyphens = hyphens || c == '-'
			partLen = 0
			i++
			continue
		}
		if c == '.' && dots > 0 && initialism {
			return i + 1, hyphens
		}
		return i, hyphens
	}
	return i, hyphens
}

// asciiConnector reports whether c joins two runs of letters and digits
// into one token.
func asciiConnector(c byte) bool {
	return c == '.' || c == ',' || c == '\'' || c == '-'
}

// segmented appends the words of the stretch of bytes [i, end), which
// starts at code point ri, from the fallback segmenter's tokens; it
// returns the code point where the stretch ends.
func (s *stretchSplitter) segmented(i, end, ri int) int {
	stretch := s.rt.Text[i:end]
	for _, t := range fallbackSegmenter().Tokens(stretch) {
		tok := document.Span{ri + t[0], ri + t[1]}
		b0, b1 := s.rt.ByteOffset(tok[0]), s.rt.ByteOffset(tok[1])
		s.words = appendTokenWords(s.words, s.rt, tok, b0, b1, tok[0] > s.lastEnd, s.prefixes)
		s.lastEnd = tok[1]
	}
	return ri + utf8.RuneCountInString(stretch)
}

// asciiSpace marks the ASCII white space bytes, those the segmenter
// never puts in a token; asciiAlnum the ASCII letters and digits.
var asciiSpace, asciiAlnum = func() (space, alnum [256]bool) {
	for c := range utf8.RuneSelf {
		space[c] = unicode.IsSpace(rune(c))
		alnum[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return space, alnum
}()
