package align

import (
	"slices"
	"testing"
)

func TestFoundingsOfOneActorAreOneHappening(t *testing.T) {
	asean, nato, id, sukarno := "asean", "nato", "country-id", "sukarno"
	cases := []struct {
		name          string
		events        []Event
		groups        [][]string
		discrepancies []string
	}{
		{
			name: "two languages a year apart on a founding conflict",
			events: []Event{
				ev("en1#1", "en", "found", "1967-08-08", "1967-08-08", "8 August 1967", tgt(asean)),
				ev("th1#1", "th", "found", "1968-01-01", "1968-12-31", "พ.ศ. 2511", tgt(asean)),
			},
			groups:        [][]string{{"en1#1", "th1#1"}},
			discrepancies: []string{"date:1967-08-08|1968"},
		},
		{
			name: "a lead and a body of one document conflict on a founding",
			events: []Event{
				ev("en1#1", "en", "found", "1948-01-01", "1948-12-31", "1948", tgt(nato)),
				ev("en1#2", "en", "found", "1949-04-04", "1949-04-04", "4 April 1949", tgt(nato)),
			},
			groups:        [][]string{{"en1#1", "en1#2"}},
			discrepancies: []string{"date:1948|1949-04-04"},
		},
		{
			name: "other types a year apart in one document stay two happenings",
			events: []Event{
				ev("en1#1", "en", "attack", "1948-01-01", "1948-12-31", "1948", tgt(nato)),
				ev("en1#2", "en", "attack", "1949-04-04", "1949-04-04", "4 April 1949", tgt(nato)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2"}},
		},
		{
			name: "foundings three years apart are two",
			events: []Event{
				ev("en1#1", "en", "found", "1964-01-01", "1964-12-31", "1964", tgt(asean)),
				ev("th1#1", "th", "found", "1967-08-08", "1967-08-08", "8 สิงหาคม พ.ศ. 2510", tgt(asean)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "a founder founds more than once",
			events: []Event{
				ev("en1#1", "en", "found", "1945-01-01", "1945-12-31", "1945", src(sukarno)),
				ev("th1#1", "th", "found", "1946-05-01", "1946-05-01", "1 พฤษภาคม พ.ศ. 2489", src(sukarno)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "different actors founded",
			events: []Event{
				ev("en1#1", "en", "found", "1967-08-08", "1967-08-08", "8 August 1967", tgt(asean)),
				ev("th1#1", "th", "found", "1968-01-01", "1968-12-31", "พ.ศ. 2511", tgt(nato)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}},
		},
		{
			name: "reports naming different founders tell one founding",
			events: []Event{
				ev("en1#1", "en", "found", "", "", "", src("soviet-union"), tgt("comecon")),
				ev("th1#1", "th", "found", "", "", "", src("country-pl"), tgt("comecon")),
			},
			groups: [][]string{{"en1#1", "th1#1"}},
		},
		{
			name: "an undated founding between two far-apart dates joins neither",
			events: []Event{
				ev("en1#1", "en", "found", "", "", "", tgt(asean)),
				ev("th1#1", "th", "found", "1967-08-08", "1967-08-08", "8 สิงหาคม พ.ศ. 2510", tgt(asean)),
				ev("th1#2", "th", "found", "1976-02-24", "1976-02-24", "24 กุมภาพันธ์ พ.ศ. 2519", tgt(asean)),
			},
			groups: [][]string{{"en1#1"}, {"th1#1"}, {"th1#2"}},
		},
		{
			name: "an actor many events name is no evidence",
			events: []Event{
				ev("en1#1", "en", "found", "1945-08-17", "1945-08-17", "17 August 1945", tgt(id)),
				ev("th1#1", "th", "found", "1946-01-01", "1946-12-31", "พ.ศ. 2489", tgt(id)),
				ev("en1#2", "en", "elect", "1955-09-29", "1955-09-29", "29 September 1955", other(id)),
			},
			groups: [][]string{{"en1#1"}, {"en1#2"}, {"th1#1"}},
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

func TestOnceRolesCanBeSwitchedOff(t *testing.T) {
	events := []Event{
		ev("en1#1", "en", "found", "1967-08-08", "1967-08-08", "8 August 1967", tgt("asean")),
		ev("th1#1", "th", "found", "1968-01-01", "1968-12-31", "พ.ศ. 2511", tgt("asean")),
	}
	if got := len(AlignWith(events, Options{OnceRoles: []OnceRole{}}).Clusters); got != 2 {
		t.Errorf("without once roles: %d clusters, want 2", got)
	}
	found := slices.ContainsFunc(DefaultOnceRoles(), func(r OnceRole) bool {
		return r.Type == "found" && r.Role == RoleTarget && slices.Contains(r.Kinds, "faction")
	})
	if !found {
		t.Errorf("DefaultOnceRoles() = %v, want found/target for factions among them", DefaultOnceRoles())
	}
}

// A faction named by many events is still founded once; a state so named
// is not.
func TestOnceKinds(t *testing.T) {
	events := append(commonActors(60, "front", "country-kh"),
		ev("en#1", "en", "found", "1981-01-01", "1981-12-31", "1981", tgt("front")),
		ev("th#1", "th", "found", "1982-06-22", "1982-06-22", "22 มิถุนายน 2525", src("prince"), tgt("front")),
		ev("en#2", "en", "found", "1979-01-01", "1979-12-31", "1979", tgt("country-kh")),
		ev("th#2", "th", "found", "1980-06-22", "1980-06-22", "22 มิถุนายน 2523", src("prince"), tgt("country-kh")),
	)
	kinds := map[string]string{"front": "faction", "country-kh": "state"}
	of := clusterOf(AlignWith(events, Options{Kinds: kinds}))
	if of["en#1"] != of["th#1"] {
		t.Error("two foundings of one faction named by many events are apart")
	}
	if of["en#2"] == of["th#2"] {
		t.Error("two foundings of one state a year apart are one")
	}
	if of := clusterOf(AlignWith(events, Options{})); of["en#1"] == of["th#1"] {
		t.Error("without kinds an actor named by many events still tells one founding")
	}
}

// A year-dated report of a founding that also overlaps other foundings of
// its year by a bystander joins the founding of its own actor: the once
// link outranks the higher-scoring guesses, and the dates are in dispute.
func TestOnceLinkOutranksVagueGuesses(t *testing.T) {
	lead := ev("en#1", "en", "found", "1981-01-01", "1981-12-31", "1981", tgt("front"))
	lead.Actors = append(lead.Actors, other("prince"))
	events := append(commonActors(60, "front", "prince"),
		lead,
		ev("en#2", "en", "found", "1982-06-21", "1982-06-21", "June 21, 1982", tgt("front")),
		ev("th#1", "th", "found", "1982-06-22", "1982-06-22", "22 มิถุนายน 2525", src("prince"), tgt("front")),
		ev("th#2", "th", "found", "1981-08-01", "1981-08-31", "สิงหาคม 2524", src("prince")),
		ev("th#3", "th", "found", "1981-09-04", "1981-09-04", "4 กันยายน 2524", src("prince")),
	)
	tl := AlignWith(events, Options{Kinds: map[string]string{"front": "faction"}})
	of := clusterOf(tl)
	if of["en#1"] != of["th#1"] || of["en#1"] != of["en#2"] {
		t.Errorf("the three reports of the front's founding are apart: %v", of)
	}
	if len(tl.Discrepancies) == 0 {
		t.Error("1981 against June 1982: no discrepancy")
	}
}
