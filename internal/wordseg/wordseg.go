package wordseg

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Segmenter splits text into word tokens.
type Segmenter interface {
	// Tokens returns word tokens of text as code-point spans relative to text, ordered and non-overlapping.
	// Whitespace is never a token; each punctuation mark is its own token; runs of Latin letters/digits
	// (with internal . , ' - as in "U.S." "150,000" "1.4") are tokens; Thai runs are split into words.
	Tokens(text string) []document.Span
	// Name identifies the engine, e.g. "icu-72" or "tcc".
	Name() string
}

// New returns the best available segmenter: ICU when built with the `icu` build tag, else the pure-Go fallback.
// userWords (may be nil) refine boundaries, longest match first: adjacent tokens whose concatenation is a user
// word are merged, so domain words missing from ICU's dictionary (e.g. เขมรแดง, พันล้าน) become one token; a
// user word that ends inside a Thai token is cut off there when the rest of the run then segments into
// dictionary words and no more tokens (สีห|นุช|นะ becomes สีหนุ|ชนะ).
func New(userWords []string) Segmenter {
	if e := newICUEngine(); e != nil {
		return newSegmenter(e, userWords)
	}
	return NewPureGo(userWords)
}

// NewPureGo returns the pure-Go segmenter (Thai character clusters plus
// dictionary maximal matching) whatever the build tags, so that both engines
// can be compared in one binary.
func NewPureGo(userWords []string) Segmenter {
	return newSegmenter(newMaxMatchEngine(userWords), userWords)
}

// engine splits one run of a script written without spaces into words.
type engine interface {
	name() string
	// appendWordEnds appends the end offsets (into run, ascending, the last
	// equal to len(run)) of the words of run. thai is false for other scripts
	// written without spaces.
	appendWordEnds(dst []int32, run []rune, thai bool) []int32
}

type segmenter struct {
	eng   engine
	user  *userLexicon
	pool  sync.Pool // *scratch
	label string
}

// scratch holds per-call buffers, reused across calls.
type scratch struct {
	toks  []document.Span
	runes []rune
	ends  []int32
	bytes [][2]int // byte span of each token, for user words
	// Buffers of applyUserWords and splitSpan.
	wordEnds []int
	cut      []rune
	recut    []int32
	pieces   []piece
}

func newSegmenter(e engine, userWords []string) *segmenter {
	s := &segmenter{eng: e, user: newUserLexicon(userWords), label: e.name()}
	s.pool.New = func() any { return new(scratch) }
	return s
}

// Name identifies the engine.
func (s *segmenter) Name() string { return s.label }

// tokenizer is the state of one Tokens call.
type tokenizer struct {
	text  string
	toks  []document.Span
	sc    *scratch
	merge bool
}

func (t *tokenizer) add(runeStart, runeEnd, byteStart, byteEnd int) {
	t.toks = append(t.toks, document.Span{runeStart, runeEnd})
	if t.merge {
		t.sc.bytes = append(t.sc.bytes, [2]int{byteStart, byteEnd})
	}
}

// Tokens returns the word tokens of text.
func (s *segmenter) Tokens(text string) []document.Span {
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	t := tokenizer{
		text:  text,
		toks:  sc.toks[:0],
		sc:    sc,
		merge: s.user != nil,
	}
	sc.bytes = sc.bytes[:0]
	i, ri := 0, 0 // byte and code-point offsets
	for i < len(text) {
		r, size := decode(text, i)
		switch classOf(r) {
		case classSpace:
			i += size
			ri++
		case classThai, classComplex:
			i, ri = s.dictionaryRun(&t, i, ri)
		case classAlnum:
			j, rj := alnumRunEnd(text, i, ri)
			t.add(ri, rj, i, j)
			i, ri = j, rj
		default: // punctuation, symbols, stray marks
			n := 1
			if r == thaiPaiyannoi && strings.HasPrefix(text[i:], thaiEtCetera) {
				size, n = len(thaiEtCetera), utf8.RuneCountInString(thaiEtCetera)
			}
			j, rj := marksEnd(text, i+size, ri+n)
			t.add(ri, rj, i, j)
			i, ri = j, rj
		}
	}
	sc.toks = t.toks
	toks := t.toks
	if t.merge {
		toks = s.applyUserWords(&t)
	}
	// The tokens grow in the pooled buffer; the caller gets an exact copy,
	// never nil.
	out := make([]document.Span, len(toks))
	copy(out, toks)
	return out
}

