package timex

import (
	"slices"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
)

// FuzzTag checks that any text tags without panicking and that the mentions
// keep the invariants (see checkInvariants).
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"ต่อมาในวันที่ 25 ธันวาคม พ.ศ. 2521 ปีถัดมา",
		"ระหว่าง 16–19 กุมภาพันธ์ พ.ศ. 2522 และ ๒๕๒๑ สามวันต่อมา",
		"On 25 December 1978, two days later, the 1980s, 1992–93, from 24 to 28 May 1993.",
		"the early 12th century, AD 802, 146 BC, the summer of 1979, every year at 10:30",
		"พุทธศตวรรษที่ 18 ทศวรรษ 2520 ร.ศ. 112 ครึ่งปีหลังของ พ.ศ. 2521",
		"1,000.5 US$12 20% 9999999999999 ๙๙๙๙",
		"\xff\xfe 2521 \u0e31\u0e48 1979-",
	} {
		f.Add(s, "th")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if runes := appendRunes(nil, text); !slices.Equal(runes, []rune(text)) {
			t.Fatalf("appendRunes(%q) = %U, differs from the conversion", text, runes)
		}
		rt := document.NewRuneText(text)
		valid := utf8.ValidString(text)
		for _, l := range []string{"th", "en"} {
			ms := Tag(rt, l, headingSections(rt), Options{DCT: "2020-05-01"})
			checkInvariants(t, rt, ms)
			for _, m := range ms {
				if valid && !utf8.ValidString(m.Text) {
					t.Fatalf("mention %q is not valid UTF-8", m.Text)
				}
			}
		}
		if Tag(rt, lang, nil, Options{}) != nil && lang != "th" && lang != "en" {
			t.Fatalf("language %q should give nil", lang)
		}
	})
}
