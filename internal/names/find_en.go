package names

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/document"
)

// enWord is one word of a language written with capitals. It holds
// offsets, not strings, so that a text's words are one pointer-free slice
// that the garbage collector need not scan and that finders reuse.
type enWord struct {
	start, end int32 // code points; a possessive 's is left out
	// b and e are the word's bytes in the text; the text between two
	// words is the separator (see englishFinder.sep).
	b, e      int32
	cap       bool // first letter upper case
	allCaps   bool
	dotAfter  bool // a '.' follows at once
	sentStart bool
	covered   bool // overlaps a span already matched
}

// initial reports a single capital followed by a dot (the B. of B. J. Habibie).
func (w *enWord) initial() bool {
	return w.dotAfter && w.end-w.start == 1 && w.cap
}

// text is the word as written in text.
func (w *enWord) text(text string) string { return text[w.b:w.e] }

// withDot is the word with a dot after it, a slice of the text when the
// dot is there.
func (w *enWord) withDot(text string) string {
	if w.dotAfter {
		return text[w.b : w.e+1]
	}
	return w.text(text) + "."
}

// isCasedLetter reports letters of scripts that the English rules read;
// Thai letters belong to the Thai rules.
func isCasedLetter(r rune) bool {
	if r < utf8.RuneSelf { // ASCII, most of the text: skip the table lookup
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return !(r >= 0x0E00 && r <= 0x0E7F) && unicode.IsLetter(r)
}

// asciiLetter is isCasedLetter on ASCII.
var asciiLetter = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isCasedLetter(rune(c))
	}
	return t
}()

// letterByte marks the bytes that are ASCII letters.
var letterByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiLetter[c]
	}
	return t
}()

// casedLetter is isCasedLetter with ASCII, most of the text, read from a
// table: small enough to be inlined in the scan.
func casedLetter(c rune) bool {
	if uint32(c) < utf8.RuneSelf {
		return asciiLetter[c]
	}
	return isCasedLetter(c)
}

// scanEnglishWords splits text into words: letters and the combining marks
// after them, with apostrophes between letters (O'Brien); a final 's or ’s
// is not part of the word. Hyphens, digits and punctuation separate words.
// The words are appended to words[:0], and what they may ask is added to
// asked. The scan reads the text's bytes,
// not its runes: a quarter of the memory, and byte offsets come for free.
// Like a conversion to runes, it reads an invalid byte as one U+FFFD.
func scanEnglishWords(text string, r *rules, words []enWord, asked *askedWords) []enWord {
	words = words[:0]
	sepB := int32(0) // where the text before the next word starts
	boundary := true // the next word starts a sentence
	i := 0           // code points before b
	for b := 0; b < len(text); {
		c, size := rune(text[b]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[b:])
		}
		if !casedLetter(c) {
			b += size
			i++
			continue
		}
		start, startB, first := i, b, c
		for b < len(text) {
			// ASCII letters, most of a word, at once.
			from := b
			for b < len(text) && letterByte[text[b]] {
				b++
			}
			if i += b - from; b >= len(text) {
				break
			}
			if c, size = rune(text[b]), 1; c >= utf8.RuneSelf {
				c, size = utf8.DecodeRuneInString(text[b:])
			}
			if casedLetter(c) || (c >= utf8.RuneSelf && unicode.Is(unicode.Mn, c) && i > start) {
				b += size
				i++
				continue
			}
			if (c == '\'' || c == '’') && b+size < len(text) {
				next, nextSize := utf8.DecodeRuneInString(text[b+size:])
				if isCasedLetter(next) {
					if after := b + size + nextSize; next == 's' && (after >= len(text) || !isCasedLetter(firstRune(text[after:]))) {
						break // possessive
					}
					b += size
					i++
					continue
				}
			}
			break
		}
		// Filled in place: the slice is long and a copy of each word costs.
		words = append(words, enWord{start: int32(start), end: int32(i), b: int32(startB), e: int32(b)})
		w := &words[len(words)-1]
		w.cap = unicode.IsUpper(first)
		w.allCaps = w.cap && i-start > 1 && noLower(text[startB:b])
		w.dotAfter = b < len(text) && text[b] == '.'
		// The quick test of sepEndsSentence, here to spare a call for
		// most words.
		sep := text[sepB:w.b]
		w.sentStart = boundary || (len(sep) > 8 || mayEndSentence(sep)) && sepEndsSentence(sep, text, words[:len(words)-1], r)
		boundary = false
		sepB = w.e
		asked.add(w, text, r)
	}
	return words
}

