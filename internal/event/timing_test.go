package event

import (
	"slices"
	"testing"

	"chronicle/internal/document"
)

// Time rules, on our own sentences about other wars. time "-" demands no
// time.
var timeCases = []extractCase{
	{name: "one verb after a sequence of dates tells one event per date", lang: "en",
		text: "On 5 May 1999, in New York, then on 30 August 1999 in Dili, Indonesia and Portugal met.",
		want: []wantEvent{{trigger: "met", typ: "meet", time: "1999-05-05", sources: []string{"country-id", "country-pt"}}}},
	{name: "Thai later, with the date after the verb, is one event", lang: "th",
		text: "ในวันที่ 20 ธันวาคม พ.ศ. 2514 ซุลฟิการ์ได้ขึ้นดำรงตำแหน่ง ซึ่งต่อมาได้ปล่อยตัวซูฮาร์โตเมื่อวันที่ 8 มกราคม พ.ศ. 2515",
		want: []wantEvent{{trigger: "ปล่อยตัว", typ: "withdraw", time: "1972-01-08"}}},
	{name: "during that period: from the narrative date for the duration named after it", lang: "en",
		text: "On 7 December 1975 Indonesia began an occupation that lasted 24 years. During that period, Fretilin fought Indonesia.",
		want: []wantEvent{{trigger: "fought", typ: "attack", time: "1975/1999", sources: []string{"fretilin"}}}},
	{name: "Thai during that period", lang: "th",
		text: "ในวันที่ 7 ธันวาคม พ.ศ. 2518 อินโดนีเซียเริ่มการยึดครองติมอร์นานยี่สิบสี่ปี ระหว่างช่วงนั้น สหประชาชาติรับรองโปรตุเกส",
		want: []wantEvent{{trigger: "รับรอง", typ: "recognize", time: "1975/1999", sources: []string{"united-nations"}}}},
	{name: "during that period with no duration keeps the narrative date", lang: "en",
		text: "On 7 December 1975 Indonesia invaded Timor. During that period, Fretilin fought Indonesia.",
		want: []wantEvent{{trigger: "fought", typ: "attack", time: "1975-12-07", sources: []string{"fretilin"}}}},
	{name: "Thai period named by a world war is no calendar date", lang: "th",
		text: "ใน พ.ศ. 2484 ญี่ปุ่นบุกไทย เมื่อญี่ปุ่นพ่ายแพ้ในสงครามโลกครั้งที่ 2 ไทยลงนามความตกลงกับอังกฤษ",
		want: []wantEvent{{trigger: "พ่ายแพ้", typ: "attack", time: "-"}}},
	{name: "Thai preposition and date after a space close the clause before", lang: "th",
		text: "ต่อมา ในเดือนสิงหาคม พ.ศ. 2538 เวียดนามสถาปนาความสัมพันธ์กับสหรัฐ รวมทั้งการเข้าร่วมองค์การการค้าโลก เมื่อปี 2550 และการลงนามความตกลงใน พ.ศ. 2559",
		want: []wantEvent{{trigger: "เข้าร่วม", typ: "agree", time: "2007", sources: []string{"country-vn"}, targets: []string{"world-trade-organization"}}}},
	{name: "between two dated mentions is the period they bound", lang: "en",
		text: "Between 1965 and the 1975 Paris Accords, the war was fought by Indonesia.",
		want: []wantEvent{
			{trigger: "fought", typ: "attack", time: "1965/1975"},
			{trigger: "Accords", typ: "agree", time: "1975"},
		}},
	{name: "shortly after that keeps the narrative year", lang: "en",
		text: "In May 1993 Fretilin won the vote. Shortly after that, Indonesia attacked Timor.",
		want: []wantEvent{{trigger: "attacked", typ: "attack", time: "1993", sources: []string{"country-id"}}}},
	{name: "Thai shortly after that keeps the narrative year", lang: "th",
		text: "ในเดือนพฤษภาคม พ.ศ. 2536 อินโดนีเซียบุกติมอร์ ไม่นานจากนั้น อินโดนีเซียถอนทหารออกจากติมอร์",
		want: []wantEvent{{trigger: "ถอนทหาร", typ: "withdraw", time: "1993", sources: []string{"country-id"}}}},
	{name: "a vote's result in the next paragraph takes the vote's date", lang: "en",
		text: "Elections were held on 30 August 2001 in East Timor.\n\nFretilin obtained 57% of the votes.",
		want: []wantEvent{{trigger: "obtained", typ: "elect", time: "2001-08-30", sources: []string{"fretilin"}, qty: 1}}},
	{name: "a vote two paragraphs back dates no result", lang: "en",
		text: "Elections were held on 30 August 2001 in East Timor.\n\nMany observers came.\n\nFretilin obtained 57% of the votes.",
		want: []wantEvent{{trigger: "obtained", typ: "elect", time: "-", sources: []string{"fretilin"}, qty: 1}}},
	{name: "own comma segment first", lang: "en",
		text: "In 1991, sanctions against Iraq, imposed by the United Nations in 1990, were lifted.",
		want: []wantEvent{
			{trigger: "imposed", typ: "outlaw", time: "1990"},
			{trigger: "lifted", typ: "withdraw", time: "1991"},
		}},
	{name: "a date opening the sentence governs its clauses", lang: "en",
		text: "In 1982 Argentina occupied the islands, and Britain retook them.",
		want: []wantEvent{{trigger: "retook", typ: "attack", time: "1982"}}},
	{name: "earlier clause date before a later one", lang: "en",
		text: "In April 1982 Argentina invaded the Falkland Islands; the junta fell in June 1983 after Britain attacked.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", time: "1982-04"}}},
	{name: "habitual clause has no time", lang: "en",
		text: "The war began in 1980. Each year, Iraq attacked Iranian cities.",
		want: []wantEvent{{trigger: "attacked", typ: "attack", time: "-"}}},
	{name: "narrative date stops at a paragraph", lang: "en",
		text: "Iraq invaded Kuwait in 1990.\n\nThe United States supported Kuwait.",
		want: []wantEvent{{trigger: "supported", typ: "support", time: "-"}}},
	{name: "narrative date within a paragraph", lang: "en",
		text: "Iraq invaded Kuwait in 1990.\nThe United States supported Kuwait.",
		want: []wantEvent{{trigger: "supported", typ: "support", time: "1990"}}},
	{name: "after that with no date", lang: "en",
		text: "Iraq invaded Kuwait in August 1990. After that, the United States sent troops.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", time: "1990-08"}}},
	{name: "opening bound moves the narrative date", lang: "en",
		text: "The war began in 1979. From 1983 onward, the Soviet Union bombed Afghan villages. Pakistan supported the rebels.",
		want: []wantEvent{{trigger: "supported", typ: "support", time: "1983"}}},
	{name: "bound inside a sentence does not move it", lang: "en",
		text: "Iran attacked Iraq in 1982. Iraq, at war since 1980, bombed Tehran. Iran retaliated.",
		want: []wantEvent{{trigger: "retaliated", typ: "attack", time: "1982"}}},
	{name: "a year jumping back inside a sentence does not move it", lang: "en",
		text: "Britain recaptured the islands in June 1982. Argentina, which had claimed them in 1833, surrendered.",
		want: []wantEvent{{trigger: "surrendered", typ: "defect", time: "1982-06"}}},
	{name: "at the same time points at the last date, even a bound", lang: "en",
		text: "Iraq had held Kuwait since August 1990. At the same time, Iraq annexed the oil fields.",
		want: []wantEvent{{trigger: "annexed", typ: "attack", time: "1990-08"}}},
	{name: "Thai date set off by a space stays in its clause", lang: "th",
		text: "อิรักยึดคูเวตได้ใน พ.ศ. 2533 สหรัฐส่งทหาร",
		want: []wantEvent{{trigger: "ยึด", typ: "attack", time: "1990", sources: []string{"country-iq"}}}},
	{name: "Thai bare date between spaces opens the next clause", lang: "th",
		text: "ในเดือนสิงหาคม พ.ศ. 2533 อิรักบุกคูเวตและเป็นฝ่ายชนะ ปลาย พ.ศ. 2533 สหรัฐส่งทหาร",
		want: []wantEvent{
			{trigger: "ชนะ", typ: "attack", time: "1990-08"},
			{trigger: "ส่งทหาร", typ: "attack", time: "1990"},
		}},
	{name: "Thai quantity between spaces ends its clause", lang: "th",
		text: "ในการเลือกตั้งเมื่อวันที่ 6 มกราคม พ.ศ. 2544 พรรคไทยรักไทยชนะด้วยคะแนนเสียงร้อยละ 40.6 สภาผู้แทนราษฎรรับรองรัฐบาลใหม่เมื่อวันที่ 9 กุมภาพันธ์ พ.ศ. 2544",
		want: []wantEvent{{trigger: "ชนะ", typ: "elect", time: "2001-01-06", qty: 1}}},
	{name: "Thai named period is no narrative date", lang: "th",
		text: "อิรักบุกคูเวตใน พ.ศ. 2533 ผู้คนจำนวนมากถูกสังหารในสมัยซัดดัม",
		want: []wantEvent{{trigger: "สังหาร", typ: "kill", time: "-"}}},
	{name: "Thai war named as the period is no narrative date", lang: "th",
		text: "ใน พ.ศ. 2523 อิรักบุกอิหร่าน ซีเรียได้สนับสนุนอิหร่านในสงครามอิหร่าน–อิรัก",
		want: []wantEvent{{trigger: "สนับสนุน", typ: "support", time: "-", sources: []string{"country-sy"}}}},
	{name: "war named as the period is no narrative date", lang: "en",
		text: "Iraq invaded Iran in 1980. Syria supported Iran in the war.",
		want: []wantEvent{{trigger: "supported", typ: "support", time: "-", sources: []string{"country-sy"}}}},
	{name: "a date after an infinitive dates the complement", lang: "en",
		text: "Iraq invaded Kuwait in August 1990. Iraq agreed to withdraw in February 1991.",
		want: []wantEvent{{trigger: "agreed", typ: "agree", time: "1990-08"}}},
	{name: "a date after to and a name dates the trigger", lang: "en",
		text: "Iraq invaded Kuwait in August 1990. Thousands fled to Jordan in September 1990.",
		want: []wantEvent{{trigger: "fled", typ: "flee", time: "1990-09", qty: 1}}},
	{name: "a date naming an event moves no narrative date", lang: "en",
		text: "In 1990, Iraq invaded Kuwait. Iraq rejected the 1991 deadline. Iraq also attacked Saudi Arabia.",
		want: []wantEvent{{trigger: "attacked", typ: "attack", time: "1990"}}},
	{name: "a date opening a later clause governs only that clause", lang: "en",
		text: "In August 1990, Iraq invaded Kuwait. Iraq made a declaration against Israel, and in January 1991, Iraqi missiles killed civilians.",
		want: []wantEvent{
			{trigger: "declaration", typ: "declare", time: "1990-08"},
			{trigger: "killed", typ: "kill", time: "1991-01"},
		}},
	{name: "Thai after that", lang: "th",
		text: "อิรักบุกคูเวตใน พ.ศ. 2533 หลังจากนั้น สหรัฐได้ส่งทหารไปช่วยเหลือคูเวต",
		want: []wantEvent{{trigger: "ช่วยเหลือ", typ: "support", time: "-"}}},
}

