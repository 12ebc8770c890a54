package sentence

import (
	"strings"
	"unicode"
)

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
func itemsBeforeListEnd(ahead chunkList) int {
	for i := range ahead.chunks {
		c := ahead.text(i)
		if lex.thListEnd.prefixOf(c) {
			return i
		}
		if thaiSpacingLetters(strings.TrimRightFunc(c, unicode.IsPunct), 2*thaiListItem) && containsListEnd(c) {
			return i
		}
		if !isListItem(c) {
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