// firstRune is the first code point of s.
func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// sepEndsSentence reports whether the text between two words ends a
// sentence: a line break, or . ! ? : ; followed by space, unless the dot
// closes an initial or an abbreviation (Gen., St.).
func sepEndsSentence(sep, text string, words []enWord, r *rules) bool {
	// Separators span whole Thai passages in a Thai text: test with
	// IndexByte, which is fast on long strings, and look at the end marks
	// before searching for spaces.
	if len(sep) <= 8 && !mayEndSentence(sep) {
		return false // the usual case (" ", ", "), decided early
	}
	if strings.IndexByte(sep, '\n') >= 0 || strings.IndexByte(sep, '\r') >= 0 {
		return true
	}
	trimmed := strings.TrimLeft(sep, `"'“‘([`)
	if trimmed == "" {
		return false
	}
	switch trimmed[0] {
	case '!', '?', ':', ';', '.':
	default:
		return false
	}
	if strings.IndexByte(sep, ' ') < 0 && strings.IndexByte(sep, '\t') < 0 {
		return false
	}
	if trimmed[0] == '.' && len(words) > 0 {
		prev := &words[len(words)-1]
		if prev.initial() || r.abbreviation(prev.withDot(text)) {
			return false
		}
	}
	return true
}

// sentenceEndBytes are the bytes without which a separator cannot end a
// sentence (see sepEndsSentence).
var sentenceEndBytes = [256]bool{'\n': true, '\r': true, '!': true, '?': true, ':': true, ';': true, '.': true}

// mayEndSentence is a quick test that rules out most short separators.
func mayEndSentence(sep string) bool {
	for i := 0; i < len(sep); i++ {
		if sentenceEndBytes[sep[i]] {
			return true
		}
	}
	return false
}

// abbreviation reports a title or calendar word written with a dot: s is
// a title or the last word of one.
func (r *rules) abbreviation(s string) bool {
	if r.calendar[s] {
		return true
	}
	if strings.IndexByte(s, ' ') < 0 {
		return r.titleEndsEN[s] // a one-word s can only end a title
	}
	for _, t := range r.titlesEN {
		if strings.HasSuffix(t.text, s) && (len(t.text) == len(s) || t.text[len(t.text)-len(s)-1] == ' ') {
			return true
		}
	}
	return false
}

// englishFinder holds the state of one English pass over a text.
type englishFinder struct {
	text  string
	rs    []rune
	words []enWord
	r     *rules
	// midCap holds words seen capitalised away from a sentence start;
	// lower holds words seen in lower case; both only those that asked
	// lets through.
	midCap, lower map[string]bool
	asked         askedWords
}

// finders keeps englishFinders for reuse: the word slice and the maps of a
// text's words would otherwise be allocated and grown for every document.
var finders = sync.Pool{New: func() any {
	return &englishFinder{midCap: map[string]bool{}, lower: map[string]bool{}}
}}

func findEnglish(rt *document.RuneText, rs []rune, k *coverage, r *rules) []Name {
	f := finders.Get().(*englishFinder)
	defer f.release()
	f.text, f.rs, f.r = rt.Text, rs, r
	f.asked = askedWords{}
	f.words = scanEnglishWords(rt.Text, r, f.words, &f.asked)
	f.markWords(k)
	var out []Name
	for i := 0; i < len(f.words); {
		if !f.words[i].cap {
			i++ // neither a title nor a name starts in lower case
			continue
		}
		n, next, ok := f.nameAt(i)
		if ok {
			out = append(out, n)
		}
		i = next
	}
	return settleKinds(out)
}

// release empties the finder, so that it holds on to no text, and returns
// it to the pool.
func (f *englishFinder) release() {
	clear(f.midCap)
	clear(f.lower)
	f.text, f.rs, f.r, f.words = "", nil, nil, f.words[:0]
	finders.Put(f)
}

// markWords sets covered on the words that overlap a span of k, and fills
// lower and midCap with the words that f.asked lets through. Words and k's
// spans are both in text order, so one merge pass answers every word.
func (f *englishFinder) markWords(k *coverage) {
	spans := k.spans
	// Common words come back again and again: a small memo of the words
	// just stored spares most map writes.
	var recent wordMemo
	for i := range f.words {
		w := &f.words[i]
		for len(spans) > 0 && spans[0][1] <= int(w.start) {
			spans = spans[1:]
		}
		w.covered = len(spans) > 0 && spans[0][0] < int(w.end)
		switch {
		case !w.cap:
			if text := w.text(f.text); f.asked.lowered.mayHold(text) && !recent.seen(text) {
				f.lower[text] = true
			}
		case !w.sentStart:
			if text := w.text(f.text); f.asked.opening.mayHold(text) && !recent.seen(text) {
				f.midCap[text] = true
			}
		}
	}
}

