package quantity

import (
	"strings"
	"testing"
	"testing/fstest"

	"chronicle/internal/document"
)

// tcase is one sentence and the quantities it must yield, in order. An
// empty want means the sentence has no quantity.
type tcase struct {
	name, lang, text string
	want             []want
}

func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, tc.lang, nil)
			if len(got) != len(tc.want) {
				var texts []string
				for _, q := range got {
					texts = append(texts, q.Text)
				}
				t.Fatalf("Find(%q) = %d quantities %q, want %d", tc.text, len(got), texts, len(tc.want))
			}
			for i, w := range tc.want {
				if got[i].Text != w.text {
					t.Errorf("quantity %d: text %q, want %q", i, got[i].Text, w.text)
				}
				checkQuantity(t, got[i], w)
			}
		})
	}
}

func TestEnglishNumbers(t *testing.T) {
	runCases(t, []tcase{
		{"separators", "en", "A column of 4,500 troops crossed the bridge.", []want{{text: "4,500 troops", value: 4500, unit: "soldier"}}},
		{"decimal scale", "en", "Roughly 1.2 million refugees reached the coast.", []want{{text: "Roughly 1.2 million refugees", value: 1.2e6, unit: "person", approx: true}}},
		{"bare count", "en", "The militia burned 37 of the huts.", []want{{text: "37", value: 37}}},
		{"spelled thousands", "en", "Ten thousand villagers fled the valley.", []want{{text: "Ten thousand villagers", value: 1e4, unit: "person"}}},
		{"spelled millions", "en", "The drought displaced two million people.", []want{{text: "two million people", value: 2e6, unit: "person"}}},
		{"a thousand", "en", "A thousand sailors mutinied.", []want{{text: "A thousand sailors", value: 1000, unit: "soldier"}}},
		{"hundred and", "en", "One hundred and fifty soldiers surrendered.", []want{{text: "One hundred and fifty soldiers", value: 150, unit: "soldier"}}},
		{"hyphenated", "en", "They lost twenty-five tanks in a day.", []want{{text: "twenty-five tanks", value: 25, unit: "vehicle"}}},
		{"half a million", "en", "Half a million voters stayed home.", []want{{text: "Half a million voters", value: 5e5, unit: "person"}}},
		{"small word needs a noun", "en", "The three met two of them, and the two agreed.", nil},
		{"small word with unit", "en", "Three battalions and five helicopters arrived.", []want{
			{text: "Three battalions", value: 3, unit: "battalion"}, {text: "five helicopters", value: 5, unit: "aircraft"}}},
		{"hundreds of thousands", "en", "Hundreds of thousands of civilians were trapped.", []want{
			{text: "Hundreds of thousands of civilians", value: 2e5, min: 2e5, max: 1e6, unit: "person", approx: true}}},
		{"thousands", "en", "Thousands of prisoners were freed.", []want{
			{text: "Thousands of prisoners", value: 2000, min: 2000, max: 10000, unit: "person", approx: true}}},
		{"plural with adjective", "en", "thousands of Khmer refugees", []want{
			{text: "thousands", value: 2000, min: 2000, max: 10000, unit: "person", approx: true}}},
		{"several thousand", "en", "several thousand troops and a few hundred monks", []want{
			{text: "several thousand troops", value: 2000, min: 2000, max: 10000, unit: "soldier", approx: true},
			{text: "a few hundred monks", value: 200, min: 200, max: 1000, unit: "person", approx: true}}},
		{"several alone", "en", "several envoys and a few", nil},
		{"dozens is vague", "en", "Dozens of houses burned.", nil},
	})
}

