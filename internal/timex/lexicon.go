package timex

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseMode says how a lexicon form matches the case of a Latin token.
type caseMode uint8

const (
	caseAny     caseMode = iota // form written in lower case: any case matches
	caseInitial                 // form written Capitalised: token must start upper case
	caseExact                   // form written in CAPITALS: token must be identical
)

// entry is one reading of a form: the class it belongs to and its value.
type entry struct {
	class int
	value string
	num   int // value read as a number, 0 when it is none
	cases caseMode
}

// lexicon holds the words of one language. Forms that begin with a Thai
// letter go into a trie (Thai is written without spaces); all other forms are
// looked up whole, in lower case.
type lexicon struct {
	classes  []string       // class id -> name
	classIDs map[string]int // name -> class id
	words    map[string][]entry
	// wordShapes[b][n] tells whether some key of words starts with byte b
	// and is n bytes long (n capped): most words of a text are no key, and
	// this rules them out before hashing.
	wordShapes [256][maxShapeLen + 1]bool
	// table is words as read while tokenizing, built by buildTables.
	table wordTable
	// asciiPunct holds the entries of each ASCII rune read as a token of
	// its own (a punctuation or symbol token), built by buildTables.
	asciiPunct [utf8.RuneSelf]*entrySet
	// sets are all the entry sets of table, asciiPunct and the Thai trie,
	// for compileEngine to add the rules they select.
	sets []*entrySet
	thai *trieNode
	// thaiRoot indexes the first level of the trie by rune - 0x0E00.
	thaiRoot [128]*trieNode
	// thaiPairs has bit a*128+b set when some Thai form starts with the
	// Thai-block runes 0x0E00+a, 0x0E00+b: it rules out most positions of a
	// Thai text before the trie is walked.
	thaiPairs [128 * 128 / 64]uint64
	// thaiSkip tells the Thai letters that start no form (by rune -
	// 0x0E00): runs of them are stepped over at once.
	thaiSkip [128]bool
}

// trieNode is a node of the Thai form trie. Nodes have few children, so a
// short slice searched in order beats a map.
type trieNode struct {
	next    []trieEdge
	entries []entry
	set     *entrySet // entries as tokens carry them, built by buildTables
}

// entrySet is the entries of one form as tokens carry them, with what the
// tagger asks of every such token worked out once: the classes they hold,
// whether one is a number word, and the rules they may start, complete
// alone or continue (set by compileEngine). A token without entries has a
// nil set.
type entrySet struct {
	list    []entry
	classes []uint64 // bit set of the class ids in list
	numWord bool     // list holds a numword entry: the token is a #count
	rules   [numRuleRoles]ruleBits
	// startsRule tells that rules[ruleStart] is not empty.
	startsRule bool
}

// The roles of a token in a match, for entrySet.rules.
const (
	ruleStart = iota // the first token
	ruleEnd          // the first token, when a match may end after it
	ruleNext         // the second token
	numRuleRoles
)

// entries returns the entries of s; none for a nil s.
func (s *entrySet) entries() []entry {
	if s == nil {
		return nil
	}
	return s.list
}

// has reports whether s holds an entry of class.
func (s *entrySet) has(class int) bool {
	return s != nil && s.classes[class/64]&(1<<(class%64)) != 0
}

// newEntrySet returns the set of list, or nil for an empty list, and
// records it in l.sets.
func (l *lexicon) newEntrySet(list []entry) *entrySet {
	if len(list) == 0 {
		return nil
	}
	s := &entrySet{list: list, classes: make([]uint64, (len(l.classes)+63)/64)}
	numWord, hasNumWord := l.classIDs[numWordClass]
	for _, e := range list {
		s.classes[e.class/64] |= 1 << (e.class % 64)
		s.numWord = s.numWord || (hasNumWord && e.class == numWord)
	}
	l.sets = append(l.sets, s)
	return s
}

// setThaiEntrySets gives every node of the Thai trie below n its set.
func (l *lexicon) setThaiEntrySets(n *trieNode) {
	n.set = l.newEntrySet(n.entries)
	for _, e := range n.next {
		l.setThaiEntrySets(e.n)
	}
}

type trieEdge struct {
	r rune
	n *trieNode
}

