package quantity

import (
	"os"
	"strings"
	"testing"

	"chronicle/internal/sharedfiles"
)

// seedText reads a seed file; Thai seeds are WikiExtractor documents, whose
// text is what lies between the <doc ...> line and </doc>.
func seedText(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(sharedfiles.Seed(t, name))
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	text := string(data)
	if strings.HasPrefix(text, "<doc") {
		if i := strings.Index(text, ">"); i >= 0 {
			text = text[i+1:]
		}
		if i := strings.LastIndex(text, "</doc>"); i >= 0 {
			text = text[:i]
		}
	}
	return text
}

const (
	thaiSeed    = "000_36b565043f4e1db3.txt"
	englishSeed = "002_37139f9e1a0765fa.txt"
)

// want is one quantity a seed must yield, found by its text.
type want struct {
	text     string
	value    float64
	min, max float64 // 0 when not set
	unit     string
	approx   bool
}

func TestSeeds(t *testing.T) {
	cases := []struct {
		name, lang string
		want       []want
		never      []string // texts no quantity may contain
	}{
		{
			name: englishSeed, lang: "en",
			want: []want{
				{text: "20,000–30,000", value: 20000, min: 20000, max: 30000, unit: "soldier"},
				{text: "150,000–220,000 soldiers", value: 150000, min: 150000, max: 220000, unit: "soldier"},
				{text: "About 30,000", value: 30000, unit: "soldier", approx: true},
				{text: "approximately US$12 million", value: 12e6, unit: "usd", approx: true},
				{text: "around 200 million dollars", value: 2e8, unit: "usd", approx: true},
				{text: "20 to 30,000 men", value: 20000, min: 20000, max: 30000, unit: "soldier"},
				{text: "250 to 300 soldiers", value: 250, min: 250, max: 300, unit: "soldier"},
				{text: "between 100,000 and 300,000 civilians", value: 1e5, min: 1e5, max: 3e5, unit: "person"},
				{text: "Over one million people", value: 1e6, min: 1e6, unit: "person", approx: true},
				{text: "around ten thousand refugees", value: 1e4, unit: "person", approx: true},
				{text: "45%", value: 45, unit: "percent"},
				{text: "a thousand soldiers", value: 1000, unit: "soldier"},
			},
			never: []string{"1979", "1991", "1980s", "24th", "131", "K5"},
		},
		{
			name: thaiSeed, lang: "th",
			want: []want{
				{text: "150,000 นาย", value: 150000, unit: "soldier"},
				{text: "1.4 พันล้านดอลลาร์สหรัฐ", value: 1.4e9, unit: "usd"},
				{text: "500 คน", value: 500, unit: "person"},
				{text: "ราว 12,000 - 15,000 คน", value: 12000, min: 12000, max: 15000, unit: "soldier", approx: true},
				{text: "ประมาณ 1 ใน 3", value: 1.0 / 3, unit: "fraction", approx: true},
				{text: "29 ประเทศ", value: 29, unit: "country"},
				{text: "ราวแสนคน", value: 1e5, unit: "person", approx: true},
			},
			never: []string{"2521", "ครั้งที่", "69", "พ.ศ."},
		},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			text := seedText(t, tc.name)
			got := Find(text, tc.lang, nil)
			byText := map[string]Quantity{}
			for _, q := range got {
				t.Logf("%-40q value=%g min=%v max=%v unit=%q approx=%v noun=%q", q.Text, q.Value, ptr(q.Min), ptr(q.Max), q.Unit, q.Approx, q.Noun)
				if _, dup := byText[q.Text]; !dup {
					byText[q.Text] = q
				}
				for _, bad := range tc.never {
					if strings.Contains(q.Text, bad) {
						t.Errorf("%q read as a quantity (contains %q)", q.Text, bad)
					}
				}
			}
			for _, w := range tc.want {
				q, ok := byText[w.text]
				if !ok {
					t.Errorf("missing %q", w.text)
					continue
				}
				checkQuantity(t, q, w)
			}
		})
	}
}

func ptr(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// checkQuantity compares q with w; a zero min or max in w means nil.
func checkQuantity(t *testing.T, q Quantity, w want) {
	t.Helper()
	if !near(q.Value, w.value) || q.Unit != w.unit || q.Approx != w.approx {
		t.Errorf("%q: got value=%g unit=%q approx=%v, want value=%g unit=%q approx=%v",
			q.Text, q.Value, q.Unit, q.Approx, w.value, w.unit, w.approx)
	}
	checkBound(t, q.Text, "min", q.Min, w.min)
	checkBound(t, q.Text, "max", q.Max, w.max)
}

func checkBound(t *testing.T, text, name string, got *float64, want float64) {
	t.Helper()
	switch {
	case want == 0 && got != nil:
		t.Errorf("%q: %s = %g, want nil", text, name, *got)
	case want != 0 && got == nil:
		t.Errorf("%q: %s = nil, want %g", text, name, want)
	case want != 0 && !near(*got, want):
		t.Errorf("%q: %s = %g, want %g", text, name, *got, want)
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-9*max(1, abs(a), abs(b))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
