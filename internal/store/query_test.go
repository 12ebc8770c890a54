package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/annotate"
)

// timeKey identifies a mention across the store and the records.
func timeKey(doc string, idx int) string { return fmt.Sprintf("%s#%d", doc, idx) }

// wantTimes filters the records' mentions in Go: the oracle for Times.
func wantTimes(recs []*annotate.Record, q TimeQuery) []string {
	var out []string
	for _, rec := range recs {
		if q.DocID != "" && rec.ID != q.DocID || q.Lang != "" && rec.Lang != q.Lang {
			continue
		}
		for i, m := range rec.Times {
			if q.Type != "" && m.Type != q.Type || q.TextContains != "" && !strings.Contains(strings.ToLower(m.Text), strings.ToLower(q.TextContains)) {
				continue
			}
			if q.From != "" || q.To != "" {
				if m.Interval[0] == "" || m.Interval[0] > textUpper(q.To) || m.Interval[1] < textLower(q.From) {
					continue
				}
			}
			out = append(out, timeKey(rec.ID, i))
		}
	}
	slices.Sort(out)
	return out
}

// textLower and textUpper open a missing bound for the oracle, which
// compares four-digit ISO dates as text (the samples have no others).
func textLower(day string) string {
	if day == "" {
		return "0000-01-01"
	}
	return day
}

func textUpper(day string) string {
	if day == "" {
		return "9999-12-31"
	}
	return day
}

func TestTimesFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	queries := []TimeQuery{
		{},
		{From: "1999-08-30", To: "1999-08-30"},
		{From: "1999-09-01", To: "1999-09-30"},
		{From: "1997-01-01", To: "1997-12-31", Lang: "th"},
		{To: "1980-01-01"},
		{From: "2000-01-01"},
		{DocID: "east_timor_en"},
		{DocID: "900001", From: "1999-01-01", To: "1999-12-31"},
		{Lang: "en", Type: "DATE"},
		{Type: "DURATION"},
		{TextContains: "กันยายน"},
		{TextContains: "september"},
		{TextContains: "100%_"}, // LIKE wildcards are literal
		{From: "1999-09-15", To: "1999-12-31", Lang: "en", TextContains: "september"},
		{From: "1999-09-15", Type: "DATE", Lang: "th"},
		{From: "1999-09-15", Type: "SET"},
		{From: "1999-09-15", Lang: "xx"},
		{DocID: "no-such-doc"},
	}
	for _, q := range queries {
		t.Run(fmt.Sprintf("%+v", q), func(t *testing.T) {
			defer func(n int) { stabChunk = n }(stabChunk)
			stabChunk = 2 // filtered window queries read several chunks
			rows, err := s.Times(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, r := range rows {
				got = append(got, timeKey(r.DocID, r.Index))
				if i > 0 && r.Interval[0] != "" && rows[i-1].Interval[0] > r.Interval[0] {
					t.Errorf("row %d starts %s before row %d's %s", i, r.Interval[0], i-1, rows[i-1].Interval[0])
				}
			}
			slices.Sort(got)
			want := wantTimes(recs, q)
			if !slices.Equal(got, want) {
				t.Errorf("got %d mentions, want %d\ngot  %v\nwant %v", len(got), len(want), got, want)
			}
		})
	}
	if n := len(wantTimes(recs, TimeQuery{From: "1999-09-01", To: "1999-09-30"})); n < 3 {
		t.Errorf("the samples have %d mentions in September 1999; the window test needs several", n)
	}
}

