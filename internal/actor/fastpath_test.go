package actor

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
)

// slowFind is Find without its shortcuts: it decodes every code point with
// the standard decoder, tries a walk at every position the start rule
// allows, and skips no word. The fast paths must give the same matches.
func slowFind(l *Lexicon, text, lang string, tokens []document.Span) []Match {
	key, err := langKey(lang)
	if err != nil || key == "und" {
		key = "en"
	}
	s := scan{text: text, trie: l.trieFor(key)}
	if tokens != nil {
		s.bounds = tokenBounds(tokens, utf8.RuneCountInString(text))
	}
	var out []Match
	prev := noRune
	for at := (pos{}); at.b < len(text); {
		r, size := utf8.DecodeRuneInString(text[at.b:])
		if s.mayStart(isSpacedWordRune(prev), isSpacedWordRune(r), r, prev, at.r) {
			s.cands = slowWalk(s.trie, text, at, s.cands[:0])
			if end, last, term := s.longest(at, prev, r); term != nil {
				if term.id != "" {
					out = append(out, Match{Span: document.Span{at.r, end.r}, ID: term.id, Text: text[at.b:end.b]})
				}
				at, prev = end, last
				continue
			}
		}
		at.b += size
		at.r++
		prev = r
	}
	return out
}

// slowWalk is walk with the standard decoder and the general fold.
func slowWalk(t *trie, text string, at pos, dst []candidate) []candidate {
	n := int32(0)
	for at.b < len(text) {
		r, size := utf8.DecodeRuneInString(text[at.b:])
		at.b += size
		at.r++
		if n = t.child(n, foldRune(r)); n < 0 {
			break
		}
		if len(t.termsAt(n)) > 0 {
			dst = append(dst, candidate{end: at, last: r, node: n})
		}
	}
	return dst
}

// TestFindMatchesSlowFind compares Find with slowFind on texts that probe
// the ASCII, Thai and general decoders, the three-byte filter and the word
// skip.
func TestFindMatchesSlowFind(t *testing.T) {
	l := mustDefault(t)
	texts := []string{
		"The Khmer Rouge and the Vietnamese; Cambodians' U.S.-backed forces",
		"the khmer rouge, THE KHMER ROUGE, Khmer\tRouge, Khmer\nRouge, Khmer  Rouge",
		"US US$ us U.S. USA the UN, UNTAC and FUNCINPEC (Funcinpec)",
		"Côte d'Ivoire, Côte d’Ivoire, CÔTE D'IVOIRE, São Tomé, Curaçao, Réunion",
		"Vietnam's army; Vietnam’s army; Thais, Thai's, Thailand-based, Lao-Thai",
		"caféCambodia éCambodia Cambodiaé Cambodia\u0301 Cam\u0301bodia",
		"เขมรแดงยึดกรุงพนมเปญ พล พตหนีไปไทยรัฐ กัมพูชาและเวียดนาม",
		"สหรัฐฯ UNTAC (อันแทค) ไทยKhmer Rougeไทย",
		"\xff\xfeKhmer\x00Rouge \xe0\xb8Cambodia \xe0\xb8\x41 China\xe0",
		"Ch", "Chi", "Chin", "China", "a", "", " Laos", "Laos ", "1970 Lon Nol 1975",
		"東京 Japan 日本 ລາວ Laos ខ្មែរ Cambodia Россия Russia",
		strings.Repeat("of the and in to ", 5) + "People's Republic of Kampuchea",
	}
	for _, name := range []string{englishSeed, thaiSeed} {
		texts = append(texts, seedText(t, name))
	}
	for _, text := range texts {
		for _, lang := range []string{"en", "th"} {
			want := slowFind(l, text, lang, nil)
			if got := l.Find(text, lang, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %.60q:\n got %+v\nwant %+v", lang, text, got, want)
			}
		}
	}
	th := seedText(t, thaiSeed)
	toks := stableThaiTokens(l, th)
	if got, want := l.Find(th, "th", toks), slowFind(l, th, "th", toks); !reflect.DeepEqual(got, want) {
		t.Errorf("Thai seed with tokens: %d matches, want %d", len(got), len(want))
	}
}

// TestGramFilterSound checks on every three ASCII bytes from the filter's
// classes, in both cases and followed by a sample of fourth bytes, that a
// walk the filter rules out finds no name.
func TestGramFilterSound(t *testing.T) {
	l := mustDefault(t)
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .'-\t"
	const fourth = "aeinorstuyAEINOSZ 7.-'\t"
	for _, lang := range []string{"en", "th"} {
		tr := l.trieFor(lang)
		ruled, byFourth := 0, 0
		for _, a := range []byte(alphabet) {
			for _, b := range []byte(alphabet) {
				for _, c := range []byte(alphabet) {
					for _, d := range []byte(fourth) {
						text := string([]byte{a, b, c, d}) + "lia Rouge"
						if !tr.noNameAt(text, 0) {
							continue
						}
						ruled++
						if !tr.noNameAt(text[:3], 0) && tr.noNameAt(text[:4], 0) {
							byFourth++
						}
						if cands := slowWalk(tr, text, pos{}, nil); len(cands) > 0 {
							t.Fatalf("%s: filter rules out %q, which holds a name", lang, text)
						}
					}
				}
			}
		}
		if ruled == 0 || byFourth == 0 {
			t.Errorf("%s: the filter rules out %d walks, %d by the fourth byte", lang, ruled, byFourth)
		}
	}
}

// TestChainsFollowEdges checks every chain against the edges: its code
// points lead from its node to its end one child at a time, past nodes
// that hold no names.
func TestChainsFollowEdges(t *testing.T) {
	l := mustDefault(t)
	for _, lang := range []string{"en", "th"} {
		tr := l.trieFor(lang)
		chains := 0
		for n := range tr.nodes {
			node := tr.nodes[n]
			if single := node.edgeEnd-node.edgeStart == 1; single != (node.chainLen > 0) {
				t.Fatalf("%s node %d: %d edges, chain of %d", lang, n, node.edgeEnd-node.edgeStart, node.chainLen)
			}
			if node.chainLen == 0 {
				continue
			}
			chains++
			m := int32(n)
			for i, r := range tr.labels[node.chainStart : node.chainStart+node.chainLen] {
				if i > 0 && len(tr.termsAt(m)) > 0 {
					t.Fatalf("%s node %d: chain passes node %d, which holds names", lang, n, m)
				}
				if m = tr.below(m, r); m < 0 {
					t.Fatalf("%s node %d: chain leaves the trie at %q", lang, n, r)
				}
			}
			if m != node.chainEnd {
				t.Fatalf("%s node %d: chain ends at %d, edges lead to %d", lang, n, node.chainEnd, m)
			}
		}
		if chains == 0 {
			t.Errorf("%s: no chains", lang)
		}
	}
}

// FuzzFindMatchesSlowFind compares Find with slowFind on any text.
func FuzzFindMatchesSlowFind(f *testing.F) {
	l := mustDefault(f)
	for _, s := range []string{
		"The Khmer Rouge and the Vietnamese; Cambodians' U.S.-backed",
		"and in was for the of Côte d'Ivoire \xff Cam\u0301bodia",
		"เขมรแดงยึดกรุงพนมเปญ Khmer\tRouge",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, thai bool) {
		lang := "en"
		if thai {
			lang = "th"
		}
		if got, want := l.Find(text, lang, nil), slowFind(l, text, lang, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, want %+v", text, got, want)
		}
	})
}
