package annotate

import (
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/document"
)

// TestLinkThaiNames links a Thai name no lexicon knows to the English name
// it transliterates, leaves known ids and unmatched names alone, and
// Relink rewrites only the linked mentions.
func TestLinkThaiNames(t *testing.T) {
	thai := &Record{Document: &document.Document{Lang: "th"}, Actors: []actor.Mention{
		{Text: "ยาห์ยา ข่าน", ID: "name-th-yaya-khan"},
		{Text: "สมชาย ใจดี", ID: "name-th-somchai-chaidi"},
		{Text: "อินเดีย", ID: "country-in"},
	}}
	english := &Record{Document: &document.Document{Lang: "en"}, Actors: []actor.Mention{
		{Text: "Yahya Khan", ID: "name-en-yahya-khan"},
		{Text: "India", ID: "country-in"},
	}}
	links := LinkThaiNames([]LangActors{{thai.Lang, thai.Actors}, {english.Lang, english.Actors}})
	thai.Relink(links)
	want := []string{"name-en-yahya-khan", "name-th-somchai-chaidi", "country-in"}
	for i, a := range thai.Actors {
		if a.ID != want[i] {
			t.Errorf("%s: id %s, want %s", a.Text, a.ID, want[i])
		}
	}
	if english.Actors[0].ID != "name-en-yahya-khan" {
		t.Errorf("English id changed to %s", english.Actors[0].ID)
	}
	if got := LinkThaiNames([]LangActors{{thai.Lang, thai.Actors}}); len(got) != 0 {
		t.Errorf("links with no other language: %v", got)
	}
}
