package quantity

// role says what a lexicon phrase does for a number next to it.
type role uint8

const (
	roleNone role = iota
	// English number words.
	roleNumUnit
	roleNumTens
	roleNumHundred
	roleNumScale
	roleNumAbbr
	roleNumArticle
	roleNumDozen
	roleNumDenominator
	roleNumHalf
	roleNumVague
	roleNumSeveral
	// Thai number words.
	roleThDigit
	roleThMult
	roleThMillion
	roleThVague
	roleThFraction
	// Units and currencies.
	roleUnit
	roleClassifier
	roleNoun
	rolePercentPrefix
	roleCurrencyPrefix
	roleCurrency
	// Context.
	roleApprox
	roleMin
	roleMax
	roleApproxAfter
	roleMinAfter
	roleMaxAfter
	roleRangeOpen
	roleRangeJoin
	roleRangeAnd
	roleFractionJoin
	roleOf
	roleLabel
	roleEra
	roleYearPrep
	roleMonth
	roleTime
	roleStop
	roleWord
	// Context read around counts.
	roleMilitary   // a word that makes "men" soldiers in its sentence
	roleDemonym    // a nationality or people: "Kurds", "Dutch"
	roleAll        // ทั้ง "all": ทั้งสาม is a count without a classifier
	roleFollow     // a Thai word that may follow a bare ทั้ง-count
	roleName       // a Thai word that starts a name: a spelled number after it is part of the name
	roleAgent      // โดย "by": nouns after it are agents, not the counted head
	roleDeterminer // "the", "his" after "of": "three of the hostages"
)

// roleSet is a set of roles.
type roleSet uint64

func roles(rs ...role) roleSet {
	var s roleSet
	for _, r := range rs {
		s |= 1 << r
	}
	return s
}

// wordRole is the set of roleWord alone, kept apart from the hot path.
var wordRole = roles(roleWord)

func (s roleSet) has(r role) bool { return s&(1<<r) != 0 }

// entry is one reading of a lexicon phrase.
type entry struct {
	role  role
	value float64 // number value, or the conversion factor of a unit
	unit  string  // unit name or currency code; "" for none
	// accepts lists the units a classifier lets a noun before the number
	// set; nil accepts any.
	accepts []string
	// inContext replaces unit when a military word stands near the number
	// ("men" are soldiers in a sentence about troops).
	inContext string
	// exact holds the phrase when it has capitals and so matches only as
	// written.
	exact []rune
}

type trieNode struct {
	// edges of inner nodes are few, so a short list beats a map; the root
	// indexes its many ASCII and Thai edges in tables.
	edges   []trieEdge
	table   *rootTable
	entries []entry
	// reach holds the roles of the entries at and below the node, so that
	// a search stops as soon as no wanted phrase lies further on.
	reach roleSet
	// stop holds the roles a phrase can have that reads the text of the
	// node and ends there or goes on past a non-letter: the phrases that
	// may start at a word of just that text (startFilter.mayWord).
	stop roleSet
}

// markStops sets stop on n and the nodes below it.
func (n *trieNode) markStops() {
	n.stop = 0
	for _, e := range n.entries {
		n.stop |= roles(e.role)
	}
	n.eachChild(func(r rune, c *trieNode) {
		c.markStops()
		if !isWordLetter(r) {
			n.stop |= c.reach
		}
	})
}

// eachChild calls fn with every edge of n.
func (n *trieNode) eachChild(fn func(rune, *trieNode)) {
	if t := n.table; t != nil {
		for i, c := range t.ascii {
			if c != nil {
				fn(rune(i), c)
			}
		}
		for i, c := range t.thai {
			if c != nil {
				fn(0x0E00+rune(i), c)
			}
		}
	}
	for _, e := range n.edges {
		fn(e.r, e.next)
	}
}

type trieEdge struct {
	r    rune
	next *trieNode
}

type rootTable struct {
	ascii, thai [128]*trieNode
}

// child returns the child for r, or nil.
func (n *trieNode) child(r rune) *trieNode {
	if t := n.table; t != nil {
		switch {
		case r >= 0 && r < 0x80:
			return t.ascii[r]
		case r >= 0x0E00 && r < 0x0E80:
			return t.thai[r-0x0E00]
		}
	}
	for i := range n.edges {
		if n.edges[i].r == r {
			return n.edges[i].next
		}
	}
	return nil
}

func (n *trieNode) setChild(r rune, c *trieNode) {
	if t := n.table; t != nil {
		switch {
		case r >= 0 && r < 0x80:
			t.ascii[r] = c
			return
		case r >= 0x0E00 && r < 0x0E80:
			t.thai[r-0x0E00] = c
			return
		}
	}
	n.edges = append(n.edges, trieEdge{r, c})
}

