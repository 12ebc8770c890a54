package event

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/document"
)

// wantEvent describes one event a sentence must yield, found by its
// trigger text. Empty fields are not checked; "-" demands none.
type wantEvent struct {
	trigger string
	typ     string
	time    string   // time value
	sources []string // actor ids, in any order
	targets []string
	place   string
	negated bool
	qty     int // number of quantities
}

type extractCase struct {
	name, lang, text string
	want             []wantEvent
	// none are trigger texts that must not yield an event.
	none []string
}

// Our own sentences about other wars: the Gulf War, the Iran–Iraq War, the
// Soviet–Afghan War and the Falklands War.
var englishCases = []extractCase{
	{name: "what is agreed is no event of its own", lang: "en",
		text: "In 1988 the Soviet Union agreed to withdraw from Afghanistan.",
		want: []wantEvent{{trigger: "agreed", typ: "agree", time: "1988", sources: []string{"soviet-union"}}},
		none: []string{"withdraw"}},
	{name: "the withdrawal of X is X withdrawing", lang: "en",
		text: "The withdrawal of Soviet troops ended in February 1989.",
		want: []wantEvent{{trigger: "withdrawal", typ: "withdraw", time: "1989-02", sources: []string{"soviet-union"}}}},
	{name: "the invasion of X is X invaded", lang: "en",
		text: "The invasion of Kuwait began in August 1990.",
		want: []wantEvent{{trigger: "invasion", typ: "attack", time: "1990-08", targets: []string{"country-kw"}}}},
	{name: "peacekeepers landing are support", lang: "en",
		text: "In September 1999 INTERFET troops landed in Dili.",
		want: []wantEvent{{trigger: "landed", typ: "support", time: "1999-09", sources: []string{"interfet"}}}},
	{name: "an army landing is an attack", lang: "en",
		text: "In April 1982 Argentine troops landed on the Falkland Islands.",
		want: []wantEvent{{trigger: "landed", typ: "attack", time: "1982-04", sources: []string{"country-ar"}}}},
	{name: "an object trigger in the passive has its object first", lang: "en",
		text: "In July 1995 Aung San Suu Kyi was released from house arrest.",
		want: []wantEvent{{trigger: "released", typ: "withdraw", time: "1995-07", targets: []string{"aung-san-suu-kyi"}}}},
	{name: "armed conflict is no event of arming", lang: "en",
		text: "The insurgency was an armed conflict in Burma.",
		none: []string{"armed"}},
	{name: "one auxiliary serves coordinated participles", lang: "en",
		text: "In 1986 Ferdinand Marcos was secretly tried and sentenced in absentia.",
		want: []wantEvent{{trigger: "sentenced", typ: "outlaw", time: "1986", targets: []string{"ferdinand-marcos"}}}},
	{name: "opened fire and arrests", lang: "en",
		text: "In March 1988 Burmese troops opened fire on students and arrested hundreds.",
		want: []wantEvent{{trigger: "opened fire", typ: "attack", time: "1988-03", sources: []string{"country-mm"}}, {trigger: "arrested", typ: "outlaw", time: "1988-03", qty: 1}}},
	{name: "the fall of a city", lang: "en",
		text: "After the fall of Saigon in 1975, many people left by sea.",
		want: []wantEvent{{trigger: "fall of", typ: "attack", time: "1975", targets: []string{"saigon"}}}},
	{name: "a vote share makes a result an election", lang: "en",
		text: "In the 1990 elections the National League for Democracy won 59% of the votes.",
		want: []wantEvent{{trigger: "won", typ: "elect", qty: 1}}},
	{name: "obtained without a count is no election", lang: "en",
		text: "Iraq obtained weapons from abroad in 1985.",
		none: []string{"obtained"}},
	{name: "active voice with date", lang: "en",
		text: "On 2 August 1990, Iraq invaded Kuwait.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", time: "1990-08-02", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "passive with by", lang: "en",
		text: "Kuwait was invaded by Iraq in August 1990.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", time: "1990-08", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "noun with of and by", lang: "en",
		text: "The invasion of Kuwait by Iraq began in 1990.",
		want: []wantEvent{{trigger: "invasion", typ: "attack", time: "1990", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "negation", lang: "en",
		text: "The United States did not recognise the new government in 1979.",
		want: []wantEvent{{trigger: "recognise", typ: "recognize", sources: []string{"country-us"}, negated: true}}},
	{name: "coordinated sources and merged triggers", lang: "en",
		text: "Iran and Iraq agreed to a ceasefire on 20 August 1988.",
		want: []wantEvent{{trigger: "agreed to a ceasefire", typ: "agree", time: "1988-08-20", sources: []string{"country-ir", "country-iq"}}}},
	{name: "clauses joined by comma and but", lang: "en",
		text: "Argentina occupied the Falkland Islands in April 1982, but British forces recaptured them in June 1982.",
		want: []wantEvent{
			{trigger: "occupied", typ: "attack", time: "1982-04", sources: []string{"country-ar"}},
			{trigger: "recaptured", typ: "attack", time: "1982-06", sources: []string{"country-gb"}},
		}},
	{name: "shared subject after and", lang: "en",
		text: "In December 1979 the Soviet Union invaded Afghanistan and installed a new government.",
		want: []wantEvent{{trigger: "invaded", typ: "attack", time: "1979-12", sources: []string{"soviet-union"}, targets: []string{"country-af"}}}},
	{name: "relative clause takes its antecedent", lang: "en",
		text: "The coalition was led by the United States, which bombed Iraq in January 1991.",
		want: []wantEvent{{trigger: "bombed", typ: "attack", time: "1991-01", sources: []string{"country-us"}, targets: []string{"country-iq"}}}},
	{name: "narrative date from an earlier sentence", lang: "en",
		text: "The war began in 1980. Iraq attacked Iran. It lasted eight years.",
		want: []wantEvent{{trigger: "attacked", typ: "attack", time: "1980", sources: []string{"country-iq"}, targets: []string{"country-ir"}}}},
	{name: "place after in", lang: "en",
		text: "Delegates of Iran and Iraq met in Switzerland in 1988.",
		want: []wantEvent{{trigger: "met", typ: "meet", time: "1988", place: "country-ch"}}},
	{name: "quantities in the clause", lang: "en",
		text: "Iraqi forces killed about 5,000 civilians in March 1988.",
		want: []wantEvent{{trigger: "killed", typ: "kill", time: "1988-03", sources: []string{"country-iq"}, qty: 1}}},
	{name: "patient verb", lang: "en",
		text: "In 1989 the last Soviet soldiers withdrew from Afghanistan, and Afghanistan remained at war.",
		want: []wantEvent{{trigger: "withdrew", typ: "withdraw", time: "1989", sources: []string{"soviet-union"}, targets: []string{"country-af"}}}},
	{name: "hyphenated participle", lang: "en",
		text: "The Soviet-backed government held Kabul.",
		want: []wantEvent{{trigger: "backed", typ: "support", sources: []string{"soviet-union"}}}},
	{name: "blocked and name-internal phrases", lang: "en",
		text: "The Front for the Liberation of Mozambique and the Front for the Liberation of the Enclave of Cabinda used attack helicopters.",
		none: []string{"Liberation", "attack"}},
	{name: "refugees fled", lang: "en",
		text: "About three million refugees fled to Pakistan.",
		want: []wantEvent{{trigger: "refugees fled", typ: "flee", targets: []string{"country-pk"}, qty: 1}}},
}

var thaiCases = []extractCase{
	{name: "Thai operation is a light verb before an event noun", lang: "th",
		text: "ใน พ.ศ. 2534 กองทัพสหรัฐเปิดปฏิบัติการปราบปรามกองกำลังอิรัก",
		want: []wantEvent{{trigger: "การปราบปราม", typ: "attack", time: "1991", targets: []string{"country-iq"}}}},
	{name: "Thai win after an election is elect", lang: "th",
		text: "ใน พ.ศ. 2535 ไทยจัดการเลือกตั้งทั่วไป พรรคประชาธิปัตย์ชนะพรรคชาติไทย",
		want: []wantEvent{{trigger: "ชนะ", typ: "elect", time: "1992"}}},
	{name: "Thai win in a war is attack", lang: "th",
		text: "ใน พ.ศ. 2518 เฟรติลินโจมตียูดีที เฟรติลินชนะยูดีที",
		want: []wantEvent{{trigger: "ชนะ", typ: "attack", time: "1975"}}},
	{name: "Thai peacekeepers moving in are support", lang: "th",
		text: "ในเดือนกันยายน พ.ศ. 2542 อินเตอร์เฟตได้เคลื่อนกำลังไปยังติมอร์ตะวันออก",
		want: []wantEvent{{trigger: "เคลื่อนกำลัง", typ: "support", time: "1999-09", sources: []string{"interfet"}}}},
	{name: "Thai army moving in is an attack", lang: "th",
		text: "ในเดือนสิงหาคม พ.ศ. 2533 อิรักได้เคลื่อนกำลังไปยังชายแดนคูเวต",
		want: []wantEvent{{trigger: "เคลื่อนกำลัง", typ: "attack", time: "1990-08", sources: []string{"country-iq"}}}},
	{name: "what is agreed is no event of its own", lang: "th",
		text: "ใน พ.ศ. 2531 อิรักและอิหร่านตกลงจัดตั้งคณะกรรมการร่วม",
		want: []wantEvent{{trigger: "ตกลง", typ: "agree", time: "1988"}},
		none: []string{"จัดตั้ง"}},
	{name: "arrest and looting", lang: "th",
		text: "ใน พ.ศ. 2535 ทหารพม่าจับกุมผู้ประท้วง และปล้นสะดมหมู่บ้าน",
		want: []wantEvent{{trigger: "จับกุม", typ: "outlaw", time: "1992", sources: []string{"country-mm"}}, {trigger: "ปล้นสะดม", typ: "attack", time: "1992"}}},
	{name: "a royal death", lang: "th",
		text: "ใน พ.ศ. 2501 กษัตริย์ไฟศ็อลที่ 2 สิ้นพระชนม์",
		want: []wantEvent{{trigger: "สิ้นพระชนม์", typ: "kill", time: "1958"}}},
	{name: "a vote count makes a result an election", lang: "th",
		text: "ในการเลือกตั้ง พ.ศ. 2535 พรรคประชาธิปัตย์ได้ที่นั่ง 79 ที่นั่ง",
		want: []wantEvent{{trigger: "ได้ที่นั่ง", typ: "elect", time: "1992", qty: 1}}},
	{name: "seats without a count are no election", lang: "th",
		text: "ผู้แทนได้ที่นั่งแถวหน้าในการประชุม",
		none: []string{"ได้ที่นั่ง"}},
	{name: "SVO with date", lang: "th",
		text: "เมื่อวันที่ 2 สิงหาคม พ.ศ. 2533 อิรักบุกคูเวต",
		want: []wantEvent{{trigger: "บุก", typ: "attack", time: "1990-08-02", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "passive with ถูก", lang: "th",
		text: "คูเวตถูกอิรักรุกรานใน พ.ศ. 2533",
		want: []wantEvent{{trigger: "รุกราน", typ: "attack", time: "1990", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "passive with โดย", lang: "th",
		text: "คูเวตถูกรุกรานโดยอิรัก",
		want: []wantEvent{{trigger: "รุกราน", typ: "attack", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "withdraw across tokens", lang: "th",
		text: "สหภาพโซเวียตถอนทหารออกจากอัฟกานิสถานในเดือนกุมภาพันธ์ พ.ศ. 2532",
		want: []wantEvent{{trigger: "ถอนทหาร", typ: "withdraw", time: "1989-02", sources: []string{"soviet-union"}, targets: []string{"country-af"}}}},
	{name: "two triggers of one type merge", lang: "th",
		text: "อิหร่านและอิรักตกลงหยุดยิงในเดือนสิงหาคม พ.ศ. 2531",
		want: []wantEvent{{trigger: "ตกลงหยุดยิง", typ: "agree", time: "1988-08", sources: []string{"country-ir", "country-iq"}}}},
	{name: "negation", lang: "th",
		text: "สหรัฐไม่รับรองรัฐบาลใหม่",
		want: []wantEvent{{trigger: "รับรอง", typ: "recognize", sources: []string{"country-us"}, negated: true}}},
	{name: "conjunction shares the subject", lang: "th",
		text: "อิรักยึดคูเวตและประกาศผนวกดินแดน",
		want: []wantEvent{
			{trigger: "ยึด", typ: "attack", sources: []string{"country-iq"}, targets: []string{"country-kw"}},
			{trigger: "ประกาศ", typ: "declare", sources: []string{"country-iq"}},
		}},
	{name: "nominalised verb with ของ", lang: "th",
		text: "การรุกรานคูเวตของอิรักทำให้เกิดสงครามอ่าว",
		want: []wantEvent{{trigger: "รุกราน", typ: "attack", sources: []string{"country-iq"}, targets: []string{"country-kw"}}}},
	{name: "place after ใน", lang: "th",
		text: "ผู้แทนอิหร่านและอิรักพบกันในสวิตเซอร์แลนด์",
		want: []wantEvent{{trigger: "พบ", typ: "meet", place: "country-ch"}}},
	{name: "patient verb", lang: "th",
		text: "ทหารอิหร่านเสียชีวิตราว 5,000 คน",
		want: []wantEvent{{trigger: "เสียชีวิต", typ: "kill", targets: []string{"country-ir"}, qty: 1}}},
	{name: "blocked phrase", lang: "th",
		text: "นักวิจัยพบว่าอิรักมีอาวุธ",
		none: []string{"พบ"}},
}

func TestExtractEnglish(t *testing.T) { runExtractCases(t, englishCases) }
func TestExtractThai(t *testing.T)    { runExtractCases(t, thaiCases) }

func runExtractCases(t *testing.T, cases []extractCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := annotateText(t, "t", c.lang, c.text, true)
			events := Extract(a.in)
			checkEvents(t, a.in, events)
			var got []string
			for _, ev := range events {
				got = append(got, describe(a, ev))
			}
			for _, w := range c.want {
				ev, ok := findEvent(a, events, w.trigger)
				if !ok {
					t.Errorf("no event with trigger %q; got %q", w.trigger, got)
					continue
				}
				checkWant(t, a, ev, w)
			}
			for _, trig := range c.none {
				if ev, ok := findEvent(a, events, trig); ok {
					t.Errorf("unexpected event %s", describe(a, ev))
				}
			}
		})
	}
}

// findEvent returns the event whose trigger text is trig.
func findEvent(a annotated, events []Event, trig string) (Event, bool) {
	for _, ev := range events {
		if a.in.Text.Slice(ev.Trigger) == trig {
			return ev, true
		}
	}
	return Event{}, false
}

func checkWant(t *testing.T, a annotated, ev Event, w wantEvent) {
	t.Helper()
	desc := describe(a, ev)
	if ev.Type != w.typ {
		t.Errorf("%s: type %s, want %s", desc, ev.Type, w.typ)
	}
	if w.time != "" {
		got := "-"
		if ev.Time != nil {
			got = ev.Value
		}
		if got != w.time {
			t.Errorf("%s: time %s, want %s", desc, got, w.time)
		}
	}
	roleIDs := func(role string) []string {
		var ids []string
		for _, r := range ev.Actors {
			if r.Role == role {
				ids = append(ids, a.actorIDs[r.Actor])
			}
		}
		slices.Sort(ids)
		return ids
	}
	for _, rc := range []struct {
		role string
		want []string
	}{{RoleSource, w.sources}, {RoleTarget, w.targets}} {
		if rc.want == nil {
			continue
		}
		want := slices.Clone(rc.want)
		slices.Sort(want)
		if got := roleIDs(rc.role); !slices.Equal(got, want) {
			t.Errorf("%s: %ss %v, want %v", desc, rc.role, got, want)
		}
	}
	if w.place != "" {
		got := "-"
		if ev.Place != nil {
			got = a.actorIDs[*ev.Place]
		}
		if got != w.place {
			t.Errorf("%s: place %s, want %s", desc, got, w.place)
		}
	}
	if ev.Negated != w.negated {
		t.Errorf("%s: negated %v, want %v", desc, ev.Negated, w.negated)
	}
	if len(ev.Quantities) != w.qty {
		t.Errorf("%s: %d quantities, want %d", desc, len(ev.Quantities), w.qty)
	}
}

// TestExcludedSpans checks that headings and infobox lines yield no event.
func TestExcludedSpans(t *testing.T) {
	text := "Invasion of Kuwait\nResult: Iraq withdrew\nIraq invaded Kuwait in 1990."
	a := annotateText(t, "t", "en", text, true)
	a.in.Sentences = []document.Span{{0, 18}, {19, 40}, {41, 69}}
	a.in.Exclude = []document.Span{{0, 18}, {19, 40}}
	events := Extract(a.in)
	checkEvents(t, a.in, events)
	if len(events) != 1 || a.in.Text.Slice(events[0].Trigger) != "invaded" {
		var got []string
		for _, ev := range events {
			got = append(got, describe(a, ev))
		}
		t.Fatalf("got %q, want only the event of the prose sentence", got)
	}
}

// TestExtractWithoutTokensOrSentences checks the fallbacks: the text is
// tokenised here and read as one sentence.
func TestExtractWithoutTokensOrSentences(t *testing.T) {
	text := "Iraq invaded Kuwait. อิรักบุกคูเวต"
	for _, lang := range []string{"en", "th"} {
		in := Input{DocID: "d", Lang: lang, Text: document.NewRuneText(text)}
		events := Extract(in)
		checkEvents(t, in, events)
		if len(events) != 1 {
			t.Errorf("%s: %d events, want 1", lang, len(events))
			continue
		}
		if trig := in.Text.Slice(events[0].Trigger); !strings.Contains(text, trig) || events[0].Type != "attack" {
			t.Errorf("%s: event %q %s", lang, trig, events[0].Type)
		}
	}
}

// TestSentenceCutInsideName checks that a sentence cut through a name is
// read as one sentence: the name keeps its role.
func TestSentenceCutInsideName(t *testing.T) {
	text := "ในต้นปี พ.ศ. 2534 ฮุน เซนเริ่มเจรจากับอิรัก"
	a := annotateText(t, "t", "th", text, true)
	cut := strings.Index(text, " เซน")
	rt := a.in.Text
	at := rt.RuneOffset(cut)
	a.in.Sentences = []document.Span{{0, at}, {at + 1, rt.Len()}}
	events := Extract(a.in)
	checkEvents(t, a.in, events)
	ev, ok := findEvent(a, events, "เจรจา")
	if !ok {
		t.Fatal("no negotiation event")
	}
	checkWant(t, a, ev, wantEvent{trigger: "เจรจา", typ: "meet", time: "1991", sources: []string{"hun-sen"}, targets: []string{"country-iq"}})
}

// TestWordAtActorAtMatchSearch checks the block tables of wordAt and
// actorAt against a plain search of the sorted words and actors, at every
// offset of the samples and a little beyond.
func TestWordAtActorAtMatchSearch(t *testing.T) {
	x, err := defaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sample_en.txt", "sample_th.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		a := annotate(t, &document.Document{ID: name, Text: string(b)}, false)
		e := x.newExtraction(a.in, new(buffers))
		if len(e.actors) == 0 {
			t.Fatalf("%s: no actors to look up", name)
		}
		for off := -2; off <= a.in.Text.Len()+10; off++ {
			w, _ := slices.BinarySearchFunc(e.words, off, func(w word, off int) int { return w.span[0] - off })
			if got := e.wordAt(off); got != w {
				t.Fatalf("%s: wordAt(%d) = %d, want %d", name, off, got, w)
			}
			p, _ := slices.BinarySearchFunc(e.actors, off, func(a actorRef, off int) int { return a.span[0] - off })
			if got := e.actorAt(off); got != p {
				t.Fatalf("%s: actorAt(%d) = %d, want %d", name, off, got, p)
			}
		}
	}
}
