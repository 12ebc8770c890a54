package wordseg

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

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
