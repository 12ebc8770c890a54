package align

import (
	"slices"
	"testing"
)

func TestAlignCases(t *testing.T) {
	vn, kh, th, us, cn := "country-vn", "country-kh", "country-th", "country-us", "country-cn"
	cases := []struct {
		name   string
		events []Event
		// groups lists every cluster's members; discrepancies kind:values.
		groups        [][]string
		discrepancies []string
	}{
		{
			name: "granularity differences agree",
			events: []Event{
				ev("th1#1", "th", "elect", "1993-05-01", "1993-05-31", "พฤษภาคม พ.ศ. 2536", other(kh)),
				ev("en1#1", "en", "elect", "1993-05-24", "1993-05-28", "24 to 28 May 1993", other(kh)),
				ev("en1#2", "en", "elect", "1993-01-01", "1993-12-31", "1993", other(kh)),
			},
			groups: [][]string{{"en1#1", "en1#2", "th1#1"}},
		},
		{
			name: "adjacent days with the same actors conflict",
			events: []Event{
				ev("th1#1", "th", "attack", "1982-06-21", "1982-06-21", "21 มิถุนายน พ.ศ. 2525", src(vn), tgt(th)),
				ev("en1#1", "en", "attack", "1982-06-22", "1982-06-22", "22 June 1982", src(vn), tgt(th)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1982-06-21|1982-06-22"},
		},
		{
			name: "a date worked out from context is no claim of its own",
			events: []Event{
				ev("th1#1", "th", "agree", "1975-12-07", "1975-12-07", "7 ธันวาคม พ.ศ. 2518", src(kh), tgt(vn)),
				ev("en1#1", "en", "agree", "1975-11-30", "1975-11-30", "Two days later", src(kh), tgt(vn)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "a date worked out from a date of its own sentence is a claim",
			events: []Event{
				anchored(ev("en1#1", "en", "defect", "1998-01-01", "1998-12-31", "that year", src(kh), tgt(vn))),
				ev("th1#1", "th", "defect", "1999-01-01", "1999-12-31", "พ.ศ. 2542", src(kh), tgt(vn)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1998|1999"},
		},
		{
			name: "the same words worked out from another sentence are none",
			events: []Event{
				ev("en1#1", "en", "defect", "1998-01-01", "1998-12-31", "that year", src(kh), tgt(vn)),
				ev("th1#1", "th", "defect", "1999-01-01", "1999-12-31", "พ.ศ. 2542", src(kh), tgt(vn)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "a Thai relative date is no claim either",
			events: []Event{
				ev("th1#1", "th", "attack", "1982-06-21", "1982-06-21", "สามวันต่อมา", src(vn), tgt(th)),
				ev("en1#1", "en", "attack", "1982-06-22", "1982-06-22", "22 June 1982", src(vn), tgt(th)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "Thai digits state a date",
			events: []Event{
				ev("th1#1", "th", "attack", "1982-06-21", "1982-06-21", "๒๑ มิถุนายน ๒๕๒๕", src(vn), tgt(th)),
				ev("en1#1", "en", "attack", "1982-06-22", "1982-06-22", "22 June 1982", src(vn), tgt(th)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1982-06-21|1982-06-22"},
		},
		{
			name: "close totals of one month link and conflict without actors",
			events: []Event{
				withQty(ev("th1#1", "th", "support", "1999-12-01", "1999-12-31", "ธันวาคม พ.ศ. 2542"), "480 ล้านดอลลาร์", 480e6, "usd"),
				withQty(ev("en1#1", "en", "support", "1999-12-01", "1999-12-31", "December 1999"), "US$522 million", 522e6, "usd"),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"quantity:480000000|522000000"},
		},
		{
			name: "far totals of one month without actors stay apart",
			events: []Event{
				withQty(ev("th1#1", "th", "support", "1999-12-01", "1999-12-31", "ธันวาคม พ.ศ. 2542"), "100 ล้านดอลลาร์", 100e6, "usd"),
				withQty(ev("en1#1", "en", "support", "1999-12-01", "1999-12-31", "December 1999"), "US$522 million", 522e6, "usd"),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "close totals of one year without actors stay apart",
			events: []Event{
				withQty(ev("th1#1", "th", "support", "1999-01-01", "1999-12-31", "พ.ศ. 2542"), "480 ล้านดอลลาร์", 480e6, "usd"),
				withQty(ev("en1#1", "en", "support", "1999-01-01", "1999-12-31", "1999"), "US$522 million", 522e6, "usd"),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "a late December day and the next year are one happening told across a new year",
			events: []Event{
				ev("th1#1", "th", "attack", "1978-12-25", "1978-12-25", "25 ธันวาคม พ.ศ. 2521", src(vn), tgt(kh)),
				ev("en1#1", "en", "attack", "1979-01-01", "1979-12-31", "1979", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "late in a year and the next year are one happening told across a new year",
			events: []Event{
				ev("th1#1", "th", "attack", "1978-09-01", "1978-12-31", "ปลาย พ.ศ. 2521", src(vn), tgt(kh)),
				ev("en1#1", "en", "attack", "1979-01-01", "1979-12-31", "1979", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "two whole adjacent years conflict",
			events: []Event{
				ev("th1#1", "th", "defect", "1998-01-01", "1998-12-31", "พ.ศ. 2541", src(kh), tgt(vn)),
				ev("en1#1", "en", "defect", "1999-01-01", "1999-12-31", "1999", src(kh), tgt(vn)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1998|1999"},
		},
		{
			name: "a year and a mid-year day of the next year conflict",
			events: []Event{
				ev("en1#1", "en", "found", "1981-01-01", "1981-12-31", "1981", src(kh), tgt(vn)),
				ev("en2#1", "en", "found", "1982-06-21", "1982-06-21", "June 21, 1982", src(kh), tgt(vn)),
			},
			groups:        [][]string{{"en1#1", "en2#1"}},
			discrepancies: []string{"date:1981|1982-06-21"},
		},
		{
			name: "a bare day takes its month from context and is no claim",
			events: []Event{
				ev("th1#1", "th", "agree", "1993-05-01", "1993-05-31", "เดือนพฤษภาคม พ.ศ. 2536", src(kh), tgt(vn)),
				ev("en1#1", "en", "agree", "1993-06-24", "1993-06-24", "the 24th", src(kh), tgt(vn)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "a month named without digits is a claim",
			events: []Event{
				ev("th1#1", "th", "outlaw", "1999-09-11", "1999-09-20", "กลางเดือนกันยายน", src(kh), tgt(vn)),
				ev("en1#1", "en", "outlaw", "1999-10-12", "1999-10-12", "12 Oct.", src(kh), tgt(vn)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1999-09-11/1999-09-20|1999-10-12"},
		},
		{
			name: "a landing a day apart with one shared force conflicts",
			events: []Event{
				ev("th1#1", "th", "attack", "1999-09-21", "1999-09-21", "วันที่ 21 กันยายน พ.ศ. 2542", src("interfet"), other("dili")),
				ev("en1#1", "en", "attack", "1999-09-20", "1999-09-20", "20 September 1999", src("interfet"), other("dili")),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1999-09-20|1999-09-21"},
		},
		{
			name: "months apart in different years, bystanders do not link",
			events: []Event{
				ev("th1#1", "th", "support", "1980-01-01", "1980-01-31", "มกราคม พ.ศ. 2523", src(cn), other(kh), other(vn)),
				ev("en1#1", "en", "support", "1981-01-01", "1981-12-31", "1981", src(cn), other(kh), other(vn), other(us)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "across a new year, bystanders still count",
			events: []Event{
				ev("th1#1", "th", "attack", "1978-12-25", "1978-12-25", "25 ธันวาคม พ.ศ. 2521", src(vn), tgt(kh)),
				ev("en1#1", "en", "attack", "1979-01-01", "1979-12-31", "1979", tgt(kh), other(vn)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "months apart in different years, two principals link",
			events: []Event{
				ev("th1#1", "th", "support", "1980-01-01", "1980-01-31", "มกราคม พ.ศ. 2523", src(cn), tgt(kh)),
				ev("en1#1", "en", "support", "1981-01-01", "1981-12-31", "1981", src(cn), tgt(kh)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1980-01|1981"},
		},
		{
			name: "two documents each stating both dates do not disagree",
			events: []Event{
				ev("th1#1", "th", "kill", "1999-08-30", "1999-08-30", "30 สิงหาคม 2542", src(vn), tgt(kh)),
				ev("th1#2", "th", "kill", "1999-09-04", "1999-09-04", "4 กันยายน พ.ศ. 2542", src(vn), tgt(kh)),
				ev("en1#1", "en", "kill", "1999-08-30", "1999-08-30", "30 August 1999", src(vn), tgt(kh)),
				ev("en1#2", "en", "kill", "1999-09-04", "1999-09-04", "4 September 1999", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1", "en1#2", "th1#1", "th1#2"}},
		},
		{
			name: "one document against two on a day disagrees",
			events: []Event{
				ev("th1#1", "th", "attack", "1979-01-08", "1979-01-08", "8 มกราคม พ.ศ. 2522", src(vn), tgt(kh)),
				ev("th1#2", "th", "attack", "1979-01-07", "1979-01-07", "7 มกราคม พ.ศ. 2522", src(vn), tgt(kh)),
				ev("en1#1", "en", "attack", "1979-01-07", "1979-01-07", "7 January 1979", src(vn), tgt(kh)),
			},
			groups:        [][]string{{"en1#1", "th1#1", "th1#2"}},
			discrepancies: []string{"date:1979-01-07|1979-01-07|1979-01-08"},
		},
		{
			name: "57,000 million and 58 billion differ",
			events: []Event{
				withQty(ev("th1#1", "th", "support", "1980-01-01", "1980-12-31", "พ.ศ. 2523", src(us), tgt(kh)), "57,000 ล้านดอลลาร์", 57e9, "usd"),
				withQty(ev("en1#1", "en", "support", "1980-01-01", "1980-12-31", "1980", src(us), tgt(kh)), "58 billion dollars", 58e9, "usd"),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"quantity:57000000000|58000000000"},
		},
		{
			name: "57,000 million and 57 billion agree",
			events: []Event{
				withQty(ev("th1#1", "th", "support", "1980-01-01", "1980-12-31", "พ.ศ. 2523", src(us), tgt(kh)), "57,000 ล้านดอลลาร์", 57000*1e6, "usd"),
				withQty(ev("en1#1", "en", "support", "1980-01-01", "1980-12-31", "1980", src(us), tgt(kh)), "57 billion dollars", 57e9, "usd"),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "an overlapping range agrees",
			events: []Event{
				withRange(ev("th1#1", "th", "attack", "1978-12-25", "1978-12-25", "25 ธันวาคม พ.ศ. 2521", src(vn), tgt(kh)), "150,000–220,000 นาย", 150000, 220000, "soldier"),
				withQty(ev("en1#1", "en", "attack", "1978-12-25", "1978-12-25", "25 December 1978", src(vn), tgt(kh)), "200,000 troops", 200000, "soldier"),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "unrelated events stay apart",
			events: []Event{
				ev("en1#1", "en", "attack", "1979-01-07", "1979-01-07", "7 January 1979", src(vn), tgt(kh)),
				ev("en1#2", "en", "meet", "1979-01-07", "1979-01-07", "7 January 1979", src(vn), tgt(kh)),
				ev("en1#3", "en", "attack", "1979-01-07", "1979-01-07", "7 January 1979", src(cn), tgt(us)),
				ev("en1#4", "en", "attack", "1980-01-07", "1980-01-07", "7 January 1980", src(vn), tgt(kh)),
				ev("en1#5", "en", "attack", "1979-04-07", "1979-04-07", "7 April 1979", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2"}, {"en1#3"}, {"en1#4"}, {"en1#5"}},
		},
		{
			name: "a Thai and an English report pair up",
			events: []Event{
				ev("th1#4", "th", "attack", "1979-01-07", "1979-01-07", "7 มกราคม พ.ศ. 2522", src(vn), tgt(kh)),
				ev("en1#9", "en", "attack", "1979-01-07", "1979-01-07", "January 7, 1979", src(vn), tgt(kh)),
				ev("th1#5", "th", "withdraw", "1989-09-01", "1989-09-30", "กันยายน พ.ศ. 2532", src(vn)),
				ev("en1#20", "en", "withdraw", "1989-09-26", "1989-09-26", "26 September 1989", src(vn), other(kh)),
			},
			groups: [][]string{{"en1#20", "th1#5"}, {"en1#9", "th1#4"}},
		},
		{
			name: "one shared minor actor is too weak for a near date",
			events: []Event{
				ev("th1#1", "th", "attack", "1982-06-21", "1982-06-21", "21 มิ.ย.", other(vn)),
				ev("en1#1", "en", "attack", "1982-06-22", "1982-06-22", "22 June", other(vn)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "adjacent years need two shared actors",
			events: []Event{
				ev("th1#1", "th", "agree", "1991-01-01", "1991-12-31", "พ.ศ. 2534", src(kh), tgt(vn)),
				ev("en1#1", "en", "agree", "1992-01-01", "1992-12-31", "1992", src(kh), tgt(vn)),
				ev("th2#1", "th", "meet", "1970-01-01", "1970-12-31", "พ.ศ. 2513", src(th)),
				ev("en2#1", "en", "meet", "1971-01-01", "1971-12-31", "1971", src(th)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}, {"en2#1"}, {"th2#1"}},
			discrepancies: []string{"date:1991|1992"},
		},
		{
			name: "a year between two distant days is ambiguous",
			events: []Event{
				ev("en1#1", "en", "attack", "1979-01-01", "1979-12-31", "1979", src(vn), tgt(kh)),
				ev("en1#2", "en", "attack", "1979-01-07", "1979-01-07", "7 January", src(vn), tgt(kh)),
				ev("th1#1", "th", "attack", "1979-12-20", "1979-12-20", "20 ธันวาคม", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2"}, {"th1#1"}},
		},
		{
			name: "a month joins the report that singles it out",
			events: []Event{
				ev("en1#1", "en", "attack", "1979-06-01", "1979-06-30", "June 1979", src(vn), tgt(kh)),
				ev("en1#2", "en", "attack", "1979-06-03", "1979-06-03", "3 June", src(vn)),
				withQty(ev("th1#1", "th", "attack", "1979-06-20", "1979-06-20", "20 มิถุนายน", src(vn), tgt(kh)), "500", 500, "soldier"),
			},
			groups: [][]string{{"en1#1", "th1#1"}, {"en1#2"}},
		},
		{
			name: "two reports agreeing with a vague one are not thereby one",
			events: []Event{
				ev("en1#1", "en", "attack", "1979-06-01", "1979-06-30", "June 1979", src(vn), tgt(kh)),
				ev("en1#2", "en", "attack", "1979-06-03", "1979-06-03", "3 June", src(vn), tgt(kh)),
				ev("th1#1", "th", "attack", "1979-06-20", "1979-06-20", "20 มิถุนายน", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2", "th1#1"}},
			// 3 and 20 June link as a near miss with two shared actors.
			discrepancies: []string{"date:1979-06-03|1979-06-20"},
		},
		{
			name: "an undated report joins the one report it matches",
			events: []Event{
				ev("en1#1", "en", "recognize", "1979-01-10", "1979-01-10", "10 January 1979", src(vn), tgt(kh)),
				ev("th1#1", "th", "recognize", "", "", "", tgt(kh)),
				ev("th1#2", "th", "recognize", "", "", "", other(vn)),
			},
			groups: [][]string{{"en1#1", "th1#1"}, {"th1#2"}},
		},
		{
			name: "an undated report matching two dates stays alone",
			events: []Event{
				ev("en1#1", "en", "recognize", "1979-01-10", "1979-01-10", "10 January 1979", src(vn), tgt(kh)),
				ev("en1#2", "en", "recognize", "1985-03-01", "1985-03-01", "1 March 1985", src(vn), tgt(kh)),
				ev("th1#1", "th", "recognize", "", "", "", src(vn), tgt(kh)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2"}, {"th1#1"}},
		},
		{
			name: "within one document a different day is a different event",
			events: []Event{
				ev("th1#1", "th", "attack", "1975-05-01", "1975-05-01", "1 พฤษภาคม", src(kh), tgt(vn)),
				ev("th1#2", "th", "attack", "1975-05-10", "1975-05-10", "10 พฤษภาคม", src(kh), tgt(vn)),
				ev("th1#3", "th", "found", "1979-01-07", "1979-01-07", "7 มกราคม", tgt(kh)),
				ev("th1#9", "th", "found", "1979-01-08", "1979-01-08", "8 มกราคม", tgt(kh)),
			},
			groups:        [][]string{{"th1#1"}, {"th1#2"}, {"th1#3", "th1#9"}},
			discrepancies: []string{"date:1979-01-07|1979-01-08"},
		},
		{
			name: "parties of a meeting have no direction",
			events: []Event{
				ev("th1#1", "th", "meet", "1987-12-01", "1987-12-31", "ธันวาคม", src(th), tgt(vn)),
				ev("en1#1", "en", "meet", "1987-12-02", "1987-12-02", "December 2", src(vn), tgt(th)),
				// An attack has a direction: reversed roles cancel the shared names.
				ev("th1#2", "th", "attack", "1987-12-01", "1987-12-31", "ธันวาคม", src(th), tgt(vn)),
				ev("en1#2", "en", "attack", "1987-12-02", "1987-12-02", "December 2", src(vn), tgt(th)),
			},
			groups: [][]string{{"en1#1", "th1#1"}, {"en1#2"}, {"th1#2"}},
		},
		{
			name: "a year off links with two shared actors",
			events: []Event{
				ev("th1#1", "th", "outlaw", "1993-01-01", "1993-12-31", "พ.ศ. 2536", src(kh), tgt(vn)),
				ev("en1#1", "en", "outlaw", "1994-07-06", "1994-07-06", "July 6, 1994", src(kh), tgt(vn)),
				// One shared actor is not enough (a founding would be:
				// once_test.go).
				ev("th1#2", "th", "attack", "1981-01-01", "1981-12-31", "พ.ศ. 2524", tgt(cn)),
				ev("en1#2", "en", "attack", "1982-06-21", "1982-06-21", "June 21, 1982", tgt(cn)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}, {"en1#2"}, {"th1#2"}},
			discrepancies: []string{"date:1993|1994-07-06"},
		},
		{
			name: "a vague date against two days of its next year is one disagreement",
			events: []Event{
				ev("en1#1", "en", "attack", "1981-01-01", "1981-12-31", "1981", src(vn), tgt(th)),
				ev("th1#1", "th", "attack", "1982-06-21", "1982-06-21", "21 มิถุนายน พ.ศ. 2525", src(vn), tgt(th)),
				ev("en1#2", "en", "attack", "1982-06-22", "1982-06-22", "22 June 1982", src(vn), tgt(th)),
			},
			groups:        [][]string{{"en1#1", "en1#2", "th1#1"}},
			discrepancies: []string{"date:1981|1982-06-21|1982-06-22", "date:1982-06-21|1982-06-22"},
		},
		{
			name: "compatible types: a founding told as a declaration",
			events: []Event{
				ev("th1#1", "th", "found", "1979-01-08", "1979-01-08", "8 มกราคม", src(kh)),
				ev("en1#1", "en", "declare", "1979-01-08", "1979-01-08", "8 January", src(kh)),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "the same day and type without actors",
			events: []Event{
				ev("th1#1", "th", "elect", "1998-07-26", "1998-07-26", "26 กรกฎาคม"),
				ev("en1#1", "en", "elect", "1998-07-26", "1998-07-26", "26 July"),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "a repeated mention in one document is a repeated claim",
			events: []Event{
				ev("en1#1", "en", "kill", "1975-04-17", "1975-04-17", "17 April 1975", src(kh)),
				withQty(ev("en1#2", "en", "kill", "1975-04-17", "1975-04-17", "17 April", src(kh)), "2,000", 2000, "person"),
				withQty(ev("en1#7", "en", "kill", "1975-04-17", "1975-04-17", "that day", src(kh)), "20,000", 20000, "person"),
			},
			groups:        [][]string{{"en1#1", "en1#2", "en1#7"}},
			discrepancies: []string{"quantity:2000|20000"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := Align(c.events)
			checkTimeline(t, c.events, tl)
			if got := groupsOf(tl); !slices.EqualFunc(got, c.groups, slices.Equal) {
				t.Errorf("clusters %v, want %v", got, c.groups)
			}
			if got := discrepancyKeys(tl); !slices.Equal(got, c.discrepancies) {
				t.Errorf("discrepancies %v, want %v", got, c.discrepancies)
			}
		})
	}
}

// checkTimeline asserts what holds for every input: each event in exactly
// one cluster, clusters sorted, discrepancies pointing at real events of
// their cluster.
func checkTimeline(t *testing.T, events []Event, tl Timeline) {
	t.Helper()
	if len(tl.Events) != len(events) {
		t.Fatalf("%d events out, %d in", len(tl.Events), len(events))
	}
	count := map[string]int{}
	for _, e := range events {
		count[e.ID]++
	}
	seen := map[string]int{}
	clusterOf := map[string]map[string]bool{}
	ids := map[string]bool{}
	for _, c := range tl.Clusters {
		if ids[c.ID] {
			t.Errorf("cluster id %s twice", c.ID)
		}
		ids[c.ID] = true
		if len(c.Events) == 0 {
			t.Errorf("empty cluster %s", c.ID)
		}
		clusterOf[c.ID] = map[string]bool{}
		for _, id := range c.Events {
			seen[id]++
			clusterOf[c.ID][id] = true
		}
		lo, okLo := parseISODate(c.Interval[0])
		hi, okHi := parseISODate(c.Interval[1])
		if (c.Interval[0] == "") != (c.Interval[1] == "") || c.Interval[0] != "" && (!okLo || !okHi || lo > hi) {
			t.Errorf("cluster %s interval %v", c.ID, c.Interval)
		}
	}
	for id, n := range count {
		if seen[id] != n {
			t.Errorf("event %s is in %d clusters, want %d", id, seen[id], n)
		}
	}
	for _, d := range tl.Discrepancies {
		members, ok := clusterOf[d.Cluster]
		if !ok {
			t.Errorf("discrepancy %s names unknown cluster %s", d.ID, d.Cluster)
		}
		if len(d.Claims) < 2 || d.Confidence <= 0 || d.Confidence > 1 {
			t.Errorf("discrepancy %+v", d)
		}
		for _, c := range d.Claims {
			if !members[c.Event] {
				t.Errorf("discrepancy %s claim by %s outside cluster %s", d.ID, c.Event, d.Cluster)
			}
		}
	}
	for i := 1; i < len(tl.Discrepancies); i++ {
		if tl.Discrepancies[i].Confidence > tl.Discrepancies[i-1].Confidence {
			t.Errorf("discrepancies not ordered by confidence")
		}
	}
}
