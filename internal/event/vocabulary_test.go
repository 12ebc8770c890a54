package event

import "testing"

// Trigger vocabulary and hints, on our own sentences about other wars.
var vocabularyCases = []extractCase{
	{name: "fight, defeat and conquer", lang: "en",
		text: "Iran fought Iraq in 1982, defeated its army at Khorramshahr and conquered the city.",
		want: []wantEvent{
			{trigger: "fought", typ: "attack", sources: []string{"country-ir"}, targets: []string{"country-iq"}},
			{trigger: "defeated", typ: "attack"},
			{trigger: "conquered", typ: "attack"},
		}},
	{name: "coup as a noun", lang: "en",
		text: "The 1973 coup ended the government of Chile.",
		want: []wantEvent{{trigger: "coup", typ: "attack", time: "1973"}}},
	{name: "ending hostilities is a retreat", lang: "en",
		text: "In 1988 Iran and Iraq ceased hostilities.",
		want: []wantEvent{{trigger: "ceased hostilities", typ: "withdraw", sources: []string{"country-ir", "country-iq"}}}},
	{name: "proposal and statement", lang: "en",
		text: "In 1982 the United States proposed a plan; Argentina issued a statement.",
		want: []wantEvent{
			{trigger: "proposed", typ: "declare", sources: []string{"country-us"}},
			{trigger: "statement", typ: "declare", sources: []string{"country-ar"}},
		}},
	{name: "cutting aid is a sanction", lang: "en",
		text: "In 1990 the United States stopped supporting Iraq.",
		want: []wantEvent{{trigger: "stopped supporting", typ: "outlaw", sources: []string{"country-us"}, targets: []string{"country-iq"}}}},
	{name: "diplomatic relations are recognition", lang: "en",
		text: "In 1992 Israel and China established diplomatic relations.",
		want: []wantEvent{{trigger: "established diplomatic relations", typ: "recognize", sources: []string{"country-il", "country-cn"}}}},
	{name: "renaming founds", lang: "en",
		text: "In 1989 the government of Burma renamed the country.",
		want: []wantEvent{{trigger: "renamed", typ: "found"}}},
	{name: "found needs an actor after it", lang: "en",
		text: "In 1979 investigators found mass graves near Phnom Penh.",
		none: []string{"found"}},
	{name: "train needs an actor after it", lang: "en",
		text: "North Vietnam began to train the Pathet Lao; the train left Hanoi.",
		want: []wantEvent{{trigger: "train", typ: "support", sources: []string{"north-vietnam"}, targets: []string{"pathet-lao"}}}},
	{name: "removing troops and intimidation", lang: "en",
		text: "In 1988 Vietnam began removing its troops from Laos; crowds intimidated the envoys.",
		want: []wantEvent{
			{trigger: "removing its troops", typ: "withdraw", sources: []string{"country-vn"}, targets: []string{"country-la"}},
			{trigger: "intimidated", typ: "attack"},
		}},
	{name: "Thai victory, destruction and sending troops", lang: "th",
		text: "อิรักส่งทหารเข้าไปในคูเวต ทำลายบ่อน้ำมันและชนะกองทัพคูเวต",
		want: []wantEvent{
			{trigger: "ส่งทหาร", typ: "attack", sources: []string{"country-iq"}},
			{trigger: "ทำลาย", typ: "attack"},
			{trigger: "ชนะ", typ: "attack"},
		}},
	{name: "Thai election victory", lang: "th",
		text: "พรรคบาธชนะการเลือกตั้งในอิรัก",
		want: []wantEvent{{trigger: "ชนะการเลือกตั้ง", typ: "elect"}}},
	{name: "Thai proposal, renaming and diplomatic relations", lang: "th",
		text: "อินโดนีเซียเสนอแผนสันติภาพ พม่าเปลี่ยนชื่อประเทศ จีนและอินโดนีเซียฟื้นฟูความสัมพันธ์ทางการทูต",
		want: []wantEvent{
			{trigger: "เสนอ", typ: "declare", sources: []string{"country-id"}},
			{trigger: "เปลี่ยนชื่อ", typ: "found", sources: []string{"country-mm"}},
			{trigger: "ฟื้นฟูความสัมพันธ์ทางการทูต", typ: "recognize", sources: []string{"country-cn", "country-id"}},
		}},
	{name: "Thai aid cut and withdrawn recognition", lang: "th",
		text: "ญี่ปุ่นลดความช่วยเหลือต่ออิรัก สวีเดนถอนการรับรองอิรัก",
		want: []wantEvent{
			{trigger: "ลดความช่วยเหลือ", typ: "outlaw", sources: []string{"country-jp"}},
			{trigger: "ถอนการรับรอง", typ: "outlaw", sources: []string{"country-se"}},
		}},
	{name: "Thai set up needs an actor after it", lang: "th",
		text: "สหประชาชาติตั้งอันแทค ผู้นำตั้งใจเจรจา",
		want: []wantEvent{{trigger: "ตั้ง", typ: "found", targets: []string{"untac"}}},
		none: []string{"ตั้งใจ"}},
	{name: "Thai praise is support", lang: "th",
		text: "เวียดนามแสดงความยินดีกับลาว",
		want: []wantEvent{{trigger: "แสดงความยินดี", typ: "support", sources: []string{"country-vn"}, targets: []string{"country-la"}}}},
}

func TestVocabulary(t *testing.T) { runExtractCases(t, vocabularyCases) }
