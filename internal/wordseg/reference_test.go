package wordseg

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/sharedfiles"
)

// referenceAlnumRunEnd is alnumRunEnd as it was before its ASCII fast
// path: every code point decoded and classified. The fast path must give
// the same ends.
func referenceAlnumRunEnd(text string, i, ri int) (int, int) {
	initialism := true
	partLen, dots := 0, 0
	for i < len(text) {
		r, size := decode(text, i)
		switch {
		case classOf(r) == classAlnum:
			partLen++
			if partLen > 1 || !unicode.IsLetter(r) {
				initialism = false
			}
		case isAttaching(r) && partLen > 0:
		case isConnector(r) && partLen > 0:
			if i+size < len(text) {
				if next, _ := decode(text, i+size); classOf(next) == classAlnum {
					if r == '.' {
						dots++
					} else {
						initialism = false
					}
					partLen = 0
					break
				}
			}
			if r == '.' && dots > 0 && initialism {
				return i + size, ri + 1
			}
			return i, ri
		default:
			return i, ri
		}
		i += size
		ri++
	}
	return i, ri
}

// checkAlnumRunEnds compares alnumRunEnd with its reference from every
// code point of text that starts an alphanumeric token.
func checkAlnumRunEnds(t *testing.T, text string) {
	t.Helper()
	ri := 0
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if classOf(r) == classAlnum {
			gotB, gotR := alnumRunEnd(text, i, ri)
			wantB, wantR := referenceAlnumRunEnd(text, i, ri)
			if gotB != wantB || gotR != wantR {
				t.Fatalf("alnumRunEnd(%q) from byte %d = (%d, %d), reference (%d, %d)", text, i, gotB, gotR, wantB, wantR)
			}
		}
		i += size
		ri++
	}
}

// realTexts returns the seed articles and the sample documents present.
func realTexts(t testing.TB) map[string]string {
	root := sharedfiles.ModuleRoot(t)
	paths, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt"))
	samples, _ := filepath.Glob(filepath.Join(root, "internal", "samples", "data", "*"))
	texts := map[string]string{}
	for _, p := range append(paths, samples...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(b)
	}
	if len(texts) == 0 {
		t.Fatal("no sample documents found")
	}
	return texts
}

func TestAlnumRunEndMatchesReferenceOnRealText(t *testing.T) {
	for name, text := range realTexts(t) {
		t.Run(name, func(t *testing.T) { checkAlnumRunEnds(t, text) })
	}
}

func FuzzAlnumRunEndMatchesReference(f *testing.F) {
	for _, s := range []string{"U.S.", "U.S.A", "1.4.", "A.B.C", "150,000", "don't", "a\u0301b", "e\u0301.x", "x.ก", "9.a.",
		"Khmer-Vietnamese", "A.b", "ab.c.", "a..b", "a.\u0301", "\xffab", "a\xff", "ａｂ", "x\u0E48y", "A. B.", "i.e.", "2.x."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkAlnumRunEnds(t, text) })
}

// referenceThaiStep is thaiTrie.step as it was, on the flat layout of
// buildLevels: a binary search of the node's sorted edge labels.
func referenceThaiStep(first []int32, labels []byte, child []int32, node int32, r rune) int32 {
	label, ok := thaiLabel(r)
	if !ok {
		return noNode
	}
	lo, hi := first[node], first[node+1]
	for lo < hi {
		mid := (lo + hi) / 2
		switch l := labels[mid]; {
		case l == label:
			return child[mid]
		case l < label:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return noNode
}

// TestThaiTrieMatchesReference checks every node of the tries the
// segmenter builds, on every label and on code points outside the Thai
// block, against the binary search over the flat layout.
func TestThaiTrieMatchesReference(t *testing.T) {
	var all []string
	names, _ := fs.Glob(lexiconFiles, "data/thai_words_*.txt")
	for _, name := range names {
		b, err := lexiconFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, readWordList(string(b))...)
	}
	if len(all) < 1000 {
		t.Fatalf("only %d dictionary words", len(all))
	}
	extra, _ := lexiconFiles.ReadFile("data/thai_words_extra.txt")
	lists := map[string][]string{
		"dictionary": all,
		"extra":      readWordList(string(extra)),
		"user":       {"พลพต", "ฮุน เซน", "สีหนุ", "ก", "กข", "฿", "๏๛", "\u0E7F"},
		"empty":      nil,
	}
	probes := []rune{0, 'a', 0x0DFF, 0x0E80, 0x0301, 0x1780}
	for r := rune(thaiBlockStart); r < thaiBlockStart+thaiBlockSize; r++ {
		probes = append(probes, r)
	}
	for name, words := range lists {
		first, labels, child, final := buildLevels(thaiKeys(words))
		trie := newThaiTrie(words)
		if len(trie.nodes) != len(final) {
			t.Fatalf("%s: %d nodes, reference %d", name, len(trie.nodes), len(final))
		}
		// Walk both tries together from the root: the same edges lead to
		// nodes that agree on being final, and every node is reached once.
		seen := make([]bool, len(trie.nodes))
		type pair struct{ ref, node int32 }
		queue := []pair{{0, 0}}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if seen[p.node] {
				t.Fatalf("%s: node %d reached twice", name, p.node)
			}
			seen[p.node] = true
			if trie.isFinal(p.node) != final[p.ref] {
				t.Fatalf("%s: node %d final %v, reference node %d %v", name, p.node, trie.isFinal(p.node), p.ref, final[p.ref])
			}
			for _, r := range probes {
				got, want := trie.step(p.node, r), referenceThaiStep(first, labels, child, p.ref, r)
				if (got == noNode) != (want == noNode) {
					t.Fatalf("%s: step(%d, %U) = %d, reference step(%d) = %d", name, p.node, r, got, p.ref, want)
				}
				if l, ok := thaiLabel(r); ok && got != trie.stepLabel(p.node, l) {
					t.Fatalf("%s: stepLabel(%d, %d) differs from step", name, p.node, l)
				}
				if got != noNode {
					queue = append(queue, pair{want, got})
				}
			}
			if got := trie.stepLabel(p.node, noLabel); got != noNode {
				t.Fatalf("%s: stepLabel(%d, noLabel) = %d", name, p.node, got)
			}
		}
		for n, ok := range seen {
			if !ok {
				t.Fatalf("%s: node %d unreachable", name, n)
			}
		}
	}
}

// TestDecodeMatchesUTF8 checks the hand decoding of the Thai block against
// the standard decoder on every byte triple it could take, cut short too.
func TestDecodeMatchesUTF8(t *testing.T) {
	for b1 := 0xB0; b1 <= 0xBF; b1++ {
		for b2 := 0; b2 < 256; b2++ {
			full := string([]byte{'x', 0xE0, byte(b1), byte(b2)})
			for _, text := range []string{full, full[:3], full[:2]} {
				r, size := decode(text, 1)
				wantR, wantSize := utf8.DecodeRuneInString(text[1:])
				if r != wantR || size != wantSize {
					t.Fatalf("decode(% x) = %U %d, utf8 %U %d", text[1:], r, size, wantR, wantSize)
				}
			}
		}
	}
}
