package actor

import (
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
)

// FuzzFind checks that Find never panics and returns ordered,
// non-overlapping, in-range spans whose text is the text they cover.
func FuzzFind(f *testing.F) {
	l := mustDefault(f)
	for _, s := range []string{
		"The Khmer Rouge and the Vietnamese; Cambodians' U.S.-backed",
		"เขมรแดงยึดกรุงพนมเปญ พล พตหนีไปไทยรัฐ",
		"สหรัฐฯ UNTAC (อันแทค)",
		"\xff\xfeKhmer\x00Rouge",
		"ลาวา ลาว ั",
	} {
		f.Add(s, true, []byte{0, 3, 5, 9})
		f.Add(s, false, []byte(nil))
	}
	f.Fuzz(func(t *testing.T, text string, thai bool, cuts []byte) {
		lang := "en"
		if thai {
			lang = "th"
		}
		n := utf8.RuneCountInString(text)
		var toks []document.Span
		if cuts != nil {
			// Arbitrary, possibly invalid spans: Find must ignore bad ones.
			toks = []document.Span{}
			for i := 0; i+1 < len(cuts); i += 2 {
				toks = append(toks, document.Span{int(cuts[i]) - 2, int(cuts[i+1])})
			}
		}
		rt := document.NewRuneText(text)
		prevEnd := 0
		for _, m := range l.Find(text, lang, toks) {
			if !m.Span.Valid(n) || m.Span.Len() == 0 {
				t.Fatalf("span %v out of range [0,%d]", m.Span, n)
			}
			if m.Span.Start() < prevEnd {
				t.Fatalf("span %v overlaps or precedes the previous end %d", m.Span, prevEnd)
			}
			prevEnd = m.Span.End()
			if got := rt.Slice(m.Span); got != m.Text {
				t.Fatalf("text %q, span covers %q", m.Text, got)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("invalid UTF-8 in %q", m.Text)
			}
			if _, ok := l.Lookup(m.ID); !ok {
				t.Fatalf("unknown id %q", m.ID)
			}
		}
	})
}
