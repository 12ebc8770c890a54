package sentence

import (
	"slices"
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

// newThaiRules learns the document's name pairs in one pass over its text;
// valid tells whether text is valid UTF-8.
func newThaiRules(text string, valid bool) *thaiRules {
	t := &thaiRules{}
	var seg segment
	seg.tokenize(text, 0, false, valid)
	for i := range seg.gaps {
		left, right := seg.chunks[i].text, seg.chunks[i+1].text
		if !isNamePart(left) && !isNamePart(right) {
			continue // learn only from a part that stands alone
		}
		first := leftNamePart(left)
		if first == "" {
			continue
		}
		if second := rightNamePart(right); second != "" {
			t.learn(first, second)
		}
		if isNamePart(left) {
			if surname := wholeName(right); surname != "" {
				t.learn(first, surname) // ปรีดี พนมยงค์: a long family name
			}
		}
	}
	return t
}

func (t *thaiRules) learn(first, second string) {
	if t.names == nil {
		t.names = map[string][]string{}
	}
	if slices.Contains(t.names[first], second) {
		return
	}
	t.names[first] = append(t.names[first], second)
	if !slices.Contains(t.firstLens, len(first)) {
		t.firstLens = append(t.firstLens, len(first))
	}
}

// thaiFamilyName is the most spacing letters of a chunk learned whole as
// the second part of a name (a Thai family name such as พนมยงค์).
const thaiFamilyName = 12

// wholeName returns chunk without trailing punctuation when what is left
// could be a whole name part: Thai letters only, not too long, not
// starting with a function word; otherwise "".
func wholeName(chunk string) string {
	c := strings.TrimRightFunc(chunk, unicode.IsPunct)
	if !thaiSpacingLetters(c, thaiFamilyName) || isKnownThaiWord(c) || startsWithFunctionWord(c) {
		return ""
	}
	return c
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
	ahead  []chunk
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
			left:          seg.chunks[i].text,
			right:         seg.chunks[i+1].text,
			sentenceStart: seg.chunks[first].text,
			sentenceLen:   seg.chunks[i].end - seg.chunks[first].start,
			gap:           g,
			bracketed:     inside[i],
		}
		if i+2 < len(seg.chunks) {
			tg.afterRight = seg.chunks[i+2].text
		}
		tg.ahead = seg.chunks[i+1 : min(len(seg.chunks), i+1+maxListItems+1)]
		if i > 0 {
			tg.behind = seg.chunks[i-1].text
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

// bracketedGaps marks the gaps that fall inside a matched pair of brackets
// or quotes spanning at most maxBracketSpan code points.
func bracketedGaps(seg *segment) []bool {
	inside := make([]bool, len(seg.gaps))
	type open struct {
		r         rune
		chunk, at int
	}
	var stack []open
	var depth []int // difference array over gaps, made on first need
	for ci, c := range seg.chunks {
		if !c.marked {
			continue
		}
		at := c.start
		for _, r := range c.text {
			closesQuote := r == '"' && len(stack) > 0 && stack[len(stack)-1].r == '"'
			if _, opens := closingOf(r); opens && !closesQuote {
				stack = append(stack, open{r, ci, at})
			} else if len(stack) > 0 && matches(stack[len(stack)-1].r, r) {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.chunk < ci && at-o.at <= maxBracketSpan {
					if depth == nil {
						depth = make([]int, len(seg.chunks)+1)
					}
					depth[o.chunk]++
					depth[ci]--
				}
			}
			at++
		}
	}
	if depth == nil {
		return inside
	}
	level := 0
	for i := range inside {
		level += depth[i]
		inside[i] = level > 0
	}
	return inside
}

// closingOf returns the closing mark of an opening bracket or quote.
func closingOf(r rune) (rune, bool) {
	switch r {
	case '(':
		return ')', true
	case '[':
		return ']', true
	case '{':
		return '}', true
	case '“':
		return '”', true
	case '"':
		return '"', true
	case '«':
		return '»', true
	}
	return 0, false
}

// matches reports whether r closes the bracket or quote opened by o.
func matches(o, r rune) bool {
	c, ok := closingOf(o)
	return ok && c == r
}

// isNamePart reports whether a chunk looks like one part of a personal name
// written with spaces between its parts: a short run of Thai letters that
// is no known word. Listed words, classifiers among them (500 คน), are
// never name parts.
func isNamePart(c string) bool {
	return len(c) <= maxNamePartBytes && thaiSpacingLetters(c, thaiShortName) &&
		!isKnownThaiWord(c) && !startsWithFunctionWord(c)
}

// startsWithFunctionWord reports whether c begins with a word that never
// begins a name (ในช่วง, ได้แก่, ต่อมา, ทั้งข้าว). Words of one letter in
// th_nonfinal.txt (ณ) are left out: names begin with them (ณรงค์).
func startsWithFunctionWord(c string) bool {
	return lex.thLead.prefixOf(c) || lex.thOpen.prefixOf(c) || lex.thCont.prefixOf(c) ||
		lex.thNonFinal.prefixOfAtLeast(c, 2)
}

// isKnownThaiWord reports whether c is exactly a word of one of the lists.
func isKnownThaiWord(c string) bool {
	return lex.thWords.has(c) || lex.thOpen.has(c) || lex.thCont.has(c) || lex.thNonFinal.has(c) ||
		lex.thClassifiers.has(c) || lex.thMonths.has(c) || lex.thTitles.has(c) || lex.thLead.has(c)
}

// endsWithTitledName reports whether left ends with a title and a short
// name part (นายกรัฐมนตรีเต็ง).
func endsWithTitledName(left string) bool { return titledTail(left) != "" }

// titledTail returns the name part after a title at the end of left, or "".
func titledTail(left string) string {
	if lex.thTitles.suffixOf(left) {
		return "" // the name, if any, is all after the space
	}
	return nameTail(left, lex.thTitles, thaiShortName)
}

// endsWithGluedName reports whether left ends with a word that a name may
// follow and a short name part (เมื่อออง, ทั้งออง, คือเต็ง).
func endsWithGluedName(left string) bool { return gluedTail(left) != "" }

// gluedTail returns the name part after a word such as เมื่อ at the end of
// left, or "".
func gluedTail(left string) string { return nameTail(left, lex.thNameBefore, thaiGluedName) }

// nameTail returns the end of s when s is some text ending with a word of
// before followed by an unknown part of at most limit spacing letters that
// could begin a name; otherwise "".
func nameTail(s string, before *wordList, limit int) string {
	tail, letters := len(s), 0
	for tail > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:tail])
		if !isThaiLetter(r) {
			return ""
		}
		tail -= size
		if !isThaiMark(r) {
			letters++
		}
		if letters > limit {
			return ""
		}
		head, part := s[:tail], s[tail:]
		if letters >= 2 && head != "" && syllableCut(head, part) && before.suffixOf(head) && isUnknownPart(part) {
			return part
		}
	}
	return ""
}

