package timex

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

// sentencesOf splits a test text at ". " and Thai double spaces; enough for
// these texts, which are written so that the split is unambiguous.
func sentencesOf(text string) []document.Span {
	var spans []document.Span
	runes := []rune(text)
	start := 0
	for i := 0; i < len(runes); i++ {
		end := -1
		if runes[i] == '.' && (i+1 == len(runes) || runes[i+1] == ' ') {
			end = i + 1
		}
		if runes[i] == ' ' && i+1 < len(runes) && runes[i+1] == ' ' {
			end = i
		}
		if i+1 == len(runes) {
			end = len(runes)
		}
		if end < 0 {
			continue
		}
		for start < end && runes[start] == ' ' {
			start++
		}
		if start < end {
			spans = append(spans, document.Span{start, end})
		}
		start = end
	}
	return spans
}

func TestSentenceAwareNarrative(t *testing.T) {
	cases := []struct {
		name, lang, text string
		wants            []want
	}{
		{
			name:  "a month inside a sentence is background in the reference year",
			lang:  "en",
			text:  "The king proposed a deal in May 1991. The rebels, who had won backing from their ally in April, refused it.",
			wants: []want{{"April", "1991-04"}},
		},
		{
			name:  "a month opening a sentence moves the story on",
			lang:  "en",
			text:  "The king proposed a deal in May 1991. In April the rebels agreed.",
			wants: []want{{"April", "1992-04"}},
		},
		{
			name:  "a year jumping back mid-sentence does not move the reference",
			lang:  "en",
			text:  "The offensive began in January 1979. The prince, held by the rebels since late 1976 and moved in 1977, was flown out. In the summer a new group was founded.",
			wants: []want{{"the summer", "1979-SU"}},
		},
		{
			name:  "a year jumping back at the start of a sentence does move it",
			lang:  "en",
			text:  "The offensive began in January 1979. In 1976 the prince had been arrested. In the summer he wrote a letter.",
			wants: []want{{"the summer", "1976-SU"}},
		},
		{
			name:  "Thai background year",
			lang:  "th",
			text:  "กองทัพบุกในเดือนมกราคม พ.ศ. 2522  เจ้าชายซึ่งถูกกักตัวใน พ.ศ. 2519 ได้หลบหนีออกไป  ในเดือนกรกฎาคม มีการตั้งขบวนการใหม่",
			wants: []want{{"เดือนกรกฎาคม", "1979-07"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkValues(t, c.lang, c.text, nil, Options{Sentences: sentencesOf(c.text)}, c.wants)
		})
	}
}

func TestSentencesOfHelper(t *testing.T) {
	text := "One. Two three.  สาม"
	got := sentencesOf(text)
	var parts []string
	for _, s := range got {
		parts = append(parts, string([]rune(text)[s.Start():s.End()]))
	}
	if strings.Join(parts, "|") != "One.|Two three.|สาม" {
		t.Fatalf("helper split %q", parts)
	}
}
