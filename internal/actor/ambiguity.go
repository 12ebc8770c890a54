package actor

import "sort"

// sharedName is a name that leads to more than one actor in a language.
type sharedName struct {
	lang, folded string
	ids          []string
}

// sharedNames lists, per language, the folded names of more than one
// actor, ignoring non-actor phrases. Languages are the ones any entry uses.
func (l *Lexicon) sharedNames() []sharedName {
	langs := map[string]bool{}
	for _, e := range l.entries {
		for lang := range e.Names {
			langs[lang] = true
		}
		for lang := range e.Demonyms {
			langs[lang] = true
		}
	}
	var out []sharedName
	for lang := range langs {
		ids := map[string]map[string]bool{}
		for _, e := range l.entries {
			for _, f := range l.entryForms(nil, e, lang) {
				k := foldString(f.text)
				if ids[k] == nil {
					ids[k] = map[string]bool{}
				}
				ids[k][f.id] = true
			}
		}
		for k, set := range ids {
			if len(set) < 2 {
				continue
			}
			s := sharedName{lang: lang, folded: k}
			for id := range set {
				s.ids = append(s.ids, id)
			}
			sort.Strings(s.ids)
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].lang != out[j].lang {
			return out[i].lang < out[j].lang
		}
		return out[i].folded < out[j].folded
	})
	return out
}
