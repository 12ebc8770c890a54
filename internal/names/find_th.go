package names

import (
	"slices"
	"strings"
	"sync"

	"chronicle/internal/document"
	"chronicle/internal/wordseg"
)

// Limits that keep a Thai name from running into the clause after it.
const (
	maxThaiNameParts   = 3  // space-separated parts: โง ดินห์ เดียม
	maxThaiThirdPart   = 8  // code points in a third part
	maxThaiName        = 40 // code points in a name
	maxRepeatedTokens  = 6  // tokens in a repeated name
	minRepeatedMatches = 2
)

// defaultSeg splits Thai when Find is given no tokens.
var (
	segOnce    sync.Once
	defaultSeg wordseg.Segmenter
)

// thaiFinder holds the state of one Thai pass over a text.
type thaiFinder struct {
	rt   *document.RuneText
	rs   []rune
	toks []document.Span
	r    *rules
	k    *coverage
	// knownBefore[p] counts the code points before p that k covers, so
	// that testing a span against k is two reads.
	knownBefore []int32
	dict        dictionary
	// startTok[p] is 1 + the index of the token starting at code point p,
	// or 0; a slice, not a map, since it is read for every token.
	startTok []int32
	// endsTok[p] tells whether a token ends at code point p.
	endsTok []bool
	unknown []int8 // per token: 0 not yet asked, 1 unknown, 2 known
	// titleAtTok caches titleAt at each token start, which both the titled
	// names and the repeated ones ask about.
	titleAtTok []titleHit
	found      *coverage
	// byFirstRune lists the tokens by their first letter, built on demand.
	byFirstRune map[rune][]int
	// foreign holds titled names with a word the dictionary does not know;
	// only those are looked for again without their title.
	foreign map[string]bool
}

func findThai(rt *document.RuneText, rs []rune, tokens []document.Span, k *coverage, r *rules, d dictionary) []Name {
	if tokens == nil {
		segOnce.Do(func() { defaultSeg = wordseg.New(nil) })
		tokens = defaultSeg.Tokens(rt.Text)
	}
	f := &thaiFinder{rt: rt, rs: rs, r: r, k: k, dict: d, startTok: make([]int32, len(rs)+1), endsTok: make([]bool, len(rs)+1),
		found: newCoverage(nil), foreign: map[string]bool{}}
	f.knownBefore = coveredBefore(k, len(rs))
	for _, t := range tokens {
		if t.Valid(len(rs)) && t.Len() > 0 && (len(f.toks) == 0 || t[0] >= f.toks[len(f.toks)-1][1]) {
			f.startTok[t[0]] = int32(len(f.toks) + 1)
			f.endsTok[t[1]] = true
			f.toks = append(f.toks, t)
		}
	}
	f.unknown = make([]int8, len(f.toks))
	f.titleAtTok = make([]titleHit, len(f.toks))
	out := f.titled()
	out = append(out, f.repeatedTitled(out)...)
	out = append(out, f.repeated(out)...)
	slices.SortFunc(out, func(a, b Name) int { return a.Span[0] - b.Span[0] })
	return out
}

// text returns the text of s as a substring, without copying.
func (f *thaiFinder) text(s document.Span) string { return f.rt.Slice(s) }

// tokenAt returns the index of the token starting at code point p.
func (f *thaiFinder) tokenAt(p int) (int, bool) {
	i := f.startTok[p]
	return int(i) - 1, i > 0
}

func (f *thaiFinder) isThaiToken(i int) bool {
	for _, r := range f.rs[f.toks[i][0]:f.toks[i][1]] {
		if r < 'ก' || r > 'ฮ' {
			continue
		}
		return true
	}
	return false
}

// isUnknown reports whether token i is not a dictionary word.
func (f *thaiFinder) isUnknown(i int) bool {
	if f.unknown[i] == 0 {
		f.unknown[i] = 2
		if !f.dict.known(f.text(f.toks[i])) {
			f.unknown[i] = 1
		}
	}
	return f.unknown[i] == 1
}

