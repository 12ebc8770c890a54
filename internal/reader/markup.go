package reader

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed rules/markup.txt
var markupRulesText string

// markupRules are the remnants the scanner looks for.
type markupRules struct {
	// literals by first byte.
	literals [256][]string
	// placeholders by first byte, without the "_<digits>" suffix.
	placeholders [256][]string
	tags         map[string]bool
	// mayStart tells, by the kind of the byte before and the byte
	// itself (at kind<<8 | byte), whether a remnant may start there:
	// findMarkup passes most bytes over with one look-up and a branch that
	// rarely changes. Its size, a power of two, lets a mask stand for the
	// bounds check.
	mayStart [4 << 8]bool
}

// byteKind is what the rules need to know of the byte before a position.
type byteKind uint8

const (
	// kindNonWord is ASCII that is no word byte; the start of the text
	// counts as one.
	kindNonWord byteKind = iota
	// kindWord is an ASCII letter, digit or underscore.
	kindWord
	// kindNonASCII is any byte from 0x80.
	kindNonASCII
	kindCount
)

// row is where a kind's entries start in mayStart.
func (k byteKind) row() int { return int(k) << 8 }

// rowAfter holds, for every byte, the mayStart row of its kind.
var rowAfter = func() (rows [256]uint16) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			rows[c] = uint16(kindNonASCII.row())
		case isWordByte(byte(c)):
			rows[c] = uint16(kindWord.row())
		default:
			rows[c] = uint16(kindNonWord.row())
		}
	}
	return rows
}()

// fillMayStart sets mayStart from the rules. A literal, an entity, a tag
// or parentheses may start after anything; a placeholder only where a
// word starts; an ASCII letter or digit also starts a glued Latin token
// after a non-ASCII byte. Everywhere else matchAt would find nothing.
func (m *markupRules) fillMayStart() {
	for c := range 256 {
		always := len(m.literals[c]) > 0 || c == '&' || c == '<' || c == '('
		placeholder := len(m.placeholders[c]) > 0
		glued := isASCIIAlnum(byte(c))
		for kind := range kindCount {
			m.mayStart[kind.row()|c] = always || placeholder && kind != kindWord || glued && kind == kindNonASCII
		}
	}
}

var defaultMarkupRules = mustParseMarkupRules(markupRulesText)

func mustParseMarkupRules(text string) *markupRules {
	rules, err := parseMarkupRules(text)
	if err != nil {
		panic(err) // the embedded file is part of the build
	}
	return rules
}

// parseMarkupRules reads the rule file format described in rules/markup.txt.
func parseMarkupRules(text string) (*markupRules, error) {
	rules := &markupRules{tags: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, value, ok := strings.Cut(line, " ")
		value = strings.TrimSpace(value)
		if !ok || value == "" {
			return nil, fmt.Errorf("reader: markup rules line %d: want KIND VALUE", n)
		}
		switch kind {
		case "literal":
			rules.literals[value[0]] = append(rules.literals[value[0]], value)
		case "placeholder":
			rules.placeholders[value[0]] = append(rules.placeholders[value[0]], value+"_")
		case "tag":
			rules.tags[strings.ToLower(value)] = true
		default:
			return nil, fmt.Errorf("reader: markup rules line %d: unknown kind %q", n, kind)
		}
	}
	rules.fillMayStart()
	return rules, sc.Err()
}

// maxTagBytes bounds a tag remnant such as <ref name="…">.
const maxTagBytes = 512

// findMarkup returns the byte ranges of markup remnants, in order and not
// overlapping.
func (m *markupRules) findMarkup(text string) [][2]int {
	var found [][2]int
	mayStart := &m.mayStart
	row := kindNonWord.row() // the start of the text
	for i := 0; i < len(text); i++ {
		c := text[i]
		if mayStart[(row|int(c))&(len(mayStart)-1)] {
			if end := m.matchAt(text, i); end > i {
				found = append(found, [2]int{i, end})
				i = end - 1
				c = text[i]
			}
		}
		row = int(rowAfter[c])
	}
	return found
}

