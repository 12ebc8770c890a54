package actor

import (
	"sort"
	"unicode"
)

// nameScript tells which boundary rule a name follows.
type nameScript uint8

const (
	scriptSpaced   nameScript = iota // Latin, Cyrillic, …: words end where letters end
	scriptThai                       // Thai: word tokens or the syllable rule
	scriptUnspaced                   // Han, Lao, Khmer, …: word tokens when known
)

// terminal is a name that ends at a trie node.
type terminal struct {
	id      string // empty for a non-actor phrase
	script  nameScript
	demonym bool
	// exact names (short acronyms such as UN, US) match only in their own
	// case; runes holds them for that check.
	exact bool
	runes []rune
	// upperFirst names ("Turkey", "Khmer Rouge") need a capital first letter
	// in the text, so "turkey" or "khmer rouge"-as-a-common-phrase do not match.
	upperFirst bool
}

type edge struct {
	r    rune
	next int32
}

type trieNode struct {
	edges []edge // sorted by rune
	terms []terminal
}

// trie is a rune trie over folded names; walking it from one start finds
// every name that starts there, so matching costs at most the longest
// name's length per start.
type trie struct {
	nodes []trieNode
}

func newTrie() *trie { return &trie{nodes: []trieNode{{}}} }

// child returns the node reached from n by r, or -1.
func (t *trie) child(n int32, r rune) int32 {
	es := t.nodes[n].edges
	// Most nodes have one or two edges: a linear scan beats a binary search.
	if len(es) <= 8 {
		for _, e := range es {
			if e.r == r {
				return e.next
			}
		}
		return -1
	}
	i := sort.Search(len(es), func(i int) bool { return es[i].r >= r })
	if i < len(es) && es[i].r == r {
		return es[i].next
	}
	return -1
}

// insert adds a name; the edges stay sorted.
func (t *trie) insert(name string, term terminal) {
	n := int32(0)
	for _, r := range name {
		f := foldRune(r)
		c := t.child(n, f)
		if c < 0 {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			es := t.nodes[n].edges
			i := sort.Search(len(es), func(i int) bool { return es[i].r >= f })
			es = append(es, edge{})
			copy(es[i+1:], es[i:])
			es[i] = edge{r: f, next: c}
			t.nodes[n].edges = es
		}
		n = c
	}
	t.nodes[n].terms = append(t.nodes[n].terms, term)
}

// buildTrie makes the matcher for lang from the lexicon's forms. Forms that
// fold to the same key keep one actor: the allow-listed one if any, else the
// last added, so a user's lexicon overrides the built-in one.
func (l *Lexicon) buildTrie(lang string) *trie {
	t := newTrie()
	type key struct {
		text  string
		exact bool
	}
	chosen := map[key]terminal{}
	var keys []key
	for _, f := range l.forms(lang) {
		term := makeTerminal(f)
		k := key{foldString(f.text), term.exact}
		if term.exact {
			k.text = f.text
		}
		prev, seen := chosen[k]
		switch {
		case !seen:
			keys = append(keys, k)
		case prev.id == term.id:
			// The same actor twice: a demonym keeps its plural.
			term.demonym = term.demonym || prev.demonym
		default:
			if pref, ok := l.preferredID(lang, f.text); ok && prev.id == pref {
				continue
			}
		}
		chosen[k] = term
	}
	for _, k := range keys {
		term := chosen[k]
		t.insert(k.text, term)
	}
	// Within a node, exact names are tried first: "US" before "us".
	for i := range t.nodes {
		terms := t.nodes[i].terms
		sort.SliceStable(terms, func(a, b int) bool { return terms[a].exact && !terms[b].exact })
	}
	return t
}

// preferredID returns the allow-listed actor for an ambiguous name.
func (l *Lexicon) preferredID(lang, name string) (string, bool) {
	folded := foldString(name)
	for _, lg := range []string{lang, "en"} {
		if id, ok := l.rules.preferred[lg][folded]; ok {
			return id, true
		}
	}
	return "", false
}

// makeTerminal classifies a form for matching.
func makeTerminal(f form) terminal {
	rs := []rune(f.text)
	term := terminal{id: f.id, demonym: f.demonym, script: scriptOf(rs)}
	if term.script != scriptSpaced {
		return term
	}
	letters, upper := 0, 0
	for _, r := range rs {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters > 0 && letters == upper && letters <= maxExactLetters:
		term.exact = true
		term.runes = make([]rune, len(rs))
		for i, r := range rs {
			term.runes[i] = punctFold(r)
		}
	case len(rs) > 0 && unicode.IsUpper(rs[0]):
		term.upperFirst = true
	}
	return term
}

// maxExactLetters is the longest all-capitals name matched case-sensitively:
// short acronyms spell ordinary words (US, WHO, PAP); longer ones such as
// FUNCINPEC are also written Funcinpec.
const maxExactLetters = 4

// scriptOf classifies a name by its first letter.
func scriptOf(rs []rune) nameScript {
	for _, r := range rs {
		switch {
		case isThai(r):
			return scriptThai
		case isUnspacedScript(r):
			return scriptUnspaced
		case unicode.IsLetter(r):
			return scriptSpaced
		}
	}
	return scriptSpaced
}
