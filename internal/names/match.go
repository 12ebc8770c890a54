package names

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Threshold is the least score at which Match links a Thai name to an
// English one. It was chosen on testdata/tune.tsv, a list kept apart from
// the evaluation list testdata/pairs.tsv (see docs/names.md).
const Threshold = 0.74

// keyVariants returns the ways a name may be read: Thai by the syllable
// rules, with and without a leading title (เจ้าสุภานุวงศ์); Latin as
// written, without a leading title or a head word (the Farven Party), with
// single letters read as sounds (U Nu) and, for a short all-capital name,
// letter by letter (KGB).
func keyVariants(name string) [][]key {
	r, _ := defaultRules()
	if hasThai(name) {
		out := [][]key{thaiKeys(name)}
		if bare := stripThaiTitle(name, r); bare != name {
			out = append(out, thaiKeys(bare))
		}
		return out
	}
	out := [][]key{englishKeys(name)}
	if bare := stripEnglishAffixes(name, r); bare != name {
		out = append(out, englishKeys(bare))
	}
	if sounds := englishLetterSounds(name); sounds != nil {
		out = append(out, sounds)
	}
	if ac := acronymKeys(name); ac != nil {
		out = append(out, ac)
	}
	return out
}

// stripThaiTitle removes titles written before a Thai name.
func stripThaiTitle(name string, r *rules) string {
	if r == nil {
		return name
	}
	for changed := true; changed; {
		changed = false
		for _, t := range r.titlesTH {
			rest := strings.TrimSpace(strings.TrimPrefix(name, t.text))
			if rest != name && strings.HasPrefix(name, t.text) && utf8.RuneCountInString(rest) >= 2 {
				name, changed = rest, true
				break
			}
		}
	}
	return name
}

// stripEnglishAffixes removes leading titles and leading or trailing head
// words (Party, River) from an English name.
func stripEnglishAffixes(name string, r *rules) string {
	if r == nil {
		return name
	}
	words := strings.Fields(name)
	for len(words) > 1 {
		if _, ok := r.headsEN[words[len(words)-1]]; ok {
			words = words[:len(words)-1]
			continue
		}
		if _, ok := r.headsEN[words[0]]; ok {
			words = words[1:]
			continue
		}
		stripped := false
		for _, t := range r.titlesEN {
			tw := strings.Fields(t.text)
			if len(tw) < len(words) && slices.Equal(tw, words[:len(tw)]) {
				words, stripped = words[len(tw):], true
				break
			}
		}
		if !stripped {
			break
		}
	}
	return strings.Join(words, " ")
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
