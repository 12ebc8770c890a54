package document

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestRuneTextConversions(t *testing.T) {
	cases := []struct {
		text string
		span Span
		want string
	}{
		{"abc", Span{1, 3}, "bc"},
		{"พล พต", Span{0, 2}, "พล"},
		{"กัมพูชา 1979", Span{0, 7}, "กัมพูชา"}, // combining marks are code points of their own
		{"กัมพูชา 1979", Span{8, 12}, "1979"},
		{"a\xffb", Span{1, 2}, "\xff"},         // an invalid byte is one code point
		{"ก\xe0\xb8x", Span{1, 3}, "\xe0\xb8"}, // so is each byte of a cut sequence
		{"", Span{0, 0}, ""},
	}
	for _, c := range cases {
		rt := NewRuneText(c.text)
		if rt.Len() != utf8.RuneCountInString(c.text) {
			t.Errorf("%q: Len %d, want %d", c.text, rt.Len(), utf8.RuneCountInString(c.text))
		}
		if got, want := rt.Runes(), []rune(c.text); !slices.Equal(got, want) {
			t.Errorf("%q: Runes gives %q, want %q", c.text, string(got), string(want))
		}
		if got := rt.Slice(c.span); got != c.want {
			t.Errorf("%q %v: Slice %q, want %q", c.text, c.span, got, c.want)
		}
		b0, b1 := rt.ByteOffset(c.span[0]), rt.ByteOffset(c.span[1])
		if got := rt.SpanOfBytes(b0, b1); got != c.span {
			t.Errorf("%q: SpanOfBytes(%d,%d) = %v, want %v", c.text, b0, b1, got, c.span)
		}
	}
}

func TestSpanRelations(t *testing.T) {
	a, b, c := Span{0, 5}, Span{3, 8}, Span{5, 9}
	if !a.Overlaps(b) || a.Overlaps(c) || !c.Overlaps(b) {
		t.Error("Overlaps wrong on touching or crossing spans")
	}
	if !a.Contains(Span{1, 5}) || a.Contains(b) {
		t.Error("Contains wrong")
	}
	if !a.Valid(5) || a.Valid(4) || (Span{3, 2}).Valid(9) || (Span{-1, 2}).Valid(9) {
		t.Error("Valid wrong")
	}
	if a.Len() != 5 || b.Start() != 3 || b.End() != 8 {
		t.Error("accessors wrong")
	}
}

func FuzzRuneText(f *testing.F) {
	f.Add("สงคราม 25 ธันวาคม พ.ศ. 2521")
	f.Add("a\xff\xfeb")
	f.Fuzz(func(t *testing.T, s string) {
		rt := NewRuneText(s)
		n := rt.Len()
		if rt.ByteOffset(n) != len(s) {
			t.Fatalf("end maps to byte %d, want %d", rt.ByteOffset(n), len(s))
		}
		joined := ""
		for i := range n {
			joined += rt.Slice(Span{i, i + 1})
			if rt.RuneOffset(rt.ByteOffset(i)) != i {
				t.Fatalf("round trip of code point %d failed", i)
			}
		}
		if joined != s {
			t.Fatal("code-point slices do not rebuild the text")
		}
		if rs, want := rt.Runes(), []rune(s); !slices.Equal(rs, want) {
			t.Fatalf("Runes gives %q, want %q", string(rs), string(want))
		}
	})
}

func TestDocumentRuneTextFollowsText(t *testing.T) {
	doc := &Document{Text: "สงคราม 1979"}
	rt := doc.RuneText()
	if rt.Len() != 11 || doc.RuneText() != rt {
		t.Fatalf("first index: Len %d, reused %v", rt.Len(), doc.RuneText() == rt)
	}
	doc.Text = "war of 1979"
	if got := doc.RuneText(); got == rt || got.Slice(Span{0, 3}) != "war" {
		t.Fatal("index not rebuilt after the text changed")
	}
}
