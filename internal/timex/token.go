package timex

import (
	"chronicle/internal/document"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokKind is the shape of a token.
type tokKind uint8

const (
	tkWord   tokKind = iota // Latin (or other non-Thai) letters
	tkThai                  // a Thai lexicon word
	tkOther                 // Thai text that is no lexicon word
	tkNum                   // a plain run of digits
	tkBigNum                // grouped or decimal number: 150,000  1.4  10.30
	tkOrd                   // ordinal: 17th
	tkDecade                // decade: 1980s, 80s, 1980's
	tkPunct                 // one punctuation or symbol rune
)

// token is one unit the rules match against. Offsets are code points.
// Fields are ordered by size to keep the struct small: a text has many.
type token struct {
	start, end int
	entries    *entrySet // nil when the token has no lexicon entries
	// num, ndigits and clock are 32 bits wide, which keeps the token to 48
	// bytes: numbers keep at most 9 digits, clock is at most 2460.
	num        int32 // value of number tokens
	ndigits    int32 // digits before any separator
	clock      int32 // hour*100+minute when the number reads as a time, else -1
	builtins   uint32
	kind       tokKind
	glued      bool // digits touching Latin letters (F16, 10km): never a date part
	clockColon bool // the clock separator was ':'
	space      bool // whitespace before the token
	newline    bool // a line break before the token
}

func isThaiDigit(r rune) bool { return r >= '๐' && r <= '๙' }

func isDigit(r rune) bool { return (r >= '0' && r <= '9') || isThaiDigit(r) }

func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	return int(r - '๐')
}

// isThaiLetter reports Thai script that is not a digit.
func isThaiLetter(r rune) bool { return r >= 0x0E01 && r <= 0x0E7F && !isThaiDigit(r) }

// isThaiDependent reports vowel signs and marks that continue a syllable: a
// word cannot end right before one.
func isThaiDependent(r rune) bool {
	return (r >= 0x0E30 && r <= 0x0E3A) || r == 0x0E45 || (r >= 0x0E47 && r <= 0x0E4E)
}

// isThaiLeading reports the vowels written before their consonant: a word
// cannot start right after one.
func isThaiLeading(r rune) bool { return r >= 0x0E40 && r <= 0x0E44 }

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf { // ASCII first: most letters, no table lookup
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return isOtherLetter(r)
}

// isOtherLetter is isLatinLetter beyond ASCII, kept apart so that the ASCII
// test inlines.
func isOtherLetter(r rune) bool {
	return r < 0x0E00 && unicode.IsLetter(r) || (r > 0x0E7F && unicode.IsLetter(r))
}

// isSpace is unicode.IsSpace, skipping the table lookup for Thai, which has
// no space characters.
func isSpace(r rune) bool {
	return !(r >= 0x0E00 && r <= 0x0E7F) && unicode.IsSpace(r)
}

// runeClass is what a rune starts in the tokenizer.
type runeClass uint8

const (
	rcOther   runeClass = iota // punctuation and symbols: one token each
	rcNewline                  // a line break
	rcSpace                    // other white space
	rcDigit
	rcThai  // a Thai letter
	rcLatin // a letter of another script
)

func classify(r rune) runeClass {
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		return rcNewline
	case isSpace(r) || r == '\u200b':
		return rcSpace
	case isDigit(r):
		return rcDigit
	case isThaiLetter(r):
		return rcThai
	case isLatinLetter(r):
		return rcLatin
	}
	return rcOther
}

// asciiClasses and thaiClasses hold classify of the ASCII runes and of the
// Thai block, nearly all of a Thai or English text.
var asciiClasses, thaiClasses = func() (a [utf8.RuneSelf]runeClass, t [0x80]runeClass) {
	for r := range rune(utf8.RuneSelf) {
		a[r] = classify(r)
	}
	for r := range rune(0x80) {
		t[r] = classify(0x0E00 + r)
	}
	return a, t
}()