// covered reports whether word i overlaps a known span.
func (f *englishFinder) covered(i int) bool { return f.words[i].covered }

// sep is the text between word i-1, or the start, and word i.
func (f *englishFinder) sep(i int) string {
	from := int32(0)
	if i > 0 {
		from = f.words[i-1].e
	}
	return f.text[from:f.words[i].b]
}

// wordText is the text of word i.
func (f *englishFinder) wordText(i int) string { return f.words[i].text(f.text) }

// nameish reports a capitalised word that may be part of a name.
func (f *englishFinder) nameish(i int) bool {
	w := &f.words[i]
	if !w.cap || w.covered {
		return false
	}
	if text := w.text(f.text); f.r.listedEN.mayHold(text) && (f.r.stopEN[text] || f.r.calendar[text]) {
		return false
	}
	if int(w.end) < len(f.rs) && f.rs[w.end] == '$' {
		return false // a currency: US$, A$, HK$
	}
	if !w.dotAfter {
		return true
	}
	withDot := w.withDot(f.text)
	return !(f.r.listedEN.mayHold(withDot) && f.r.calendar[withDot])
}

// joined reports whether word j follows word j-1 inside one name: after a
// space, a hyphen, or the dot of an initial.
func (f *englishFinder) joined(j int) bool {
	sep := f.sep(j)
	switch sep {
	case " ", "\u00a0", "-":
		return true
	case ". ", ".":
		return f.words[j-1].initial()
	}
	return false
}

// title returns the title that starts at word i and the index of the word
// after it, or ok false.
func (f *englishFinder) title(i int) (title, int, bool) {
	w := &f.words[i]
	if !w.cap {
		return title{}, 0, false
	}
	text := w.text(f.text)
	if !f.r.listedEN.mayHold(text) {
		return title{}, 0, false
	}
	for _, t := range f.r.titlesENByWord[text] {
		end := int(w.start) + len(t.runes)
		if end > len(f.rs) || !slices.Equal(f.rs[w.start:end], t.runes) {
			continue
		}
		j := i
		for j < len(f.words) && int(f.words[j].start) < end {
			j++
		}
		if j == i || j >= len(f.words) || int(f.words[j-1].end) > end {
			continue // the title ends inside a word
		}
		if between := string(f.rs[end:f.words[j].start]); strings.TrimSpace(between) != "" && between != "." {
			continue
		}
		return t, j, true
	}
	return title{}, 0, false
}

// nameAt reads a name starting at word i. next is where to look next.
func (f *englishFinder) nameAt(i int) (Name, int, bool) {
	kind, evidence := KindUnknown, 0.0
	titled := false
	for i < len(f.words) {
		t, j, ok := f.title(i)
		if !ok {
			break
		}
		kind, evidence, titled = t.kind, 0.3, true
		i = j
	}
	if i >= len(f.words) || !f.nameish(i) {
		return Name{}, i + 1, false
	}
	start, last := i, i
	for j := i + 1; j < len(f.words) && f.joined(j); {
		switch {
		case f.nameish(j):
			last, j = j, j+1
			continue
		case f.sep(j) == "-" && f.hyphenSyllable(j):
			last, j = j, j+1
			continue
		}
		if p := f.particleEnd(j); p > 0 && p < len(f.words) && f.joined(p) && f.nameish(p) {
			last, j = p, p+1
			continue
		}
		break
	}
	next := last + 1
	if !titled && f.words[start].sentStart && !f.midCap[f.wordText(start)] {
		// A capital at a sentence start proves nothing, unless a name runs on
		// and the word is never written in lower case.
		if last == start || !f.joined(start+1) || !f.words[start+1].cap || f.lower[strings.ToLower(f.wordText(start))] {
			start++
			for start <= last && !f.words[start].cap {
				start++
			}
			if start > last {
				return Name{}, next, false
			}
		}
	}
	if !f.meaningful(start, last) || f.extendsKnown(start, last) || (!titled && f.commonWords(start, last)) {
		return Name{}, next, false
	}
	if kind == KindUnknown {
		if c, ok := f.context(start); ok {
			kind, evidence = c, 0.3
		}
	}
	if kind == KindUnknown {
		if h, ok := f.head(start, last); ok {
			kind, evidence = h, 0.25
		}
	}
	conf := 0.6
	switch {
	case last > start:
		conf = 0.75
	case f.words[start].allCaps:
		conf = 0.7
		if kind == KindUnknown && !isRomanNumeral(f.wordText(start)) {
			kind = KindOrganization
		}
	}
	if f.words[start].sentStart && !titled && !f.midCap[f.wordText(start)] {
		conf -= 0.1
	}
	span := document.Span{int(f.words[start].start), int(f.words[last].end)}
	return Name{
		Span:       span,
		Text:       string(f.rs[span[0]:span[1]]),
		Kind:       kind,
		Confidence: min(0.95, conf+evidence),
	}, next, true
}

