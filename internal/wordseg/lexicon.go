package wordseg

import (
	"bufio"
	"embed"
	"io/fs"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The Thai word lists. thai_words_icu.txt is generated from the ICU data
// installed on the build machine (see gen_thaidict.go and LICENSE-ICU.txt);
// thai_words_extra.txt holds words we add by hand and thai_prefixes.txt the
// prefixes that join the next word. Lines starting with # are comments.
//
//go:generate go run gen_thaidict.go -lib /usr/lib/x86_64-linux-gnu/libicudata.so.72 -license /usr/share/icu/72.1/LICENSE -out data/thai_words_icu.txt
//go:embed data/thai_words_*.txt data/thai_prefixes.txt
var lexiconFiles embed.FS

// thaiTrie is a read-only trie over Thai code points. Each node keeps the
// set of its edge labels as a 128-bit mask, and its children are
// consecutive nodes in label order, so a step is a bit test and a count of
// the bits below it: no search, one node read.
type thaiTrie struct {
	nodes []thaiNode // node 0 is the root
}

type thaiNode struct {
	labels     [2]uint64 // bit l set: an edge labelled l (code point minus thaiBlockStart)
	firstChild int32     // the child of the lowest label
	lowCount   uint8     // edges with labels under 64: bits set in labels[0]
	final      bool      // the path to the node spells a word
}

const (
	thaiBlockStart = 0x0E00
	thaiBlockSize  = 0x80
	noNode         = -1
	// noLabel is the label of a code point outside the Thai block: no
	// edge carries it.
	noLabel = 0xFF
)

func thaiLabel(r rune) (byte, bool) {
	d := r - thaiBlockStart
	if d < 0 || d >= thaiBlockSize {
		return 0, false
	}
	return byte(d), true
}

// appendThaiLabels appends the label of each code point of run, noLabel
// outside the Thai block, so that walks convert the run once.
func appendThaiLabels(dst []byte, run []rune) []byte {
	for _, r := range run {
		l, ok := thaiLabel(r)
		if !ok {
			l = noLabel
		}
		dst = append(dst, l)
	}
	return dst
}

// step follows the edge labelled r from node, returning noNode if absent.
func (t *thaiTrie) step(node int32, r rune) int32 {
	label, ok := thaiLabel(r)
	if !ok {
		return noNode
	}
	return t.stepLabel(node, label)
}

// stepLabel follows the edge with a label (noLabel included) from node,
// returning noNode if absent. Small enough to be inlined in walks.
func (t *thaiTrie) stepLabel(node int32, label byte) int32 {
	if label >= thaiBlockSize {
		return noNode
	}
	n := &t.nodes[node]
	half := label >> 6
	bit := uint64(1) << (label & 63)
	mask := n.labels[half&1]
	if mask&bit == 0 {
		return noNode
	}
	return n.firstChild + int32(half)*int32(n.lowCount) + int32(bits.OnesCount64(mask&(bit-1)))
}

// isFinal reports whether node ends a word.
func (t *thaiTrie) isFinal(node int32) bool { return t.nodes[node].final }

// contains reports whether run is a word of t.
func (t *thaiTrie) contains(run []rune) bool {
	if len(run) == 0 {
		return false
	}
	node := int32(0)
	for _, r := range run {
		if node = t.step(node, r); node == noNode {
			return false
		}
	}
	return t.nodes[node].final
}

// newThaiTrie builds a trie of the words made only of Thai code points.
func newThaiTrie(words []string) *thaiTrie {
	first, labels, child, final := buildLevels(thaiKeys(words))
	return thaiTrieOfLevels(first, labels, child, final)
}

// thaiKeys returns the labels of the words made only of Thai code points,
// sorted.
func thaiKeys(words []string) [][]byte {
	keys := make([][]byte, 0, len(words))
	for _, w := range words {
		key := make([]byte, 0, len(w)/3)
		ok := w != ""
		for _, r := range w {
			l, thai := thaiLabel(r)
			if !thai {
				ok = false
				break
			}
			key = append(key, l)
		}
		if ok {
			keys = append(keys, key)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return string(keys[i]) < string(keys[j]) })
	return keys
}

// thaiTrieOfLevels packs the layout of buildLevels into label masks. The
// children of a node stay consecutive in label order, as the masks need,
// and the blocks of children are laid out depth first, so that the nodes
// under a prefix lie together in memory and a walk down a word stays in
// the few cache lines of its subtree.
func thaiTrieOfLevels(first []int32, labels []byte, child []int32, final []bool) *thaiTrie {
	t := &thaiTrie{nodes: make([]thaiNode, len(final))}
	newID := make([]int32, len(final)) // the root keeps 0
	next := int32(1)
	var place func(old int32)
	place = func(old int32) {
		nd := &t.nodes[newID[old]]
		nd.final = final[old]
		lo, hi := first[old], first[old+1]
		if lo == hi {
			return
		}
		nd.firstChild = next
		for e := lo; e < hi; e++ {
			nd.labels[labels[e]>>6] |= 1 << (labels[e] & 63)
			if labels[e] < 64 {
				nd.lowCount++
			}
			newID[child[e]] = next
			next++
		}
		for e := lo; e < hi; e++ {
			place(child[e])
		}
	}
	place(0)
	return t
}

// wordTrie is a read-only trie over any code points, stored flat like
// thaiTrie; Thai first letters are looked up directly.
type wordTrie struct {
	thaiRoot [thaiBlockSize]int32
	first    []int32 // node i's edges are labels/child[first[i]:first[i+1]]
	labels   []rune  // sorted per node
	child    []int32
	final    []bool
}

// step follows the edge labelled r from node, returning noNode if absent.
func (t *wordTrie) step(node int32, r rune) int32 {
	if node == 0 {
		if l, ok := thaiLabel(r); ok {
			return t.thaiRoot[l]
		}
	}
	lo, hi := t.first[node], t.first[node+1]
	for lo < hi {
		mid := (lo + hi) / 2
		switch l := t.labels[mid]; {
		case l == r:
			return t.child[mid]
		case l < r:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return noNode
}

// newWordTrie builds a trie of words, which must be valid UTF-8.
func newWordTrie(words []string) *wordTrie {
	keys := make([][]rune, 0, len(words))
	for _, w := range words {
		if w != "" {
			keys = append(keys, []rune(w))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return slices.Compare(keys[i], keys[j]) < 0 })
	t := &wordTrie{}
	t.first, t.labels, t.child, t.final = buildLevels(keys)
	for i := range t.thaiRoot {
		t.thaiRoot[i] = noNode
	}
	for e := t.first[0]; e < t.first[1]; e++ {
		if l, ok := thaiLabel(t.labels[e]); ok {
			t.thaiRoot[l] = t.child[e]
		}
	}
	return t
}

// readWordList returns the words of a list, one a line, skipping comments.
func readWordList(text string) []string {
	var words []string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words = append(words, line)
	}
	return words
}

var (
	builtinOnce sync.Once
	builtinTrie *thaiTrie
)

// builtinThaiTrie returns the trie of the embedded word lists, built once.
func builtinThaiTrie() *thaiTrie {
	builtinOnce.Do(func() {
		var words []string
		names, _ := fs.Glob(lexiconFiles, "data/thai_words_*.txt")
		for _, name := range names {
			b, err := lexiconFiles.ReadFile(name)
			if err != nil {
				continue // cannot happen for an embedded file listed by Glob
			}
			words = append(words, readWordList(string(b))...)
		}
		builtinTrie = newThaiTrie(words)
	})
	return builtinTrie
}

// buildLevels lays out a trie of keys, sorted, breadth-first: node i's
// edges are labels[first[i]:first[i+1]] leading to child[...], and
// final[i] marks the nodes that end a key. Node 0 is the root.
func buildLevels[L byte | rune](keys [][]L) (first []int32, labels []L, child []int32, final []bool) {
	// Each pending node is a range of keys sharing a prefix of length depth.
	type pending struct {
		lo, hi, depth int
	}
	queue := []pending{{0, len(keys), 0}}
	final = append(final, false)
	for n := 0; n < len(queue); n++ {
		p := queue[n]
		first = append(first, int32(len(labels)))
		lo := p.lo
		for lo < p.hi && len(keys[lo]) == p.depth {
			final[n] = true
			lo++
		}
		for lo < p.hi {
			label := keys[lo][p.depth]
			hi := lo + 1
			for hi < p.hi && keys[hi][p.depth] == label {
				hi++
			}
			labels = append(labels, label)
			child = append(child, int32(len(queue)))
			queue = append(queue, pending{lo, hi, p.depth + 1})
			final = append(final, false)
			lo = hi
		}
	}
	first = append(first, int32(len(labels)))
	return first, labels, child, final
}
