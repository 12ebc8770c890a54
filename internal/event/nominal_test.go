package event

import "testing"

// Event nouns, plans and wishes, on our own sentences about other wars.
var nominalCases = []extractCase{
	{name: "noun with its own actor, date or light verb", lang: "en",
		text: "The Soviet withdrawal ended the war. Elections in 1990 followed. In 1983 Iraq launched an offensive. Negotiations took place in Geneva.",
		want: []wantEvent{
			{trigger: "withdrawal", typ: "withdraw", sources: []string{"soviet-union"}},
			{trigger: "Elections", typ: "elect", time: "1990"},
			{trigger: "offensive", typ: "attack", sources: []string{"country-iq"}},
			{trigger: "Negotiations", typ: "meet"},
		}},
	{name: "noun naming a topic", lang: "en",
		text: "The refugees lived in camps and needed humanitarian aid.",
		none: []string{"refugees", "aid"}},
	{name: "noun with an of-phrase", lang: "en",
		text: "The invasion of Kuwait shocked the world.",
		want: []wantEvent{{trigger: "invasion", typ: "attack", targets: []string{"country-kw"}}}},
	{name: "plans, wishes and conditions", lang: "en",
		text: "Iran feared a possible attack. Iraq planned to invade Kuwait. The United States wanted to support Israel if Egypt attacked.",
		none: []string{"attack", "invade", "support", "attacked"}},
	{name: "a plan that took place stays", lang: "en",
		text: "In 1990 Iraq invaded Kuwait as it had planned.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", sources: []string{"country-iq"}}}},
	{name: "Thai wishes and demands", lang: "th",
		text: "อิรักต้องการล้มล้างรัฐบาลคูเวต สหรัฐเรียกร้องให้อิรักถอนทหาร",
		none: []string{"ล้มล้าง", "ถอนทหาร"}},
	{name: "Thai nominalised verb is an event", lang: "th",
		text: "สงครามเริ่มขึ้นด้วยการปะทะตามพรมแดนของอิรักและอิหร่าน",
		want: []wantEvent{{trigger: "ปะทะ", typ: "attack"}}},
	{name: "Thai bare noun of aid", lang: "th",
		text: "ชาวคูเวตต้องพึ่งความช่วยเหลือ",
		none: []string{"ความช่วยเหลือ"}},
}

func TestNominalsAndPlans(t *testing.T) { runExtractCases(t, nominalCases) }
