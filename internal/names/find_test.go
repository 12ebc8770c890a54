package names

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/document"
	"chronicle/internal/wordseg"
)

// spanOf returns the code-point span of the n-th (0-based) occurrence of sub.
func spanOf(t *testing.T, text, sub string, n int) document.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		if i == n {
			start := utf8.RuneCountInString(text[:off+j])
			return document.Span{start, start + utf8.RuneCountInString(sub)}
		}
		off += j + len(sub)
	}
}

// rendered shows names as "text/kind" for comparison.
func rendered(ns []Name) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Text + "/" + n.Kind
	}
	return out
}

func TestFindEnglish(t *testing.T) {
	tests := []struct {
		text  string
		known []string // substrings the lexicon matched
		want  []string
	}{
		{"Talks began when General Nhem Sovath met President Ravan Tolsky in the town of Krasna Vel.", nil,
			[]string{"Nhem Sovath/person", "Ravan Tolsky/person", "Krasna Vel/place"}},
		{"Fighters of the Sangkor Liberation Front crossed the Mekala River at night.", nil,
			[]string{"Sangkor Liberation Front/organization", "Mekala River/place"}},
		// A capital at a sentence start counts only if the word recurs mid-sentence.
		{"Malvor said the talks had failed. Two days later Malvor left for Geneva.", []string{"Geneva"},
			[]string{"Malvor/unknown", "Malvor/unknown"}},
		{"Tarsen resigned in March. Nobody objected on Monday.", nil, nil},
		{"Yesterday the Prime Minister spoke.", nil, nil},
		// Initials, particles, hyphenated syllables, a possessive.
		{"On that day B. J. Habibie met Osama bin Laden and Kim Il-sung.", nil,
			[]string{"B. J. Habibie/unknown", "Osama bin Laden/unknown", "Kim Il-sung/unknown"}},
		{"The army of Dorvan Keltz's government moved to Fère-en-Tardenois.", nil,
			[]string{"Dorvan Keltz/unknown", "Fère-en-Tardenois/unknown"}},
		// Lexicon matches are left alone, and so are words that extend them.
		{"Prime Minister Hun Sen met Ieng Sary after the Vietnam War.", []string{"Hun Sen", "Vietnam"},
			[]string{"Ieng Sary/unknown"}},
		{"Khmer Rouge leader Ta Mok fled.", []string{"Khmer Rouge"}, []string{"Ta Mok/person"}},
		// Acronyms are organisations; a lone roman numeral or letter is nothing.
		{"Troops of the KPNLF and the ANS joined in World War II near K5.", nil,
			[]string{"KPNLF/organization", "ANS/organization", "World War II/unknown"}},
		// A kind shown once holds for every mention.
		{"They met Colonel Sarvan Toch. Later Sarvan Toch was arrested.", nil,
			[]string{"Sarvan Toch/person", "Sarvan Toch/person"}},
	}
	for _, tc := range tests {
		var known []document.Span
		for _, k := range tc.known {
			known = append(known, spanOf(t, tc.text, k, 0))
		}
		got := rendered(Find(tc.text, "en", nil, known))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestFindThai(t *testing.T) {
	seg := wordseg.NewPureGo(nil)
	tests := []struct {
		text  string
		known []string
		want  []string
	}{
		{"นายโวลอฟ ดาร์เมน กล่าวว่ารัฐบาลจะเจรจา", nil, []string{"โวลอฟ ดาร์เมน/person"}},
		{"พล.อ.ตาร์โก ซิมบา เดินทางถึงชายแดนเมื่อวานนี้", nil, []string{"ตาร์โก ซิมบา/person"}},
		// A title runs on to a second title and a three-part name.
		{"ประธานาธิบดี นายพลเหงวียน วัน ลาม เดินทางมาถึง", nil, []string{"เหงวียน วัน ลาม/person"}},
		// นาย after a number counts soldiers.
		{"ทหาร 500 นายเดินทางกลับ", nil, nil},
		{"กองทัพยึดจังหวัดเซกองได้", nil, []string{"เซกอง/place"}},
		{"สมาชิกพรรคฟาร์เวนได้เดินขบวน", nil, []string{"ฟาร์เวน/organization"}},
		// A strict title needs a word the dictionary does not know.
		{"ผู้นำประเทศและพรรคการเมืองประชุมกัน", nil, nil},
		// Known names stay with the lexicon.
		{"นายฮุน เซน กล่าวว่า", []string{"ฮุน เซน"}, nil},
		// A titled name is found again without its title.
		{"นายโวลอฟ ดาร์เมน เดินทางไปฮานอย ต่อมาโวลอฟ ดาร์เมนได้ลาออก", []string{"ฮานอย"},
			[]string{"โวลอฟ ดาร์เมน/person", "โวลอฟ ดาร์เมน/person"}},
		// A name written twice, with no title.
		{"คาร์ลอฟสกีเดินทางไปเยือนจีน หลังจากนั้นคาร์ลอฟสกีได้ลาออก", []string{"จีน"},
			[]string{"คาร์ลอฟสกี/unknown", "คาร์ลอฟสกี/unknown"}},
		// English names in a Thai text follow the English rules.
		{"นายพลซาร์ วัน และ General Tomas Reyes", nil, []string{"ซาร์ วัน/person", "Tomas Reyes/person"}},
	}
	for _, tc := range tests {
		var known []document.Span
		for _, k := range tc.known {
			known = append(known, spanOf(t, tc.text, k, 0))
		}
		got := rendered(Find(tc.text, "th", seg.Tokens(tc.text), known))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Find(%q)\n got %q\nwant %q\ntokens %q", tc.text, got, tc.want, tokenTexts(tc.text, seg.Tokens(tc.text)))
		}
	}
}

func tokenTexts(text string, toks []document.Span) []string {
	rs := []rune(text)
	out := make([]string, len(toks))
	for i, s := range toks {
		out[i] = string(rs[s[0]:s[1]])
	}
	return out
}

func TestFindSpans(t *testing.T) {
	// Spans are code points, exclude titles and match Text.
	text := "เมื่อวาน นายโวลอฟ ดาร์เมน และ Colonel Sarvan Toch พบกัน"
	ns := Find(text, "th", nil, nil)
	if len(ns) != 2 {
		t.Fatalf("got %v", ns)
	}
	if want := spanOf(t, text, "โวลอฟ ดาร์เมน", 0); ns[0].Span != want {
		t.Errorf("span %v, want %v", ns[0].Span, want)
	}
	rt := document.NewRuneText(text)
	for _, n := range ns {
		if rt.Slice(n.Span) != n.Text {
			t.Errorf("span %v is %q, text %q", n.Span, rt.Slice(n.Span), n.Text)
		}
		if n.Confidence <= 0 || n.Confidence > 1 {
			t.Errorf("%q: confidence %v", n.Text, n.Confidence)
		}
	}
}

func TestID(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"th", "ฮุน เซน", "name-th-hun-sen"},
		{"th", "ฮุน  เซน", "name-th-hun-sen"},
		{"th", "เขียว สัมพัน", "name-th-khiao-samphan"},
		{"en", "B. J. Habibie", "name-en-b-j-habibie"},
		{"en", "Xanana Gusmão", "name-en-xanana-gusmao"},
		{"en", "Kim Il-sung", "name-en-kim-il-sung"},
		{"EN", "Kim Il-sung", "name-en-kim-il-sung"},
		{"fr", "François Mitterrand", "name-fr-francois-mitterrand"},
		{"th", "Tomas Reyes", "name-en-tomas-reyes"},
	}
	for _, tc := range tests {
		if got := ID(tc.lang, tc.text); got != tc.want {
			t.Errorf("ID(%q, %q) = %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
	// No letters: a hash, the same on every call and different per text.
	a, b := ID("en", "!!!"), ID("en", "???")
	if a != ID("en", "!!!") || a == b || !strings.HasPrefix(a, "name-en-x") {
		t.Errorf("hash ids %q %q", a, b)
	}
	// The same name found in two documents gets the same id.
	doc1 := "นายโวลอฟ ดาร์เมน กล่าวว่า"
	doc2 := "เมื่อวานนี้ พล.อ.โวลอฟ ดาร์เมน เดินทางถึง"
	n1, n2 := Find(doc1, "th", nil, nil), Find(doc2, "th", nil, nil)
	if len(n1) != 1 || len(n2) != 1 || ID("th", n1[0].Text) != ID("th", n2[0].Text) {
		t.Errorf("ids differ across documents: %v %v", n1, n2)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"General Nhem Sovath met President Ravan Tolsky.",
		"นายโวลอฟ ดาร์เมน กล่าวว่า ต่อมาโวลอฟ ดาร์เมนได้ลาออก",
		"พล.อ.ซูฮาร์โต ซูฮาร์โต B. J. \xff Habibie",
		"ทหาร 500 นาย",
	} {
		f.Add(s, "th", 3, 9)
		f.Add(s, "en", 0, 4)
	}
	f.Fuzz(func(t *testing.T, text, lang string, ks, ke int) {
		n := utf8.RuneCountInString(text)
		var known []document.Span
		if ks >= 0 && ks <= ke && ke <= n {
			known = append(known, document.Span{ks, ke})
		}
		ns := Find(text, lang, nil, known)
		rt := document.NewRuneText(text)
		prev := 0
		for _, nm := range ns {
			if !nm.Span.Valid(n) || nm.Span.Len() == 0 {
				t.Fatalf("bad span %v in %d code points", nm.Span, n)
			}
			if nm.Span[0] < prev {
				t.Fatalf("names overlap or are out of order: %v", ns)
			}
			prev = nm.Span[1]
			for _, k := range known {
				if nm.Span.Overlaps(k) {
					t.Fatalf("%v overlaps known %v", nm.Span, k)
				}
			}
			if rt.Slice(nm.Span) != nm.Text || !utf8.ValidString(ID(lang, nm.Text)) {
				t.Fatalf("text %q does not match span %v", nm.Text, nm.Span)
			}
		}
	})
}
