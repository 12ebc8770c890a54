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
	// wordBloom has two bits set per key of words, at the halves of its
	// hash (keyHash): a word with either bit clear is no key, which rules
	// out nearly all words that pass wordShapes before the map is read.
	wordBloom [1 << 16 / 64]uint64
	thai      *trieNode
	// thaiRoot indexes the first level of the trie by rune - 0x0E00.
	thaiRoot [128]*trieNode
}

// trieNode is a node of the Thai form trie. Nodes have few children, so a
// short slice searched in order beats a map.
type trieNode struct {
	next    []trieEdge
	entries []entry
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
	h := keyHash(key)
	l.wordBloom[uint16(h)/64] |= 1 << (uint16(h) % 64)
	l.wordBloom[uint16(h>>16)/64] |= 1 << (uint16(h>>16) % 64)
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

// lookupWord returns the entries of a non-Thai token whose case fits.
// buf is scratch space for lower-casing.
func (l *lexicon) lookupWord(word []rune, buf []byte) ([]entry, []byte) {
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
	if len(buf) > 0 && !l.wordShapes[buf[0]][min(len(buf), maxShapeLen)] {
		return nil, buf
	}
	if h := keyHash(buf); l.wordBloom[uint16(h)/64]&(1<<(uint16(h)%64)) == 0 ||
		l.wordBloom[uint16(h>>16)/64]&(1<<(uint16(h>>16)%64)) == 0 {
		return nil, buf
	}
	es := l.words[string(buf)]
	if len(es) == 0 {
		return nil, buf
	}
	allFit := true
	for _, e := range es {
		if !caseFits(e.cases, word) {
			allFit = false
			break
		}
	}
	if allFit {
		return es, buf
	}
	var out []entry
	for _, e := range es {
		if caseFits(e.cases, word) {
			out = append(out, e)
		}
	}
	return out, buf
}

func caseFits(m caseMode, word []rune) bool {
	switch m {
	case caseInitial:
		return len(word) > 0 && unicode.IsUpper(word[0])
	case caseExact:
		for _, r := range word {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// keyHash is the 32-bit FNV-1a hash of a lexicon key.
func keyHash[S ~string | ~[]byte](key S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return h
}