func classOf(r rune) runeClass {
	if uint32(r) < utf8.RuneSelf {
		return asciiClasses[r]
	}
	if uint32(r-0x0E00) < 0x80 {
		return thaiClasses[r-0x0E00]
	}
	return classify(r)
}

// appendRunes appends the code points of s to dst, as a range loop would
// read them.
func appendRunes(dst []rune, s string) []rune {
	dst, _ = document.AppendRunes(dst, s)
	return dst
}

// tokenizer splits text into tokens, keeping code-point offsets.
type tokenizer struct {
	lex   *lexicon
	runes []rune
	toks  []token
	buf   []byte
}

// scratch holds the buffers of one tagging call, reused through a pool so
// that tagging many documents does not churn the garbage collector.
type scratch struct {
	runes []rune
	toks  []token
	buf   []byte
	rules []uint64 // ruleBits of engine.scan
	cands []candidate
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// tokenize splits text. It is linear in the length of the text.
// runes, when not nil, are the code points of text; they are only read,
// and never kept in sc, which goes back to a shared pool.
func tokenize(lex *lexicon, text string, runes []rune, sc *scratch) []token {
	t := tokenizer{lex: lex, buf: sc.buf}
	if runes != nil {
		t.runes = runes
	} else {
		t.runes = appendRunes(sc.runes[:0], text)
		sc.runes = t.runes
	}
	t.toks = sc.toks[:0]
	t.run()
	sc.toks, sc.buf = t.toks, t.buf
	for i := range t.toks {
		if tok := &t.toks[i]; tok.kind != tkWord {
			tok.builtins = builtinsOf(tok, t.runes)
		}
	}
	return t.toks
}

func (t *tokenizer) run() {
	rs := t.runes
	// space and newline say what lies before the next token. They and
	// otherStart stay plain locals (no closure, no pointers) so that the
	// loop keeps them in registers.
	space, newline := false, false
	otherStart := -1 // start of a run of Thai text that is no lexicon word
	for i := 0; i < len(rs); {
		r := rs[i]
		var class runeClass
		if r < utf8.RuneSelf {
			class = asciiClasses[r]
		} else {
			class = classOf(r)
		}
		if otherStart >= 0 && class != rcThai {
			t.emit(token{start: otherStart, end: i, kind: tkOther}, space, newline)
			space, newline, otherStart = false, false, -1
		}
		switch class {
		case rcNewline:
			newline, space = true, true
			i++
		case rcSpace:
			space = true
			i++
		case rcDigit:
			i = t.number(i, space, newline)
			space, newline = false, false
		case rcThai:
			if end, es := t.thaiWord(i); end > i {
				if otherStart >= 0 {
					t.emit(token{start: otherStart, end: i, kind: tkOther}, space, newline)
					space, newline, otherStart = false, false, -1
				}
				t.emit(token{start: i, end: end, kind: tkThai, entries: es}, space, newline)
				space, newline = false, false
				i = end
				continue
			}
			if otherStart < 0 {
				otherStart = i
			}
			i++
			// Thai runs on without spaces: step over the letters that
			// start no form in one tight loop.
			for i < len(rs) && t.lex.startsNoThaiForm(rs[i]) {
				i++
			}
		case rcLatin:
			j, es := t.latinWord(i)
			// The builtins of a word are set here, where they are
			// cheapest: tokenize fills in those of the other tokens.
			b := uint32(1 << bWord)
			if isCapital(r) {
				b |= 1 << bCap
			}
			if es != nil && es.numWord {
				b |= 1 << bCount
			}
			t.emit(token{start: i, end: j, kind: tkWord, entries: es, builtins: b}, space, newline)
			space, newline = false, false
			i = j
		default:
			// A non-Thai form may start with punctuation ('80s is handled
			// by number()); single runes are looked up whole.
			t.emit(token{start: i, end: i + 1, kind: tkPunct, entries: t.punctEntries(r)}, space, newline)
			space, newline = false, false
			i++
		}
	}
	if otherStart >= 0 {
		t.emit(token{start: otherStart, end: len(rs), kind: tkOther}, space, newline)
	}
}

// punctEntries returns the lexicon entries of a punctuation or symbol rune
// read as a token of its own; those of ASCII come from a table.
func (t *tokenizer) punctEntries(r rune) *entrySet {
	if r < utf8.RuneSelf {
		return t.lex.asciiPunct[r]
	}
	word := []rune{r}
	t.buf = lowerKey(word, t.buf)
	return t.lex.lookupKey(t.buf, caseShapeOf(word))
}

// latinWord reads the letters from i and returns the index after them and
// their lexicon entries. It builds the lexicon key and the case shape in
// the same pass, as this is the commonest token of English text.
func (t *tokenizer) latinWord(i int) (int, *entrySet) {
	if j, es, ok := t.asciiWord(i); ok {
		return j, es
	}
	return t.anyLatinWord(i)
}

// anyLatinWord is latinWord for words with letters beyond ASCII: it writes
// out the lower-case key and looks it up.
func (t *tokenizer) anyLatinWord(i int) (int, *entrySet) {
	rs := t.runes
	buf := t.buf[:0]
	lower := false
	j := i
	for ; j < len(rs); j++ {
		r := rs[j]
		switch {
		case 'a' <= r && r <= 'z':
			buf = append(buf, byte(r))
			lower = true
		case 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r >= utf8.RuneSelf && isOtherLetter(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			lower = lower || unicode.IsLower(r)
		default:
			t.buf = buf
			return j, t.lex.lookupKey(buf, wordShape(rs[i], lower))
		}
	}
	t.buf = buf
	return j, t.lex.lookupKey(buf, wordShape(rs[i], lower))
}

// asciiWord is latinWord for a word of ASCII letters, nearly every word of
// English text: it hashes the lexicon key as it reads the letters, and
// compares it with the runes, without writing it out. It reports false,
// having done nothing, when a letter beyond ASCII follows.
func (t *tokenizer) asciiWord(i int) (int, *entrySet, bool) {
	rs := t.runes
	j, h := hashLetters(rs, i)
	if j < len(rs) && rs[j] >= utf8.RuneSelf && isOtherLetter(rs[j]) {
		return i, nil, false
	}
	first := rs[i] | 0x20
	if !t.lex.wordShapes[first][min(j-i, maxShapeLen)] {
		return j, nil, true
	}
	shape := caseShape(caseNoLower)
	if rs[i] != first {
		shape |= caseUpperFirst
	}
	for _, r := range rs[i:j] {
		if r >= 'a' {
			shape &^= caseNoLower
			break
		}
	}
	return j, t.lex.table.lookupRunes(h, rs[i:j], shape), true
}

// hashLetters reads the ASCII letters of rs from i and returns the index
// after them and the keyHash of their lower case. It calls nothing, so that
// the loop keeps everything in registers.
func hashLetters(rs []rune, i int) (int, uint32) {
	h := uint32(fnvOffset)
	for k, r := range rs[i:] {
		c := r | 0x20 // the lower case of an ASCII letter
		if uint32(c-'a') >= 26 {
			return i + k, h
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	return len(rs), h
}

func wordShape(first rune, lower bool) caseShape {
	var s caseShape
	if unicode.IsUpper(first) {
		s |= caseUpperFirst
	}
	if !lower {
		s |= caseNoLower
	}
	return s
}

// emit appends tok, with space and newline telling what lies before it.
func (t *tokenizer) emit(tok token, space, newline bool) {
	tok.space, tok.newline = space, newline
	if tok.kind != tkNum && tok.kind != tkBigNum {
		tok.clock = -1
	}
	t.toks = append(t.toks, tok)
}

// thaiWord finds the longest lexicon form starting at i whose edges fall on
// plausible syllable boundaries.
func (t *tokenizer) thaiWord(i int) (int, *entrySet) {
	rs := t.runes
	if isThaiDependent(rs[i]) || (i > 0 && isThaiLeading(rs[i-1])) {
		return i, nil
	}
	n := t.lex.thaiRoot[rs[i]-0x0E00]
	if n == nil {
		return i, nil
	}
	bestEnd := i
	var best *entrySet
	for j := i; j < len(rs); j++ {
		if j == i+1 && !t.lex.mayPair(rs[i], rs[j]) {
			break
		}
		if j > i {
			n = n.child(rs[j])
			if n == nil {
				break
			}
		}
		if len(n.entries) > 0 && (j+1 == len(rs) || !isThaiDependent(rs[j+1])) {
			bestEnd, best = j+1, n.set
		}
	}
	return bestEnd, best
}

// number reads a digit run with its grouping, decimal, ordinal or decade
// suffix, starting at i, and returns the index after it.
func (t *tokenizer) number(i int, space, newline bool) int {
	rs := t.runes
	j, val, nd := i, 0, 0
	for j < len(rs) && isDigit(rs[j]) {
		if nd < 9 {
			val = val*10 + digitValue(rs[j])
		}
		nd++
		j++
	}
	tok := token{start: i, kind: tkNum, num: int32(val), ndigits: int32(min(nd, math.MaxInt32)), clock: -1}
	if nd > 9 {
		tok.kind = tkBigNum
	}
	if i > 0 && isLatinLetter(rs[i-1]) {
		tok.glued = true
	}
	// 150,000 and 1,500,000: groups of exactly three digits.
	for j+3 < len(rs)+0 && rs[j] == ',' && digitsAt(rs, j+1) == 3 {
		tok.kind = tkBigNum
		j += 4
	}
	// 1.4, 10.30, 10:30, 25.12.1978
	if j+1 < len(rs) && (rs[j] == '.' || rs[j] == ':') && isDigit(rs[j+1]) && tok.kind == tkNum {
		sep := rs[j]
		k := digitsAt(rs, j+1)
		if k == 2 && nd <= 2 && (j+1+k >= len(rs) || !(rs[j+1+k] == sep && j+2+k < len(rs) && isDigit(rs[j+2+k]))) {
			h := val
			m := digitValue(rs[j+1])*10 + digitValue(rs[j+2])
			if h <= 24 && m < 60 {
				tok.clock = int32(h*100 + m)
				tok.clockColon = sep == ':'
			}
		}
		tok.kind = tkBigNum
		j += 1 + k
		for j+1 < len(rs) && (rs[j] == '.' || rs[j] == ':' || rs[j] == ',') && isDigit(rs[j+1]) {
			j += 1 + digitsAt(rs, j+1)
		}
	}
	if tok.kind == tkNum && j < len(rs) {
		switch {
		case isLatinLetter(rs[j]):
			k := j
			for k < len(rs) && isLatinLetter(rs[k]) {
				k++
			}
			suffix := string(rs[j:k])
			switch {
			case isOrdinalSuffix(val, suffix):
				tok.kind = tkOrd
			case (suffix == "s") && val%10 == 0 && (nd == 4 || nd == 2):
				tok.kind = tkDecade
			default:
				tok.glued = true
			}
			j = k
		case (rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && rs[j+1] == 's' &&
			(j+2 == len(rs) || !isLatinLetter(rs[j+2])) && val%10 == 0 && nd == 4:
			tok.kind = tkDecade
			j += 2
		}
	}
	tok.end = j
	t.emit(tok, space, newline)
	return j
}

func digitsAt(rs []rune, i int) int {
	k := 0
	for i+k < len(rs) && isDigit(rs[i+k]) {
		k++
	}
	return k
}

// isOrdinalSuffix checks English ordinal endings against the number:
// 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd.
func isOrdinalSuffix(n int, s string) bool {
	var want string
	switch {
	case n%100 >= 11 && n%100 <= 13:
		want = "th"
	case n%10 == 1:
		want = "st"
	case n%10 == 2:
		want = "nd"
	case n%10 == 3:
		want = "rd"
	default:
		want = "th"
	}
	if len(s) != 2 {
		return false
	}
	ls := string([]byte{s[0] | 0x20, s[1] | 0x20})
	return ls == want
}
