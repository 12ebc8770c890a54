package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

func TestSearchRowIDRoundTrip(t *testing.T) {
	cases := []struct {
		length int
		title  bool
		key    int64
	}{{0, false, 1}, {12, true, 7}, {5000, false, searchTitleBit - 1}, {1 << 30, true, 3}}
	for _, c := range cases {
		id := searchRowID(c.length, c.title, c.key)
		title, key := searchKey(id)
		if id <= 0 || title != c.title || key != c.key {
			t.Errorf("%+v: rowid %d reads back as %v %d", c, id, title, key)
		}
	}
	if searchRowID(10, true, 99) >= searchRowID(40, false, 1) || searchRowID(100, false, 5) >= searchRowID(100, false, 6) {
		t.Error("a shorter unit does not sort first")
	}
}

// A term in more sentences than RankedMatches is ranked among the
// shortest of them: the shortest sentences holding it come back, best
// first, and each hit holds the term.
func TestSearchRanksTheShortestOfACommonTerm(t *testing.T) {
	var text strings.Builder
	var sentences []annotate.Sentence
	add := func(s string) {
		start := utf8.RuneCountInString(text.String())
		text.WriteString(s)
		sentences = append(sentences, annotate.Sentence{Span: document.Span{start, start + utf8.RuneCountInString(s)}})
		text.WriteString(" ")
	}
	filler := strings.Repeat("the harbour was quiet that morning and ", 3)
	for i := range RankedMatches + 300 {
		add(fmt.Sprintf("Patrol %d %s passed the lighthouse.", i, filler[:10+(i*7)%90]))
	}
	add("Lighthouse patrol.")                    // the shortest holder of both words
	add("Lighthouse keepers met a patrol boat.") // short too
	rec := &annotate.Record{Document: &document.Document{ID: "many", Title: "Coast", Lang: "en", Text: text.String()}, Sentences: sentences}
	s := openTemp(t)
	putAll(t, s, []*annotate.Record{rec})
	bound, err := s.rankBound(context.Background(), "search_words", s.wordsQuery("patrol lighthouse"))
	if err != nil || bound == 0 {
		t.Fatalf("rank bound %d (%v): the ranking is not cut", bound, err)
	}
	if _, key := searchKey(bound); key == 0 {
		t.Errorf("bound %d names no unit", bound)
	}
	for _, method := range []SearchMethod{SearchTrigram, SearchWords, SearchHybrid} {
		hits, err := s.SearchWith(context.Background(), method, "patrol lighthouse", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 5 {
			t.Fatalf("%s: %d hits, want 5", method, len(hits))
		}
		if hits[0].Sentence != len(sentences)-2 {
			t.Errorf("%s: first hit %q, want the shortest sentence", method, hits[0].Text)
		}
		for _, h := range hits {
			low := strings.ToLower(h.Text)
			if !strings.Contains(low, "patrol") || !strings.Contains(low, "lighthouse") {
				t.Errorf("%s: hit %q lacks a term", method, h.Text)
			}
		}
	}
}