func (n *trieNode) child(r rune) *trieNode {
	for i := range n.next {
		if n.next[i].r == r {
			return n.next[i].n
		}
	}
	return nil
}

// startsNoThaiForm reports a Thai letter that starts no form.
func (l *lexicon) startsNoThaiForm(r rune) bool {
	d := uint32(r - 0x0E00)
	return d < 128 && l.thaiSkip[d]
}

func inThaiBlock(r rune) bool { return r >= 0x0E00 && r <= 0x0E7F }

// mayPair reports whether a Thai form can start with a then b; a is a Thai
// letter. It is true for any b outside the Thai block.
func (l *lexicon) mayPair(a, b rune) bool {
	if !inThaiBlock(b) {
		return true
	}
	k := (a-0x0E00)*128 + b - 0x0E00
	return l.thaiPairs[k/64]&(1<<(k%64)) != 0
}

// maxShapeLen caps the lengths that wordShapes tells apart.
const maxShapeLen = 31

func newLexicon() *lexicon {
	return &lexicon{classIDs: map[string]int{}, words: map[string][]entry{}, thai: &trieNode{}}
}

// classID returns the id of a class, creating it when new.
func (l *lexicon) classID(name string) int {
	if id, ok := l.classIDs[name]; ok {
		return id
	}
	id := len(l.classes)
	l.classes = append(l.classes, name)
	l.classIDs[name] = id
	return id
}

// add records form as a member of class with value.
func (l *lexicon) add(class int, form, value string) {
	num, _ := strconv.Atoi(value)
	r, _ := utf8.DecodeRuneInString(form)
	if isThaiLetter(r) {
		n := l.thai
		for _, c := range form {
			child := n.child(c)
			if child == nil {
				child = &trieNode{}
				n.next = append(n.next, trieEdge{c, child})
			}
			n = child
		}
		if rs := []rune(form); len(rs) > 1 && inThaiBlock(rs[1]) {
			k := (rs[0]-0x0E00)*128 + rs[1] - 0x0E00
			l.thaiPairs[k/64] |= 1 << (k % 64)
		}
		for _, e := range l.thai.next {
			l.thaiRoot[e.r-0x0E00] = e.n
		}
		n.entries = appendEntry(n.entries, entry{class: class, value: value, num: num})
		return
	}
	key := strings.ToLower(form)
	if key != "" {
		l.wordShapes[key[0]][min(len(key), maxShapeLen)] = true
	}
	l.words[key] = appendEntry(l.words[key], entry{class: class, value: value, num: num, cases: caseOf(form)})
}

// appendEntry adds e unless the same class and value is already there.
func appendEntry(es []entry, e entry) []entry {
	for _, old := range es {
		if old == e {
			return es
		}
	}
	return append(es, e)
}

func caseOf(form string) caseMode {
	hasUpper, hasLower := false, false
	for _, r := range form {
		if unicode.IsUpper(r) {
			hasUpper = true
		} else if unicode.IsLower(r) {
			hasLower = true
		}
	}
	switch {
	case hasUpper && !hasLower:
		return caseExact
	case hasUpper:
		return caseInitial
	}
	return caseAny
}