// startsWithName reports whether right begins with an unknown part of at
// most limit spacing letters that ends a name: the whole chunk, or a part
// followed by a word that cannot open a sentence (ซานและ…, ซานได้…,
// เส่งแห่ง…).
func startsWithName(right string, limit int) bool { return nameHead(right, limit) != "" }

// nameHead returns the name part that startsWithName finds, or "".
func nameHead(right string, limit int) string {
	if isNamePart(right) {
		return right
	}
	if startsWithFunctionWord(right) {
		return ""
	}
	head, letters := 0, 0
	for head < len(right) {
		r, size := utf8.DecodeRuneInString(right[head:])
		if !isThaiLetter(r) {
			return ""
		}
		head += size
		if !isThaiMark(r) {
			letters++
		}
		if letters > limit {
			return ""
		}
		part, rest := right[:head], right[head:]
		if letters >= 2 && rest != "" && syllableCut(part, rest) && lex.thCont.prefixOf(rest) && isUnknownPart(part) {
			return part
		}
	}
	return ""
}

// isUnknownPart reports whether part, cut from a chunk, is no known word
// and does not begin with one, as a name part would.
func isUnknownPart(part string) bool { return !isKnownThaiWord(part) && !startsWithFunctionWord(part) }

// leftNamePart returns the name part at the end of a chunk before a space:
// the whole chunk if it is a name part, or the part after a title or a
// word such as เมื่อ; otherwise "".
func leftNamePart(left string) string {
	if isNamePart(left) {
		return left
	}
	if tail := titledTail(left); tail != "" {
		return tail
	}
	return gluedTail(left)
}

// rightNamePart returns the name part at the start of a chunk after a
// space, or "".
func rightNamePart(right string) string { return nameHead(right, thaiGluedName) }