func (f *thaiFinder) blocked(s document.Span) bool { return f.knownOverlaps(s) || f.found.overlaps(s) }

// knownOverlaps is f.k.overlaps(s), read from the prefix counts.
func (f *thaiFinder) knownOverlaps(s document.Span) bool {
	if s[0] >= s[1] || s[0] < 0 || s[1] >= len(f.knownBefore) {
		return f.k.overlaps(s)
	}
	return f.knownBefore[s[1]] > f.knownBefore[s[0]]
}

// coveredBefore returns, for every code point offset p in [0, n], how many
// code points before p the coverage holds.
func coveredBefore(c *coverage, n int) []int32 {
	before := make([]int32, n+1)
	next := 0 // first span not yet passed
	count := int32(0)
	for p := 0; p < n; p++ {
		for next < len(c.spans) && c.spans[next][1] <= p {
			next++
		}
		if next < len(c.spans) && c.spans[next][0] <= p {
			count++
		}
		before[p+1] = count
	}
	return before
}

// titleAt returns the title written at offset p, if any. A title must end
// on a token boundary, or inside a token the dictionary does not know
// (the segmenter may glue a title to a foreign name: นายห|ลี่).
func (f *thaiFinder) titleAt(p int) (title, int, bool) {
	if p >= len(f.rs) {
		return title{}, 0, false
	}
	i, isTok := f.tokenAt(p)
	if !isTok {
		if k, q, ok := f.findTitleAt(p); ok {
			return f.r.thaiTitlesAt(f.rs[p])[k], q, true
		}
		return title{}, 0, false
	}
	hit := &f.titleAtTok[i]
	if hit.which == 0 {
		hit.which, hit.end = -1, 0
		if k, q, ok := f.findTitleAt(p); ok {
			hit.which, hit.end = int32(k)+1, int32(q)
		}
	}
	if hit.which < 0 {
		return title{}, 0, false
	}
	return f.r.thaiTitlesAt(f.rs[p])[hit.which-1], int(hit.end), true
}

// titleHit is a cached answer of titleAt: which is 0 before it is asked,
// -1 for no title, else 1 + the title's index among those that begin with
// the letter; end is where the title ends.
type titleHit struct{ which, end int32 }

// findTitleAt is titleAt without the cache; it returns the title's index
// in thaiTitlesAt(rs[p]).
func (f *thaiFinder) findTitleAt(p int) (int, int, bool) {
	titles := f.r.thaiTitlesAt(f.rs[p])
	for k := range titles {
		t := &titles[k]
		n := len(t.runes)
		if p+n > len(f.rs) || !slices.Equal(f.rs[p:p+n], t.runes) {
			continue
		}
		q := p + n
		if f.endsTok[q] || q == len(f.rs) {
			return k, q, true
		}
		// The segmenter may run a token across the end of a title: นายห|ลี่
		// (the token is no word), เมือ|งก|ราส (a title of four letters or more).
		if i, ok := f.tokenAt(p); ok && f.toks[i][1] != q && (f.toks[i][1] > q && !t.strict && f.isUnknown(i) || n >= 4) {
			return k, q, true
		}
	}
	return 0, 0, false
}

// piece is a stretch of text read as one token of a name: a token, or the
// end of a token that a title began.
type piece struct {
	span document.Span
	tok  int
}

// pieceAt returns the piece starting at p.
func (f *thaiFinder) pieceAt(p int) (piece, bool) {
	if p >= len(f.rs) {
		return piece{}, false
	}
	if i, ok := f.tokenAt(p); ok {
		return piece{f.toks[i], i}, true
	}
	// p inside a token: find it.
	i, _ := slices.BinarySearchFunc(f.toks, p, func(t document.Span, p int) int { return t[1] - p - 1 })
	if i < len(f.toks) && f.toks[i][0] < p && p < f.toks[i][1] {
		return piece{document.Span{p, f.toks[i][1]}, i}, true
	}
	return piece{}, false
}

