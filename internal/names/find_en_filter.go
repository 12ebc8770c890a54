package names

import "strings"

// askedWords are filters of the words the finder's maps may be asked
// about: lower only about the lower-case spellings of capitalised words
// that a name may hold, midCap only about words that open a sentence. Most
// words pass neither and are not stored.
type askedWords struct {
	lowered, opening wordFilter
}

// add adds what word w of text may ask.
func (a *askedWords) add(w *enWord, text string, r *rules) {
	if w.cap && !r.neverInName(w.text(text)) {
		a.lowered.addLowered(w.text(text), w.e-w.b == w.end-w.start)
	}
	if w.sentStart {
		a.opening.add(w.text(text))
	}
}

// wordFilter is a set of words that may answer yes for words not added,
// never no for words added: a bit per length and first and last bytes.
type wordFilter [64]uint64

// bit returns the word and bit that a word of n bytes from first to last
// sets.
func (*wordFilter) bit(n int, first, last byte) (int, uint64) {
	h := uint(n)*0x9E3779B1 ^ uint(first)<<8 ^ uint(last)
	h ^= h >> 7
	return int(h>>6) % len(wordFilter{}), 1 << (h & 63)
}

// addLowered adds strings.ToLower(word); ascii tells that the word is
// ASCII, whose lower case needs no new string.
func (w *wordFilter) addLowered(word string, ascii bool) {
	if !ascii {
		w.add(strings.ToLower(word))
		return
	}
	if word != "" {
		i, b := w.bit(len(word), lowerASCII(word[0]), lowerASCII(word[len(word)-1]))
		w[i] |= b
	}
}

// add adds word as it is.
func (w *wordFilter) add(word string) {
	if word != "" {
		i, b := w.bit(len(word), word[0], word[len(word)-1])
		w[i] |= b
	}
}

// mayHold reports whether word may have been added.
func (w *wordFilter) mayHold(word string) bool {
	if word == "" {
		return false
	}
	i, b := w.bit(len(word), word[0], word[len(word)-1])
	return w[i]&b != 0
}

// wordMemo remembers the last word stored in each of a few slots. A word
// is either lower case or capitalised, so one memo serves both maps.
type wordMemo [64]string

// seen reports whether word is the last one stored in its slot, and makes
// it so.
func (m *wordMemo) seen(word string) bool {
	slot := (len(word)*31 + int(word[0])*7 + int(word[len(word)-1])) % len(m)
	if m[slot] == word {
		return true
	}
	m[slot] = word
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