func TestEnglishMoneyAndPercent(t *testing.T) {
	runCases(t, []tcase{
		{"US$", "en", "The agency pledged US$3 million in rice.", []want{{text: "US$3 million", value: 3e6, unit: "usd"}}},
		{"$", "en", "Smugglers earned $12 million a year.", []want{{text: "$12 million", value: 12e6, unit: "usd"}}},
		{"euro", "en", "Brussels sent €40 million in aid.", []want{{text: "€40 million", value: 40e6, unit: "eur"}}},
		{"abbr with currency", "en", "The loan was £2.5bn.", []want{{text: "£2.5bn", value: 2.5e9, unit: "gbp"}}},
		{"billion dollars", "en", "Damage reached 17.2 billion dollars.", []want{{text: "17.2 billion dollars", value: 17.2e9, unit: "usd"}}},
		{"million dollars", "en", "Debts of 57,000 million dollars remained.", []want{{text: "57,000 million dollars", value: 57e9, unit: "usd"}}},
		{"yen", "en", "Tokyo offered 5 million yen.", []want{{text: "5 million yen", value: 5e6, unit: "jpy"}}},
		{"baht", "en", "The fund held 300 million baht.", []want{{text: "300 million baht", value: 3e8, unit: "thb"}}},
		{"money range", "en", "Repairs cost $10–15 million.", []want{{text: "$10–15 million", value: 10e6, min: 10e6, max: 15e6, unit: "usd"}}},
		{"percent sign", "en", "Turnout was 45% in the north.", []want{{text: "45%", value: 45, unit: "percent"}}},
		{"percent word", "en", "Prices rose 12.5 per cent and then 3 percent.", []want{
			{text: "12.5 per cent", value: 12.5, unit: "percent"}, {text: "3 percent", value: 3, unit: "percent"}}},
		{"glued abbr needs currency", "en", "The 5K race was held.", nil},
	})
}

func TestEnglishApproximation(t *testing.T) {
	runCases(t, []tcase{
		{"around", "en", "around 800 guerrillas", []want{{text: "around 800 guerrillas", value: 800, unit: "soldier", approx: true}}},
		{"about", "en", "about 60 villages", []want{{text: "about 60 villages", value: 60, unit: "village", approx: true}}},
		{"approximately", "en", "approximately 7,000 people", []want{{text: "approximately 7,000 people", value: 7000, unit: "person", approx: true}}},
		{"some", "en", "some 40 boats", []want{{text: "some 40 boats", value: 40, unit: "ship", approx: true}}},
		{"nearly sets max", "en", "nearly 900 soldiers", []want{{text: "nearly 900 soldiers", value: 900, max: 900, unit: "soldier", approx: true}}},
		{"almost sets max", "en", "almost 12 km", []want{{text: "almost 12 km", value: 12, max: 12, unit: "km", approx: true}}},
		{"up to sets max", "en", "up to 5,000 troops", []want{{text: "up to 5,000 troops", value: 5000, max: 5000, unit: "soldier", approx: true}}},
		{"over sets min", "en", "over 2,000 rebels", []want{{text: "over 2,000 rebels", value: 2000, min: 2000, unit: "soldier", approx: true}}},
		{"more than sets min", "en", "more than 10,000 people", []want{{text: "more than 10,000 people", value: 1e4, min: 1e4, unit: "person", approx: true}}},
		{"at least sets min", "en", "at least 35 civilians", []want{{text: "at least 35 civilians", value: 35, min: 35, unit: "person", approx: true}}},
		{"or more sets min", "en", "10,000 or more refugees", []want{{text: "10,000 or more refugees", value: 1e4, min: 1e4, unit: "person", approx: true}}},
	})
}

