package quantity

import "testing"

func TestEnglishSmallCounts(t *testing.T) {
	runCases(t, []tcase{
		{"before a known unit", "en", "Talks between the two countries stalled.", []want{{text: "two countries", value: 2, unit: "country"}}},
		{"plural noun after adjectives", "en", "The three rival Afghan warlords met in Kabul.", []want{{text: "three", value: 3}}},
		{"plural noun after one adjective", "en", "Paris hosted two regional summits on Lebanon.", []want{{text: "two", value: 2}}},
		{"capitalised at sentence start", "en", "Rain fell. Four Ottoman armies advanced.", []want{{text: "Four", value: 4}}},
		{"sides", "en", "The two sides negotiated at Panmunjom for two years.", []want{{text: "two", value: 2}}},
		{"pronoun without noun", "en", "The two met in Geneva and the three agreed.", nil},
		{"partitive", "en", "One of the five permanent members abstained.", []want{{text: "five", value: 5, unit: "person"}}},
		{"one before a plural-looking word", "en", "One has to ask why one thus failed.", nil},
		{"name with a capitalised number", "en", "the Big Four met the Group of Seven nations in the Three Kingdoms period", nil},
		{"duration", "en", "The two sides fought for eleven years.", []want{{text: "two", value: 2}}},
		{"compound adjective", "en", "a two-party system with three-member panels", nil},
		{"coordination", "en", "three or four villages", []want{{text: "four villages", value: 4, unit: "village"}}},
		{"function word ending in s", "en", "the two its allies", nil},
		{"partitive of more than one", "en", "Three of the hostages and twelve of the forty seats", []want{
			{text: "Three", value: 3, unit: "person"}, {text: "twelve", value: 12, unit: "seat"}, {text: "forty seats", value: 40, unit: "seat"}}},
		{"partitive of one", "en", "one of his sons and one of the 40 tanks", []want{{text: "40 tanks", value: 40, unit: "vehicle"}}},
		{"prime ministers", "en", "The two deputy prime ministers resigned.", []want{{text: "two", value: 2, unit: "person"}}},
		{"elected members are seats", "en", "The Liberals gained 14 deputies and twelve elected members.", []want{
			{text: "14 deputies", value: 14, unit: "seat"}, {text: "twelve elected members", value: 12, unit: "seat"}}},
	})
}

func TestEnglishMultipliers(t *testing.T) {
	runCases(t, []tcase{
		{"times as many", "en", "The rebels held three times as many villages.", []want{{text: "three times as many", value: 3, unit: "ratio"}}},
		{"times the", "en", "a budget 3.5 times the size of Peru's", []want{{text: "3.5 times the", value: 3.5, unit: "ratio"}}},
		{"times alone is not a ratio", "en", "He was arrested three times.", nil},
	})
}

func TestEnglishDemonyms(t *testing.T) {
	runCases(t, []tcase{
		{"plural demonym", "en", "Around 40,000 Kurds fled north.", []want{{text: "Around 40,000", value: 4e4, unit: "person", approx: true}}},
		{"demonym after a modifier", "en", "Some 9,000 other Armenians stayed.", []want{{text: "Some 9,000", value: 9000, unit: "person", approx: true}}},
		{"spelled with scale", "en", "more than half a million Somalis", []want{{text: "more than half a million", value: 5e5, min: 5e5, unit: "person", approx: true}}},
		{"enumeration", "en", "two journalists (one Dutch, one Swiss) and two Belgians", []want{
			{text: "two journalists", value: 2, unit: "person"}, {text: "one", value: 1, unit: "person"},
			{text: "one", value: 1, unit: "person"}, {text: "two", value: 2, unit: "person"}}},
		{"list of demonyms", "en", "In all, 649 Argentines, 255 Britons and three Falkland Islanders were killed.", []want{
			{text: "649", value: 649, unit: "person"}, {text: "255", value: 255, unit: "person"}}},
		{"adjective before a unit", "en", "12,000 Ethiopian troops crossed.", []want{{text: "12,000", value: 12000, unit: "soldier"}}},
		{"adjective before an unknown plural", "en", "The four Eritrean movements split.", []want{{text: "four", value: 4}}},
		{"demonym used as a noun before a verb", "en", "500 Haitians drowned.", []want{{text: "500", value: 500, unit: "person"}}},
		{"one before a singular noun", "en", "one Chilean official said", nil},
	})
}

