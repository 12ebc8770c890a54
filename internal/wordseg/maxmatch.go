package wordseg

import "sync"

// maxMatchEngine segments Thai by dictionary maximal matching over Thai
// character clusters: among all ways to cover a run with dictionary words and
// unknown clusters, it picks the one with the fewest code points in unknown
// clusters, then the fewest tokens, then the longest earliest words.
// Adjacent unknown clusters form one token.
type maxMatchEngine struct {
	dict *thaiTrie
	user *thaiTrie // user words, may be nil
	pool sync.Pool // *matchScratch
}

type matchScratch struct {
	clusterEnds []int32
	labels      []byte // run as trie labels
	boundary    []bool
	unknown     []int32 // unknown code points from position to run end
	count       []int32 // tokens from position to run end
	next        []int32 // end of the best first token from position
	known       []bool  // whether that token is a dictionary word
}

func newMaxMatchEngine(userWords []string) *maxMatchEngine {
	e := &maxMatchEngine{dict: builtinThaiTrie()}
	if len(userWords) > 0 {
		e.user = newThaiTrie(userWords)
	}
	e.pool.New = func() any { return new(matchScratch) }
	return e
}

func (e *maxMatchEngine) name() string { return "tcc-maxmatch" }

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

func (e *maxMatchEngine) appendWordEnds(dst []int32, run []rune, thai bool) []int32 {
	n := len(run)
	if !thai || n == 0 {
		return append(dst, int32(n))
	}
	sc := e.pool.Get().(*matchScratch)
	defer e.pool.Put(sc)
	sc.clusterEnds = appendClusterEnds(sc.clusterEnds[:0], run)
	sc.labels = appendThaiLabels(sc.labels[:0], run)
	labels := sc.labels
	sc.boundary = grow(sc.boundary, n+1)
	clear(sc.boundary)
	sc.boundary[0] = true
	for _, end := range sc.clusterEnds {
		sc.boundary[end] = true
	}
	unknown, count := grow(sc.unknown, n+1), grow(sc.count, n+1)
	next, known := grow(sc.next, n+1), grow(sc.known, n+1)
	sc.unknown, sc.count, sc.next, sc.known = unknown, count, next, known
	unknown[n], count[n] = 0, 0

	// Clusters in reverse: each cluster end is the next boundary after i.
	nextBoundary := int32(n)
	for c := len(sc.clusterEnds) - 1; c >= 0; c-- {
		i := 0
		if c > 0 {
			i = int(sc.clusterEnds[c-1])
		}
		// Default: the cluster is unknown.
		j := nextBoundary
		bestUnk, bestCnt, bestEnd, bestKnown := unknown[j]+j-int32(i), count[j]+1, j, false
		consider := func(end int) {
			u, k := unknown[end], count[end]+1
			if u < bestUnk || (u == bestUnk && (k < bestCnt || (k == bestCnt && int32(end) > bestEnd))) {
				bestUnk, bestCnt, bestEnd, bestKnown = u, k, int32(end), true
			}
		}
		for _, t := range [2]*thaiTrie{e.dict, e.user} {
			if t == nil {
				continue
			}
			node := int32(0)
			for k := i; k < n; k++ {
				if node = t.stepLabel(node, labels[k]); node == noNode {
					break
				}
				if t.isFinal(node) && sc.boundary[k+1] {
					consider(k + 1)
				}
			}
		}
		unknown[i], count[i], next[i], known[i] = bestUnk, bestCnt, bestEnd, bestKnown
		nextBoundary = int32(i)
	}
	for i := 0; i < n; {
		j := int(next[i])
		if !known[i] {
			for j < n && !known[j] {
				j = int(next[j])
			}
		}
		dst = append(dst, int32(j))
		i = j
	}
	return dst
}
