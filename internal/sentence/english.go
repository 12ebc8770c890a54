package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// englishRules end a sentence after . ! ? (and closing quotes or brackets)
// before a word that can open one, except after abbreviations, initials and
// ellipses inside quotes, and at newlines that end a paragraph.
type englishRules struct{}

func (englishRules) splitsInsideChunks() bool { return false }

func (englishRules) boundaries(seg *segment) {
	var q quoteState
	for i, g := range seg.gaps {
		left := seg.text(i)
		if seg.chunks[i].marked {
			q.scan(left)
		}
		if g.newlines == 0 && !mayEndSentence(left[len(left)-1]) {
			// The common case, as englishBoundary decides it, without
			// the call: a word ends and the sentence goes on.
			seg.cut[i] = false
			continue
		}
		seg.cut[i] = englishBoundary(left, seg.text(i+1), g, q.inside())
	}
}

// englishBoundary decides one gap; insideQuote tells whether a quotation
// opened before the gap is still open.
func englishBoundary(left, right string, g gap, insideQuote bool) bool {
	switch {
	case g.newlines >= 2:
		return true
	case !g.breakable:
		return false
	case g.newlines == 0 && !mayEndSentence(left[len(left)-1]):
		return false // the common case: a word ends, the sentence goes on
	}
	stop, token := sentenceStop(left)
	if stop == stopNone {
		// A single newline inside a paragraph is a wrapped line, unless a
		// list item starts on the next line.
		return g.newlines == 1 && startsListItem(right)
	}
	if !canOpenSentence(right) {
		return false
	}
	switch stop {
	case stopEllipsis:
		return !insideQuote
	case stopPeriod:
		return !isAbbreviationBefore(token, right)
	}
	return true
}

// mayEndSentence reports whether a chunk whose last byte is b may end with
// sentence punctuation: . ! ? an ASCII closer, or any multi-byte character.
func mayEndSentence(b byte) bool { return sentenceEndBytes[b] }

// sentenceEndBytes is mayEndSentence as a table: it is asked at every gap.
var sentenceEndBytes = func() (t [256]bool) {
	for b := range t {
		t[b] = b >= utf8.RuneSelf || strings.IndexByte(".!?\"')]}", byte(b)) >= 0
	}
	return t
}()

// stop kinds found at the end of a chunk.
type stopKind int

const (
	stopNone stopKind = iota
	stopPeriod
	stopEllipsis
	stopOther // ! ? and their kin
)

// sentenceStop reports how chunk ends, looking through closing quotes and
// brackets, and returns the word that carries a final period (without
// opening quotes or brackets) for the abbreviation check.
func sentenceStop(chunk string) (stopKind, string) {
	s := trimClosers(chunk)
	switch {
	case strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…"):
		return stopEllipsis, ""
	case strings.HasSuffix(s, "."):
		return stopPeriod, trimOpeners(s)
	}
	switch lastRune(s) {
	case '!', '?', '‼', '⁇', '⁈', '⁉':
		return stopOther, ""
	}
	return stopNone, ""
}

// canOpenSentence reports whether a chunk may begin a sentence: its first
// letter (after opening quotes and brackets) is a capital, a digit, or a
// letter of a script without case.
func canOpenSentence(chunk string) bool {
	r := firstRune(trimOpeners(chunk))
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) ||
		(unicode.IsLetter(r) && !unicode.IsLower(r))
}

// isAbbreviationBefore reports whether the period ending word belongs to an
// abbreviation, given the chunk that follows.
func isAbbreviationBefore(word, next string) bool {
	kind, ok := lex.enAbbrev[word]
	if !ok {
		kind, ok = lex.enAbbrev[lowerFirst(word)]
	}
	switch {
	case ok && kind == abbrevNever:
		return true
	case ok && kind == abbrevNumber:
		return unicode.IsDigit(firstRune(next))
	case ok && kind == abbrevFinal, isInitial(word), isDottedAcronym(word):
		return !startsWithStarter(next)
	}
	return false
}

// lowerFirst lowers the first letter, so "E.g." finds "e.g.".
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// isInitial reports whether word is one capital letter and a period ("J.").
func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && word[size:] == "."
}

// isDottedAcronym reports whether word is letters each group followed by a
// period, at least two groups of at most three letters: "U.S.", "a.m.",
// "Ph.D.".
func isDottedAcronym(word string) bool {
	groups, run := 0, 0
	for _, r := range word {
		switch {
		case r == '.':
			if run == 0 || run > 3 {
				return false
			}
			groups, run = groups+1, 0
		case unicode.IsLetter(r):
			run++
		default:
			return false
		}
	}
	return run == 0 && groups >= 2
}

// startsWithStarter reports whether chunk begins with a word that usually
// opens a sentence ("The", "However,").
func startsWithStarter(chunk string) bool {
	s := trimOpeners(chunk)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end >= 0 {
		s = s[:end]
	}
	return lex.enStarters.has(s)
}

// startsListItem reports whether a line starting with chunk is a list
// item: "-", "*", "•", or a number followed by "." or ")".
func startsListItem(chunk string) bool {
	switch chunk {
	case "-", "*", "•", "–", "—":
		return true
	}
	digits := strings.IndexFunc(chunk, func(r rune) bool { return r < '0' || r > '9' })
	return digits > 0 && digits == len(chunk)-1 && (chunk[digits] == '.' || chunk[digits] == ')')
}

// quoteState follows straight and curly double quotes through a segment.
type quoteState struct {
	straightOpen bool
	curlyDepth   int
}

func (q *quoteState) scan(chunk string) {
	for _, r := range chunk {
		switch r {
		case '"':
			q.straightOpen = !q.straightOpen
		case '“':
			q.curlyDepth++
		case '”':
			if q.curlyDepth > 0 {
				q.curlyDepth--
			}
		}
	}
}

func (q *quoteState) inside() bool { return q.straightOpen || q.curlyDepth > 0 }
