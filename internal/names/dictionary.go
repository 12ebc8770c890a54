package names

import (
	"strings"
	"sync"

	"chronicle/internal/wordseg"
)

// dictionary tells whether a Thai token is a word of the Thai dictionary.
type dictionary interface {
	known(word string) bool
}

// segmenterDictionary asks the pure-Go word segmenter, which splits with
// the dictionary that wordseg uses (ICU's Thai words and its own additions)
// and joins adjacent unknown clusters into one token: a word w placed
// between two runs of an obsolete letter (ฅฅ w ฅฅ) comes back as a token
// of its own only when the dictionary knows it, since an unknown w would
// merge with the unknown runs around it. wordseg exports no lookup; this
// adapter is the one place to change when it does.
type segmenterDictionary struct {
	seg   wordseg.Segmenter
	mu    sync.Mutex
	cache map[string]bool
}

// maxCachedWords bounds the cache; it is cleared when full.
const maxCachedWords = 1 << 16

// unknownGuard surrounds a word being looked up; ฅ is obsolete and in no word.
const unknownGuard = "ฅฅ"

var (
	dictOnce sync.Once
	dict     *segmenterDictionary
)

func defaultDictionary() dictionary {
	dictOnce.Do(func() {
		dict = &segmenterDictionary{seg: wordseg.NewPureGo(nil), cache: map[string]bool{}}
	})
	return dict
}

func (d *segmenterDictionary) known(word string) bool {
	d.mu.Lock()
	k, ok := d.cache[word]
	d.mu.Unlock()
	if ok {
		return k
	}
	n := 0
	for range word {
		n++
	}
	toks := d.seg.Tokens(unknownGuard + word + unknownGuard)
	g := len([]rune(unknownGuard))
	k = len(toks) == 3 && toks[1][0] == g && toks[1][1] == g+n
	d.mu.Lock()
	if len(d.cache) >= maxCachedWords {
		clear(d.cache)
	}
	// word may be a slice of a whole document: keep a copy, not the document.
	d.cache[strings.Clone(word)] = k
	d.mu.Unlock()
	return k
}
