package actor

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// TestDecodeAtMatchesUTF8 checks the ASCII and Thai fast paths against the
// standard decoder at every byte offset, broken sequences included.
func TestDecodeAtMatchesUTF8(t *testing.T) {
	for _, text := range []string{
		"Thai ไทย ๏๛ ฿", "\xe0\xb8", "\xe0\xb8\x41", "\xe0\xba\x80", "\xe0\xb9\xbf\xe0", "ກ ၀ é\xff",
	} {
		for i := range len(text) {
			r, size := decodeAt(text, i)
			wr, wsize := utf8.DecodeRuneInString(text[i:])
			if r != wr || size != wsize {
				t.Errorf("decodeAt(%q, %d) = %U %d, want %U %d", text, i, r, size, wr, wsize)
			}
		}
	}
}

// TestChildTablesAgree checks that a node's direct table, where it has one,
// gives the same child as its sorted edges for every rune in and around
// its span.
func TestChildTablesAgree(t *testing.T) {
	l := mustDefault(t)
	for _, lang := range []string{"en", "th"} {
		tr := l.trieFor(lang)
		tables := 0
		for n := range tr.nodes {
			node := tr.nodes[n]
			if node.table == 0 {
				continue
			}
			tables++
			d := tr.tables[node.table-1]
			for r := d.low - 2; r < d.low+rune(d.len)+2; r++ {
				want := int32(-1)
				for e := node.edgeStart; e < node.edgeEnd; e++ {
					if tr.edges[e].r == r {
						want = tr.edges[e].next
					}
				}
				if n == 0 && (r < 128 || isThai(r)) {
					continue // the root's own tables answer first
				}
				if got := tr.child(int32(n), r); got != want {
					t.Fatalf("%s node %d rune %U: child %d, want %d", lang, n, r, got, want)
				}
			}
		}
		if tables == 0 {
			t.Errorf("%s: no node has a direct table", lang)
		}
	}
}

// TestTrieNodeSize keeps a node at 32 bytes, two to a cache line.
func TestTrieNodeSize(t *testing.T) {
	if size := reflect.TypeFor[trieNode]().Size(); size != 32 {
		t.Errorf("trieNode is %d bytes, want 32", size)
	}
}