// matchAt returns the end of a remnant starting at byte i, or i.
func (m *markupRules) matchAt(text string, i int) int {
	c := text[i]
	for _, lit := range m.literals[c] {
		if strings.HasPrefix(text[i:], lit) {
			return i + len(lit)
		}
	}
	switch {
	case c == '&':
		return matchEntity(text, i)
	case c == '<':
		return m.matchTag(text, i)
	case c == '(':
		return matchEmptyParens(text, i)
	}
	if len(m.placeholders[c]) > 0 && (i == 0 || !isWordByte(text[i-1])) {
		for _, p := range m.placeholders[c] {
			if strings.HasPrefix(text[i:], p) {
				if end := skipDigits(text, i+len(p)); end > i+len(p) && (end == len(text) || !isWordByte(text[end])) {
					return end
				}
			}
		}
	}
	if isASCIIAlnum(c) && i > 0 && text[i-1] >= utf8.RuneSelf {
		return matchGluedLatin(text, i)
	}
	return i
}

// matchEntity matches &name; &#123; and &#x1F;.
func matchEntity(text string, i int) int {
	j := i + 1
	switch {
	case j < len(text) && text[j] == '#':
		j++
		hex := j < len(text) && (text[j] == 'x' || text[j] == 'X')
		if hex {
			j++
		}
		start := j
		for j < len(text) && j-start < 8 && (isDigit(text[j]) || hex && isHexLetter(text[j])) {
			j++
		}
		if j == start {
			return i
		}
	default:
		start := j
		for j < len(text) && j-start < 10 && isASCIILetter(text[j]) {
			j++
		}
		if j-start < 2 {
			return i
		}
	}
	if j < len(text) && text[j] == ';' {
		return j + 1
	}
	return i
}

// matchTag matches a listed tag: <name…>, </name> or <name/>.
func (m *markupRules) matchTag(text string, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '/' {
		j++
	}
	start := j
	for j < len(text) && j-start < 32 && (isASCIIAlnum(text[j])) {
		j++
	}
	if j == start || !m.tags[strings.ToLower(text[start:j])] {
		return i
	}
	if j < len(text) && text[j] != '>' && text[j] != '/' && text[j] != ' ' {
		return i
	}
	limit := min(len(text), i+maxTagBytes)
	for k := j; k < limit; k++ {
		switch text[k] {
		case '>':
			return k + 1
		case '<', '\n':
			return i
		}
	}
	return i
}

// matchEmptyParens matches parentheses holding nothing but spaces, commas
// and semicolons, as left by removed templates.
func matchEmptyParens(text string, i int) int {
	for j := i + 1; j < len(text) && j-i <= 16; j++ {
		switch text[j] {
		case ')':
			return j + 1
		case ' ', ',', ';':
		default:
			return i
		}
	}
	return i
}

// matchGluedLatin matches a short token mixing Latin letters and digits
// glued between Thai letters on both sides, as "0o" in "…ของกัมพูชา0oกระทั่ง…".
// Real Thai text puts such tokens between spaces.
func matchGluedLatin(text string, i int) int {
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); !isThaiLetter(prev) {
		return i
	}
	j, letters, digits := i, 0, 0
	for j < len(text) && isASCIIAlnum(text[j]) && j-i < 5 {
		if isDigit(text[j]) {
			digits++
		} else {
			letters++
		}
		j++
	}
	if letters == 0 || digits == 0 || j-i > 4 {
		return i
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); !isThaiLetter(next) {
		return i
	}
	return j
}

// isThaiLetter accepts Thai consonants, vowels and tone marks, not digits.
func isThaiLetter(r rune) bool { return unicode.Is(unicode.Thai, r) && !unicode.IsDigit(r) }

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isHexLetter(c byte) bool   { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isASCIIAlnum(c byte) bool  { return isDigit(c) || isASCIILetter(c) }
func isWordByte(c byte) bool    { return isASCIIAlnum(c) || c == '_' }

func skipDigits(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}
