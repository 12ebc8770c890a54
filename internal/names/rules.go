package names

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// title is a word or phrase written before a name.
type title struct {
	text  string
	runes []rune
	words []string // text split at spaces, for matching word by word
	kind  string
	// strict: the phrase is also an ordinary noun, so the name after it must
	// hold a word the dictionary does not know.
	strict bool
}

// rules are the word lists of the finders, read from data/.
type rules struct {
	titlesEN []title // longest first
	// titlesENByWord indexes titlesEN by their first word (Lt of Lt. Gen.).
	titlesENByWord map[string][]title
	contextEN      []title // lower-case phrases before a name, longest first
	headsEN        map[string]string
	particles      map[string]bool
	stopEN         map[string]bool
	calendar       map[string]bool
	titlesTH       []title // longest first
	// titlesTHByRune indexes titlesTH by first letter; titlesTHByThai
	// repeats the Thai block's entries in an array, read for every token.
	titlesTHByRune map[rune][]title
	titlesTHByThai [0x80][]title
	stopTH         map[string]bool
	// titleEndsEN holds the last space-separated word of each English
	// title (Gen. of Lt. Gen.), which abbreviation looks up.
	titleEndsEN map[string]bool
	// listedEN holds the keys of titlesENByWord, stopEN and calendar: most
	// capitalised words are in none, and the filter says so without a
	// lookup in each map.
	listedEN wordFilter
	// capsInParticles tells that some particle is written with a capital,
	// so that a capitalised stop word may stand inside a name.
	capsInParticles bool
}

// neverInName reports a capitalised word that no English name holds: a
// stop or calendar word (see englishFinder.nameish), unless a particle
// has capitals. The finder is never asked about its lower case.
func (r *rules) neverInName(word string) bool {
	return !r.capsInParticles && r.listedEN.mayHold(word) && (r.stopEN[word] || r.calendar[word])
}

var (
	rulesOnce   sync.Once
	loadedRules *rules
	rulesErr    error
)

// thaiTitlesAt returns the Thai titles that begin with c.
func (r *rules) thaiTitlesAt(c rune) []title {
	if c >= 0x0E00 && c < 0x0E80 {
		return r.titlesTHByThai[c-0x0E00]
	}
	return r.titlesTHByRune[c]
}

// defaultRules returns the embedded word lists, read once.
func defaultRules() (*rules, error) {
	rulesOnce.Do(func() { loadedRules, rulesErr = loadRules(dataFS) })
	return loadedRules, rulesErr
}

func loadRules(fsys fs.FS) (*rules, error) {
	r := &rules{}
	var err error
	if r.titlesEN, err = readTitles(fsys, "data/titles_en.tsv"); err != nil {
		return nil, err
	}
	if r.contextEN, err = readTitles(fsys, "data/context_en.tsv"); err != nil {
		return nil, err
	}
	if r.titlesTH, err = readTitles(fsys, "data/titles_th.tsv"); err != nil {
		return nil, err
	}
	r.titlesENByWord = map[string][]title{}
	r.titleEndsEN = map[string]bool{}
	for _, t := range r.titlesEN {
		r.titleEndsEN[t.text[strings.LastIndexByte(t.text, ' ')+1:]] = true
		first := strings.FieldsFunc(t.text, func(c rune) bool { return !unicode.IsLetter(c) })[0]
		r.titlesENByWord[first] = append(r.titlesENByWord[first], t)
	}
	r.titlesTHByRune = map[rune][]title{}
	for _, t := range r.titlesTH {
		r.titlesTHByRune[t.runes[0]] = append(r.titlesTHByRune[t.runes[0]], t)
		if c := t.runes[0]; c >= 0x0E00 && c < 0x0E80 {
			r.titlesTHByThai[c-0x0E00] = append(r.titlesTHByThai[c-0x0E00], t)
		}
	}
	heads, err := readTitles(fsys, "data/heads_en.tsv")
	if err != nil {
		return nil, err
	}
	r.headsEN = make(map[string]string, len(heads))
	for _, h := range heads {
		r.headsEN[h.text] = h.kind
	}
	for _, l := range []struct {
		dst  *map[string]bool
		path string
	}{
		{&r.particles, "data/particles_en.txt"},
		{&r.stopEN, "data/stopwords_en.txt"},
		{&r.calendar, "data/calendar_en.txt"},
		{&r.stopTH, "data/stopwords_th.txt"},
	} {
		if *l.dst, err = readSet(fsys, l.path); err != nil {
			return nil, err
		}
	}
	for _, m := range []map[string]bool{r.stopEN, r.calendar} {
		for w := range m {
			r.listedEN.add(w)
		}
	}
	for w := range r.titlesENByWord {
		r.listedEN.add(w)
	}
	for p := range r.particles {
		r.capsInParticles = r.capsInParticles || strings.ToLower(p) != p
	}
	return r, nil
}

// eachLine calls fn with the 1-based number and text of every line of path
// that is not blank or a # comment.
func eachLine(fsys fs.FS, path string, fn func(n int, line string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("names: open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("names: %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("names: read %s: %w", path, err)
	}
	return nil
}

// validKinds are the kinds a word list may give.
var validKinds = map[string]bool{KindPerson: true, KindOrganization: true, KindPlace: true}

func readTitles(fsys fs.FS, path string) ([]title, error) {
	var out []title
	err := eachLine(fsys, path, func(_ int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return fmt.Errorf("want phrase and kind separated by a tab")
		}
		t := title{text: strings.TrimSpace(f[0]), kind: strings.TrimSpace(f[1])}
		t.runes = []rune(t.text)
		t.words = strings.Fields(t.text)
		if len(t.runes) == 0 {
			return fmt.Errorf("empty phrase")
		}
		if !validKinds[t.kind] {
			return fmt.Errorf("unknown kind %q", t.kind)
		}
		if len(f) > 2 {
			switch strings.TrimSpace(f[2]) {
			case "strict":
				t.strict = true
			case "":
			default:
				return fmt.Errorf("third field %q is not strict or empty", f[2])
			}
		}
		out = append(out, t)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].text) > len(out[j].text) })
	return out, err
}

func readSet(fsys fs.FS, path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(fsys, path, func(_ int, line string) error {
		out[strings.TrimSpace(line)] = true
		return nil
	})
	return out, err
}