func TestEnglishRangesAndFractions(t *testing.T) {
	runCases(t, []tcase{
		{"spaced hyphen", "en", "12,000 - 15,000 people", []want{{text: "12,000 - 15,000 people", value: 12000, min: 12000, max: 15000, unit: "person"}}},
		{"en dash", "en", "a force of 40,000–55,000", []want{{text: "40,000–55,000", value: 40000, min: 40000, max: 55000}}},
		{"borrowed thousands", "en", "an army of 20 to 30,000 men", []want{{text: "20 to 30,000 men", value: 20000, min: 20000, max: 30000, unit: "soldier"}}},
		{"small range", "en", "only 250 to 300 fighters", []want{{text: "250 to 300 fighters", value: 250, min: 250, max: 300, unit: "soldier"}}},
		{"no borrowing when too big", "en", "from 200 to 1,000 casualties", []want{{text: "from 200 to 1,000 casualties", value: 200, min: 200, max: 1000, unit: "person"}}},
		{"between", "en", "between 1,000 and 2,000 soldiers", []want{{text: "between 1,000 and 2,000 soldiers", value: 1000, min: 1000, max: 2000, unit: "soldier"}}},
		{"borrowed scale", "en", "20 to 30 million dollars", []want{{text: "20 to 30 million dollars", value: 20e6, min: 20e6, max: 30e6, unit: "usd"}}},
		{"descending is no range", "en", "Of 300, 250 survived.", []want{{text: "300", value: 300}, {text: "250", value: 250}}},
		{"one in three", "en", "one in three recruits deserted", []want{{text: "one in three", value: 1.0 / 3, unit: "fraction"}}},
		{"digits in", "en", "1 in 4 households", []want{{text: "1 in 4", value: 0.25, unit: "fraction"}}},
		{"a third", "en", "a third of the army", []want{{text: "a third", value: 1.0 / 3, unit: "fraction"}}},
		{"two-thirds", "en", "two-thirds of the delegates", []want{{text: "two-thirds", value: 2.0 / 3, unit: "fraction"}}},
		{"half of", "en", "half of the garrison", []want{{text: "half", value: 0.5, unit: "fraction"}}},
		{"in a year is no fraction", "en", "5 in 1990", []want{{text: "5", value: 5}}},
	})
}

func TestEnglishUnits(t *testing.T) {
	runCases(t, []tcase{
		{"km", "en", "a front of 40 km", []want{{text: "40 km", value: 40, unit: "km"}}},
		{"glued km", "en", "a 30km march", []want{{text: "30km", value: 30, unit: "km"}}},
		{"miles converted", "en", "10 miles inland", []want{{text: "10 miles", value: 16.09344, unit: "km"}}},
		{"km2", "en", "5,000 square kilometres", []want{{text: "5,000 square kilometres", value: 5000, unit: "km2"}}},
		{"countries", "en", "12 countries voted", []want{{text: "12 countries", value: 12, unit: "country"}}},
		{"seats", "en", "won 58 seats", []want{{text: "58 seats", value: 58, unit: "seat"}}},
		{"ships", "en", "3 warships and 60 aircraft", []want{{text: "3 warships", value: 3, unit: "ship"}, {text: "60 aircraft", value: 60, unit: "aircraft"}}},
		{"deaths", "en", "500 killed and 1,200 wounded", []want{{text: "500 killed", value: 500, unit: "person"}, {text: "1,200 wounded", value: 1200, unit: "person"}}},
		{"noun across words", "en", "7,000 Laotian border guards and 800 heavily armed militiamen", []want{
			{text: "7,000", value: 7000}, {text: "800", value: 800, unit: "soldier"}}},
	})
}

func TestEnglishNotQuantities(t *testing.T) {
	runCases(t, []tcase{
		{"year", "en", "In 1979 the war began.", nil},
		{"year after prep with unit", "en", "In 1985 troops arrived.", nil},
		{"year-like count with unit", "en", "1500 soldiers deserted.", []want{{text: "1500 soldiers", value: 1500, unit: "soldier"}}},
		{"year range", "en", "the war (1979–1989) and the 1992–93 mission", nil},
		{"since", "en", "since 1991", nil},
		{"decade", "en", "the 1980s", nil},
		{"ordinal", "en", "on the 17th, the 2nd brigade moved", nil},
		{"date day month", "en", "on 25 December", nil},
		{"date month day", "en", "December 25, 1978", nil},
		{"date range", "en", "from 24 to 28 May", nil},
		{"month day range", "en", "June 24 to 26", nil},
		{"resolution", "en", "Resolution 1264 passed.", nil},
		{"route", "en", "along Route 5", nil},
		{"roman numerals", "en", "World War II", nil},
		{"section", "en", "see section 3.2.1", nil},
		{"clock", "en", "at 10:30", nil},
		{"code", "en", "the K5 belt and MiG-21 jets", nil},
		{"duration", "en", "six months and 3 years", nil},
		{"hyphen duration", "en", "a 5-year plan", nil},
		{"era", "en", "in 500 BC", nil},
	})
}

