package sentence

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFiles embed.FS

// wordEntry is one line of a word list.
type wordEntry struct {
	word string
	// exception marks a "!word" line: a match on it cancels shorter matches.
	exception bool
	// whole marks a "=word" line: it matches only an entire chunk.
	whole bool
}

// wordList matches words at the start or end of a chunk by longest match,
// so that an exception such as "!ที่ประชุม" overrides the shorter "ที่".
// Entries are grouped by their first and by their last code point, longest
// first, so a match costs one small map lookup and a few comparisons.
type wordList struct {
	entries map[string]wordEntry
	byFirst runeIndex
	byLast  runeIndex
}

// runeIndex groups entries by a code point: an array for the Thai block,
// where nearly all lookups fall, and a map for the rest.
type runeIndex struct {
	thai  [0x80][]wordEntry
	other map[rune][]wordEntry
}

func (x *runeIndex) get(r rune) []wordEntry {
	if r >= 0x0E00 && r < 0x0E80 {
		return x.thai[r-0x0E00]
	}
	return x.other[r]
}

func (x *runeIndex) add(r rune, e wordEntry) {
	if r >= 0x0E00 && r < 0x0E80 {
		x.thai[r-0x0E00] = append(x.thai[r-0x0E00], e)
		return
	}
	if x.other == nil {
		x.other = map[rune][]wordEntry{}
	}
	x.other[r] = append(x.other[r], e)
}

// sort orders every group longest entry first.
func (x *runeIndex) sort() {
	longestFirst := func(a, b wordEntry) int {
		if len(a.word) != len(b.word) {
			return len(b.word) - len(a.word)
		}
		return strings.Compare(a.word, b.word)
	}
	for _, group := range x.thai {
		slices.SortFunc(group, longestFirst)
	}
	for _, group := range x.other {
		slices.SortFunc(group, longestFirst)
	}
}

// parseWordList reads one word a line, skipping blank lines and # comments.
func parseWordList(name, text string) (*wordList, error) {
	l := &wordList{entries: map[string]wordEntry{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for line := 1; sc.Scan(); line++ {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		var e wordEntry
		switch w[0] {
		case '!':
			e.exception, w = true, w[1:]
		case '=':
			e.whole, w = true, w[1:]
		}
		if w == "" || strings.ContainsAny(w, " \t") || !utf8.ValidString(w) {
			return nil, fmt.Errorf("sentence: %s:%d: want one word, got %q", name, line, sc.Text())
		}
		e.word = w
		l.entries[w] = e
	}
	for _, e := range l.entries {
		first, _ := utf8.DecodeRuneInString(e.word)
		last, _ := utf8.DecodeLastRuneInString(e.word)
		l.byFirst.add(first, e)
		l.byLast.add(last, e)
	}
	l.byFirst.sort()
	l.byLast.sort()
	return l, nil
}

// prefixOf reports whether s starts with a listed word.
func (l *wordList) prefixOf(s string) bool { return l.prefixOfAtLeast(s, 0) }

// prefixOfAtLeast is prefixOf for listed words of at least minRunes code
// points: when the longest match is shorter, it does not count.
func (l *wordList) prefixOfAtLeast(s string, minRunes int) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, e := range l.byFirst.get(r) {
		if !strings.HasPrefix(s, e.word) || (e.whole && len(e.word) != len(s)) {
			continue
		}
		if minRunes > 0 && utf8.RuneCountInString(e.word) < minRunes {
			return false
		}
		return !e.exception
	}
	return false
}

// suffixOf reports whether s ends with a listed word.
func (l *wordList) suffixOf(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, e := range l.byLast.get(r) {
		if !strings.HasSuffix(s, e.word) || (e.whole && len(e.word) != len(s)) {
			continue
		}
		return !e.exception
	}
	return false
}

// endsWithWord reports whether s ends with a listed word that is not the
// tail of a longer Thai word: s is the word, or a character other than a
// Thai letter comes before it ("ใน ม.ค." but not "ทหารตาม.", which ends
// with "ม.").
func (l *wordList) endsWithWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, e := range l.byLast.get(r) {
		n := len(e.word)
		if e.exception || !strings.HasSuffix(s, e.word) || (e.whole && n != len(s)) {
			continue
		}
		if n == len(s) || !isThaiLetter(lastRune(s[:len(s)-n])) {
			return true
		}
	}
	return false
}

