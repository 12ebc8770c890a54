package wordseg

import (
	"slices"
	"testing"

	"chronicle/internal/document"
)

// A user word glued to the next word is cut off where it ends, and the rest
// of the run is segmented again; both engines agree on these.
func TestUserWordEndingInsideToken(t *testing.T) {
	user := []string{"สีหนุ", "เจ้าสีหนุ", "อู นุ", "ดานัง", "คิริบาส", "ซีไอเอ", "ฮุน เซน", "นา", "ไทย", "ลาว", "กิน", "จีน"}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"name then verb", "สีหนุชนะ", []string{"สีหนุ", "ชนะ"}},
		{"titled name mid-sentence", "ปีนั้นเจ้าสีหนุชนะการเลือกตั้ง", []string{"ปี", "นั้น", "เจ้าสีหนุ", "ชนะ", "การเลือก", "ตั้ง"}},
		{"spaced name", "ต่อมาอู นุนำคณะไปเยือน", []string{"ต่อ", "มา", "อู นุ", "นำ", "คณะ", "ไป", "เยือน"}},
		{"place with a final glued", "ทหารดานังบุกยึดเมือง", []string{"ทหาร", "ดานัง", "บุก", "ยึด", "เมือง"}},
		{"country before a demonstrative", "เรือจากคิริบาสนั้นแล่นช้า", []string{"เรือ", "จาก", "คิริบาส", "นั้น", "แล่น", "ช้า"}},
		{"sara e and o ang read apart", "ซีไอเออยู่เบื้องหลัง", []string{"ซีไอเอ", "อยู่", "เบื้อง", "หลัง"}},
		{"several names in one run", "สีหนุชนะดานังบุกซีไอเออยู่", []string{"สีหนุ", "ชนะ", "ดานัง", "บุก", "ซีไอเอ", "อยู่"}},
		{"spaced name already a token", "ฮุน เซนชนะ", []string{"ฮุน เซน", "ชนะ"}},
		// Not splitting is right: a longer dictionary word begins with
		// the user word.
		{"fewer words win", "รอห้านาทีก่อน", []string{"รอ", "ห้า", "นาที", "ก่อน"}},
		{"newspaper name", "อ่านไทยรัฐทุกเช้า", []string{"อ่าน", "ไทยรัฐ", "ทุก", "เช้า"}},
		{"following vowel stays", "ลาวาไหลลงมา", []string{"ลาวา", "ไหล", "ลง", "มา"}},
		{"mark stays with its base", "ประเทศกินีประกาศ", []string{"ประเทศ", "กินี", "ประกาศ"}},
		{"a tie keeps the engine's words", "เขาจีนแสไป", []string{"เขา", "จีนแส", "ไป"}},
		{"unknown rest", "สีหนุชกร", []string{"สีห", "นุช", "กร"}},
		{"names already words", "จีนส่งทหารไปลาว", []string{"จีน", "ส่ง", "ทหาร", "ไป", "ลาว"}},
	}
	for _, seg := range segmenters(user) {
		for _, tc := range tests {
			t.Run(seg.Name()+"/"+tc.name, func(t *testing.T) {
				spans := seg.Tokens(tc.text)
				checkSpans(t, tc.text, spans)
				checkCovered(t, tc.text, spans)
				if got := tokenTexts(tc.text, spans); !slices.Equal(got, tc.want) {
					t.Errorf("Tokens(%q) = %q, want %q", tc.text, got, tc.want)
				}
			})
		}
	}
}

// checkSpans asserts what holds with user words, which may hold spaces:
// spans ordered, in range, non-empty and non-overlapping, and no boundary
// between a base and its combining mark.
func checkSpans(t *testing.T, text string, spans []document.Span) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for _, s := range spans {
		if !s.Valid(len(runes)) || s.Len() == 0 || s[0] < prev {
			t.Fatalf("bad span %v after %d in %q (%d code points)", s, prev, text, len(runes))
		}
		prev = s[1]
		for _, k := range s {
			if k > 0 && k < len(runes) && isAttaching(runes[k]) && classOf(runes[k-1]) != classSpace {
				t.Fatalf("boundary at %d splits %U from its base in %q", k, runes[k], text)
			}
		}
	}
}

// checkCovered asserts that every code point but whitespace is in a span.
func checkCovered(t *testing.T, text string, spans []document.Span) {
	t.Helper()
	runes := []rune(text)
	covered := make([]bool, len(runes))
	for _, s := range spans {
		for k := s[0]; k < s[1]; k++ {
			covered[k] = true
		}
	}
	for k, r := range runes {
		if !covered[k] && classOf(r) != classSpace {
			t.Fatalf("code point %d %U in no token of %q", k, r, text)
		}
	}
}

// Without the user words the engines glue the names in those sentences,
// so the cases above test the user words, not the dictionary.
func TestEnginesGlueNamesWithoutUserWords(t *testing.T) {
	tests := []struct{ text, name string }{
		{"สีหนุชนะ", "สีหนุ"},
		{"ทหารดานังบุกยึดเมือง", "ดานัง"},
		{"ซีไอเออยู่เบื้องหลัง", "ซีไอเอ"},
	}
	for _, seg := range segmenters(nil) {
		for _, tc := range tests {
			if got := tokenTexts(tc.text, seg.Tokens(tc.text)); slices.Contains(got, tc.name) {
				t.Errorf("%s: %q already has %q as a token: %q", seg.Name(), tc.text, tc.name, got)
			}
		}
	}
}

func TestThaiCutAllowed(t *testing.T) {
	tests := []struct {
		before, after rune
		want          bool
	}{
		{'ุ', 'ช', true},  // สีหนุ|ชนะ: after a vowel mark
		{'เ', 'อ', false}, // a leading vowel belongs to the consonant after it
		{'ซ', 'อ', true},  // ซีไอเอ|อยู่: เ-อ may read apart
		{'น', 'ี', false}, // a mark never leaves its base
		{'ว', 'า', false}, // nor a following vowel its consonant
		{'น', '่', false}, // nor a tone mark
		{'ก', 'a', false}, // only between Thai letters
		{'a', 'ก', false},
	}
	for _, tc := range tests {
		if got := thaiCutAllowed(tc.before, tc.after); got != tc.want {
			t.Errorf("thaiCutAllowed(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestIsKnownWord(t *testing.T) {
	lex := newUserLexicon([]string{"ดานัง", "ฮุน เซน"})
	tests := []struct {
		word string
		want bool
	}{
		{"ชนะ", true},
		{"ดานัง", true},        // a user word
		{"การเจรจา", true},     // prefix and word
		{"ความการเจรจา", true}, // prefixes chain
		{"การ", true},
		{"แสไป", false}, // two words are not one
		{"นุช", true},
		{"นุชนะ", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := lex.isKnownWord([]rune(tc.word)); got != tc.want {
			t.Errorf("isKnownWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
