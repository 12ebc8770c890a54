package actor

import (
	"reflect"
	"testing"

	"chronicle/internal/document"
)

func TestFindInMatchesFind(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text string
		tokens     []document.Span
	}{
		{"en", "Vietnam invaded Cambodia; the Khmer Rouge fled.", nil},
		{"th", "เวียดนามบุกกัมพูชา", []document.Span{{0, 8}, {8, 11}, {11, 18}}},
		{"th", "เวียดนามบุกกัมพูชา", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			want := lex.Find(tt.text, tt.lang, tt.tokens)
			got := lex.FindIn(document.NewRuneText(tt.text), tt.lang, tt.tokens)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("FindIn = %+v, want %+v", got, want)
			}
			if tt.lang == "en" && len(want) == 0 {
				t.Error("no actor found in the English text")
			}
		})
	}
}
