package actor

import (
	"strings"
	"unicode"
)

// form is one string the matcher looks for.
type form struct {
	text string
	// id is the actor; empty for a non-actor phrase.
	id string
	// demonym forms take an English plural -s ("Cambodians").
	demonym bool
}

// forms lists what the matcher for lang looks for: English names first, so
// that a language's own names win a tie, then lang's names, then phrases
// that are not actors.
func (l *Lexicon) forms(lang string) []form {
	var out []form
	langs := []string{lang}
	if lang != "en" {
		// Latin-script names are common in every language's text: UNTAC in a
		// Thai article, NATO in a French one.
		langs = []string{"en", lang}
	}
	for _, lg := range langs {
		for _, e := range l.entries {
			out = l.entryForms(out, e, lg)
		}
	}
	for _, lg := range langs {
		for _, na := range l.rules.nonActors {
			if na.lang == lg {
				out = append(out, form{text: na.phrase})
			}
		}
	}
	return out
}

// entryForms appends e's forms in lang: names with their spelling variants,
// demonyms, and names derived by templates.
func (l *Lexicon) entryForms(out []form, e *Entry, lang string) []form {
	var names []string
	for _, n := range e.Names[lang] {
		names = appendVariants(names, n, lang)
	}
	for _, n := range names {
		out = append(out, form{text: n, id: e.ID})
	}
	for _, n := range e.Demonyms[lang] {
		var vs []string
		for _, v := range appendVariants(vs, n, lang) {
			out = append(out, form{text: v, id: e.ID, demonym: true})
		}
	}
	for _, t := range l.rules.templates {
		if t.lang != lang || t.kind != e.Kind {
			continue
		}
		for _, n := range names {
			out = append(out, form{text: strings.Replace(t.pattern, "{}", n, 1), id: e.ID, demonym: t.demonym})
		}
	}
	return out
}

// appendVariants appends name and the spellings of it texts also use.
func appendVariants(dst []string, name, lang string) []string {
	dst = appendUnique(dst, name)
	switch lang {
	case "en":
		// CLDR writes "Bosnia & Herzegovina"; prose writes "and".
		if strings.Contains(name, " & ") {
			dst = appendUnique(dst, strings.ReplaceAll(name, " & ", " and "))
		}
		if rest, ok := strings.CutPrefix(name, "St. "); ok {
			dst = appendUnique(dst, "Saint "+rest)
		}
	case "th":
		// Thai writes foreign names with or without the space: พล พต, พลพต.
		if joined := joinThaiSpaces(name); joined != name {
			dst = appendUnique(dst, joined)
		}
	}
	return dst
}

func appendUnique(dst []string, s string) []string {
	for _, d := range dst {
		if d == s {
			return dst
		}
	}
	return append(dst, s)
}

// joinThaiSpaces drops spaces that stand between two Thai characters.
func joinThaiSpaces(s string) string {
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && isThai(rs[i-1]) && isThai(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// foldRune maps a code point to the key the matcher compares: lower case,
// one space, one apostrophe and one hyphen, whatever the text used.
func foldRune(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02BC', '\u2032', '`':
		return '\''
	case '\u2010', '\u2011':
		return '-'
	}
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
			return ' '
		}
		return r
	}
	if isThai(r) {
		return r // no case and no spaces: skip the Unicode tables
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// foldString folds every code point of s.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// punctFold is foldRune without the change of case, for names whose case
// must match exactly.
func punctFold(r rune) rune {
	f := foldRune(r)
	if f == '\'' || f == '-' || f == ' ' {
		return f
	}
	return r
}
