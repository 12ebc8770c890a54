package langid

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"thai", "กองทัพได้ถอนกำลังออกจากชายแดนหลังการเจรจาสันติภาพสิ้นสุดลงในปีนั้น", "th"},
		{"thai with latin acronym", "พรรคการเมือง (ABC) ได้รับเลือกตั้งเป็นรัฐบาลผสมในปีถัดมา และประกาศนโยบายใหม่", "th"},
		{"thai with buddhist era date", "เมื่อวันที่ 3 มีนาคม พ.ศ. 2490 ชาวบ้านได้อพยพออกจากหมู่บ้านริมแม่น้ำ", "th"},
		{"english", "The army withdrew from the border after the peace talks ended that year, and the refugees slowly returned home.", "en"},
		{"french", "L'armée s'est retirée de la frontière après la fin des négociations de paix, et les réfugiés sont rentrés chez eux.", "fr"},
		{"german", "Die Armee zog sich nach dem Ende der Friedensgespräche von der Grenze zurück, und die Flüchtlinge kehrten langsam heim.", "de"},
		{"vietnamese", "Quân đội đã rút khỏi biên giới sau khi các cuộc đàm phán hòa bình kết thúc, và những người tị nạn dần trở về nhà.", "vi"},
		{"indonesian", "Tentara menarik diri dari perbatasan setelah perundingan perdamaian berakhir, dan para pengungsi perlahan kembali ke rumah mereka.", "id"},
		{"khmer", "កងទ័ពបានដកថយពីព្រំដែនបន្ទាប់ពីការចរចាសន្តិភាពបានបញ្ចប់", "km"},
		{"english with a thai word", "The word สันติภาพ means peace, and it appears in many speeches given by the leaders of the time.", "en"},
		{"empty", "", "und"},
		{"digits and punctuation", "1979 – 1991, (12,000) ... ๒๕๒๒", "und"},
		{"whitespace", " \n\t ", "und"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestClearlyEnglish checks the function-word shortcut taken before the
// trigram model: it must fire on English prose only.
func TestClearlyEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"english prose", "The army withdrew from the border after the peace talks had ended, and the refugees, who were tired of the war, slowly returned to their villages with the help of the United Nations.", true},
		{"too short", "The army withdrew from the border.", false},
		{"english names in a list", "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango", false},
		{"dutch", "Het leger trok zich terug van de grens nadat de vredesbesprekingen waren beëindigd, en de vluchtelingen keerden langzaam terug naar huis omdat het was veilig.", false},
		{"indonesian", "Tentara menarik diri dari perbatasan setelah perundingan perdamaian berakhir, dan para pengungsi perlahan kembali ke rumah mereka masing masing di desa.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clearlyEnglish(tt.text); got != tt.want {
				t.Errorf("clearlyEnglish(%q) = %v, want %v", tt.text, got, tt.want)
			}
			if tt.want {
				if model := whatlanggo.DetectWithOptions(tt.text, candidates).Lang.Iso6391(); model != "en" {
					t.Errorf("the model reads %q as %s: the shortcut would change the answer", tt.text, model)
				}
			}
		})
	}
}

// A long text is judged on its prefix only: a Thai head followed by a long
// English tail stays Thai.
func TestDetectUsesBoundedPrefix(t *testing.T) {
	head := strings.Repeat("สงครามสิ้นสุดลงแล้ว ", sampleBytes/len("สงครามสิ้นสุดลงแล้ว ")+1)
	tail := strings.Repeat("The war ended and the soldiers went home. ", 20000)
	if got := Detect(head + tail); got != "th" {
		t.Errorf("Detect(thai head + english tail) = %q, want th", got)
	}
}

func TestPrefixKeepsRunesWhole(t *testing.T) {
	s := "กขค" // 3 bytes per code point
	for n := 0; n <= len(s)+1; n++ {
		p := prefix(s, n)
		if !utf8.ValidString(p) || len(p) > n || !strings.HasPrefix(s, p) {
			t.Errorf("prefix(%q, %d) = %q", s, n, p)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "hello world", "สวัสดีครับ", "\xff\xfe", "ก\u0e31", "Xin chào"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Detect(text)
		if got == "" || len(got) > 3 {
			t.Fatalf("Detect(%q) = %q, want a 2-letter code or und", text, got)
		}
	})
}

// BenchmarkDetectFullSample measures a text the size of the sample, the
// most any call inspects.
func BenchmarkDetectFullSample(b *testing.B) {
	text := prefix(strings.Repeat("The army withdrew from the border after the peace talks. ", 2000), sampleBytes)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

// BenchmarkDetectFrench measures a Latin-script text the shortcut leaves
// to the trigram model.
func BenchmarkDetectFrench(b *testing.B) {
	text := strings.Repeat("L'armée s'est retirée de la frontière après la fin des négociations. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

// countByRune is countLetters the plain way, decoding every code point.
func countByRune(s string) (thai, latin, other int) {
	for _, r := range s {
		switch classOf(r) {
		case classThai:
			thai++
		case classLatin:
			latin++
		case classOther:
			other++
		}
	}
	return thai, latin, other
}

func FuzzCountLetters(f *testing.F) {
	var every []rune
	for r := rune(0); r < 0x3000; r++ {
		every = append(every, r)
	}
	for _, s := range []string{"", "Hello, โลก ๆ ๑๒ ฯ", "Ünïcödé ĀŁ Ωμέγα 中文", "\xe0\xb8", "ก\xe0\xb9\xff\xe0", string(every)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		th, la, ot := countLetters(s)
		wth, wla, wot := countByRune(s)
		if th != wth || la != wla || ot != wot {
			t.Fatalf("countLetters(%q) = %d %d %d, want %d %d %d", s, th, la, ot, wth, wla, wot)
		}
	})
}

// TestASCIILetters8 checks the eight-byte count against the byte table
// with every ASCII byte in every lane, amid letters and non-letters.
func TestASCIILetters8(t *testing.T) {
	for _, fill := range []string{"abcdefgh", "ZZZZZZZZ", "@[`{0 9~"} {
		for lane := range 8 {
			for b := range 128 {
				word := []byte(fill)
				word[lane] = byte(b)
				want := 0
				for _, c := range word {
					if asciiClass[c] == classLatin {
						want++
					}
				}
				if got := asciiLetters8(load8(string(word), 0)); got != want {
					t.Errorf("asciiLetters8(%q) = %d, want %d", word, got, want)
				}
			}
		}
	}
}