func (f *thaiFinder) pieceText(pc piece) string { return f.text(pc.span) }

// pieceUnknown reports whether a piece is not a dictionary word.
func (f *thaiFinder) pieceUnknown(pc piece) bool {
	if pc.span == f.toks[pc.tok] {
		return f.isUnknown(pc.tok)
	}
	return !f.dict.known(f.pieceText(pc))
}

// stops reports a piece that cannot be part of a name.
func (f *thaiFinder) stops(pc piece) bool {
	if !f.isThaiToken(pc.tok) || f.blocked(pc.span) || f.r.stopTH[f.pieceText(pc)] {
		return true
	}
	_, _, isTitle := f.titleAt(pc.span[0])
	return isTitle
}

// part reads one space-separated part of a name from p: pieces that touch,
// the first any word, the next ones words the dictionary does not know, or
// short words (one syllable, not counting an implied a: โต, สกี) that do not
// start a compound with the piece after them (เดิน|ขบวน). It returns the
// end, whether a piece is unknown, and whether the part ended cleanly (at a
// space, punctuation or the end).
func (f *thaiFinder) part(p int) (end int, unknown, clean bool) {
	end = p
	for n := 0; ; n++ {
		pc, ok := f.pieceAt(end)
		if !ok || pc.span[0] != end {
			return end, unknown, true
		}
		if f.stops(pc) {
			return end, unknown, !f.isThaiToken(pc.tok)
		}
		u := f.pieceUnknown(pc)
		if n > 0 && !u && !f.glue(pc) {
			return end, unknown, false
		}
		unknown = unknown || u
		end = pc.span[1]
	}
}

// glue reports a known piece that may be a syllable of a foreign name: of
// one spoken syllable (not counting an implied a: โต, สกี), or of two when
// the part ends after it (เม|กาลา); and not the first half of a compound
// split by the segmenter that the clause goes on after (สกี|เดิน|ทาง|ไป).
func (f *thaiFinder) glue(pc piece) bool {
	text := f.pieceText(pc)
	next, hasNext := f.touchingThai(pc.span[1])
	switch cachedSpokenSyllables(text) {
	case 0, 1:
	case 2:
		return !hasNext
	default:
		return false
	}
	// next starts where pc ends, so the two are one stretch of the text.
	if !hasNext || !f.dict.known(f.text(document.Span{pc.span[0], next.span[1]})) {
		return true
	}
	_, goesOn := f.touchingThai(next.span[1])
	return !goesOn
}

// touchingThai returns the Thai piece that starts at p, if any.
func (f *thaiFinder) touchingThai(p int) (piece, bool) {
	pc, ok := f.pieceAt(p)
	if !ok || pc.span[0] != p || !f.isThaiToken(pc.tok) {
		return piece{}, false
	}
	return pc, true
}

// titled finds the names written after a title.
func (f *thaiFinder) titled() []Name {
	var out []Name
	for i := 0; i < len(f.toks); i++ {
		p := f.toks[i][0]
		if f.knownOverlaps(f.toks[i]) {
			continue
		}
		t, q, ok := f.titleAt(p)
		if !ok || f.afterNumber(p) {
			continue // 150,000 นาย: นาย counts soldiers
		}
		for { // chains: ประธานาธิบดี พล.อ.ซูฮาร์โต
			if q < len(f.rs) && f.rs[q] == ' ' {
				q++
			}
			if t2, q2, ok := f.titleAt(q); ok {
				if t2.kind == t.kind || t.kind == KindPerson {
					t = title{text: t2.text, kind: t2.kind, strict: t.strict && t2.strict}
				}
				q = q2
				continue
			}
			break
		}
		s, unknown, ok := f.nameAfter(q, t.strict)
		if !ok {
			continue
		}
		if unknown {
			f.foreign[f.text(s)] = true
		}
		conf := 0.85
		if t.strict {
			conf = 0.75
		}
		out = append(out, Name{Span: s, Text: f.text(s), Kind: t.kind, Confidence: conf})
		f.found.add(s)
		for i+1 < len(f.toks) && f.toks[i+1][0] < s[1] {
			i++
		}
	}
	return out
}

