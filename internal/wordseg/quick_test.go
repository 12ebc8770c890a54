package wordseg

import "testing"

func TestQuick(t *testing.T) {
	for _, s := range []Segmenter{New(nil), NewPureGo(nil)} {
		for _, text := range []string{"กองทัพเวียดนามบุกกัมพูชาเมื่อวันที่ 25 ธันวาคม พ.ศ. 2521 ทหาร 150,000 นาย", "พล พต และ ฮุน เซน ๑๒๓ U.S. don't 1.4. The Khmer-Vietnamese war", "เขมรแดงสูญเสียพันล้าน สหรัฐฯ ฯลฯ ไปๆมาๆ จันทร์ เกี่ยวข้อง เลือกตั้ง"} {
			var out []string
			for _, sp := range s.Tokens(text) {
				r := []rune(text)
				out = append(out, string(r[sp[0]:sp[1]]))
			}
			t.Logf("%s: %q", s.Name(), out)
		}
	}
}
