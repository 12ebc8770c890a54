package align

import (
	"slices"
	"testing"
)

// TestPartOfRelations checks that a member and its coalition, or a capital
// and its state, count as partly one party, and only with the relations.
func TestPartOfRelations(t *testing.T) {
	partOf := map[string][]string{
		"party-a": {"front"}, "party-b": {"front"}, "party-c": {"front"},
		"capital-x": {"state-x"},
	}
	cases := []struct {
		name   string
		events []Event
		// with and without are the clusters with and without PartOf.
		with, without [][]string
	}{
		{
			name: "a coalition meets in a capital; its members meet in the state",
			events: []Event{
				ev("th1#1", "th", "meet", "1988-07-15", "1988-07-15", "15 กรกฎาคม พ.ศ. 2531", src("front"), tgt("capital-x")),
				ev("en1#1", "en", "meet", "1988-07-01", "1988-07-31", "July 1988", src("party-a"), src("party-b"), src("party-c"), other("state-x")),
			},
			with:    [][]string{{"en1#1", "th1#1"}},
			without: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "two members of one coalition are two parties",
			events: []Event{
				ev("th1#1", "th", "attack", "1988-07-01", "1988-07-31", "กรกฎาคม พ.ศ. 2531", src("party-a")),
				ev("en1#1", "en", "attack", "1988-07-01", "1988-07-31", "July 1988", src("party-b")),
			},
			with:    [][]string{{"en1#1"}, {"th1#1"}},
			without: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "the capital singles out the founding an undated report tells",
			events: []Event{
				ev("th1#1", "th", "found", "1979-01-08", "1979-01-08", "8 มกราคม พ.ศ. 2522", tgt("regime"), other("state-x")),
				ev("th1#2", "th", "found", "1988-01-10", "1988-01-10", "10 มกราคม พ.ศ. 2531", tgt("regime")),
				ev("en1#1", "en", "found", "", "", "", tgt("regime"), other("capital-x")),
			},
			with:    [][]string{{"en1#1", "th1#1"}, {"th1#2"}},
			without: [][]string{{"en1#1"}, {"th1#1"}, {"th1#2"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := groupsOf(AlignWith(c.events, Options{PartOf: partOf})); !slices.EqualFunc(got, c.with, slices.Equal) {
				t.Errorf("with PartOf: clusters %v, want %v", got, c.with)
			}
			if got := groupsOf(Align(c.events)); !slices.EqualFunc(got, c.without, slices.Equal) {
				t.Errorf("without PartOf: clusters %v, want %v", got, c.without)
			}
		})
	}
}