func TestThai(t *testing.T) {
	runCases(t, []tcase{
		{"classifier นาย after ทหาร", "th", "ทหาร 5,000 นายเดินทัพ", []want{{text: "5,000 นาย", value: 5000, unit: "soldier"}}},
		{"คน after ทหาร", "th", "ส่งทหารราว 800 คนไปชายแดน", []want{{text: "ราว 800 คน", value: 800, unit: "soldier", approx: true}}},
		{"คน alone", "th", "ประชาชน 300 คนหนีออกจากเมือง", []want{{text: "300 คน", value: 300, unit: "person"}}},
		{"นาย without soldier noun", "th", "จับได้ 4 นาย", []want{{text: "4 นาย", value: 4, unit: "person"}}},
		{"refugees", "th", "ผู้ลี้ภัยกว่า 20,000 คนข้ามแดน", []want{{text: "กว่า 20,000 คน", value: 2e4, min: 2e4, unit: "person", approx: true}}},
		{"tanks", "th", "รถถัง 40 คัน", []want{{text: "40 คัน", value: 40, unit: "vehicle"}}},
		{"aircraft", "th", "เครื่องบินรบ 12 ลำ", []want{{text: "12 ลำ", value: 12, unit: "aircraft"}}},
		{"ships", "th", "เรือรบ 3 ลำ", []want{{text: "3 ลำ", value: 3, unit: "ship"}}},
		{"countries", "th", "มี 15 ประเทศร่วมประชุม", []want{{text: "15 ประเทศ", value: 15, unit: "country"}}},
		{"km", "th", "ถอยไป 25 กิโลเมตร", []want{{text: "25 กิโลเมตร", value: 25, unit: "km"}}},
		{"Thai digits", "th", "ทหาร ๒,๕๐๐ นาย", []want{{text: "๒,๕๐๐ นาย", value: 2500, unit: "soldier"}}},
		{"สองหมื่น", "th", "ชาวบ้านสองหมื่นคน", []want{{text: "สองหมื่นคน", value: 2e4, unit: "person"}}},
		{"ห้าแสน", "th", "ผู้อพยพห้าแสนคน", []want{{text: "ห้าแสนคน", value: 5e5, unit: "person"}}},
		{"สามสิบห้า", "th", "ตัวประกันสามสิบห้าคน", []want{{text: "สามสิบห้าคน", value: 35, unit: "person"}}},
		{"หนึ่งร้อยยี่สิบ", "th", "ตำรวจหนึ่งร้อยยี่สิบนาย", []want{{text: "หนึ่งร้อยยี่สิบนาย", value: 120, unit: "soldier"}}},
		{"vague", "th", "ผู้คนหลายพันคน", []want{{text: "หลายพันคน", value: 2000, min: 2000, max: 10000, unit: "person", approx: true}}},
		{"words inside other words", "th", "ความสัมพันธ์ อาณาจักรล้านนา พันเอกสมชาย สามารถ", nil},
	})
}