func TestTimeRules(t *testing.T) { runExtractCases(t, timeCases) }

// TestDateOpensThaiClause checks that a Thai date set off by spaces before
// its clause stays in the event's span and dates it.
func TestDateOpensThaiClause(t *testing.T) {
	text := "ในเดือนมกราคม พ.ศ. 2534 กองกำลังผสมเริ่มทิ้งระเบิดอิรัก"
	a := annotateText(t, "t", "th", text, true)
	events := Extract(a.in)
	checkEvents(t, a.in, events)
	ev, ok := findEvent(a, events, "ทิ้งระเบิด")
	if !ok {
		t.Fatalf("no bombing event")
	}
	if got := a.in.Text.Slice(ev.Span); got != text {
		t.Errorf("span %q, want the whole sentence", got)
	}
	if ev.Time == nil || a.in.Times[*ev.Time].Value != "1991-01" {
		t.Errorf("time %v, want 1991-01", ev.Time)
	}
}

// TestLeadSummary checks that in a lead only a date opening a sentence
// moves the narrative time, and that the body inherits as usual.
func TestLeadSummary(t *testing.T) {
	cases := []struct {
		name, lead, trigger, want string
	}{
		{"a date naming another event does not date the summary",
			"The crisis followed the vote of 3 May 1988. Soldiers killed hundreds of students.", "killed", "-"},
		{"a date opening a sentence does",
			"In May 1988, the crisis began. Soldiers killed hundreds of students.", "killed", "1988-05"},
		{"a date in the sentence itself still counts",
			"The crisis followed the vote. Soldiers killed hundreds of students in May 1988.", "killed", "1988-05"},
		{"a period named inside a sentence frames what follows",
			"Protests grew between 1986 and 1988. Soldiers killed hundreds of students.", "killed", "1986/1988"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			title := "Burma 1988"
			body := "The vote was held on 3 May 1988. Soldiers killed students."
			text := title + "\n\n" + c.lead + "\n\nHistory\n\n" + body
			head := len([]rune(title + "\n\n" + c.lead + "\n\n"))
			doc := &document.Document{ID: "t", Lang: "en", Text: text, Sections: []document.Section{
				{Title: title, Level: 1, Heading: document.Span{0, len([]rune(title))}},
				{Title: "History", Level: 2, Heading: document.Span{head, head + len("History")}},
			}}
			a := annotate(t, doc, true)
			events := Extract(a.in)
			checkEvents(t, a.in, events)
			ev, ok := findEvent(a, events, c.trigger)
			if !ok {
				t.Fatalf("no event %q", c.trigger)
			}
			if got := timeValue(a, ev); got != c.want {
				t.Errorf("lead event time %s, want %s", got, c.want)
			}
			// The body's "killed" inherits the body's date.
			last := events[len(events)-1]
			if got := timeValue(a, last); got != "1988-05-03" {
				t.Errorf("body event time %s, want 1988-05-03", got)
			}
		})
	}
}