// afterNumber reports a number just before p, which makes a title a
// classifier.
func (f *thaiFinder) afterNumber(p int) bool {
	for p > 0 && f.rs[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return false
	}
	r := f.rs[p-1]
	return r >= '0' && r <= '9' || r >= '๐' && r <= '๙'
}

// nameAfter reads the name starting at q, up to maxThaiNameParts parts.
// It also reports whether the name holds a word the dictionary does not know.
func (f *thaiFinder) nameAfter(q int, strict bool) (document.Span, bool, bool) {
	end, unknown, clean := f.part(q)
	if end == q {
		return document.Span{}, false, false
	}
	for parts := 1; parts < maxThaiNameParts && clean; parts++ {
		if end+1 >= len(f.rs) || f.rs[end] != ' ' {
			break
		}
		e2, u2, c2 := f.part(end + 1)
		if e2 == end+1 {
			break
		}
		if parts == 2 && (!c2 || e2-(end+1) > maxThaiThirdPart) {
			break // a third part must be short and end cleanly
		}
		if !u2 && !c2 {
			break // known words running into the clause: เจาดอก ฆ่า|ชาว…
		}
		end, unknown, clean = e2, unknown || u2, c2
	}
	s := document.Span{q, end}
	if s.Len() < 2 || s.Len() > maxThaiName || (strict && !unknown) || f.r.stopTH[f.text(s)] {
		return document.Span{}, false, false
	}
	return s, unknown, true
}

// repeatedTitled finds the other mentions of names found after titles, as
// written or with their spaces left out (ฮุน เซน, ฮุนเซน).
func (f *thaiFinder) repeatedTitled(titled []Name) []Name {
	var out []Name
	seen := map[string]bool{}
	for _, n := range titled {
		if !f.foreign[n.Text] {
			continue
		}
		for _, form := range []string{n.Text, strings.ReplaceAll(n.Text, " ", "")} {
			if seen[form] {
				continue
			}
			seen[form] = true
			for _, s := range f.occurrences(form) {
				if f.blocked(s) {
					continue
				}
				out = append(out, Name{Span: s, Text: f.text(s), Kind: n.Kind, Confidence: 0.7})
				f.found.add(s)
			}
		}
	}
	return out
}

// occurrences returns where form is written on token boundaries.
func (f *thaiFinder) occurrences(form string) []document.Span {
	want := []rune(form)
	if len(want) == 0 {
		return nil
	}
	if f.byFirstRune == nil {
		f.byFirstRune = map[rune][]int{}
		for i, t := range f.toks {
			f.byFirstRune[f.rs[t[0]]] = append(f.byFirstRune[f.rs[t[0]]], i)
		}
	}
	var out []document.Span
	for _, i := range f.byFirstRune[want[0]] {
		p := f.toks[i][0]
		if p+len(want) > len(f.rs) || !f.isThaiToken(i) {
			continue
		}
		if slices.Equal(f.rs[p:p+len(want)], want) && f.endsTok[p+len(want)] {
			out = append(out, document.Span{p, p + len(want)})
		}
	}
	return out
}