func TestThaiMoneyPercentApprox(t *testing.T) {
	runCases(t, []tcase{
		{"พันล้านดอลลาร์สหรัฐ", "th", "ได้รับเงิน 1.4 พันล้านดอลลาร์สหรัฐ", []want{{text: "1.4 พันล้านดอลลาร์สหรัฐ", value: 1.4e9, unit: "usd"}}},
		{"ล้านดอลลาร์", "th", "มูลค่า 17,200 ล้านดอลลาร์", []want{{text: "17,200 ล้านดอลลาร์", value: 17.2e9, unit: "usd"}}},
		{"ล้านบาท", "th", "ใช้เงิน 500 ล้านบาท", []want{{text: "500 ล้านบาท", value: 5e8, unit: "thb"}}},
		{"หมื่นล้านเยน", "th", "เงินกู้ 3 หมื่นล้านเยน", []want{{text: "3 หมื่นล้านเยน", value: 3e10, unit: "jpy"}}},
		{"spelled money", "th", "งบพันล้านบาท", []want{{text: "พันล้านบาท", value: 1e9, unit: "thb"}}},
		{"budget is not about", "th", "งบประมาณ 500 ล้านบาท", []want{{text: "500 ล้านบาท", value: 5e8, unit: "thb"}}},
		{"ร้อยละ", "th", "ลดลงร้อยละ 20", []want{{text: "ร้อยละ 20", value: 20, unit: "percent"}}},
		{"เปอร์เซ็นต์", "th", "เพิ่มขึ้น 20 เปอร์เซ็นต์", []want{{text: "20 เปอร์เซ็นต์", value: 20, unit: "percent"}}},
		{"percent sign", "th", "คิดเป็น 15% ของทั้งหมด", []want{{text: "15%", value: 15, unit: "percent"}}},
		{"ราวๆ", "th", "ราวๆ 600 คน", []want{{text: "ราวๆ 600 คน", value: 600, unit: "person", approx: true}}},
		{"ประมาณ", "th", "ประมาณ 40 ลำ", []want{{text: "ประมาณ 40 ลำ", value: 40, approx: true}}},
		{"กว่า after", "th", "มีผู้ชุมนุม 10,000 กว่าคน", []want{{text: "10,000 กว่าคน", value: 1e4, min: 1e4, unit: "person", approx: true}}},
		{"กว่า spelled", "th", "เสียชีวิตกว่าพันคน", []want{{text: "กว่าพันคน", value: 1000, min: 1000, unit: "person", approx: true}}},
		{"มากกว่า", "th", "มากกว่า 3,000 คน", []want{{text: "มากกว่า 3,000 คน", value: 3000, min: 3000, unit: "person", approx: true}}},
		{"เกือบ", "th", "เกือบ 70 ประเทศ", []want{{text: "เกือบ 70 ประเทศ", value: 70, max: 70, unit: "country", approx: true}}},
		{"อย่างน้อย", "th", "อย่างน้อย 9 คน", []want{{text: "อย่างน้อย 9 คน", value: 9, min: 9, unit: "person", approx: true}}},
	})
}

func TestThaiRangesFractionsAndNot(t *testing.T) {
	runCases(t, []tcase{
		{"ล้าน range", "th", "ผู้อพยพ 1-2 ล้านคน", []want{{text: "1-2 ล้านคน", value: 1e6, min: 1e6, max: 2e6, unit: "person"}}},
		{"ระหว่าง ถึง", "th", "ระหว่าง 1,000 ถึง 2,000 คน", []want{{text: "ระหว่าง 1,000 ถึง 2,000 คน", value: 1000, min: 1000, max: 2000, unit: "person"}}},
		{"spaced dash", "th", "ทหาร 300 - 400 นาย", []want{{text: "300 - 400 นาย", value: 300, min: 300, max: 400, unit: "soldier"}}},
		{"1 ใน 3", "th", "สูญเสีย 1 ใน 3 ของกำลัง", []want{{text: "1 ใน 3", value: 1.0 / 3, unit: "fraction"}}},
		{"หนึ่งในสี่", "th", "พื้นที่หนึ่งในสี่", []want{{text: "หนึ่งในสี่", value: 0.25, unit: "fraction"}}},
		{"era", "th", "ใน พ.ศ. 2521 และ ค.ศ. 1978", nil},
		{"era glued", "th", "ตั้งแต่พ.ศ.2500", nil},
		{"year after ปี", "th", "เมื่อปี 2550 และปี 2551", nil},
		{"ordinal", "th", "สงครามโลกครั้งที่ 2 และการประชุมครั้งที่สาม", nil},
		{"label", "th", "ใกล้ช่อง 69 ตามมาตรา 5", nil},
		{"date", "th", "วันที่ 25 ธันวาคม และ 3 ม.ค.", nil},
		{"date range", "th", "ระหว่าง 2-4 ธันวาคม", nil},
		{"duration", "th", "สู้รบนาน 3 ปี 2 เดือน", nil},
		{"glued duration", "th", "ครบรอบ 2ปี", nil},
	})
}

