package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// thaiRules treat a space as a sentence boundary unless a rule keeps its
// two sides together; docs/sentences.md describes each rule with examples.
type thaiRules struct {
	// names maps the first part of a name to the parts that the document
	// writes after it with a space between (เต็ง → เส่ง), where the rules
	// recognise them, so that the same pair is kept together where both
	// parts are glued to other words (รัฐบาลเต็ง เส่งล่มสลาย).
	names map[string][]string
	// firstLens holds the distinct byte lengths of the keys of names.
	firstLens []int
}

func (*thaiRules) splitsInsideChunks() bool { return false }

// maxNamePartBytes is more bytes than a name part of thaiShortName spacing
// letters can take (each letter with two marks, three bytes apiece): a
// cheap first test, as most chunks are whole clauses.
const maxNamePartBytes = thaiShortName * 3 * 3

// thaiGluedName is the most spacing letters of a name part glued to the
// word before or after it (เมื่อออง, ซานและ): fewer than for a free-standing
// part, since the cut inside the chunk is itself a guess.
const thaiGluedName = 4

// maxListItems is the most items of an enumeration (ฝรั่งเศส นอร์เวย์ และ
// โปรตุเกส) looked at past a gap; longer lists are cut by the other rules.
const maxListItems = 8

// thaiListItem is the most spacing letters of one item of an enumeration.
const thaiListItem = 12

// thaiShortName is the most spacing letters (vowel and tone marks above or
// below a consonant not counted) that a chunk may have to be taken for a
// part of a personal name: ออง, ซาน, เต็ง, เส่ง, ปรีดี, สมร.
const thaiShortName = 5

// maxBracketSpan bounds, in code points, the quotations and parentheses
// that hold a sentence together, so that a stray or very long one cannot
// swallow a paragraph.
const maxBracketSpan = 300

// maxFronted bounds, in code points, a sentence start that is only a
// fronted adverbial (ในระหว่างนี้, เมื่อเป็นเช่นนั้น) and so cannot stand alone.
const maxFronted = 60

// thaiGap is what the rules see of one gap.
type thaiGap struct {
	left, right string
	// afterRight is the chunk after right, or "".
	afterRight string
	// behind is the chunk before left, or ""; ahead holds right and a few
	// chunks after it. Both serve to find enumerations.
	behind string
	ahead  chunkList
	// sentenceStart is the first chunk of the sentence that left ends, and
	// sentenceLen its length so far in code points.
	sentenceStart string
	sentenceLen   int
	gap           gap
	// bracketed tells whether the gap lies inside a short quotation or
	// parenthesis.
	bracketed bool
}

func (t *thaiRules) boundaries(seg *segment) {
	inside := bracketedGaps(seg)
	first := 0
	for i, g := range seg.gaps {
		tg := thaiGap{
			left:          seg.text(i),
			right:         seg.text(i + 1),
			sentenceStart: seg.text(first),
			sentenceLen:   seg.chunks[i].end - seg.chunks[first].start,
			gap:           g,
			bracketed:     inside[i],
		}
		if i+2 < len(seg.chunks) {
			tg.afterRight = seg.text(i + 2)
		}
		tg.ahead = seg.list(i+1, min(len(seg.chunks), i+1+maxListItems+1))
		if i > 0 {
			tg.behind = seg.text(i - 1)
		}
		seg.cut[i], _ = t.boundary(tg)
		if seg.cut[i] {
			first = i + 1
		}
	}
}