func TestTimesPaging(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	putAll(t, s, sampleRecords(t))
	all, err := s.Times(ctx, TimeQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var paged []TimeRow
	for off := 0; ; off += 7 {
		page, err := s.Times(ctx, TimeQuery{Limit: 7, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) > 7 {
			t.Fatalf("page of %d rows, limit 7", len(page))
		}
		paged = append(paged, page...)
		if len(page) < 7 {
			break
		}
	}
	if len(paged) != len(all) || len(all) == 0 {
		t.Fatalf("paged %d rows, all %d", len(paged), len(all))
	}
	for i := range all {
		if timeKey(all[i].DocID, all[i].Index) != timeKey(paged[i].DocID, paged[i].Index) {
			t.Fatalf("row %d differs between paged and unpaged listing", i)
		}
	}
}

func TestDocumentsFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	ids := func(pred func(*annotate.Record) bool) []string {
		var out []string
		for _, r := range recs {
			if pred(r) {
				out = append(out, r.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	overlaps := func(from, to string) func(*annotate.Record) bool {
		return func(r *annotate.Record) bool {
			return len(wantTimes([]*annotate.Record{r}, TimeQuery{From: from, To: to})) > 0
		}
	}
	cases := []struct {
		q    DocumentQuery
		want []string
	}{
		{DocumentQuery{}, ids(func(*annotate.Record) bool { return true })},
		{DocumentQuery{Lang: "th"}, ids(func(r *annotate.Record) bool { return r.Lang == "th" })},
		{DocumentQuery{TitleContains: "asean"}, ids(func(r *annotate.Record) bool { return strings.Contains(strings.ToLower(r.Title), "asean") })},
		{DocumentQuery{From: "1997-07-01", To: "1997-07-31"}, ids(overlaps("1997-07-01", "1997-07-31"))},
		{DocumentQuery{From: "1967-08-08", To: "1967-08-08"}, ids(overlaps("1967-08-08", "1967-08-08"))},
		{DocumentQuery{From: "1960-01-01", To: "1969-12-31"}, ids(overlaps("1960-01-01", "1969-12-31"))},
		{DocumentQuery{Limit: 2, Offset: 1}, ids(func(*annotate.Record) bool { return true })[1:3]},
	}
	for _, c := range cases {
		docs, err := s.Documents(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range docs {
			got = append(got, d.ID)
			if d.Text != "" {
				t.Errorf("listing carries the text of %s", d.ID)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.q, got, c.want)
		}
	}
	if got := ids(func(r *annotate.Record) bool { return r.Lang == "th" }); len(got) < 2 || len(got) == len(recs) {
		t.Errorf("samples should mix languages; Thai ids %v", got)
	}
	if got := ids(overlaps("1967-08-08", "1967-08-08")); len(got) == 0 || len(got) == len(recs) {
		t.Errorf("8 August 1967 should select some samples, not all: %v", got)
	}
}

func TestSearchSamples(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	recs := sampleRecords(t)
	putAll(t, s, recs)
	byID := map[string]*annotate.Record{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	cases := []struct {
		query string
		// every hit must contain all of these (case-insensitively); at least one hit
		contains []string
	}{
		{"INTERFET", []string{"interfet"}},
		{"Dili", []string{"dili"}},
		{"Security Council", []string{"security", "council"}},
		{"ASEAN", []string{"asean"}},
		{"ติมอร์ตะวันออก", []string{"ติมอร์ตะวันออก"}},
		{"อาเซียน", []string{"อาเซียน"}},
		{"ลงประชามติ", []string{"ลงประชามติ"}},
		{"ต้มยำกุ้ง", []string{"ต้มยำกุ้ง"}},
		{"กองกำลัง อินเตอร์เฟต", []string{"กองกำลัง", "อินเตอร์เฟต"}},
		{"UN", []string{"un"}}, // shorter than a trigram
	}
	for _, method := range []SearchMethod{SearchTrigram, SearchWords, SearchHybrid} {
		for _, c := range cases {
			hits, err := s.SearchWith(ctx, method, c.query, 5)
			if err != nil {
				t.Fatalf("%s %q: %v", method, c.query, err)
			}
			if len(hits) == 0 {
				t.Errorf("%s %q: no hits", method, c.query)
			}
			for i, h := range hits {
				low := strings.ToLower(h.Text)
				for _, w := range c.contains {
					if !strings.Contains(low, w) {
						t.Errorf("%s %q: hit %d %q lacks %q", method, c.query, i, h.Text, w)
					}
				}
				rec := byID[h.DocID]
				if rec == nil || h.Sentence >= 0 && rec.Sentences[h.Sentence].Span != h.Span {
					t.Errorf("%s %q: hit %d points at no sentence of a stored document: %+v", method, c.query, i, h)
				}
				if i > 0 && hits[i-1].Match == h.Match && cmp.Compare(hits[i-1].Score, h.Score) < 0 {
					t.Errorf("%s %q: hits not ordered by score", method, c.query)
				}
			}
		}
	}
}

func TestSearchQuotesAndSyntaxAreText(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	texts := []string{
		`He said "stop" and left; then <script>alert('x')</script> appeared.`,
		`Robert'); DROP TABLE documents;-- was here at 100% of 5_000.`,
		`NEAR(a b) AND OR NOT * ^ : {col} "unbalanced`,
		`ข้อความ "อ้างอิง" ภาษาไทย <b>ตัวหนา</b>`,
	}
	var recs []*annotate.Record
	for i, text := range texts {
		recs = append(recs, annotator().Annotate(newDoc(fmt.Sprintf("odd-%d", i), text)))
	}
	putAll(t, s, recs)
	queries := []string{`"stop"`, `<script>`, `alert('x')`, `DROP TABLE`, `'); DROP`, `100%`, `5_000`, `NEAR(a b)`,
		`AND`, `OR NOT`, `*`, `^`, `"unbalanced`, `{col}`, `"อ้างอิง"`, `<b>ตัวหนา</b>`, `"`, `%`, `_`, `\`, ``, `   `}
	for _, method := range []SearchMethod{SearchTrigram, SearchWords, SearchHybrid} {
		for _, q := range queries {
			hits, err := s.SearchWith(ctx, method, q, 10)
			if err != nil {
				t.Errorf("%s %q: %v", method, q, err)
			}
			for _, h := range hits {
				for _, term := range strings.Fields(q) {
					if method == SearchTrigram && !strings.Contains(strings.ToLower(h.Text), strings.ToLower(term)) {
						t.Errorf("%s %q: hit %q lacks %q", method, q, h.Text, term)
					}
				}
			}
		}
	}
	// The percent sign and underscore are literal, not LIKE wildcards.
	for _, q := range []string{"%", "_", "5_0"} {
		hits, err := s.SearchWith(ctx, SearchTrigram, q, 10)
		if err != nil || len(hits) != 1 || hits[0].DocID != "odd-1" {
			t.Errorf("trigram %q: %+v %v, want the one sentence with it", q, hits, err)
		}
	}
	if docs, err := s.Documents(ctx, DocumentQuery{}); err != nil || len(docs) != len(texts) {
		t.Errorf("after odd queries: %d documents (%v), want %d", len(docs), err, len(texts))
	}
	for _, rec := range recs {
		checkComplete(t, s, rec)
	}
}