// timeValue is the TIMEX3 value of ev's time, or "-".
func timeValue(a annotated, ev Event) string {
	if ev.Time == nil {
		return "-"
	}
	return a.in.Times[*ev.Time].Value
}

// A verb after a sequence of dates ("on D1, …, then on D2") tells one event
// per date, in order; a date after the verb tells just one.
func TestDateSequenceTellsOneEventPerDate(t *testing.T) {
	cases := []struct {
		lang, text, trigger string
		want                []string
	}{
		{"en", "On 5 May 1999, in New York, then on 30 August 1999 in Dili, Indonesia and Portugal met.", "met", []string{"1999-05-05", "1999-08-30"}},
		{"en", "On 5 May 1999 Indonesia and Portugal met, then on 30 August 1999 Timor voted.", "met", []string{"1999-05-05"}},
		{"th", "ในวันที่ 20 ธันวาคม พ.ศ. 2514 ซุลฟิการ์ได้ขึ้นดำรงตำแหน่ง ซึ่งต่อมาได้ปล่อยตัวซูฮาร์โตเมื่อวันที่ 8 มกราคม พ.ศ. 2515", "ปล่อยตัว", []string{"1972-01-08"}},
	}
	for _, c := range cases {
		a := annotateText(t, "t", c.lang, c.text, true)
		events := Extract(a.in)
		checkEvents(t, a.in, events)
		var got []string
		for _, ev := range events {
			if a.in.Text.Slice(ev.Trigger) == c.trigger {
				got = append(got, ev.Value)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q events dated %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}
