package sentence

import (
	"testing"

	"chronicle/internal/document"
)

// FuzzSplit checks Split's promises on any text, in Thai and English, with
// a heading, an infobox line and an artifact placed anywhere (in range or
// not): no panic, spans ordered and trimmed, every non-space code point in
// exactly one sentence, no sentence across a heading or infobox edge, and
// none across an artifact's end.
func FuzzSplit(f *testing.F) {
	seeds := []string{
		"",
		"สงครามยุติลง ทหารกลับบ้าน\nชาวนาเริ่มทำนา",
		"เมื่อ 25 ธันวาคม พ.ศ. 2521 ทหาร 150,000 นาย บุกข้ามแดน (ค.ศ. 1978) ฯลฯ ต่าง ๆ",
		"ผู้นำคือ ออง ซาน และรัฐบาลออง ซานได้ลงนาม",
		"Dr. J. F. Smith left the U.S. The war ended... \"Wait... Now\" he said.\n\n- item",
		"\xff\xfe broken \xe0\xb8 utf8. Next",
		"战争结束了。难民回家了。",
		sampleThai().Text,
		sampleEnglish().Text,
	}
	for i, s := range seeds {
		f.Add(s, i%2 == 0, 0, 5, 3, 9, 2, 4)
	}
	f.Fuzz(func(t *testing.T, text string, thai bool, h0, h1, i0, i1, a0, a1 int) {
		lang := "en"
		if thai {
			lang = "th"
		}
		doc := &document.Document{
			Lang:      lang,
			Text:      text,
			Sections:  []document.Section{{Heading: document.Span{h0, h1}}},
			Infobox:   []document.InfoField{{Span: document.Span{i0, i1}}},
			Artifacts: []document.Artifact{{Kind: document.ArtifactMarkup, Span: document.Span{a0, a1}}},
		}
		rt := document.NewRuneText(text)
		spans := Split(doc, rt)
		if err := checkInvariants(doc, rt, spans); err != "" {
			t.Fatalf("%s; text %q", err, text)
		}
		whole := wholeSpans(doc, rt)
		crosses := func(at int) bool {
			for _, s := range spans {
				if s[0] < at && at < s[1] {
					return true
				}
			}
			return false
		}
		for _, w := range whole {
			if crosses(w[0]) || crosses(w[1]) {
				t.Fatalf("a sentence crosses the edge of whole span %v; text %q", w, text)
			}
		}
		if a := doc.Artifacts[0].Span; a.Valid(rt.Len()) && a.Len() > 0 && !insideWhole(whole, a[1]) && crosses(a[1]) {
			t.Fatalf("a sentence runs on past artifact %v; text %q", a, text)
		}
	})
}
