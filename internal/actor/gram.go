package actor

// Most walks of the trie start at common words (the, of, and) and die
// after two or three steps without finding a name, yet each costs a few
// dependent loads and a mispredicted exit. A table over the first three
// ASCII bytes answers that case with one load. Bytes fall into classes that
// each stand for one folded code point (a letter in either case, a digit,
// a space) or for anything else, which the table never rules out.
const (
	gramLetters  = 26
	gramDigit0   = gramLetters
	gramSpace    = gramDigit0 + 10
	gramOther    = gramSpace + 1
	gramClasses  = gramOther + 1
	gramCells    = gramClasses * gramClasses * gramClasses
	gramCellBits = 64
)

// gramClass maps a byte to its class; bytes of multi-byte code points and
// every other ASCII byte are gramOther.
var gramClass = func() (t [256]uint8) {
	for b := range t {
		t[b] = gramOther
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c - 'a')
		t[c-'a'+'A'] = uint8(c - 'a')
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint8(gramDigit0 + c - '0')
	}
	t[' '] = gramSpace
	return t
}()

// gramRune is the folded code point a class stands for.
func gramRune(class int) rune {
	switch {
	case class < gramLetters:
		return 'a' + rune(class)
	case class < gramSpace:
		return '0' + rune(class-gramDigit0)
	}
	return ' '
}

// gramFilter has a bit set for each three classes along which a walk from
// the root finds no name and dies within three steps.
type gramFilter [(gramCells + gramCellBits - 1) / gramCellBits]uint64

// buildGramFilter fills the filter from the trie's nodes.
func (t *trie) buildGramFilter() {
	for c1 := range gramOther {
		n1 := t.child(0, gramRune(c1))
		for c2 := range gramOther {
			n2 := t.gramStep(n1, c2)
			for c3 := range gramOther {
				n3 := t.gramStep(n2, c3)
				if t.gramDead(n1) && t.gramDead(n2) && n3 < 0 {
					cell := (c1*gramClasses+c2)*gramClasses + c3
					t.noName[cell/gramCellBits] |= 1 << (cell % gramCellBits)
				}
			}
		}
	}
}

// gramStep is child that stays at -1 once the walk has died.
func (t *trie) gramStep(n int32, class int) int32 {
	if n < 0 {
		return -1
	}
	return t.child(n, gramRune(class))
}

// gramDead reports a node that is absent or holds no name.
func (t *trie) gramDead(n int32) bool {
	return n < 0 || t.nodes[n].termEnd == t.nodes[n].termStart
}

// noNameAt reports whether a walk from byte offset b surely finds no name,
// judging by the three bytes there.
func (t *trie) noNameAt(text string, b int) bool {
	if b+3 > len(text) {
		return false
	}
	cell := (int(gramClass[text[b]])*gramClasses+int(gramClass[text[b+1]]))*gramClasses + int(gramClass[text[b+2]])
	return t.noName[cell/gramCellBits]&(1<<(cell%gramCellBits)) != 0
}
