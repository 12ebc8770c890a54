package quantity

import (
	"math"
	"slices"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Around 20,000–30,000 soldiers and US$12 million",
		"between 1,000 and 2,000 people, one in three, two-thirds",
		"hundreds of thousands of refugees; half a million; 1.2.3; 10:30; K5",
		"ทหาร 150,000 นาย ราวแสนคน 1.4 พันล้านดอลลาร์สหรัฐ ร้อยละ 20",
		"ระหว่าง 1,000 ถึง 2,000 คน 1 ใน 3 พ.ศ. 2521 ครั้งที่ 2 ๑๒๓",
		"9999999999999999999999 1,000,000,000,000,000,000 $1e308",
		"- - – 1-2-3 ,,, ... $ € ร้อยละ กว่า",
		"the two rival states, one Dutch, three of the hostages, 3,000 men of the army, three times as many",
		"ทั้งสองฝ่าย ทั้งสามได้ สหพันธ์แรงงานสามฝ่าย โดยทหารของรัฐบาลราวแสนคน สามเท่า",
	} {
		f.Add(s, "en", 0, 0)
		f.Add(s, "th", 3, 9)
	}
	f.Fuzz(func(t *testing.T, text, lang string, exStart, exLen int) {
		var exclude []document.Span
		if exLen != 0 {
			exclude = []document.Span{{exStart, exStart + exLen}}
		}
		if runes, valid := decodeRunes(text); !slices.Equal(runes, []rune(text)) || valid != utf8.ValidString(text) {
			t.Fatalf("decodeRunes(%q) = %U, %v; differs from the conversion", text, runes, valid)
		}
		rt := document.NewRuneText(text)
		n := rt.Len()
		prev := 0
		for _, q := range Find(text, lang, exclude) {
			if !q.Span.Valid(n) || q.Span.Len() == 0 {
				t.Fatalf("span %v out of range for %d code points", q.Span, n)
			}
			if q.Span.Start() < prev {
				t.Fatalf("span %v overlaps or precedes the one ending at %d", q.Span, prev)
			}
			prev = q.Span.End()
			if got := rt.Slice(q.Span); got != q.Text {
				t.Fatalf("Text %q differs from the text at span %v: %q", q.Text, q.Span, got)
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
				t.Fatalf("invalid UTF-8 in %q", q.Text)
			}
			for _, v := range []*float64{&q.Value, q.Min, q.Max} {
				if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
					t.Fatalf("%q: value not finite: %+v", q.Text, q)
				}
			}
			if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
				t.Fatalf("%q: min %g > max %g", q.Text, *q.Min, *q.Max)
			}
			for _, ex := range exclude {
				if ex[0] < ex[1] && q.Span.Overlaps(ex) {
					t.Fatalf("%q at %v overlaps excluded %v", q.Text, q.Span, ex)
				}
			}
		}
	})
}
