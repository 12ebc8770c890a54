package sentence

import (
	"testing"
	"unicode/utf8"
)

// TestThaiRules checks each rule on a gap of its own, by the rule's name,
// so that a later rule cannot quietly take over an earlier one's case.
func TestThaiRules(t *testing.T) {
	space := gap{breakable: true}
	tests := []struct {
		left, right string
		g           gap
		bracketed   bool
		start       string // the sentence so far, if not just left
		wantCut     bool
		wantRule    string
	}{
		{"ทหารถอยกลับ", "ชาวบ้านกลับบ้าน", gap{newlines: 1, breakable: true}, false, "", true, "newline"},
		{"ทหารถอยกลับ", "ชาวบ้านกลับบ้าน", gap{}, false, "", false, "no-break space"},
		{"กองทัพถอนกำลัง.", "รัฐบาลประกาศหยุดยิง", space, false, "", true, "full stop"},
		{"ทำไมจึงรบกัน?", "ไม่มีใครตอบได้", space, false, "", true, "full stop"},
		{"ทูตคนใหม่", "U.S.", space, false, "", false, "number or foreign word"},
		{"(ซึ่งมาจากหลายประเทศ", "ได้ลงนาม)", space, true, "", false, "inside brackets"},
		{"จีน,", "ลาว", space, false, "", false, "punctuation"},
		{"เมืองต่าง", "ๆ", space, false, "", false, "punctuation"},
		{"ผลไม้", "ฯลฯ", space, false, "", false, "punctuation"},
		{"ขบวนการกู้ชาติ", "(ขกช.)", space, false, "", false, "punctuation"},
		{"ดร.", "สมศรีกล่าว", space, false, "", false, "abbreviation"},
		{"พล.อ.", "ประยุทธ์สั่งการ", space, false, "", false, "abbreviation"},
		{"ตั้งแต่ พ.ศ.", "2490", space, false, "", false, "abbreviation"},
		{"ผู้นำของ", "ประเทศเพื่อนบ้าน", space, false, "", false, "cannot close"},
		{"กองกำลังได้แก่", "ทหารบก", space, false, "", false, "cannot close"},
		{"ประชาชนอพยพ", "ต่อมารัฐบาลสั่งปิดด่าน", space, false, "", true, "opener"},
		{"ในปี 2510", "อย่างไรก็ตามการเจรจายังไม่สำเร็จ", space, false, "", true, "opener"},
		{"การสู้รบสงบลง", "และประชาชนกลับบ้าน", space, false, "", false, "cannot open"},
		{"กองทัพตั้งค่าย", "ซึ่งอยู่ใกล้แม่น้ำ", space, false, "", false, "cannot open"},
		{"ในระหว่างนี้", "ทหารได้ตั้งค่ายริมแม่น้ำ", space, false, "", false, "fronted adverbial"},
		{"หลังการเจรจาล้มเหลว", "ทั้งสองฝ่ายกลับมารบกันอีก", space, false, "", false, "fronted adverbial"},
		{"เมื่อ 5", "มีนาคม", space, false, "ทหารออกเดินทางเมื่อ 5", false, "date"},
		{"ทหารออกเดินทางในเดือนมีนาคม", "พ.ศ. 2490", space, false, "", false, "date"},
		{"ทหารออกเดินทางในเดือนมีนาคม", "กองทัพอีกฝ่ายตั้งรับ", space, false, "", false, "date"},
		{"ทหาร", "3,000", space, false, "ส่งทหาร", false, "number or foreign word"},
		{"กว่า 3,000", "นายบุกข้ามแม่น้ำ", space, false, "ส่งทหารกว่า 3,000", false, "number or foreign word"},
		{"ส่งทหารกว่า๓๐๐", "นาย", space, false, "", false, "number or foreign word"},
		{"องค์การสหประชาชาติ", "(UN)", space, false, "", false, "punctuation"},
		{"ผู้แทน", "ออง", space, false, "ส่งผู้แทน", false, "name part"},
		{"ออง", "ซานเดินทางไปลอนดอน", space, false, "ผู้แทนคือ ออง", false, "name part"},
		{"ผู้แทนของพม่าคือนายพลออง", "ซานได้เดินทางไปลอนดอน", space, false, "", false, "glued name part"},
		{"การเจรจาเริ่มเมื่อออง", "ซานและคณะมาถึง", space, false, "", false, "glued name part"},
		{"ผู้ลี้ภัย (ส่วนใหญ่เป็นเด็ก)", "ข้ามแม่น้ำมา", space, false, "", false, "after gloss"},
		{"ฝรั่งเศส", "เนเธอร์แลนด์", space, false, "", false, "enumeration"},
		{"ทหารถอยกลับ", "ชาวบ้านกลับเข้าหมู่บ้าน", space, false, "", true, "space"},
		{"ระเบิดทำให้ชาวบ้านเสียชีวิต 40 คน", "ทหารอีกฝ่ายจึงบุกเข้ามา", space, false, "", true, "space"},
	}
	rules := newThaiRules("", true)
	for _, tt := range tests {
		start := tt.start
		if start == "" {
			start = tt.left
		}
		g := thaiGap{left: tt.left, right: tt.right, gap: tt.g, bracketed: tt.bracketed,
			sentenceStart: start, sentenceLen: utf8.RuneCountInString(start)}
		if tt.wantRule == "enumeration" {
			g.ahead = chunksOf(tt.right, "และสเปนลงนามในสนธิสัญญา")
		}
		cut, rule := rules.boundary(g)
		if cut != tt.wantCut || rule != tt.wantRule {
			t.Errorf("%q | %q: got (%v, %s), want (%v, %s)", tt.left, tt.right, cut, rule, tt.wantCut, tt.wantRule)
		}
	}
}

func TestThaiSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "clauses separated by spaces",
			text: "สงครามยุติลงในปีนั้น ทหารจำนวนมากกลับบ้าน ชาวนาเริ่มทำนาอีกครั้ง",
			want: []string{"สงครามยุติลงในปีนั้น", "ทหารจำนวนมากกลับบ้าน", "ชาวนาเริ่มทำนาอีกครั้ง"},
		},
		{
			name: "a full date stays whole",
			text: "กองทัพบุกข้ามพรมแดนเมื่อวันที่ 14 ตุลาคม พ.ศ. 2516 รัฐบาลประกาศภาวะฉุกเฉิน",
			want: []string{"กองทัพบุกข้ามพรมแดนเมื่อวันที่ 14 ตุลาคม พ.ศ. 2516 รัฐบาลประกาศภาวะฉุกเฉิน"},
		},
		{
			name: "a year range and a Christian era year",
			text: "การเจรจาดำเนินไประหว่าง พ.ศ. 2502 – 2504 ตรงกับ ค.ศ. 1959 ถึง 1961 ทั้งสองฝ่ายจึงลงนาม",
			want: []string{"การเจรจาดำเนินไประหว่าง พ.ศ. 2502 – 2504 ตรงกับ ค.ศ. 1959 ถึง 1961 ทั้งสองฝ่ายจึงลงนาม"},
		},
		{
			name: "a dated adverbial before และ closes the clause before it",
			text: "ไทยเข้าร่วมองค์การสหประชาชาติ เมื่อปี 2489 และเข้าร่วมอาเซียนเมื่อปี 2510 ต่อมา ไทยส่งทหารไปเกาหลี",
			want: []string{"ไทยเข้าร่วมองค์การสหประชาชาติ เมื่อปี 2489 และเข้าร่วมอาเซียนเมื่อปี 2510", "ต่อมา ไทยส่งทหารไปเกาหลี"},
		},
		{
			name: "a dated adverbial before a result connective closes the clause before it",
			text: "อินโดนีเซียลงนามความตกลง เมื่อวันที่ 5 พฤษภาคม 2542 ทำให้ติมอร์ได้ลงประชามติ ต่อมา สหประชาชาติส่งทหารไปติมอร์",
			want: []string{"อินโดนีเซียลงนามความตกลง เมื่อวันที่ 5 พฤษภาคม 2542 ทำให้ติมอร์ได้ลงประชามติ", "ต่อมา สหประชาชาติส่งทหารไปติมอร์"},
		},
		{
			name: "a verb saying the event before took place continues its sentence",
			text: "การปะทะครั้งแรกระหว่างสองฝ่าย เกิดขึ้นเมื่อ พ.ศ. 2518 ต่อมา สหประชาชาติส่งทหารไปติมอร์",
			want: []string{"การปะทะครั้งแรกระหว่างสองฝ่าย เกิดขึ้นเมื่อ พ.ศ. 2518", "ต่อมา สหประชาชาติส่งทหารไปติมอร์"},
		},
		{
			name: "a dated adverbial before a name opens its sentence",
			text: "ผู้แทนเดินทางออกจากประเทศไป ในเดือนมีนาคม พ.ศ. 2535 อันแทคเดินทางมาถึงกัมพูชา",
			want: []string{"ผู้แทนเดินทางออกจากประเทศไป", "ในเดือนมีนาคม พ.ศ. 2535 อันแทคเดินทางมาถึงกัมพูชา"},
		},
		{
			name: "number and classifier",
			text: "ฝ่ายรัฐบาลส่งทหาร 12,000 นาย และรถถัง 40 คัน ไปยังชายแดน",
			want: []string{"ฝ่ายรัฐบาลส่งทหาร 12,000 นาย และรถถัง 40 คัน ไปยังชายแดน"},
		},
		{
			name: "a quantity may end a sentence",
			text: "การระเบิดทำให้มีผู้เสียชีวิต 12 คน ตำรวจปิดถนนทุกสาย",
			want: []string{"การระเบิดทำให้มีผู้เสียชีวิต 12 คน", "ตำรวจปิดถนนทุกสาย"},
		},
		{
			name: "Thai digits",
			text: "สนธิสัญญาลงนามเมื่อ ๒๔ มิถุนายน พ.ศ. ๒๔๗๕ ณ พระนคร",
			want: []string{"สนธิสัญญาลงนามเมื่อ ๒๔ มิถุนายน พ.ศ. ๒๔๗๕ ณ พระนคร"},
		},
		{
			name: "name written in parts",
			text: "ผู้แทนฝ่ายพม่าคือ ออง ซาน ซึ่งเดินทางไปลอนดอน",
			want: []string{"ผู้แทนฝ่ายพม่าคือ ออง ซาน ซึ่งเดินทางไปลอนดอน"},
		},
		{
			name: "name learned from the document is kept where glued",
			text: "ผู้นำฝ่ายค้านคือ เต็ง เส่ง ซึ่งได้รับเลือก หลายปีต่อมารัฐบาลเต็ง เส่งล่มสลาย",
			want: []string{"ผู้นำฝ่ายค้านคือ เต็ง เส่ง ซึ่งได้รับเลือก", "หลายปีต่อมารัฐบาลเต็ง เส่งล่มสลาย"},
		},
		{
			name: "Latin gloss stays with its Thai sentence",
			text: "องค์การสนธิสัญญาป้องกันร่วมกันแห่งเอเชียตะวันออกเฉียงใต้ (SEATO) ก่อตั้งขึ้นที่มะนิลา",
			want: []string{"องค์การสนธิสัญญาป้องกันร่วมกันแห่งเอเชียตะวันออกเฉียงใต้ (SEATO) ก่อตั้งขึ้นที่มะนิลา"},
		},
		{
			name: "parenthesis holds its spaces",
			text: "ผู้ลี้ภัย (ส่วนใหญ่เป็นผู้หญิง เด็ก และคนชรา) ข้ามแม่น้ำมาในคืนนั้น",
			want: []string{"ผู้ลี้ภัย (ส่วนใหญ่เป็นผู้หญิง เด็ก และคนชรา) ข้ามแม่น้ำมาในคืนนั้น"},
		},
		{
			name: "repetition and abbreviation marks are no boundaries",
			text: "ชาวบ้านขนข้าวของต่าง ๆ ไปซ่อนในวัด ทั้งข้าว เกลือ ผ้า ฯลฯ แล้วหนีเข้าป่า",
			want: []string{"ชาวบ้านขนข้าวของต่าง ๆ ไปซ่อนในวัด", "ทั้งข้าว เกลือ ผ้า ฯลฯ แล้วหนีเข้าป่า"},
		},
		{
			name: "enumeration closed by a conjunction",
			text: "การประชุมจบลงแล้ว ฝรั่งเศส อังกฤษ เนเธอร์แลนด์ และสเปนร่วมลงนาม",
			want: []string{"การประชุมจบลงแล้ว", "ฝรั่งเศส อังกฤษ เนเธอร์แลนด์ และสเปนร่วมลงนาม"},
		},
		{
			name: "enumeration whose last item holds the conjunction",
			text: "ผู้สังเกตการณ์มาจากญี่ปุ่น ฝรั่งเศส อังกฤษ แคนาดาและออสเตรเลีย",
			want: []string{"ผู้สังเกตการณ์มาจากญี่ปุ่น", "ฝรั่งเศส อังกฤษ แคนาดาและออสเตรเลีย"},
		},
		{
			name: "two short clauses are no enumeration",
			text: "ทหารถอยกลับ ชาวบ้านเก็บข้าวของและหนีเข้าป่า",
			want: []string{"ทหารถอยกลับ", "ชาวบ้านเก็บข้าวของและหนีเข้าป่า"},
		},
		{
			name: "opener starts a sentence and stays with what follows",
			text: "การเจรจาล้มเหลวในปี 2510 ต่อมา ทั้งสองฝ่ายกลับมาสู้รบกันอีก",
			want: []string{"การเจรจาล้มเหลวในปี 2510", "ต่อมา ทั้งสองฝ่ายกลับมาสู้รบกันอีก"},
		},
		{
			name: "newline ends a sentence even before a continuation word",
			text: "กองทัพถอยกลับ\nและชาวบ้านกลับเข้าหมู่บ้าน",
			want: []string{"กองทัพถอยกลับ", "และชาวบ้านกลับเข้าหมู่บ้าน"},
		},
		{
			name: "English sentence inside Thai text",
			text: "คำขวัญของพวกเขาคือ Peace now. No more war! ซึ่งแพร่หลายไปทั่ว",
			want: []string{"คำขวัญของพวกเขาคือ Peace now.", "No more war!", "ซึ่งแพร่หลายไปทั่ว"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameSentences(t, splitText(t, "th", tt.text), tt.want)
		})
	}
}

func TestThaiAbbreviationByShape(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"พ.ศ.", true},
		{"พล.อ.", true},
		{"ดร.", true},
		{"กทม.", true},
		{"เมื่อ ม.ค.", true},
		{"เวียดนาม.", false},
		{"2519.", false},
		{".", false},
	}
	for _, tt := range tests {
		if got := isThaiAbbreviation(tt.s); got != tt.want {
			t.Errorf("isThaiAbbreviation(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
