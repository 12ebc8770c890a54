package annotate

import (
	"slices"
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/document"
)

func TestMergeMentionsKeepsTextOrder(t *testing.T) {
	m := func(start int, text string) actor.Mention {
		return actor.Mention{Text: text, Span: document.Span{start, start + 2}}
	}
	tests := []struct {
		name string
		a, b []actor.Mention
		want []string
	}{
		{"empty", nil, nil, nil},
		{"only lexicon", []actor.Mention{m(0, "a"), m(5, "b")}, nil, []string{"a", "b"}},
		{"only names", nil, []actor.Mention{m(3, "x")}, []string{"x"}},
		{"interleaved", []actor.Mention{m(0, "a"), m(10, "b")}, []actor.Mention{m(4, "x"), m(20, "y")}, []string{"a", "x", "b", "y"}},
		{"same start sorts", []actor.Mention{m(4, "a")}, []actor.Mention{m(4, "x"), m(1, "y")}, []string{"y", "a", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range mergeMentions(tt.a, tt.b) {
				got = append(got, x.Text)
			}
			if tt.name == "same start sorts" {
				// Equal starts leave the order of a and x to the sort.
				if len(got) != 3 || got[0] != "y" {
					t.Fatalf("got %v, want y first", got)
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