// hyphenSuffixes are English words that follow a hyphen after a name
// (Hanoi-backed), not a syllable of it (Kim Il-sung).
var hyphenSuffixes = map[string]bool{
	"led": true, "run": true, "era": true, "born": true, "held": true, "based": true,
	"style": true, "backed": true, "ruled": true, "made": true, "owned": true, "like": true,
	"wide": true, "type": true, "aligned": true, "allied": true, "era's": true, "age": true,
}

// hyphenSyllable reports a short lower-case part after a hyphen that
// belongs to the name (Jong-il, Il-sung).
func (f *englishFinder) hyphenSyllable(j int) bool {
	w := &f.words[j]
	n := w.end - w.start
	return !w.cap && n <= 4 && !hyphenSuffixes[w.text(f.text)]
}

// particleEnd returns the index of the word after a particle (of, de, van
// der) starting at word j, or 0.
func (f *englishFinder) particleEnd(j int) int {
	if f.r.particles[f.wordText(j)] {
		// The two words and the space between them, as written.
		if j+1 < len(f.words) && f.sep(j+1) == " " && f.r.particles[f.text[f.words[j].b:f.words[j+1].e]] {
			return j + 2
		}
		return j + 1
	}
	return 0
}

// meaningful rejects runs made only of titles, head words or initials, and
// lone roman numerals.
func (f *englishFinder) meaningful(start, last int) bool {
	for i := start; i <= last; i++ {
		w := &f.words[i]
		if !w.cap || w.initial() {
			continue
		}
		if _, head := f.r.headsEN[w.text(f.text)]; head {
			continue
		}
		if start == last && (isRomanNumeral(w.text(f.text)) || w.end-w.start == 1) {
			return false
		}
		return true
	}
	return false
}

// extendsKnown reports a run written on to a known name (the War of
// Vietnam War, the Peace Agreements of Paris Peace Agreements): it is part
// of a longer name that the lexicon matched only in part.
func (f *englishFinder) extendsKnown(start, last int) bool {
	if start > 0 && f.joined(start) && f.covered(start-1) {
		return true
	}
	return last+1 < len(f.words) && f.joined(last+1) && f.covered(last+1)
}

// commonWords reports a run whose every word is also written in lower case
// in the text (Peace, End of, Armed Forces): common nouns with a capital.
func (f *englishFinder) commonWords(start, last int) bool {
	for i := start; i <= last; i++ {
		w := &f.words[i]
		if w.cap && !f.lower[strings.ToLower(w.text(f.text))] {
			return false
		}
	}
	return true
}

// context returns the kind told by lower-case words just before word i.
func (f *englishFinder) context(i int) (string, bool) {
	for _, c := range f.r.contextEN {
		parts := c.words
		j := i - len(parts)
		if j < 0 {
			continue
		}
		match := true
		for p, part := range parts {
			w := &f.words[j+p]
			if w.text(f.text) != part || f.sep(j+p+1) != " " {
				match = false
				break
			}
		}
		if match {
			return c.kind, true
		}
	}
	return "", false
}

// head returns the kind told by a head word (Party, River) in the name.
func (f *englishFinder) head(start, last int) (string, bool) {
	for i := last; i >= start; i-- {
		if k, ok := f.r.headsEN[f.wordText(i)]; ok {
			return k, true
		}
	}
	return "", false
}

func isRomanNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return s != ""
}

// settleKinds gives every occurrence of a name the kind that one of its
// occurrences showed, and raises the confidence of repeated names.
func settleKinds(names []Name) []Name {
	kinds := map[string]string{}
	count := map[string]int{}
	for _, n := range names {
		count[n.Text]++
		if n.Kind != KindUnknown && kinds[n.Text] == "" {
			kinds[n.Text] = n.Kind
		}
	}
	// A person's last name alone is the person (Tolsky after Ravan Tolsky).
	for _, n := range names {
		if n.Kind != KindPerson {
			continue
		}
		if i := strings.LastIndexByte(n.Text, ' '); i > 0 && kinds[n.Text[i+1:]] == "" {
			kinds[n.Text[i+1:]] = KindPerson
		}
	}
	for i := range names {
		n := &names[i]
		if n.Kind == KindUnknown && kinds[n.Text] != "" {
			n.Kind = kinds[n.Text]
		}
		if count[n.Text] > 1 {
			n.Confidence = min(0.95, n.Confidence+0.05)
		}
	}
	return names
}

// noLower reports whether no letter of s is lower case.
func noLower(s string) bool {
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}