// repeated finds runs of two or more tokens, at least one of them unknown
// to the dictionary and the others of one syllable, that are written at
// least twice: a foreign name with no title (ซูฮาร์โต, written ซู|ฮาร์|โต).
func (f *thaiFinder) repeated(already []Name) []Name {
	kinds := map[string]string{}
	for _, n := range already {
		kinds[n.Text] = n.Kind
	}
	type gram struct {
		text  string
		spans []document.Span
	}
	grams := map[string]*gram{}
	memo := make([]int8, len(f.toks)) // 0 not yet asked, 1 yes, 2 no
	nameLike := func(i int) bool {
		if memo[i] == 0 {
			memo[i] = 2
			if f.nameLike(i) {
				memo[i] = 1
			}
		}
		return memo[i] == 1
	}
	// joins reports whether tokens i-1 and i touch or are one space apart.
	joins := func(i int) bool {
		gap := f.toks[i][0] - f.toks[i-1][1]
		return gap == 0 || gap == 1 && f.rs[f.toks[i-1][1]] == ' '
	}
	for a := 0; a < len(f.toks); a++ {
		if !nameLike(a) {
			continue
		}
		unknown := 0
		for b := a; b < len(f.toks) && b-a < maxRepeatedTokens; b++ {
			if b > a && (!joins(b) || !nameLike(b)) {
				break
			}
			if f.isUnknown(b) {
				unknown++
			}
			if b == a || unknown == 0 {
				continue
			}
			s := document.Span{f.toks[a][0], f.toks[b][1]}
			key := f.text(s)
			g := grams[key]
			if g == nil {
				g = &gram{text: key}
				grams[key] = g
			}
			g.spans = append(g.spans, s)
		}
	}
	list := make([]*gram, 0, len(grams))
	for _, g := range grams {
		if len(g.spans) >= minRepeatedMatches {
			list = append(list, g)
		}
	}
	slices.SortFunc(list, func(a, b *gram) int {
		if d := len([]rune(b.text)) - len([]rune(a.text)); d != 0 {
			return d
		}
		return strings.Compare(a.text, b.text)
	})
	var out []Name
	for _, g := range list {
		if f.r.stopTH[g.text] {
			continue // a listed word the dictionary lacks (คอมมิวนิสต์)
		}
		var free []document.Span
		for _, s := range g.spans {
			if !f.found.overlaps(s) && (len(free) == 0 || s[0] >= free[len(free)-1][1]) {
				free = append(free, s)
			}
		}
		if len(free) < minRepeatedMatches {
			continue
		}
		kind := kinds[g.text]
		if kind == "" {
			kind = KindUnknown
		}
		conf := min(0.7, 0.5+0.05*float64(len(free)))
		for _, s := range free {
			out = append(out, Name{Span: s, Text: g.text, Kind: kind, Confidence: conf})
			f.found.add(s)
		}
	}
	return out
}

// syllableCache remembers spokenSyllables across documents: the same
// tokens come back, and parsing them is costly. It is cleared when full.
var syllableCache = struct {
	sync.Mutex
	counts map[string]int
}{counts: map[string]int{}}

func cachedSpokenSyllables(s string) int {
	syllableCache.Lock()
	n, ok := syllableCache.counts[s]
	syllableCache.Unlock()
	if ok {
		return n
	}
	n = spokenSyllables(s)
	syllableCache.Lock()
	if len(syllableCache.counts) >= maxCachedWords {
		clear(syllableCache.counts)
	}
	// s may be a slice of a whole document: keep a copy, not the document.
	syllableCache.counts[strings.Clone(s)] = n
	syllableCache.Unlock()
	return n
}

// spokenSyllables counts the syllables the Thai rules read in s, leaving
// out open syllables with an implied a (the ส of สกี).
func spokenSyllables(s string) int {
	n := 0
	forEachPiece(s, func(word []syllable, _ string) {
		for _, syl := range word {
			if !(syl.implicit && syl.vowel == "a") {
				n++
			}
		}
	})
	return n
}

// nameLike reports a token that may be part of a name written without a
// title: unknown to the dictionary, or a short known syllable.
func (f *thaiFinder) nameLike(i int) bool {
	if !f.isThaiToken(i) || f.blocked(f.toks[i]) || f.r.stopTH[f.text(f.toks[i])] {
		return false
	}
	if _, _, t := f.titleAt(f.toks[i][0]); t {
		return false
	}
	return f.isUnknown(i) || f.glue(piece{f.toks[i], i})
}