func decode(text string, i int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// The Thai block, E0 B8 80 to E0 B9 BF, decodes by hand.
	if c == 0xE0 && i+2 < len(text) && text[i+1]&0xFE == 0xB8 && text[i+2]&0xC0 == 0x80 {
		return thaiBlockStart | rune(text[i+1]&1)<<6 | rune(text[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// marksEnd skips combining marks from byte i (code point ri).
func marksEnd(text string, i, ri int) (int, int) {
	for i < len(text) {
		r, size := decode(text, i)
		if !isAttaching(r) {
			break
		}
		i += size
		ri++
	}
	return i, ri
}

// alnumRunEnd returns the end of the alphanumeric token starting at byte i.
func alnumRunEnd(text string, i, ri int) (int, int) {
	initialism := true // every part between dots is one letter so far: "U.S"
	partLen, dots := 0, 0
	for i < len(text) {
		// ASCII, nearly all of a Latin token and what ends it, by table:
		// letters and digits go on, other bytes but connectors stop.
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c] == classAlnum {
				partLen++
				if partLen > 1 || c <= '9' {
					initialism = false
				}
				i++
				ri++
				continue
			}
			if partLen == 0 || !isConnector(rune(c)) {
				return i, ri
			}
		}
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
				return i + size, ri + 1 // closing dot of an initialism: "U.S."
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

// thaiEtCetera is the one abbreviation that begins with ฯ: "and so on".
const thaiEtCetera = "ฯลฯ"

// maxThaiAbbrevPart is the longest Thai stem that a following '.' marks as an
// abbreviation (พ.ศ., ดร., กทม.); Thai does not end sentences with a period.
const maxThaiAbbrevPart = 3

// dictionaryRun tokenises a run of Thai (or another script written without
// spaces) starting at byte i, code point ri, and returns where it ends.
func (s *segmenter) dictionaryRun(t *tokenizer, i, ri int) (int, int) {
	text := t.text
	first, _ := decode(text, i)
	want := classOf(first)
	runes := t.sc.runes[:0]
	j := i
	for j < len(text) {
		r, size := decode(text, j)
		if classOf(r) != want && !isAttaching(r) {
			break
		}
		runes = append(runes, r)
		j += size
	}
	t.sc.runes = runes
	rj := ri + len(runes)
	if want == classThai && len(runes) <= maxThaiAbbrevPart && j < len(text) && text[j] == '.' {
		end, rend := thaiAbbrevEnd(text, j+1, rj+1)
		end, rend = marksEnd(text, end, rend) // a stray mark after the dot stays with it
		t.add(ri, rend, i, end)
		return end, rend
	}
	ends := s.eng.appendWordEnds(t.sc.ends[:0], runes, want == classThai)
	if want == classThai {
		ends = refineThaiEnds(runes, ends)
	}
	t.sc.ends = ends
	start, bstart := 0, i
	b := i
	for k := 0; k < len(runes); k++ {
		// A boundary never falls before a combining mark, whatever the engine says.
		if len(ends) > 0 && int(ends[0]) == k && k > start && !isAttaching(runes[k]) {
			t.add(ri+start, ri+k, bstart, b)
			start, bstart = k, b
		}
		for len(ends) > 0 && int(ends[0]) <= k {
			ends = ends[1:]
		}
		b += utf8.RuneLen(runes[k])
	}
	t.add(ri+start, rj, bstart, j)
	return j, rj
}

// thaiAbbrevEnd extends an abbreviation after its first dot: "ม.ค." chains
// short Thai parts each followed by a dot.
func thaiAbbrevEnd(text string, i, ri int) (int, int) {
	for {
		j, n := i, 0
		for j < len(text) && n <= maxThaiAbbrevPart {
			r, size := decode(text, j)
			if classOf(r) != classThai {
				break
			}
			j += size
			n++
		}
		if n == 0 || n > maxThaiAbbrevPart || j >= len(text) || text[j] != '.' {
			return i, ri
		}
		i, ri = j+1, ri+n+1
	}
}
