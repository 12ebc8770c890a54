package names

import (
	"slices"
	"testing"
)

func TestLinkThaiNamesToEnglishIDs(t *testing.T) {
	thai := []Named{
		{ID("th", "ฮุน เซน"), "ฮุน เซน"},
		{ID("th", "ซูฮาร์โต"), "ซูฮาร์โต"},
		// A politician in no lexicon, made up for this test.
		{ID("th", "ดาเรน มัลคอฟ"), "ดาเรน มัลคอฟ"},
		{ID("th", "สมชาย ใจดี"), "สมชาย ใจดี"}, // no English counterpart
	}
	english := []Named{
		{"hun-sen", "Hun Sen"},
		{"suharto", "Suharto"},
		{ID("en", "Darren Malkov"), "Darren Malkov"},
		{"khieu-samphan", "Khieu Samphan"},
	}
	links := Link(thai, english)
	want := map[string]string{
		thai[0].ID: "hun-sen",
		thai[1].ID: "suharto",
		thai[2].ID: ID("en", "Darren Malkov"),
	}
	for th, en := range want {
		if links[th] != en {
			t.Errorf("%s linked to %q, want %q", th, links[th], en)
		}
	}
	if _, ok := links[thai[3].ID]; ok {
		t.Errorf("a Thai name with no counterpart was linked: %v", links)
	}
	if got := sortedKeys(links); len(got) != 3 {
		t.Errorf("links %v", got)
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestCurrencyPrefixIsNoName(t *testing.T) {
	for _, n := range Find("Donors pledged US$522 million and HK$40 million to Dili.", "en", nil, nil) {
		if n.Text == "US" || n.Text == "HK" {
			t.Errorf("currency prefix %q read as a name", n.Text)
		}
	}
}