// boundary decides one gap and names the rule that decided, for tests and
// docs. The first rule that applies wins.
func (rules *thaiRules) boundary(t thaiGap) (bool, string) {
	left, right := t.left, t.right
	switch {
	case t.gap.newlines > 0:
		return true, "newline"
	case !t.gap.breakable:
		return false, "no-break space"
	case thaiFullStop(left, right):
		return true, "full stop"
	case t.bracketed:
		return false, "inside brackets"
	case joinsByPunctuation(left, right):
		return false, "punctuation"
	case strings.HasSuffix(left, ".") || lex.thEra.endsWithWord(left):
		return false, "abbreviation"
	case lex.thNonFinal.suffixOf(left):
		return false, "cannot close"
	case lex.thOpen.prefixOf(right):
		return true, "opener"
	case lex.thCont.prefixOf(right):
		return false, "cannot open"
	case trailingAdverbial(t.ahead):
		return false, "trailing adverbial"
	case strings.ContainsRune(")]}", lastRune(left)):
		return false, "after gloss"
	case t.sentenceLen <= maxFronted && (lex.thLead.prefixOf(t.sentenceStart) || lex.thOpen.prefixOf(t.sentenceStart)):
		return false, "fronted adverbial"
	case lex.thEra.prefixOf(right) || lex.thMonths.prefixOf(right) || lex.thMonths.suffixOf(left):
		return false, "date"
	case !hasThaiLetter(left) || !hasThaiLetter(right) || isDigit(lastRune(left)) || isDigit(firstRune(right)):
		return false, "number or foreign word"
	case isNamePart(left) || (isNamePart(right) && !isDigit(firstRune(t.afterRight))):
		return false, "name part"
	case endsWithTitledName(left) && startsWithName(right, thaiShortName),
		endsWithGluedName(left) && startsWithName(right, thaiGluedName):
		return false, "glued name part"
	case rules.spansKnownName(left, right):
		return false, "known name"
	case isEnumeration(t):
		return false, "enumeration"
	}
	return true, "space"
}

// maxTrailing bounds, in code points, a time or place adverbial that
// closes a clause before "และ" (…องค์การการค้าโลก เมื่อปี 2550 และ…).
const maxTrailing = 30

// trailingAdverbial reports whether ahead (the chunk after a gap and those
// after it) opens with a short adverbial (เมื่อ, ใน …) ending in a number
// that a coordinator (และ, หรือ) follows: the adverbial closes the clause
// before the gap, as no sentence opens with "in 2007 and".
func trailingAdverbial(ahead chunkList) bool {
	cs := ahead.chunks
	if len(cs) < 2 || !lex.thLead.prefixOf(ahead.text(0)) {
		return false
	}
	for k := 1; k < len(cs); k++ {
		if cs[k].start-cs[0].start > maxTrailing {
			return false
		}
		if lex.thCoord.prefixOf(ahead.text(k)) {
			return isDigit(lastRune(ahead.text(k - 1)))
		}
	}
	return false
}

// thaiFullStop reports whether left ends with sentence punctuation that is
// not the dot of an abbreviation (พ.ศ., ดร., U.S.).
func thaiFullStop(left, right string) bool {
	s := trimClosers(left)
	switch lastRune(s) {
	case '!', '?', '…', '๛':
		return true
	case '.':
		if strings.HasSuffix(s, "...") {
			return true
		}
		return !isThaiAbbreviation(s) && !isLatinAbbreviation(s, right)
	}
	return false
}

// isThaiAbbreviation reports whether s, ending with a dot, ends with a Thai
// abbreviation: a listed one, or a dotted part that holds another dot
// (พล.อ.) or at most two Thai letters (ดร.).
func isThaiAbbreviation(s string) bool {
	if lex.thAbbrev.endsWithWord(s) || lex.thEra.endsWithWord(s) || lex.thMonths.endsWithWord(s) || lex.thTitles.endsWithWord(s) {
		return true
	}
	body := s[:len(s)-1]
	// The dotted part starts after the last character that is neither a
	// Thai letter nor a dot.
	if start := strings.LastIndexFunc(body, func(r rune) bool { return !isThaiLetter(r) && r != '.' }); start >= 0 {
		_, size := utf8.DecodeRuneInString(body[start:])
		body = body[start+size:]
	}
	switch {
	case body == "":
		return false
	case strings.Contains(body, "."):
		return true
	}
	return utf8.RuneCountInString(body) <= 2
}

// isLatinAbbreviation applies the English abbreviation rules to a Latin
// word ending with a dot inside Thai text.
func isLatinAbbreviation(s, next string) bool {
	word := trimOpeners(s)
	if !unicode.Is(unicode.Latin, firstRune(word)) {
		return false
	}
	return isAbbreviationBefore(word, next)
}

// joinsByPunctuation reports whether punctuation at the gap binds its two
// sides: a comma, dash or opening bracket before it; a closing mark, dash,
// opening parenthesis (a gloss), repetition mark ๆ or abbreviation mark ฯ
// after it.
func joinsByPunctuation(left, right string) bool {
	if strings.ContainsRune(",;:([{–—-/&+“‘", lastRune(left)) {
		return true
	}
	return strings.ContainsRune(",;:)]}–—-/%&+”’ๆฯ(", firstRune(right))
}
