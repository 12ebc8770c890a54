package align

import "testing"

// withText gives a test event the clause that states it.
func withText(e Event, text string) Event {
	e.Text = text
	return e
}

func TestEndingsToldOnce(t *testing.T) {
	const rebels = "group-rebels"
	tests := []struct {
		name     string
		events   []Event
		together bool
		flagged  bool
	}{
		{
			name: "two reports of the final surrender a year apart are one ending, in dispute",
			events: []Event{
				withText(ev("th#1", "th", "defect", "1998-01-01", "1998-12-31", "พ.ศ. 2541", src(rebels)), "กลุ่มกบฏได้สลายตัวไปโดยสมบูรณ์ใน พ.ศ. 2541"),
				withText(ev("en#1", "en", "defect", "1999-01-01", "1999-12-31", "1999", src(rebels)), "The remaining rebel forces surrendered in 1999."),
			},
			together: true, flagged: true,
		},
		{
			name: "surrenders a year apart that end nothing stay two",
			events: []Event{
				withText(ev("th#1", "th", "defect", "1998-01-01", "1998-12-31", "พ.ศ. 2541", src(rebels)), "กลุ่มกบฏบางส่วนยอมจำนนใน พ.ศ. 2541"),
				withText(ev("en#1", "en", "defect", "1999-01-01", "1999-12-31", "1999", src(rebels)), "Some rebel units surrendered in 1999."),
			},
		},
		{
			name: "endings two years apart stay two",
			events: []Event{
				withText(ev("th#1", "th", "defect", "1997-01-01", "1997-12-31", "พ.ศ. 2540", src(rebels)), "กลุ่มกบฏได้สลายตัวไปโดยสมบูรณ์ใน พ.ศ. 2540"),
				withText(ev("en#1", "en", "defect", "1999-01-01", "1999-12-31", "1999", src(rebels)), "The remaining rebel forces surrendered in 1999."),
			},
		},
		{
			name: "endings of different sources stay two",
			events: []Event{
				withText(ev("th#1", "th", "defect", "1998-01-01", "1998-12-31", "พ.ศ. 2541", src("group-front")), "แนวร่วมได้สลายตัวไปโดยสมบูรณ์ใน พ.ศ. 2541"),
				withText(ev("en#1", "en", "defect", "1999-01-01", "1999-12-31", "1999", src(rebels)), "The remaining rebel forces surrendered in 1999."),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := append(commonActors(60, rebels, "group-front"), tt.events...)
			tl := Align(events)
			checkTimeline(t, events, tl)
			checkJoinedAndFlagged(t, tl, "th#1", "en#1", tt.together, tt.flagged)
		})
	}
	if got := len(DefaultFinalPhrases()); got == 0 {
		t.Error("no default final phrases")
	}
	if !isFinal(DefaultFinalPhrases(), "defect", "The LAST rebels surrendered") || isFinal(DefaultFinalPhrases(), "attack", "the last attack") {
		t.Error("isFinal reads the type and the phrase in any case")
	}
}
