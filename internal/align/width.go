package align

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// runeWidth is the number of terminal columns a code point takes: none for
// combining marks (Thai vowels above and below, tone marks) and format
// characters, two for East Asian wide and fullwidth forms.
func runeWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r < 0x20 || r == 0x7f:
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// displayWidth is the number of columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// cell prepares text for one table cell of w columns: line breaks, tabs and
// other control characters become spaces, and text that does not fit is cut before a base
// character — never between a letter and its marks — and ends with "…".
// The result is padded with spaces to exactly w columns.
func cell(s string, w int) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	if displayWidth(s) > w {
		var b strings.Builder
		used := 0
		for _, r := range s {
			rw := runeWidth(r)
			if rw > 0 && used+rw > w-1 {
				break
			}
			b.WriteRune(r)
			used += rw
		}
		s = b.String() + "…"
	}
	return s + strings.Repeat(" ", max(0, w-displayWidth(s)))
}