// spansKnownName reports whether the gap falls between two parts of a name
// pair learned from the document: left ends with the first part and right
// begins with the second.
func (rules *thaiRules) spansKnownName(left, right string) bool {
	for _, n := range rules.firstLens {
		if n > len(left) {
			continue
		}
		seconds, ok := rules.names[left[len(left)-n:]]
		if !ok || !syllableCut(left[:len(left)-n], left[len(left)-n:]) {
			continue
		}
		for _, second := range seconds {
			if strings.HasPrefix(right, second) && syllableCut(second, right[len(second):]) {
				return true
			}
		}
	}
	return false
}

// isListItem reports whether a chunk could be one item of an enumeration
// written with spaces: a single noun or name, Thai letters only (a comma
// or other trailing punctuation aside), not too long, no function word.
func isListItem(c string) bool {
	c = strings.TrimRightFunc(c, unicode.IsPunct)
	return thaiSpacingLetters(c, thaiListItem) && !startsWithFunctionWord(c) && !lex.thNonFinal.suffixOf(c)
}

// isEnumeration reports whether the gap lies between two items of an
// enumeration written with spaces (ฝรั่งเศส นอร์เวย์ โปรตุเกส และสเปน):
// left is an item and, after it, more items run up to a conjunction that
// closes the list. When right is already the last item (สหรัฐและอังกฤษ),
// the chunk before left must be an item too, so that three items at least
// make the list.
func isEnumeration(t thaiGap) bool {
	if !isListItem(t.left) {
		return false
	}
	switch n := itemsBeforeListEnd(t.ahead); {
	case n > 0:
		return true
	case n == 0:
		return t.behind != "" && isListItem(t.behind)
	}
	return false
}

// itemsBeforeListEnd counts the list items at the start of ahead before a
// chunk that starts with a conjunction closing the list (และสิงคโปร์), or
// before a last item that holds one (สหรัฐและอังกฤษ); -1 if there is none.
func itemsBeforeListEnd(ahead []chunk) int {
	for i, c := range ahead {
		if lex.thListEnd.prefixOf(c.text) {
			return i
		}
		if thaiSpacingLetters(strings.TrimRightFunc(c.text, unicode.IsPunct), 2*thaiListItem) && containsListEnd(c.text) {
			return i
		}
		if !isListItem(c.text) {
			return -1
		}
	}
	return -1
}

// containsListEnd reports whether a chunk holds a conjunction that closes
// an enumeration after its first letters (สหรัฐและอังกฤษ).
func containsListEnd(c string) bool {
	for i := range c {
		if i > 0 && lex.thListEnd.prefixOf(c[i:]) {
			return true
		}
	}
	return false
}

// syllableCut reports whether a cut between a and b can fall between two
// Thai syllables: b does not begin with a mark or a following vowel, and a
// does not end with a leading vowel. An empty side is always a cut.
func syllableCut(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	switch r := firstRune(b); {
	case isThaiMark(r), r == 'ะ', r == 'า', r == 'ำ', r == 'ๅ':
		return false
	}
	switch lastRune(a) {
	case 'เ', 'แ', 'โ', 'ใ', 'ไ':
		return false
	}
	return true
}

// thaiSpacingLetters reports whether c is made of Thai letters only, at
// least one and at most limit of them spacing (marks above and below a
// consonant are not counted).
func thaiSpacingLetters(c string, limit int) bool {
	n := 0
	for _, r := range c {
		if !isThaiLetter(r) {
			return false
		}
		if !isThaiMark(r) {
			if n++; n > limit {
				return false
			}
		}
	}
	return n > 0
}

// hasThaiLetter reports whether s holds a Thai consonant, vowel or mark.
func hasThaiLetter(s string) bool { return strings.IndexFunc(s, isThaiLetter) >= 0 }

// isThaiLetter reports whether r is a Thai consonant, vowel or tone mark;
// Thai digits and signs (ฯ, ๆ, ฿) are not letters.
func isThaiLetter(r rune) bool {
	return (r >= 0x0E01 && r <= 0x0E2E) || (r >= 0x0E30 && r <= 0x0E3A) ||
		(r >= 0x0E40 && r <= 0x0E4E && r != 0x0E46)
}

// isThaiMark reports whether r is a Thai vowel or tone mark written above
// or below its consonant.
func isThaiMark(r rune) bool {
	return r == 0x0E31 || (r >= 0x0E34 && r <= 0x0E3A) || (r >= 0x0E47 && r <= 0x0E4E)
}

// isDigit reports whether r is an ASCII or Thai digit.
func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '๐' && r <= '๙') }
