package samples_test

import (
	"bytes"
	"slices"
	"testing"

	"chronicle/internal/reader"
	"chronicle/internal/samples"
)

// The samples must stay readable by the real reader: demo and stage tests
// depend on these document counts, titles and sections.
func TestSamplesThroughReader(t *testing.T) {
	want := map[string]struct {
		ids, titles []string
		sections    []int // sections per document, the title included
		infobox     []int
	}{
		"east_timor_th.xml": {
			ids:      []string{"900001", "900005"},
			titles:   []string{"วิกฤตการณ์ติมอร์ตะวันออก พ.ศ. 2542", "วิกฤตการณ์ต้มยำกุ้ง"},
			sections: []int{8, 1},
			infobox:  []int{0, 0},
		},
		"east_timor_en.txt": {
			ids:      []string{"east_timor_en"},
			titles:   []string{"1999 East Timorese crisis"},
			sections: []int{9},
			infobox:  []int{12},
		},
		"bangladesh_1971_th.xml": {
			ids:      []string{"900006"},
			titles:   []string{"สงครามปลดปล่อยบังกลาเทศ"},
			sections: []int{8},
			infobox:  []int{0},
		},
		"bangladesh_1971_en.txt": {
			ids:      []string{"bangladesh_1971_en"},
			titles:   []string{"Bangladesh Liberation War"},
			sections: []int{8},
			infobox:  []int{11},
		},
		"asean_jsonl.jsonl": {
			ids:      []string{"900002", "900003"},
			titles:   []string{"ASEAN enlargement", "การขยายสมาชิกภาพของอาเซียน"},
			sections: []int{0, 0},
			infobox:  []int{0, 0},
		},
	}
	for _, f := range samples.Files() {
		t.Run(f.Name, func(t *testing.T) {
			w, ok := want[f.Name]
			if !ok {
				t.Fatalf("no expectation for %s", f.Name)
			}
			var ids, titles []string
			var sections, infobox []int
			for doc, err := range reader.Documents(bytes.NewReader(f.Data), f.Name, reader.Auto) {
				if err != nil {
					t.Fatalf("reader: %v", err)
				}
				ids = append(ids, doc.ID)
				titles = append(titles, doc.Title)
				sections = append(sections, len(doc.Sections))
				infobox = append(infobox, len(doc.Infobox))
			}
			if !slices.Equal(ids, w.ids) {
				t.Errorf("ids %v, want %v", ids, w.ids)
			}
			if !slices.Equal(titles, w.titles) {
				t.Errorf("titles %q, want %q", titles, w.titles)
			}
			if !slices.Equal(sections, w.sections) {
				t.Errorf("sections per doc %v, want %v", sections, w.sections)
			}
			if !slices.Equal(infobox, w.infobox) {
				t.Errorf("infobox fields per doc %v, want %v", infobox, w.infobox)
			}
		})
	}
}
