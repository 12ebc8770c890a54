package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPutAndSearch stores arbitrary text through the real annotator and
// searches it with an arbitrary query: no panic, no SQL error from user
// text, the text comes back byte for byte, and bad text is refused whole.
func FuzzPutAndSearch(f *testing.F) {
	f.Add("He said \"stop\"; then <script>alert('x')</script>.", `"stop"`)
	f.Add("กองทัพ 'เข้า' ยึด \"เมือง\" เมื่อ ๒๕๒๑ -- DROP TABLE documents;", "DROP")
	f.Add("a\x00b", "a")
	f.Add("bad \xff utf8", "bad")
	f.Add("NEAR(x y) AND z*", "NEAR(x y) AND z* ^ \"")
	f.Add("", "")
	s := openTemp(f)
	ctx := context.Background()
	n := 0
	f.Fuzz(func(t *testing.T, text, query string) {
		n++
		id := fmt.Sprintf("fuzz-%d", n)
		rec := annotator().Annotate(newDoc(id, text))
		_, err := s.PutDocument(ctx, rec)
		valid := utf8.ValidString(text) && !strings.ContainsRune(text, 0)
		if valid != (err == nil) {
			t.Fatalf("valid text %v, put error %v", valid, err)
		}
		if valid {
			d, err := s.Document(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != text {
				t.Fatalf("text changed: %q -> %q", text, d.Text)
			}
		} else if _, err := s.Document(ctx, id); err == nil {
			t.Fatal("a refused document was stored")
		}
		for _, m := range []SearchMethod{SearchTrigram, SearchWords, SearchHybrid} {
			hits, err := s.SearchWith(ctx, m, query, 5)
			if err != nil {
				t.Fatalf("%s %q: %v", m, query, err)
			}
			for _, h := range hits {
				if !utf8.ValidString(h.Text) {
					t.Fatalf("%s %q: hit text not UTF-8", m, query)
				}
			}
		}
	})
}
