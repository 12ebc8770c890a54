package event

import (
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/timex"
)

// FuzzExtract runs Extract on arbitrary text with the real layers plus
// bogus ones (spans out of range, reversed, overlapping, more kinds than
// mentions) and checks the output contract: no panic, every index valid,
// every span in range.
func FuzzExtract(f *testing.F) {
	f.Add("On 2 August 1990, Iraq invaded Kuwait and did not withdraw.", "en", uint32(0))
	f.Add("คูเวตถูกอิรักรุกรานเมื่อ 2 สิงหาคม พ.ศ. 2533 และอิรักไม่ได้ถอนทหาร", "th", uint32(7))
	f.Add("Kuwait was invaded by Iraq; the U.S.-backed coalition, which bombed Iraq, won.", "en", uint32(3))
	f.Add("a\xff-attack\x00 ถูก", "th", uint32(12345))
	f.Fuzz(func(t *testing.T, text, lang string, junk uint32) {
		a := annotateText(t, "fz", lang, text, true)
		in := a.in
		n := in.Text.Len()
		bogus := []document.Span{
			{int(junk % 7), int(junk%7) - 1},
			{n, n + 1 + int(junk%3)},
			{-1, int(junk % 5)},
			{0, n},
		}
		if junk%2 == 1 {
			in.Actors = append(in.Actors, bogus...)
			in.ActorKinds = append(in.ActorKinds, "place", "state")
			in.Quantities = append(in.Quantities, bogus...)
			in.Sentences = append(in.Sentences, bogus...)
			in.Tokens = append(in.Tokens, bogus...)
			in.Exclude = append(in.Exclude, bogus[:2]...)
			for _, sp := range bogus {
				in.Times = append(in.Times, timex.Mention{Span: sp, Type: timex.TypeDate, Value: "1990"})
			}
		}
		events := Extract(in)
		checkEvents(t, in, events)
		for _, ev := range events {
			if utf8.ValidString(text) && !utf8.ValidString(in.Text.Slice(ev.Span)) {
				t.Fatalf("event span %v cuts a character", ev.Span)
			}
			if ev.Span[1] > n {
				t.Fatalf("span %v beyond %d", ev.Span, n)
			}
		}
	})
}
