package names

import (
	"testing"
	"unicode/utf8"
)

func TestRomanize(t *testing.T) {
	tests := []struct{ thai, want string }{
		// Transliterated foreign names.
		{"ฮุน เซน", "hun sen"},
		{"เอียง ซารี", "iang sari"},
		{"ซูฮาร์โต", "suhato"}, // ร์ is silent in RTGS
		{"เขียว สัมพัน", "khiao samphan"},
		{"นวน เจีย", "nuan chia"},
		{"ซานานา กุสเมา", "sanana kutmao"},
		{"โคฟี อันนัน", "khofi annan"},
		{"ฮาบีบี", "habibi"},
		{"บุช", "but"},
		{"กอร์บาชอฟ", "kobachop"},
		{"นโรดม สีหนุ", "narodom sinu"},
		{"นโรดม รณฤทธิ์", "narodom ronrit"},
		{"พล พต", "phon phot"},
		{"พลพต", "phonphot"},
		{"โฮจิมินห์", "hochimin"},
		{"เหงียน วัน เทียว", "ngian wan thiao"},
		{"หวอ เหงียน ซ้าป", "wo ngian sap"},
		{"ไมเคิล", "maikhoen"},
		{"เบลเยียม", "benyiam"},
		{"วอชิงตัน", "wochingtan"},
		{"ฟิลิปปินส์", "filippin"},
		{"ไพลิน", "phailin"},
		{"เวียงจันทน์", "wiangchan"},
		// Thai words: implied vowels, clusters, silent letters, ฤ.
		{"สมชาย", "somchai"},
		{"คนไทย", "khonthai"},
		{"สนามบิน", "sanambin"},
		{"ประเทศไทย", "prathetthai"},
		{"พนมเปญ", "phanompen"},
		{"ปรีดี พนมยงค์", "pridi phanomyong"},
		{"ศักดิ์", "sak"},
		{"จันทร์", "chan"},
		{"วิทย์", "wit"},
		{"อังกฤษ", "angkrit"},
		{"ฤทธิ์", "rit"},
		{"พฤษภาคม", "phruetphakhom"},
		{"ชินวัตร", "chinwat"},
		{"ทักษิณ", "thaksin"},
		{"เพชร", "phet"},
		{"กรรม", "kam"},
		{"บรรดา", "banda"},
		{"หมด", "mot"},
		{"กวาง", "kwang"},
		{"ขวัญ", "khwan"},
		{"ควร", "khuan"},
		{"ครอง", "khrong"},
		{"ทวี", "thawi"},
		{"ตัว", "tua"},
		{"เกาะ", "ko"},
		{"เรือ", "ruea"},
		{"เลย", "loei"},
		{"เดิน", "doen"},
		{"เป็น", "pen"},
		{"ก็", "ko"},
		{"ไกล", "klai"},
		{"เปลี่ยน", "plian"},
		{"เชียงใหม่", "chiangmai"},
		{"หนังสือ", "nangsue"},
		{"ผู้ใหญ่", "phuyai"},
		{"สวัสดี", "sawatdi"},
		{"มหาวิทยาลัย", "mahawityalai"},
		{"แม่น้ำ", "maenam"},
		// Other text is kept; Thai digits become ASCII; ๆ and ฯ drop.
		{"กรุงเทพฯ 2520", "krungthep 2520"},
		{"ปี ๒๕๒๑ (UN)", "pi 2521 (UN)"},
		{"เด็กๆ", "dek"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Romanize(tc.thai); got != tc.want {
			t.Errorf("Romanize(%q) = %q, want %q", tc.thai, got, tc.want)
		}
	}
}

func TestRomanizeOddInput(t *testing.T) {
	// Stray marks, a lone leading vowel, invalid UTF-8: no panic, valid output.
	for _, s := range []string{"ิ", "เ", "์", "เ์", "ก์", "\xffเขมร", "ฤ", "ๆๆ", "ห", "อ", "รร", "เอ", "ไย"} {
		got := Romanize(s)
		if !utf8.ValidString(got) {
			t.Errorf("Romanize(%q) = %q: invalid UTF-8", s, got)
		}
	}
}

func FuzzRomanize(f *testing.F) {
	for _, s := range []string{"ฮุน เซน", "พระบาทสมเด็จพระนโรดม สีหนุ", "จันทร์ทร์์", "เเเ", "a\xffข"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Romanize(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Romanize(%q) = %q: invalid UTF-8", s, got)
		}
		for _, r := range got {
			if isThaiLetterRune(r) {
				t.Fatalf("Romanize(%q) = %q: Thai left", s, got)
			}
		}
	})
}
