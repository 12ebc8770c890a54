package names

// Costs of the weighted edit distance between keys. A consonant costs 1 to
// drop, a vowel 0.5 and h 0.4; optional symbols cost 0.3 of that.
const (
	consonantCost = 1.0
	vowelCost     = 0.5
	hCost         = 0.4
	optionalScale = 0.3
	otherVowelSub = 0.5
	// otherConsonantSub is more than dropping a consonant: names that differ
	// in a consonant (Iran, Iraq) are more often different names than
	// spellings that differ in a vowel.
	otherConsonantSub = 1.4
)

// nearSounds lists the substitutions cheaper than a full change: sounds
// that Thai writes with one letter, or that spellings of one name swap.
var nearSounds = map[[2]byte]float64{
	{'P', 'F'}: 0.4, {'P', 'B'}: 0.5, {'B', 'V'}: 0.5, {'F', 'V'}: 0.3,
	{'W', 'V'}: 0.2, {'T', 'D'}: 0.4, {'C', 'S'}: 0.5, {'C', 'Y'}: 0.7,
	{'S', 'Y'}: 0.8, {'R', 'L'}: 0.5, {'L', 'N'}: 0.7, {'G', 'N'}: 0.5,
	{'G', 'K'}: 0.7, {'K', 'C'}: 0.8, {'D', 'Y'}: 0.8,
	{'i', 'e'}: 0.3, {'o', 'u'}: 0.3, {'a', 'E'}: 0.15, {'e', 'E'}: 0.15,
	{'U', 'u'}: 0.2, {'U', 'i'}: 0.25, {'a', 'o'}: 0.4, {'a', 'e'}: 0.6,
	{'o', 'e'}: 0.5, {'i', 'E'}: 0.4,
	// u and o before a vowel are the glide w (Hoa is หว่า).
	{'W', 'u'}: 0.4, {'W', 'o'}: 0.4,
}

func dropCost(s sym) float64 {
	c := consonantCost
	switch {
	case isVowelSym(s.c):
		c = vowelCost
	case s.c == 'H':
		c = hCost
	}
	if s.opt {
		c *= optionalScale
	}
	return c
}

func changeCost(a, b sym) float64 {
	if a.c == b.c {
		return 0
	}
	if c, ok := nearSounds[[2]byte{a.c, b.c}]; ok {
		return c
	}
	if c, ok := nearSounds[[2]byte{b.c, a.c}]; ok {
		return c
	}
	av, bv := isVowelSym(a.c), isVowelSym(b.c)
	switch {
	case av && bv:
		if a.c == '@' || b.c == '@' {
			return 0.2 // the neutral oe of เ-อ stands for many English vowels
		}
		return otherVowelSub
	case av != bv:
		return dropCost(a) + dropCost(b)
	}
	return otherConsonantSub
}

// weight is the cost of dropping a whole key.
func weight(k key) float64 {
	w := 0.0
	for _, s := range k {
		w += dropCost(s)
	}
	return w
}

// keySimilarity is 1 minus the weighted edit distance over the heavier key's
// weight, in [0, 1].
func keySimilarity(a, b key) float64 {
	wa, wb := weight(a), weight(b)
	norm := max(wa, wb)
	if norm == 0 {
		return 0
	}
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for j, s := range b {
		prev[j+1] = prev[j] + dropCost(s)
	}
	for _, sa := range a {
		cur[0] = prev[0] + dropCost(sa)
		for j, sb := range b {
			cur[j+1] = min(prev[j]+changeCost(sa, sb), prev[j+1]+dropCost(sa), cur[j]+dropCost(sb))
		}
		prev, cur = cur, prev
	}
	return max(0, 1-prev[len(b)]/norm)
}

// joinKeys concatenates word keys into the key of the whole name.
func joinKeys(ks []key) key {
	var out key
	for _, k := range ks {
		out = append(out, k...)
	}
	return collapse(out)
}

// maxAligned is the most words whose orders are all tried.
const maxAligned = 4

// wordsSimilarity compares two names word by word: each word of the
// shorter name is paired with a distinct word of the longer one (any order,
// up to maxAligned words, else in order), and the score is the mean pair
// similarity weighted by word weight; unpaired words count as 0.
func wordsSimilarity(a, b []key) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	total := 0.0
	for _, k := range a {
		total += weight(k)
	}
	for _, k := range b {
		total += weight(k)
	}
	if total == 0 || len(a) == 0 {
		return 0
	}
	sims := make([][]float64, len(a))
	for i := range a {
		sims[i] = make([]float64, len(b))
		for j := range b {
			sims[i][j] = keySimilarity(a[i], b[j]) * (weight(a[i]) + weight(b[j]))
		}
	}
	best := 0.0
	if len(b) > maxAligned {
		for i := range a {
			best += sims[i][i]
		}
		return best / total
	}
	used := make([]bool, len(b))
	var try func(i int, sum float64)
	try = func(i int, sum float64) {
		if i == len(a) {
			best = max(best, sum)
			return
		}
		for j := range b {
			if !used[j] {
				used[j] = true
				try(i+1, sum+sims[i][j])
				used[j] = false
			}
		}
	}
	try(0, 0)
	return best / total
}

// similarity scores two keyed names: the better of comparing them whole
// (spacing differs between spellings: โฮจิมินห์, Ho Chi Minh) and word by
// word (each word must find its match).
func similarity(a, b []key) float64 {
	s := keySimilarity(joinKeys(a), joinKeys(b))
	if len(a) > 1 && len(b) > 1 {
		s = max(s, wordsSimilarity(a, b))
	}
	return s
}
