package sentence

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// newThaiRules learns the document's name pairs in one pass over its text;
// valid tells whether text is valid UTF-8.
func newThaiRules(text string, valid bool) *thaiRules {
	t := &thaiRules{}
	var seg segment
	seg.tokenize(text, 0, false, valid)
	for i := range seg.gaps {
		left, right := seg.text(i), seg.text(i+1)
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
