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
// byte, in one pass and without the token list, its copy and the
// code-point to byte lookups; a stretch found to hold other bytes is taken
// back and cut by the segmenter.
func segmentWords(words []word, rt *document.RuneText, prefixes []string) []word {
	text := rt.Text
	words = slices.Grow(words, len(text)/5)
	// lastEnd is the code-point end of the last token, as in splitWords.
	lastEnd := 0
	// The stretch being read starts at byte mark, code point markRi; the
	// words before it and lastEnd then were markWords and markEnd.
	mark, markRi, markWords, markEnd := 0, 0, len(words), 0
	i, ri := 0, 0 // byte and code-point offsets
	for i < len(text) {
		c := text[i]
		if asciiSpace[c] {
			i++
			ri++
			mark, markRi, markWords, markEnd = i, ri, len(words), lastEnd
			continue
		}
		if c >= utf8.RuneSelf {
			end := i
			for end < len(text) && !asciiSpace[text[end]] {
				end++
			}
			words, lastEnd = words[:markWords], markEnd
			words, lastEnd, ri = segmentStretch(words, rt, mark, end, markRi, lastEnd, prefixes)
			i = end
			continue
		}
		j, hyphens := i+1, false
		if asciiAlnum[c] {
			j, hyphens = asciiTokenEnd(text, i, len(text))
		}
		spaced := ri > lastEnd
		lastEnd = ri + j - i
		start, startRi := i, ri
		if hyphens {
			// A hyphen inside a token stands between letters or digits:
			// every piece has some.
			for k := i + 1; k < j; k++ {
				if text[k] == '-' {
					words = append(words, word{span: document.Span{startRi, ri + k - i}, b0: start, b1: k,
						punct: punctASCII[text[start]], spaced: spaced})
					spaced, start, startRi = true, k+1, ri+k+1-i
				}
			}
		}
		if len(prefixes) > 0 {
			words = appendLastPiece(words, rt, document.Span{startRi, lastEnd}, start, j, spaced, prefixes)
		} else {
			words = append(words, word{span: document.Span{startRi, lastEnd}, b0: start, b1: j,
				punct: punctASCII[text[start]], spaced: spaced})
		}
		ri = lastEnd
		i = j
	}
	return words
}

// asciiTokenEnd is wordseg's alnumRunEnd on ASCII text that ends at byte
// end, before white space or the end of the text: the end of the token of
// letters and digits starting at byte i, which may hold connectors (dot,
// comma, apostrophe, hyphen) between letters or digits and close with the
// dot of an initialism ("U.S."); hyphens reports a hyphen inside it.
func asciiTokenEnd(text string, i, end int) (j int, hyphens bool) {
	initialism := true // every part between dots is one letter so far: "U.S"
	dots := 0
	for {
		// A part: letters and digits, one at least.
		p := i
		for i < end && asciiAlnum[text[i]] {
			i++
		}
		if i-p > 1 || text[p] <= '9' {
			initialism = false
		}
		if i >= end || !asciiConnector(text[i]) {
			return i, hyphens
		}
		c := text[i]
		if i+1 < end && asciiAlnum[text[i+1]] {
			if c == '.' {
				dots++
			} else {
				initialism = false
			}
			hyphens = hyphens || c == '-'
			i++
			continue
		}
		if c == '.' && dots > 0 && initialism {
			return i + 1, hyphens // closing dot of an initialism: "U.S."
		}
		return i, hyphens
	}
}

// asciiConnector reports whether c joins two runs of letters and digits
// into one token.
func asciiConnector(c byte) bool {
	return c == '.' || c == ',' || c == '\'' || c == '-'
}

// segmentStretch appends the words of the stretch of bytes [i, end),
// which starts at code point ri, from the fallback segmenter's tokens;
// lastEnd is as in segmentWords. It returns the words, lastEnd and the
// code point where the stretch ends.
func segmentStretch(words []word, rt *document.RuneText, i, end, ri, lastEnd int, prefixes []string) ([]word, int, int) {
	stretch := rt.Text[i:end]
	for _, t := range fallbackSegmenter().Tokens(stretch) {
		tok := document.Span{ri + t[0], ri + t[1]}
		b0, b1 := rt.ByteOffset(tok[0]), rt.ByteOffset(tok[1])
		words = appendTokenWords(words, rt, tok, b0, b1, tok[0] > lastEnd, prefixes)
		lastEnd = tok[1]
	}
	return words, lastEnd, ri + utf8.RuneCountInString(stretch)
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
