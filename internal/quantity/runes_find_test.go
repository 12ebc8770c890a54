package quantity

import (
	"reflect"
	"testing"

	"chronicle/internal/document"
)

func TestFindRunesMatchesFind(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"en", "About 150,000 troops and two hundred tanks crossed the border."},
		{"th", "ทหารกว่า 150,000 นาย และรถถังสองร้อยคันข้ามพรมแดน"},
		{"en", "No numbers here."},
		{"en", "bad \xff byte then 3 million people"},
		{"en", "a literal \uFFFD then 3 million people"},
		{"th", "ราว \xe0\xb8 สามพันคน และ 2\xff00 นาย"},
		{"en", "around\xff 5,000 troops and 20\xff–30 million\xff dollars, \uFFFD then \xfe"},
		{"en", "some 2 \xff\xfe km and 7\u00a0\xffmillion people"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			exclude := []document.Span{{0, 2}}
			want := Find(tt.text, tt.lang, exclude)
			got := FindRunes(tt.text, []rune(tt.text), tt.lang, exclude)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("FindRunes = %+v, want %+v", got, want)
			}
			rt := document.NewRuneText(tt.text)
			for _, q := range got {
				if q.Text != rt.Slice(q.Span) {
					t.Errorf("Text %q is not the text at %v, %q", q.Text, q.Span, rt.Slice(q.Span))
				}
			}
		})
	}
}