// has reports whether s is exactly a listed word.
func (l *wordList) has(s string) bool {
	e, ok := l.entries[s]
	return ok && !e.exception
}

// abbrevKind tells when an English abbreviation's dot may still end a
// sentence; see data/en_abbrev.txt.
type abbrevKind int

const (
	abbrevNever  abbrevKind = iota // the dot never ends a sentence
	abbrevFinal                    // it does before a sentence-starter word
	abbrevNumber                   // it is an abbreviation only before a number
)

// parseAbbrevs reads "abbreviation [kind]" lines.
func parseAbbrevs(name, text string) (map[string]abbrevKind, error) {
	kinds := map[string]abbrevKind{"": abbrevNever, "final": abbrevFinal, "number": abbrevNumber}
	out := map[string]abbrevKind{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		kindName := ""
		if len(fields) > 1 {
			kindName = fields[1]
		}
		kind, ok := kinds[kindName]
		if !ok || len(fields) > 2 {
			return nil, fmt.Errorf("sentence: %s:%d: want \"abbreviation [final|number]\", got %q", name, line, sc.Text())
		}
		out[fields[0]] = kind
	}
	return out, nil
}

// lexicon holds every embedded list.
type lexicon struct {
	enAbbrev   map[string]abbrevKind
	enStarters *wordList

	thAbbrev      *wordList
	thEra         *wordList
	thMonths      *wordList
	thClassifiers *wordList
	thOpen        *wordList
	thCont        *wordList
	thNonFinal    *wordList
	thWords       *wordList
	thTitles      *wordList
	thLead        *wordList
	thNameBefore  *wordList
	thListEnd     *wordList
	thCoord       *wordList
}

// loadLexicon parses the embedded data files.
func loadLexicon() (*lexicon, error) {
	read := func(name string) (string, error) {
		b, err := dataFiles.ReadFile("data/" + name)
		if err != nil {
			return "", fmt.Errorf("sentence: read %s: %w", name, err)
		}
		return string(b), nil
	}
	lex := &lexicon{}
	text, err := read("en_abbrev.txt")
	if err != nil {
		return nil, err
	}
	if lex.enAbbrev, err = parseAbbrevs("en_abbrev.txt", text); err != nil {
		return nil, err
	}
	lists := []struct {
		name string
		dst  **wordList
	}{
		{"en_starters.txt", &lex.enStarters},
		{"th_abbrev.txt", &lex.thAbbrev},
		{"th_era.txt", &lex.thEra},
		{"th_months.txt", &lex.thMonths},
		{"th_classifiers.txt", &lex.thClassifiers},
		{"th_open.txt", &lex.thOpen},
		{"th_cont.txt", &lex.thCont},
		{"th_nonfinal.txt", &lex.thNonFinal},
		{"th_words.txt", &lex.thWords},
		{"th_titles.txt", &lex.thTitles},
		{"th_lead.txt", &lex.thLead},
		{"th_name_before.txt", &lex.thNameBefore},
		{"th_list_end.txt", &lex.thListEnd},
		{"th_coord.txt", &lex.thCoord},
	}
	for _, l := range lists {
		text, err := read(l.name)
		if err != nil {
			return nil, err
		}
		if *l.dst, err = parseWordList(l.name, text); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

// lex is parsed once; the data files ship inside the binary, so a parse
// error is a build defect that TestLexiconLoads reports.
var lex = func() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return l
}()
