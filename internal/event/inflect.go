package event

import "strings"

// inflections returns form and the forms a small suffix rule derives from
// it: the plural of a noun, or the -s, -ed and -ing forms of a verb. The
// first word of a phrase is inflected ("pull out" → "pulled out"), the last
// one of a hyphenated verb ("re-elect" → "re-elected"). Over-generation
// ("fleed") is harmless: such words do not occur in text.
func inflections(form string, hyphenated, noun bool) []string {
	words := strings.Split(form, " ")
	at := 0
	if hyphenated || noun {
		at = len(words) - 1
	}
	w := words[at]
	var variants []string
	if noun {
		variants = []string{w, plural(w)}
	} else {
		variants = []string{w, plural(w), pastForm(w), ingForm(w)}
	}
	out := make([]string, 0, len(variants))
	for _, v := range variants {
		words[at] = v
		s := strings.Join(words, " ")
		if !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// plural is also the third person singular: attack → attacks, clash →
// clashes, occupy → occupies.
func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// doublesFinal reports whether a short verb doubles its last consonant
// before -ed and -ing (ban → banned, set → setting).
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || n > 4 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0 &&
		(n == 3 || !isVowel(w[0]))
}

func pastForm(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case w[n-1] == 'e':
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	case doublesFinal(w):
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

func ingForm(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case w[n-1] == 'e':
		return w[:n-1] + "ing"
	case doublesFinal(w):
		return w + w[n-1:] + "ing"
	}
	return w + "ing"
}
