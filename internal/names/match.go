package names

// Threshold is the least score at which Match links a Thai name to an
// English one. It was chosen on testdata/tune.tsv, a list kept apart from
// the evaluation list testdata/pairs.tsv (see docs/names.md).
const Threshold = 0.74

// keyVariants returns the ways a name may be read: Thai by the syllable
// rules; Latin as written and, for a short all-capital name, letter by
// letter.
func keyVariants(name string) [][]key {
	if hasThai(name) {
		return [][]key{thaiKeys(name)}
	}
	out := [][]key{englishKeys(name)}
	if ac := acronymKeys(name); ac != nil {
		out = append(out, ac)
	}
	return out
}

func hasThai(s string) bool {
	for _, r := range s {
		if r >= 'ก' && r <= '๛' {
			return true
		}
	}
	return false
}

// Similarity scores how alike two names sound, from 0 to 1, whatever the
// script of each: a Thai name is romanised by the RTGS syllable rules and
// both are reduced to phonetic keys (see key.go) compared by a weighted edit
// distance, whole and word by word. Diacritics are folded (Gusmão = Gusmao).
func Similarity(a, b string) float64 {
	best := 0.0
	for _, ka := range keyVariants(a) {
		for _, kb := range keyVariants(b) {
			best = max(best, similarity(ka, kb))
		}
	}
	return best
}

// Match returns the candidate that sounds most like thaiName and its score.
// best is "" when no candidate reaches Threshold; score is then the highest
// score seen. Ties go to the earlier candidate.
func Match(thaiName string, candidates []string) (best string, score float64) {
	thai := keyVariants(thaiName)
	bestAt := -1
	for i, c := range candidates {
		s := 0.0
		for _, kt := range thai {
			for _, kc := range keyVariants(c) {
				s = max(s, similarity(kt, kc))
			}
		}
		if s > score {
			score, bestAt = s, i
		}
	}
	if bestAt < 0 || score < Threshold {
		return "", score
	}
	return candidates[bestAt], score
}
