package actor

// Most walks of the trie start at common words (the, of, and) and die
// after two to four steps without finding a name, yet each costs a few
// dependent loads and a mispredicted exit. A table over the first three
// ASCII bytes answers most such cases with one load, and a set of the
// four-byte prefixes that go on answers the rest. Bytes fall into classes
// that each stand for one folded code point (a letter in either case, a
// digit, a space) or for anything else, which the tables never rule out.
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

// gramFilter has a bit for each three classes.
type gramFilter [(gramCells + gramCellBits - 1) / gramCellBits]uint64

// quadFilter has a bit for some hash of four classes; quadBits is its size
// as a power of two.
const quadBits = 15

type quadFilter [1 << quadBits / 64]uint64

// quadBit returns the word and bit of the three classes of cell followed
// by class c4.
func quadBit(cell, c4 int) (int, uint64) {
	h := uint32(cell*gramClasses+c4) * 0x9E3779B1 >> (32 - quadBits)
	return int(h / 64), 1 << (h % 64)
}

// buildGramFilter fills the filter from the trie's nodes.
func (t *trie) buildGramFilter() {
	for c1 := range gramOther {
		n1 := t.child(0, gramRune(c1))
		for c2 := range gramOther {
			n2 := t.gramStep(n1, c2)
			for c3 := range gramOther {
				n3 := t.gramStep(n2, c3)
				if !t.gramDead(n1) || !t.gramDead(n2) {
					continue // a name within two steps: always walk
				}
				cell := (c1*gramClasses+c2)*gramClasses + c3
				if n3 < 0 {
					t.noName[cell/gramCellBits] |= 1 << (cell % gramCellBits)
					continue
				}
				if !t.gramDead(n3) {
					continue
				}
				// No name within three steps: the walk goes on where the
				// fourth class has an edge.
				t.alive[cell/gramCellBits] |= 1 << (cell % gramCellBits)
				for c4 := range gramOther {
					if t.below(n3, gramRune(c4)) >= 0 {
						i, bit := quadBit(cell, c4)
						t.goesOn[i] |= bit
					}
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
// judging by the three or four bytes there.
func (t *trie) noNameAt(text string, b int) bool {
	if b+3 > len(text) {
		return false
	}
	cell := (int(gramClass[text[b]])*gramClasses+int(gramClass[text[b+1]]))*gramClasses + int(gramClass[text[b+2]])
	word, bit := cell/gramCellBits, uint64(1)<<(cell%gramCellBits)
	if t.noName[word]&bit != 0 {
		return true
	}
	if t.alive[word]&bit == 0 || b+4 > len(text) {
		return false
	}
	c4 := int(gramClass[text[b+3]])
	if c4 == gramOther {
		return false
	}
	i, qbit := quadBit(cell, c4)
	return t.goesOn[i]&qbit == 0
}
