package align

import "testing"

func TestProposalAfterFounding(t *testing.T) {
	const council = "org-council"
	founded := ev("th#1", "th", "found", "1966-02-10", "1966-02-10", "วันที่ 10 กุมภาพันธ์ พ.ศ. 2509", tgt(council))
	tests := []struct {
		name     string
		events   []Event
		together bool
		flagged  bool
	}{
		{
			name: "a body proposed months after another source founded it is in dispute",
			events: []Event{founded,
				withText(ev("en#1", "en", "declare", "1966-06-01", "1966-06-30", "June 1966", src("person-envoy"), tgt(council)),
					"In June 1966, the envoy suggested that the future council")},
			together: true, flagged: true,
		},
		{
			name: "a proposal before the founding is the usual order",
			events: []Event{founded,
				withText(ev("en#1", "en", "declare", "1965-06-01", "1965-06-30", "June 1965", src("person-envoy"), tgt(council)),
					"In June 1965, the envoy suggested that the future council")},
		},
		{
			name: "a proposal about a body that exists proposes no founding",
			events: []Event{founded,
				withText(ev("en#1", "en", "declare", "1966-06-01", "1966-06-30", "June 1966", src("person-envoy"), tgt(council)),
					"In June 1966, the envoy proposed that the council share its chair")},
		},
		{
			name: "three years after is another matter",
			events: []Event{founded,
				withText(ev("en#1", "en", "declare", "1969-06-01", "1969-06-30", "June 1969", src("person-envoy"), tgt(council)),
					"In June 1969, the envoy suggested that the future council")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := append(commonActors(60, council), tt.events...)
			tl := AlignWith(events, Options{Kinds: map[string]string{council: "organization"}})
			checkTimeline(t, events, tl)
			checkJoinedAndFlagged(t, tl, "th#1", "en#1", tt.together, tt.flagged)
		})
	}
	rules := DefaultProposals()
	if len(rules) == 0 {
		t.Fatal("no default proposals")
	}
	if proposalRule(rules, "declare", "a council TO BE CALLED the Front") < 0 || proposalRule(rules, "attack", "the future council") >= 0 {
		t.Error("proposalRule reads the type and the phrase in any case")
	}
}
