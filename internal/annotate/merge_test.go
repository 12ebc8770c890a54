package annotate

import (
	"fmt"
	"math/rand/v2"
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

// mergeByCopy is the plain merge into a new list, with the same fallback
// to a sort, that mergeMentions must reproduce.
func mergeByCopy(a, b []actor.Mention) []actor.Mention {
	out := make([]actor.Mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].Span.Start() < a[i].Span.Start() {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(append(out, a[i:]...), b[j:]...)
	for k := 1; k < len(out); k++ {
		if out[k].Span.Start() <= out[k-1].Span.Start() {
			out = append(append(out[:0], a...), b...)
			slices.SortFunc(out, func(x, y actor.Mention) int { return x.Span.Start() - y.Span.Start() })
			return out
		}
	}
	return out
}

// TestMergeMentionsInPlaceMatchesCopy merges random lists, sorted or not,
// with shared starts or not, with and without spare capacity in a.
func TestMergeMentionsInPlaceMatchesCopy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	list := func(n, spread int, sorted bool) []actor.Mention {
		var out []actor.Mention
		start := 0
		for k := range n {
			if sorted {
				start += 1 + rng.IntN(spread)
			} else {
				start = rng.IntN(spread * n)
			}
			out = append(out, actor.Mention{Text: fmt.Sprint(k), Span: document.Span{start, start + 1}})
		}
		return out
	}
	for round := range 2000 {
		sorted := round%4 != 0
		a, b := list(rng.IntN(12), 1+rng.IntN(6), sorted), list(rng.IntN(6), 1+rng.IntN(12), sorted)
		want := mergeByCopy(a, b)
		spare := make([]actor.Mention, len(a), len(a)+rng.IntN(2*len(b)+1))
		copy(spare, a)
		if got := mergeMentions(spare, b); !slices.Equal(got, want) {
			t.Fatalf("round %d: merge of %v and %v = %v, want %v", round, a, b, got, want)
		}
	}
}