func TestExclude(t *testing.T) {
	text := "Around 500 soldiers left in 3 days."
	if got := Find(text, "en", []document.Span{{7, 10}}); len(got) != 0 {
		t.Errorf("number inside an excluded span was read: %+v", got)
	}
	got := Find(text, "en", []document.Span{{0, 6}})
	if len(got) != 1 || got[0].Text != "500 soldiers" || got[0].Approx {
		t.Errorf("exclusion of the approximation word: got %+v, want one exact \"500 soldiers\"", got)
	}
	// Excluded text is never part of a quantity, but a duration word in it
	// still rules out the number before it ("3 days").
	got = Find(text, "en", []document.Span{{10, 19}, {-5, 2}, {30, 99}})
	if len(got) != 1 || got[0].Text != "500" || got[0].Unit != "" || got[0].Approx {
		t.Errorf("exclusion around the number: got %+v, want one bare \"500\"", got)
	}
}

func TestFinderExtraData(t *testing.T) {
	extra := fstest.MapFS{
		"units_en.tsv":   {Data: []byte("# sappers are soldiers\nsappers\tsoldier\n")},
		"currencies.tsv": {Data: []byte("brl\tprefix\tR$\n")},
	}
	f, err := NewFinder("en", extra)
	if err != nil {
		t.Fatal(err)
	}
	got := f.Find("400 sappers and R$9 million", nil)
	if len(got) != 2 || got[0].Unit != "soldier" || got[1].Unit != "brl" || got[1].Value != 9e6 {
		t.Errorf("extended finder: got %+v", got)
	}
	if got := Find("400 sappers", "en", nil); len(got) != 1 || got[0].Unit != "" {
		t.Errorf("extra data leaked into the default finder: %+v", got)
	}
}

func TestDataErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct{ file, data, want string }{
		{"units_en.tsv", "ok\tsoldier\nno-unit\n", "units_en.tsv:2"},
		{"units_th.tsv", "คน\tperson\tclassifier\n", "units_th.tsv:1"},
		{"numbers_en.tsv", "# c\n\neleventy\tx\tunit\n", "numbers_en.tsv:3"},
		{"context_en.tsv", "circa\tmaybe\n", "context_en.tsv:1"},
		{"currencies.tsv", "usd\tinfix\t$\n", "currencies.tsv:1"},
	} {
		_, err := NewFinder("en", fstest.MapFS{tc.file: {Data: []byte(tc.data)}})
		if tc.file == "units_th.tsv" {
			_, err = NewFinder("th", fstest.MapFS{tc.file: {Data: []byte(tc.data)}})
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one naming %s", tc.file, err, tc.want)
		}
	}
}

func TestEmbeddedDataLoads(t *testing.T) {
	for _, lang := range []string{"en", "th", "xx"} {
		if _, err := NewFinder(lang); err != nil {
			t.Errorf("NewFinder(%q): %v", lang, err)
		}
	}
	if defaultFinder("en") == nil || defaultFinder("th") == nil {
		t.Fatal("default finders failed to load")
	}
}
