package timex

import (
	"unicode"
	"unicode/utf8"
)

// builtin is a token test written #name in rules.
type builtin uint8

const (
	bNum      builtin = iota // plain integer
	bDay                     // 1-31, one or two digits
	bMonth2                  // 1-12, one or two digits
	bYNum                    // 1-4 digits: a year after an era marker
	bY4                      // four digits, 1000-2999
	bCEYear                  // four digits, 1000-2100: a bare Gregorian year
	bBEYear                  // four digits, 2400-2700: a bare Buddhist Era year
	bYY                      // exactly two digits: 93 in 1992-93
	bOrd                     // ordinal number: 12th
	bDayOrd                  // ordinal 1st-31st
	bDecade                  // 1980s, 1980's
	bDecade2                 // 80s (after an apostrophe)
	bClock                   // 10:30
	bClockDot                // 10:30 or 10.30
	bCount                   // a count: up to three digits, or number words (several tokens)
	bCap                     // a Latin word starting with a capital
	bWord                    // any Latin word
	numBuiltins
)

var builtinNames = map[string]builtin{
	"num": bNum, "day": bDay, "month2": bMonth2, "ynum": bYNum, "y4": bY4, "ceyear": bCEYear,
	"beyear": bBEYear, "yy": bYY, "ord": bOrd, "dayord": bDayOrd, "decade": bDecade,
	"decade2": bDecade2, "clock": bClock, "clockdot": bClockDot, "count": bCount, "cap": bCap, "word": bWord,
}

// numWordClass is the lexicon class whose members build counts (#count).
const numWordClass = "numword"

// builtinsOf computes the builtin tests a token passes, once per token.
func builtinsOf(t *token, rs []rune) uint32 {
	// Most tokens are words or other text without lexicon entries: answer
	// them before the general case.
	if t.entries == nil {
		switch t.kind {
		case tkWord:
			if isCapital(rs[t.start]) {
				return 1<<bWord | 1<<bCap
			}
			return 1 << bWord
		case tkThai, tkOther, tkPunct:
			return 0
		}
	}
	var b uint32
	set := func(x builtin) { b |= 1 << x }
	switch t.kind {
	case tkNum:
		if t.glued {
			break
		}
		n, nd := t.num, t.ndigits
		set(bNum)
		if nd <= 2 && n >= 1 && n <= 31 {
			set(bDay)
		}
		if nd <= 2 && n >= 1 && n <= 12 {
			set(bMonth2)
		}
		if nd <= 4 && n >= 1 {
			set(bYNum)
		}
		if nd == 4 && n >= 1000 && n <= 2999 {
			set(bY4)
		}
		if nd == 4 && n >= 1000 && n <= 2100 {
			set(bCEYear)
		}
		if nd == 4 && n >= 2400 && n <= 2700 {
			set(bBEYear)
		}
		if nd == 2 {
			set(bYY)
		}
		if nd <= 3 && n >= 1 { // four digits are more likely a year than a count
			set(bCount)
		}
	case tkOrd:
		set(bOrd)
		if t.num >= 1 && t.num <= 31 {
			set(bDayOrd)
		}
	case tkDecade:
		if t.ndigits == 4 {
			set(bDecade)
		} else {
			set(bDecade2)
		}
	case tkWord:
		set(bWord)
		if isCapital(rs[t.start]) {
			set(bCap)
		}
	}
	if t.entries != nil && t.entries.numWord {
		set(bCount)
	}
	if t.clock >= 0 && (t.kind == tkBigNum) {
		set(bClockDot)
		if t.clockColon {
			set(bClock)
		}
	}
	return b
}

// isCapital is unicode.IsUpper with ASCII first.
func isCapital(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}