func TestEnglishMenInContext(t *testing.T) {
	runCases(t, []tcase{
		{"army in the sentence", "en", "The Ottoman army numbered 60,000 men.", []want{{text: "60,000 men", value: 6e4, unit: "soldier"}}},
		{"no military word", "en", "About 200 men were detained by the police.", []want{{text: "About 200 men", value: 200, unit: "person", approx: true}}},
		{"military word in the sentence before", "en", "The garrison surrendered at dawn. Some 4,000 men were marched north.", []want{
			{text: "Some 4,000 men", value: 4000, unit: "soldier", approx: true}}},
		{"two sentences back is too far", "en", "The garrison surrendered. Rain fell all day. Some 4,000 men were marched north.", []want{
			{text: "Some 4,000 men", value: 4000, unit: "person", approx: true}}},
		{"men and women", "en", "The guerrillas freed 300 men and women.", []want{{text: "300 men and women", value: 300, unit: "person"}}},
		{"men across a word", "en", "The militia leader brought 800 young men.", []want{{text: "800", value: 800, unit: "soldier"}}},
	})
}

func TestThaiCounts(t *testing.T) {
	runCases(t, []tcase{
		{"ทั้งสองฝ่าย", "th", "ทั้งสองฝ่ายตกลงหยุดยิง", []want{{text: "สองฝ่าย", value: 2}}},
		{"count classifier keeps a bare count", "th", "ทหารสามกลุ่มถอยกลับ", []want{{text: "สามกลุ่ม", value: 3}}},
		{"ทั้ง without classifier", "th", "กองทัพทั้งสามได้ถอยกลับ และพันธมิตรทั้งสี่ ต่างยอมรับ", []want{
			{text: "สาม", value: 3}, {text: "สี่", value: 4}}},
		{"ทั้ง before a longer word", "th", "เขาทั้งสามารถพูดและเขียน ทั้งห้ามไม่ให้ออกไป", nil},
		{"name head", "th", "สหพันธ์แรงงานสามฝ่ายเรียกร้องค่าแรง", nil},
		{"spelled number and classifier apart", "th", "เขาพบกับสัมพัน กลุ่มนี้ยอมรับ", nil},
		{"nations", "th", "ผู้นำสองชาติพบกัน ชนสามชาติพันธุ์", []want{{text: "สองชาติ", value: 2, unit: "country"}}},
		{"armed services", "th", "ทั้งสามเหล่าทัพ", []want{{text: "สามเหล่าทัพ", value: 3}}},
		{"companies and sides", "th", "ร้อยเอกนำทหารสองกองร้อย ข้ามไปทั้งสองข้าง", []want{{text: "สองกองร้อย", value: 2}, {text: "สองข้าง", value: 2}}},
		{"spaced spelled number is no count", "th", "ทหารสองกองร้อย คนทั้งหมดถอยกลับ", []want{{text: "สองกองร้อย", value: 2}}},
		{"armed force noun", "th", "กองกำลังฝ่ายเหนือราว 150,000 นาย", []want{{text: "ราว 150,000 นาย", value: 150000, unit: "soldier", approx: true}}},
		{"ratio", "th", "เศรษฐกิจโตขึ้นสามเท่า แต่รายได้เพิ่ม 5 เท่านั้น", []want{
			{text: "สามเท่า", value: 3, unit: "ratio"}, {text: "5", value: 5}}},
	})
}

func TestThaiAgentPhrase(t *testing.T) {
	runCases(t, []tcase{
		{"agent not adjacent", "th", "การสังหารพลเรือนโดยกองโจรของฝ่ายกบฏราว 2,000 คน", []want{
			{text: "ราว 2,000 คน", value: 2000, unit: "person", approx: true}}},
		{"agent adjacent is counted", "th", "ผู้ชุมนุมถูกสลายโดยทหาร 300 นาย", []want{{text: "300 นาย", value: 300, unit: "soldier"}}},
		{"โดย before a verb", "th", "รุกรานโดยใช้ทหาร 90,000 คน", []want{{text: "90,000 คน", value: 9e4, unit: "soldier"}}},
	})
}
