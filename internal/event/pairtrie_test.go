package event

import (
	"math/rand/v2"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// TestPairTrieWalksLikeBothTries checks the merged cue and trigger trie
// against separate walks of the two tries, on random phrases of ASCII,
// Latin, Thai and runes past the table (CJK, emoji), with and without the
// next table.
func TestPairTrieWalksLikeBothTries(t *testing.T) {
	alphabet := []rune("abcdeé '-กาำ中😀")
	rng := rand.New(rand.NewPCG(3, 4))
	phrase := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	cues, triggers := newPhraseTrie(), newPhraseTrie()
	for i := range 400 {
		cues.insert(phrase(), int32(i))
		triggers.insert(phrase(), int32(i))
	}
	var texts []string
	for range 300 {
		texts = append(texts, phrase()+" "+phrase()+phrase()+" "+phrase())
	}
	texts = append(texts, "", " ", "\xe0\xb8", "a\xffb", "ABC DÉ")
	full := mergeTries(cues, triggers)
	bare := mergeTries(cues, triggers)
	bare.next, bare.class, bare.alphabet = nil, [rootTableSize]uint16{}, 0
	for _, text := range texts {
		rt := document.NewRuneText(text)
		var toks []document.Span
		for i, r := 0, []rune(text); i < len(r); i++ {
			if r[i] != ' ' {
				toks = append(toks, document.Span{i, i + 1 + rng.IntN(2)})
			}
		}
		words := splitWords(nil, rt, toks, nil)
		for i := range words {
			wantCue, wantTrig := longestPhrase(cues, text, words, i), longestPhrase(triggers, text, words, i)
			for name, p := range map[string]*pairTrie{"table": full, "edges": bare} {
				if cue, trig := p.longest(text, words, i); cue != wantCue || trig != wantTrig {
					t.Fatalf("%s %q word %d: %+v %+v, want %+v %+v", name, text, i, cue, trig, wantCue, wantTrig)
				}
			}
		}
	}
}

// TestPairsFollowExtensions checks that the merged trie is merged again
// after an insert into either trie.
func TestPairsFollowExtensions(t *testing.T) {
	l := &language{cues: newPhraseTrie(), triggers: newPhraseTrie(), pairCache: new(pairCache)}
	l.cues.insert("cease", 1)
	p := l.pairs()
	if l.pairs() != p {
		t.Fatal("merged again without an insert")
	}
	l.triggers.insert("ceasefire", 2)
	q := l.pairs()
	if q == p {
		t.Fatal("stale merged trie after an insert")
	}
	text := "ceasefire"
	words := splitWords(nil, document.NewRuneText(text), []document.Span{{0, 9}}, nil)
	if _, trig := q.longest(text, words, 0); trig.value != 2 {
		t.Errorf("trigger %+v, want value 2", trig)
	}
}
