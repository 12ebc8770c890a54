package annotate

import (
	"strings"

	"chronicle/internal/actor"
	"chronicle/internal/names"
)

// LangActors is what cross-language name linking needs of one document:
// its language and its actor mentions.
type LangActors struct {
	Lang   string
	Actors []actor.Mention
}

// LinkThaiNames maps the ids of Thai names no lexicon knows ("name-…") to
// the ids of the names in the other languages' documents they sound like
// (names.Link), so that one person is one actor across languages.
func LinkThaiNames(docs []LangActors) map[string]string {
	var thai, others []names.Named
	for _, d := range docs {
		for _, a := range d.Actors {
			n := names.Named{ID: a.ID, Text: a.Text}
			switch {
			case d.Lang == "th" && strings.HasPrefix(a.ID, "name-"):
				thai = append(thai, n)
			case d.Lang != "th":
				others = append(others, n)
				if a.Name != "" && a.Name != a.Text {
					others = append(others, names.Named{ID: a.ID, Text: a.Name})
				}
			}
		}
	}
	if len(thai) == 0 || len(others) == 0 {
		return map[string]string{}
	}
	return names.Link(thai, others)
}

// Relink rewrites the ids of r's actor mentions through links.
func (r *Record) Relink(links map[string]string) {
	for i, a := range r.Actors {
		if to, ok := links[a.ID]; ok {
			r.Actors[i].ID = to
		}
	}
}