// trie maps folded phrases to their entries. A backward trie stores phrases
// reversed, to find the phrase that ends where a number starts.
type trie struct {
	root     trieNode
	backward bool
}

func (t *trie) add(phrase string, e entry) {
	key := foldPhrase(phrase)
	if t.backward {
		for i, j := 0, len(key)-1; i < j; i, j = i+1, j-1 {
			key[i], key[j] = key[j], key[i]
		}
	}
	if t.root.table == nil {
		t.root.table = &rootTable{}
	}
	n := &t.root
	bit := roles(e.role)
	n.reach |= bit
	for _, r := range key {
		next := n.child(r)
		if next == nil {
			next = &trieNode{}
			n.setChild(r, next)
		}
		n = next
		n.reach |= bit
	}
	for _, r := range phrase {
		if r != fold(r) && r != ' ' {
			e.exact = []rune(phrase)
			break
		}
	}
	n.entries = append(n.entries, e)
}

// foldPhrase folds a phrase and collapses its inner spaces to one.
func foldPhrase(phrase string) []rune {
	var out []rune
	for _, r := range phrase {
		f := fold(r)
		if f == ' ' && (len(out) == 0 || out[len(out)-1] == ' ') {
			continue
		}
		out = append(out, f)
	}
	for len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	return out
}

// phraseMatch is one phrase found in the text: [start, end) in code points.
type phraseMatch struct {
	start, end int
	node       *trieNode
	text       []rune // the matched text, for case-sensitive entries
}

// get returns the phrase's entry of role r.
func (m phraseMatch) get(r role) (entry, bool) {
	for _, e := range m.node.entries {
		if e.role == r && (e.exact == nil || sameText(m.text, e.exact)) {
			return e, true
		}
	}
	return entry{}, false
}

// is reports whether the phrase has an entry of role r.
func (m phraseMatch) is(r role) bool {
	_, ok := m.get(r)
	return ok
}

// mayStart reports whether a phrase with a role in want may start with r
// (forward trie) or end with it (backward trie): a cheap test before a full
// search.
func (t *trie) mayStart(r rune, want roleSet) bool {
	n := t.root.child(fold(r))
	return n != nil && n.reach&want != 0
}

// longest finds the longest phrase with an entry in want that starts at p
// (forward trie) or ends at p (backward trie), reading only within [lo, hi).
// A longer phrase with a roleWord entry hides shorter wanted ones: it is a
// longer word that merely contains a wanted phrase.
func (t *trie) longest(text []rune, p, lo, hi int, want roleSet) (phraseMatch, bool) {
	var best phraseMatch
	found := false
	n := &t.root
	i := p
	// A longer roleWord phrase may hide a wanted one, so walk on while
	// either lies further on.
	walk := want | wordRole
	for {
		var r rune
		next := i
		if t.backward {
			if i <= lo {
				break
			}
			r = fold(text[i-1])
			next = i - 1
			if r == ' ' {
				for next > lo && isInlineSpace(text[next-1]) {
					next--
				}
			}
		} else {
			if i >= hi {
				break
			}
			r = fold(text[i])
			next = i + 1
			if r == ' ' {
				for next < hi && isInlineSpace(text[next]) {
					next++
				}
			}
		}
		n = n.child(r)
		if n == nil || n.reach&walk == 0 {
			break
		}
		i = next
		if len(n.entries) == 0 {
			continue
		}
		start, end := p, i
		if t.backward {
			start, end = i, p
		}
		if !boundaryOK(text, start, end) {
			continue
		}
		for _, e := range n.entries {
			if e.role == roleWord {
				found = false
				break
			}
			if want.has(e.role) && (e.exact == nil || sameText(text[start:end], e.exact)) {
				best, found = phraseMatch{start: start, end: end, node: n, text: text[start:end]}, true
				break
			}
		}
	}
	return best, found
}

// boundaryOK rejects a phrase that starts or ends inside a word of a
// space-delimited script ("tens" inside "tense"). Thai has no such
// boundaries, so Thai phrases always pass.
func boundaryOK(text []rune, start, end int) bool {
	if start > 0 && isWordLetter(text[start]) && isWordLetter(text[start-1]) {
		return false
	}
	if end < len(text) && isWordLetter(text[end-1]) && isWordLetter(text[end]) {
		return false
	}
	return true
}

// sameText compares text with a phrase written with capitals, reading any
// run of inline space as one space.
func sameText(text, phrase []rune) bool {
	i, j := 0, 0
	for i < len(text) && j < len(phrase) {
		if isInlineSpace(text[i]) && phrase[j] == ' ' {
			for i < len(text) && isInlineSpace(text[i]) {
				i++
			}
			j++
			continue
		}
		if text[i] != phrase[j] {
			return false
		}
		i++
		j++
	}
	return i == len(text) && j == len(phrase)
}
