package event

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

// TestFlatTrieWalksLikeTheBuilder checks that the flat copy the matcher
// walks reaches the same node values as the trie it was built from, on
// phrases with ASCII, Latin, Thai and other runes and with nodes of many
// children.
func TestFlatTrieWalksLikeTheBuilder(t *testing.T) {
	alphabet := []rune("abcdefghijklmnopqrstuvwxyz '-0éüกขคงจกาำิีเแ่้ไ中😀")
	rng := rand.New(rand.NewPCG(1, 2))
	phrase := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	tr := newPhraseTrie()
	var phrases []string
	for i := range 3000 {
		p := phrase()
		tr.insert(p, int32(i))
		phrases = append(phrases, p)
	}
	for range 3000 {
		phrases = append(phrases, phrase())
	}
	f := tr.walker()
	for _, p := range phrases {
		want := tr.lookup(p)
		n := int32(root)
		for _, r := range p {
			if n = f.step(n, r); n < 0 {
				break
			}
		}
		got := int32(-1)
		if n >= 0 {
			got = f.nodes[n].value
		}
		if got != want {
			t.Fatalf("%q: flat %d, builder %d", p, got, want)
		}
	}
	tr.insert("zzzz", 7)
	if tr.walker() == f {
		t.Fatal("insert kept the stale flat copy")
	}
}

// TestLongestPhraseFoldsAndSpans checks the walk across words: case and
// apostrophe folding, spaces only where the text has them, and the longest
// phrase ending on a word end.
func TestLongestPhraseFoldsAndSpans(t *testing.T) {
	tr := newPhraseTrie()
	for i, p := range []string{"sign", "signed the", "signed the accord", "don't", "éclat", "ถอนทหาร"} {
		tr.insert(p, int32(i))
	}
	tests := []struct {
		text      string
		start     int
		wantLast  int
		wantValue int32
	}{
		{"SIGNED THE Accord today", 0, 2, 2},
		{"signed the treaty", 0, 1, 1},
		{"Signed", 0, -1, -1},
		{"Sign", 0, 0, 0},
		{"Don’t go", 0, 0, 3},
		{"ÉCLAT", 0, 0, 4},
		{"ถอน ทหาร", 0, -1, -1},
	}
	for _, tc := range tests {
		rt := document.NewRuneText(tc.text)
		var toks []document.Span
		start := -1
		for i, r := range []rune(tc.text) {
			if r == ' ' {
				if start >= 0 {
					toks = append(toks, document.Span{start, i})
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			toks = append(toks, document.Span{start, rt.Len()})
		}
		words := splitWords(nil, rt, toks, nil)
		m := longestPhrase(tr, tc.text, words, tc.start)
		if m.last != tc.wantLast || m.value != tc.wantValue {
			t.Errorf("%q: last %d value %d, want %d %d", tc.text, m.last, m.value, tc.wantLast, tc.wantValue)
		}
	}
	// Unspaced tokens join without a space: Thai segmenters split words.
	text := "ถอนทหาร"
	rt := document.NewRuneText(text)
	words := splitWords(nil, rt, []document.Span{{0, 3}, {3, 7}}, nil)
	if m := longestPhrase(tr, text, words, 0); m.last != 1 || m.value != 5 {
		t.Errorf("unspaced Thai: %+v, want last 1 value 5", m)
	}
}

// BenchmarkLongestPhrase runs the cue and trigger walks from every word of
// the seeds, as scanCues and scanTriggers do.
func BenchmarkLongestPhrase(b *testing.B) {
	for _, name := range []string{englishSeed, thaiSeed} {
		b.Run(name, func(b *testing.B) {
			a := annotate(b, readSeed(b, name), false)
			x, err := defaultExtractor()
			if err != nil {
				b.Fatal(err)
			}
			e := x.newExtraction(a.in, new(buffers))
			b.Run("apart", func(b *testing.B) {
				for b.Loop() {
					for i := range e.words {
						longestPhrase(e.lang.cues, e.text, e.words, i)
						longestPhrase(e.lang.triggers, e.text, e.words, i)
					}
				}
			})
			b.Run("together", func(b *testing.B) {
				var walks []trigWalk
				for b.Loop() {
					for i := range e.words {
						cuesAndTriggers(e.lang.pairs(), e.text, e.words, 0, i, &walks)
						triggerFrom(e.lang, e.text, e.words, 0, i, walks)
					}
				}
			})
		})
	}
}

// TestWordTablesAgreeWithUnicode checks the fast paths of splitWords
// against the code they stand for, on every code point up to U+FFFF.
func TestWordTablesAgreeWithUnicode(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r) + "x"
		if got, want := isPunctWord(s), isPunctRune(r); got != want {
			t.Fatalf("isPunctWord(%U) = %v, want %v", r, got, want)
		}
		if isJoiner(r) && joinerFree(s) == 0 {
			t.Fatalf("joinerFree misses the joiner %U", r)
		}
	}
	if !isPunctWord("") || !isPunctWord("\xe0\xb8") {
		t.Error("empty and cut words must read as punctuation, as U+FFFD does")
	}
}

// TestWalksTogetherMatchApart checks that the walk of the merged cue and
// trigger trie, and the trigger walks it keeps, give what separate walks
// give, from every
// word of the samples and seeds and for sentence ends cut short.
func TestWalksTogetherMatchApart(t *testing.T) {
	var docs []*document.Document
	for _, name := range []string{"sample_en.txt", "sample_th.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, &document.Document{ID: name, Text: string(b)})
	}
	for _, name := range []string{englishSeed, thaiSeed} {
		if _, err := os.Stat(filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", name)); err == nil {
			docs = append(docs, readSeed(t, name))
		}
	}
	x, err := defaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs {
		a := annotate(t, doc, false)
		e := x.newExtraction(a.in, new(buffers))
		var walks []trigWalk
		for _, w1 := range []int{len(e.words), len(e.words) / 2} {
			sub := e.words[:w1]
			for i := range sub {
				cue := cuesAndTriggers(e.lang.pairs(), e.text, sub, 0, i, &walks)
				trig := triggerFrom(e.lang, e.text, sub, 0, i, walks)
				if want := longestPhrase(e.lang.cues, e.text, sub, i); cue != want {
					t.Fatalf("%s word %d: cue %+v, want %+v", doc.ID, i, cue, want)
				}
				if want := longestPhrase(e.lang.triggers, e.text, sub, i); trig != want {
					t.Fatalf("%s word %d: trigger %+v, want %+v", doc.ID, i, trig, want)
				}
			}
		}
	}
}
