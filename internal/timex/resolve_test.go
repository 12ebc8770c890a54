package timex

import (
	"strings"
	"testing"

	"chronicle/internal/document"
)

type want struct{ text, value string }

func checkValues(t *testing.T, lang, text string, secs []document.Section, opts Options, wants []want) []Mention {
	t.Helper()
	rt := document.NewRuneText(text)
	ms := Tag(rt, lang, secs, opts)
	checkInvariants(t, rt, ms)
	for _, w := range wants {
		m, ok := findMention(ms, w.text)
		if !ok {
			t.Errorf("%q: no mention; got %s", w.text, describe(ms))
			continue
		}
		if m.Value != w.value {
			t.Errorf("%q = %s, want %s", w.text, m.Value, w.value)
		}
	}
	return ms
}

// TestForwardReading follows the guide: after a date with a month, an
// earlier month falls in the following year; after a year alone, in that year.
func TestForwardReading(t *testing.T) {
	checkValues(t, "en", "The war began on 25 December 1978. On January 7 the capital fell. On December 30 the army halted.",
		nil, Options{}, []want{{"January 7", "1979-01-07"}, {"December 30", "1979-12-30"}})
	checkValues(t, "en", "In 1998 the last offensive began. On March 29 the base fell, and on 25 December the leaders gave up.",
		nil, Options{}, []want{{"March 29", "1998-03-29"}, {"25 December", "1998-12-25"}})
	checkValues(t, "th", "สงครามเริ่มวันที่ 25 ธันวาคม พ.ศ. 2521 ในเดือนมกราคม เมืองหลวงก็แตก",
		nil, Options{}, []want{{"เดือนมกราคม", "1979-01"}})
	// A range is read on from its start.
	checkValues(t, "en", "The battle (30 January – 3 March 1968) was long. On 31 January the city was taken.",
		nil, Options{}, []want{{"31 January", "1968-01-31"}})
	// A bound does not move the story: "since 1994" is background.
	checkValues(t, "en", "In 1998 the base, held since 1994, fell on March 29.",
		nil, Options{}, []want{{"March 29", "1998-03-29"}})
}

// TestHeadingReference: a heading with a year sets the reference. When the
// heading's year is a mention the anchor points at it; when the heading
// text gave no mention (here the title differs from the text) the anchor is
// null.
func TestHeadingReference(t *testing.T) {
	text := "== 1997 crisis ==\nOn July 5 the fighting began.\n== Aftermath ==\nOn July 6 it ended."
	rt := document.NewRuneText(text)
	ms := checkValues(t, "en", text, headingSections(rt), Options{}, []want{{"July 5", "1997-07-05"}})
	if m, _ := findMention(ms, "July 5"); m.Anchor == nil || ms[*m.Anchor].Text != "1997" {
		t.Errorf("July 5 should be anchored to the heading year, got %v", m.Anchor)
	}
	text2 := "Aftermath\nOn July 6 it ended."
	rt2 := document.NewRuneText(text2)
	secs := []document.Section{{Title: "The 2001 talks", Level: 2, Heading: document.Span{0, 9}, Span: document.Span{0, rt2.Len()}}}
	ms2 := checkValues(t, "en", text2, secs, Options{}, []want{{"July 6", "2001-07-06"}})
	if m, _ := findMention(ms2, "July 6"); m.Anchor != nil {
		t.Errorf("a reference from a heading without a mention has no anchor, got %d", *m.Anchor)
	}
}

// TestSectionGoesBack: a section may go back in time, so its first date,
// even inside its sentence, is no background; within a section a year that
// jumps back inside a sentence still is.
func TestSectionGoesBack(t *testing.T) {
	text := "Timor joined the UN on 27 September 2002.\n== Talks ==\nThe two leaders met in the summer of 1999 and signed the accord on 5 August."
	rt := document.NewRuneText(text)
	last := strings.Index(text, "The two")
	sents := []document.Span{{0, 41}, {last, rt.Len()}}
	checkValues(t, "en", text, headingSections(rt), Options{Sentences: sents}, []want{{"5 August", "1999-08-05"}})
	flat := "Timor joined the UN on 27 September 2002. The two leaders met in the summer of 1999 and signed the accord on 5 August."
	checkValues(t, "en", flat, nil, Options{Sentences: []document.Span{{0, 41}, {42, document.NewRuneText(flat).Len()}}}, []want{{"5 August", "2002-08-05"}})
}

func TestUnresolved(t *testing.T) {
	ms := checkValues(t, "en", "On October 23 the accord was signed.", nil, Options{},
		[]want{{"October 23", "XXXX-10-23"}})
	if ms[0].Interval[0] != "" || ms[0].Anchor != nil {
		t.Errorf("an unresolved date has no interval or anchor: %+v", ms[0])
	}
}

func TestDeicticNeedsDCT(t *testing.T) {
	text := "Prices rose last year and fell yesterday."
	if ms := Tag(document.NewRuneText(text), "en", nil, Options{}); len(ms) != 0 {
		t.Errorf("without a DCT nothing is tagged, got %s", describe(ms))
	}
	checkValues(t, "en", text, nil, Options{DCT: "2021-01-01"}, []want{{"last year", "2020"}, {"yesterday", "2020-12-31"}})
	if ms := Tag(document.NewRuneText(text), "en", nil, Options{DCT: "01/01/2021"}); len(ms) != 0 {
		t.Errorf("an unreadable DCT counts as none, got %s", describe(ms))
	}
}