// parseLexicon reads a lexicon file:
//
//	# comment
//	@class
//	value: form, form, form
//	form, form            (no value)
func parseLexicon(l *lexicon, name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	class := -1
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if strings.HasPrefix(text, "@") {
			cname := strings.TrimSpace(text[1:])
			if cname == "" || strings.ContainsAny(cname, " \t") {
				return fmt.Errorf("%s:%d: bad class header %q", name, line, text)
			}
			class = l.classID(cname)
			continue
		}
		if class < 0 {
			return fmt.Errorf("%s:%d: entry before any @class header", name, line)
		}
		value, forms := "", text
		if i := strings.Index(text, ": "); i >= 0 {
			value, forms = strings.TrimSpace(text[:i]), text[i+2:]
		}
		n := 0
		for _, f := range strings.Split(forms, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			l.add(class, f, value)
			n++
		}
		if n == 0 {
			return fmt.Errorf("%s:%d: no forms", name, line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: read: %w", name, err)
	}
	return nil
}

// caseShape is what a word's case says to caseFits: bit caseUpperFirst
// when its first rune is upper case, bit caseNoLower when none is lower case.
type caseShape uint8

const (
	caseUpperFirst caseShape = 1 << iota
	caseNoLower
)

func caseShapeOf(word []rune) caseShape {
	var s caseShape
	if len(word) > 0 && unicode.IsUpper(word[0]) {
		s |= caseUpperFirst
	}
	for _, r := range word {
		if unicode.IsLower(r) {
			return s
		}
	}
	return s | caseNoLower
}

// lowerKey appends the lexicon key of word (lower case) to buf[:0].
func lowerKey(word []rune, buf []byte) []byte {
	buf = buf[:0]
	for _, r := range word {
		switch {
		case 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// lookupKey returns the entries of a non-Thai token, given its key
// (lowerKey) and the case shape of the word, keeping those whose case fits.
func (l *lexicon) lookupKey(key []byte, shape caseShape) *entrySet {
	if len(key) > 0 && !l.wordShapes[key[0]][min(len(key), maxShapeLen)] {
		return nil
	}
	return l.table.lookup(key, shape)
}

func caseFits(m caseMode, shape caseShape) bool {
	switch m {
	case caseInitial:
		return shape&caseUpperFirst != 0
	case caseExact:
		return shape&caseNoLower != 0
	}
	return true
}

// wordTable finds the entries of a non-Thai key. It is built once from
// lexicon.words: open addressing on keyHash costs less than a Go map for
// the short common words (the, in, of) that make up most hits, and the
// entries are filtered by case in advance, for each case shape.
type wordTable struct {
	slots []wordSlot // power-of-two length, at most half full
	keys  []wordKey
}

type wordSlot struct {
	hash uint32
	key  int32 // index in keys plus one; 0 for an empty slot
}

type wordKey struct {
	key  string
	fits [4]*entrySet // by caseShape
}

// buildTables fills l.table from l.words and l.thaiSkip from the trie; call
// it when the lexicon is complete.
func (l *lexicon) buildTables() {
	for d := range rune(len(l.thaiSkip)) {
		r := 0x0E00 + d
		l.thaiSkip[d] = isThaiLetter(r) && (l.thaiRoot[d] == nil || isThaiDependent(r))
	}
	n := 16
	for n < 2*len(l.words) {
		n *= 2
	}
	t := wordTable{slots: make([]wordSlot, n)}
	for key, es := range l.words {
		wk := wordKey{key: key}
		for shape := range wk.fits {
			var fit []entry
			for _, e := range es {
				if caseFits(e.cases, caseShape(shape)) {
					fit = append(fit, e)
				}
			}
			wk.fits[shape] = l.newEntrySet(fit)
		}
		t.keys = append(t.keys, wk)
		h := keyHash(key)
		i := h & uint32(n-1)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint32(n-1)
		}
		t.slots[i] = wordSlot{hash: h, key: int32(len(t.keys))}
	}
	l.table = t
	l.setThaiEntrySets(l.thai)
	for r := range rune(utf8.RuneSelf) {
		word := []rune{r}
		l.asciiPunct[r] = l.lookupKey(lowerKey(word, nil), caseShapeOf(word))
	}
}

func (t *wordTable) lookup(key []byte, shape caseShape) *entrySet {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	h := keyHash(key)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.key == 0 {
			return nil
		}
		if s.hash == h && t.keys[s.key-1].key == string(key) {
			return t.keys[s.key-1].fits[shape]
		}
	}
}

// lookupRunes is lookup for a word of ASCII letters given as runes, with
// h the keyHash of its lower case.
func (t *wordTable) lookupRunes(h uint32, word []rune, shape caseShape) *entrySet {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.key == 0 {
			return nil
		}
		if s.hash == h && isLowerOf(t.keys[s.key-1].key, word) {
			return t.keys[s.key-1].fits[shape]
		}
	}
}

// isLowerOf reports whether key is the lower case of word, a word of ASCII
// letters.
func isLowerOf(key string, word []rune) bool {
	if len(key) != len(word) {
		return false
	}
	for k, r := range word {
		if key[k] != byte(r|0x20) {
			return false
		}
	}
	return true
}

// FNV-1a constants for keyHash.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// keyHash is the 32-bit FNV-1a hash of a lexicon key.
func keyHash[S ~string | ~[]byte](key S) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * fnvPrime
	}
	return h
}
