package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedWindowBytes bounds how far after a space a repeated heading block may
// end (about 300 Thai code points), which keeps the search linear.
const gluedWindowBytes = 900

// maxGluedRun bounds the number of headings in one run.
const maxGluedRun = 8

// maxGluedTries bounds the candidate alignments tried at one space, and
// maxGluedEnds the sentence ends looked at, so that adversarial input
// ("a. a. a. …") stays cheap.
const (
	maxGluedTries = 64
	maxGluedEnds  = 32
)

// gluedHeading is one heading of a run, as byte ranges into the text.
type gluedHeading struct {
	title    string
	glued    [2]int
	repeated [2]int
}

// findGluedHeadings finds runs of the form
//
//	…previous textH1H2…Hn H1. H2. … Hn. body
//
// where the glued block (no separator before it) equals the concatenation
// of the headings that follow, each repeated with a trailing ". ". Each
// space is a candidate boundary between the two copies; for every sentence
// end within the window after it and every possible number of headings, the
// length of the glued block is fixed, so only a few alignments are checked.
// Runs do not start before notBefore.
func findGluedHeadings(text string, notBefore int) [][]gluedHeading {
	var runs [][]gluedHeading
	var ends []int // sentence-end dots after the current space, in order
	scanned := 0   // ends holds every dot end before scanned
	for s := 1; s+1 < len(text); s++ {
		if text[s] != ' ' || text[s-1] == ' ' || text[s+1] == ' ' || s <= notBefore {
			continue
		}
		for len(ends) > 0 && ends[0] <= s {
			ends = ends[1:]
		}
		if scanned < s+1 {
			scanned = s + 1
		}
		windowEnd := min(len(text), s+1+gluedWindowBytes)
		for scanned < windowEnd {
			i := strings.IndexByte(text[scanned:windowEnd], '.')
			if i < 0 {
				scanned = windowEnd
				break
			}
			dot := scanned + i
			scanned = dot + 1
			if isHeadingEnd(text, dot) {
				ends = append(ends, dot)
			}
		}
		if len(ends) == 0 || ends[0] >= windowEnd {
			continue
		}
		if run := matchGluedRun(text, s, ends, windowEnd, notBefore); run != nil {
			runs = append(runs, run)
			last := run[len(run)-1].repeated[1]
			notBefore = last + 1
			s = last
		}
	}
	return runs
}

// isHeadingEnd reports a '.' followed by a space, a line break or the end.
func isHeadingEnd(text string, dot int) bool {
	return dot+1 == len(text) || text[dot+1] == ' ' || text[dot+1] == '\n' || text[dot+1] == '\r'
}

// matchGluedRun tries the run whose repeated copy starts after the space at
// s. The longest match wins.
func matchGluedRun(text string, s int, ends []int, windowEnd, notBefore int) []gluedHeading {
	tries := 0
	for e := min(len(ends), maxGluedEnds) - 1; e >= 0; e-- {
		end := ends[e]
		if end >= windowEnd {
			continue
		}
		// The glued block and the last repeated heading end with the same byte.
		if text[s-1] != text[end-1] {
			continue
		}
		// n headings have n-1 inner ". " separators, one of the dots before end.
		for n := 1; n <= min(e+1, maxGluedRun); n++ {
			if tries++; tries > maxGluedTries {
				return nil
			}
			gluedLen := end - (s + 1) - 2*(n-1)
			g0 := s - gluedLen
			if gluedLen <= 0 || g0 <= notBefore || g0 <= 0 {
				continue
			}
			if run := alignGluedRun(text, g0, s, end); len(run) == n {
				return run
			}
		}
	}
	return nil
}

// alignGluedRun walks the glued block text[g0:s] against the repeated block
// text[s+1:end]; the repeated block may have ". " where the glued one goes
// straight on to the next heading. It returns the headings, or nil.
func alignGluedRun(text string, g0, s, end int) []gluedHeading {
	if !utf8.RuneStart(text[g0]) || text[g0] != text[s+1] {
		return nil
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:g0]); unicode.IsSpace(prev) {
		return nil // not glued to the previous text
	}
	var run []gluedHeading
	g, r := g0, s+1
	headStart, repStart := g0, r
	for g < s {
		switch {
		case text[g] == text[r] && text[g] != '\n':
			g++
			r++
		case r+1 < end && text[r] == '.' && text[r+1] == ' ' && g > headStart:
			run = append(run, gluedHeading{glued: [2]int{headStart, g}, repeated: [2]int{repStart, r}})
			r += 2
			headStart, repStart = g, r
		default:
			return nil
		}
		if r > end {
			return nil
		}
	}
	if r != end {
		return nil
	}
	run = append(run, gluedHeading{glued: [2]int{headStart, s}, repeated: [2]int{repStart, end}})
	for i := range run {
		h := &run[i]
		h.title = text[h.repeated[0]:h.repeated[1]]
		if !plausibleHeading(h.title) {
			return nil
		}
	}
	return run
}

// plausibleHeading rejects copies that cannot start or end a heading: a
// combining mark or lowercase letter first (which would make "bathe the."
// a heading), or a space at either end.
func plausibleHeading(h string) bool {
	first, _ := utf8.DecodeRuneInString(h)
	last, _ := utf8.DecodeLastRuneInString(h)
	if first == utf8.RuneError || unicode.IsSpace(first) || unicode.IsSpace(last) {
		return false
	}
	if unicode.IsLower(first) || unicode.Is(unicode.M, first) {
		return false
	}
	return unicode.IsLetter(first) || unicode.IsDigit(first)
}
