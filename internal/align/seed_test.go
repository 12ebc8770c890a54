package align

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"chronicle/internal/document"
	"chronicle/internal/gold"
	"chronicle/internal/reader"
	"chronicle/internal/sentence"
	"chronicle/internal/sharedfiles"
)

// The seeds and their gold, as the gold files name them.
const (
	thaiSeed    = "000_36b565043f4e1db3"
	englishSeed = "002_37139f9e1a0765fa"
)

// seedDoc is a seed read by the project's reader, with its sentences.
type seedDoc struct {
	file      string
	doc       *document.Document
	rt        *document.RuneText
	sentences []document.Span
}

func loadSeedDoc(t *testing.T, file, lang string) (seedDoc, bool) {
	t.Helper()
	path := filepath.Join(sharedfiles.ModuleRoot(t), "..", "shared", "seeds", file+".txt")
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return seedDoc{}, false
	}
	for doc, err := range reader.File(path, reader.Auto) {
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		doc.Lang = lang
		rt := document.NewRuneText(doc.Text)
		return seedDoc{file: file, doc: doc, rt: rt, sentences: sentence.Split(doc, rt)}, true
	}
	t.Fatalf("%s: no document", path)
	return seedDoc{}, false
}

func openGold(t *testing.T, parts ...string) (*os.File, bool) {
	t.Helper()
	f, err := os.Open(filepath.Join(append([]string{sharedfiles.ModuleRoot(t), "testdata", "eval"}, parts...)...))
	if os.IsNotExist(err) {
		return nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, true
}

// oracleEvents builds the events a perfect annotator would give for a
// seed from its gold files: each gold event spans its sentence, with the
// gold type, time and source and target; the time's text and span come
// from the time gold and the quantities from the quantity gold of the
// same sentence.
func oracleEvents(t *testing.T, sd seedDoc, lang string) []Event {
	t.Helper()
	f, ok := openGold(t, "events", sd.file+".tsv")
	if !ok {
		return nil
	}
	rows, _, err := gold.ReadTSV(f, 1, 5)
	if err != nil {
		t.Fatalf("events gold %s: %v", sd.file, err)
	}
	type timeGold struct {
		span  document.Span
		text  string
		value string
	}
	var times []timeGold
	if tf, ok := openGold(t, "times", sd.file+".tsv"); ok {
		trows, _, err := gold.ReadTSV(tf, 1, 3)
		if err != nil {
			t.Fatalf("times gold %s: %v", sd.file, err)
		}
		for _, r := range trows {
			if s, ok := gold.Resolve(sd.rt, r.Text, r.Occurrence); ok {
				times = append(times, timeGold{s, r.Text, r.Fields[1]})
			}
		}
	}
	var quantities []Quantity
	if qf, ok := openGold(t, "quantities", sd.file+".tsv"); ok {
		qrows, _, err := gold.ReadTSV(qf, 4, 5)
		if err != nil {
			t.Fatalf("quantities gold %s: %v", sd.file, err)
		}
		for _, r := range qrows {
			s, ok := gold.Resolve(sd.rt, r.Text, r.Occurrence)
			v, err := strconv.ParseFloat(r.Fields[0], 64)
			if !ok || err != nil || r.Fields[3] == "" {
				continue
			}
			q := Quantity{Text: r.Text, Span: s, Value: v, Unit: r.Fields[3], Approx: r.Fields[4] == "true"}
			if lo, err := strconv.ParseFloat(r.Fields[1], 64); err == nil {
				q.Min = &lo
			}
			if hi, err := strconv.ParseFloat(r.Fields[2], 64); err == nil {
				q.Max = &hi
			}
			quantities = append(quantities, q)
		}
	}
	calendar := "gregorian"
	if lang == "th" {
		calendar = "buddhist"
	}
	var out []Event
	for n, r := range rows {
		trig, ok := gold.Resolve(sd.rt, r.Text, r.Occurrence)
		if !ok {
			t.Errorf("events gold %s line %d: %q #%d not in the text", sd.file, r.Line, r.Text, r.Occurrence)
			continue
		}
		sent := trig
		for _, s := range sd.sentences {
			if s.Contains(trig) {
				sent = s
				break
			}
		}
		e := Event{ID: fmt.Sprintf("%s#%d", sd.file, n+1), Doc: sd.file, Lang: lang, Type: r.Fields[0], Span: sent, Text: sd.rt.Slice(sent),
			TimeValue: r.Fields[1], Interval: intervalOfTIMEX(r.Fields[1]), Calendar: calendar}
		for _, tg := range times {
			if sent.Contains(tg.span) && tg.value == e.TimeValue {
				e.TimeText, e.TimeSpan = tg.text, tg.span
				break
			}
		}
		if r.Fields[2] != "" {
			e.Actors = append(e.Actors, Actor{ID: r.Fields[2], Name: r.Fields[2], Role: RoleSource})
		}
		if r.Fields[3] != "" {
			e.Actors = append(e.Actors, Actor{ID: r.Fields[3], Name: r.Fields[3], Role: RoleTarget})
		}
		for _, q := range quantities {
			if sent.Contains(q.Span) {
				e.Quantities = append(e.Quantities, q)
			}
		}
		out = append(out, e)
	}
	return out
}

// intervalOfTIMEX turns the gold's TIMEX3 values into intervals: days,
// months, years, decades ("198"), centuries ("19") and ranges "a/b".
func intervalOfTIMEX(v string) [2]string {
	if a, b, ok := strings.Cut(v, "/"); ok {
		lo, hi := intervalOfTIMEX(a), intervalOfTIMEX(b)
		if lo[0] == "" || hi[1] == "" {
			return [2]string{}
		}
		return [2]string{lo[0], hi[1]}
	}
	num := func(s string) (int, bool) { n, err := strconv.Atoi(s); return n, err == nil }
	switch len(v) {
	case 10:
		if _, ok := parseISODate(v); ok {
			return [2]string{v, v}
		}
	case 7:
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return [2]string{fmt.Sprintf("%s-01", v), fmt.Sprintf("%s-%02d", v, daysInMonth(y, m))}
		}
	case 4:
		if _, ok := num(v); ok {
			return [2]string{v + "-01-01", v + "-12-31"}
		}
	case 3:
		if _, ok := num(v); ok {
			return [2]string{v + "0-01-01", v + "9-12-31"}
		}
	case 2:
		if _, ok := num(v); ok {
			return [2]string{v + "00-01-01", v + "99-12-31"}
		}
	}
	return [2]string{}
}

// explainOracle prints the score breakdown of every gold pair the oracle
// timeline leaves in two clusters (go test -v -run SeedOracle -explain).
var explainOracle = flag.Bool("explain", false, "explain the split gold pairs of TestSeedOracleAlignment")

// TestSeedOracleAlignment aligns the events of the seeds' gold files — what
// a perfect event annotator would give — and scores the timeline against
// the gold pairs and discrepancies (go test -v prints the report). It
// measures alignment alone; the floors catch a wholesale regression.
func TestSeedOracleAlignment(t *testing.T) {
	th, ok1 := loadSeedDoc(t, thaiSeed, "th")
	en, ok2 := loadSeedDoc(t, englishSeed, "en")
	if !ok1 || !ok2 {
		t.Skip("seeds not present")
	}
	events := append(oracleEvents(t, th, "th"), oracleEvents(t, en, "en")...)
	pf, ok := openGold(t, "events", "pairs.tsv")
	if !ok || len(events) == 0 {
		t.Skip("no event gold")
	}
	pairs, err := ReadGoldPairs(pf)
	if err != nil {
		t.Fatal(err)
	}
	df, ok := openGold(t, "events", "discrepancies.tsv")
	if !ok {
		t.Skip("no discrepancy gold")
	}
	discs, err := ReadGoldDiscrepancies(df)
	if err != nil {
		t.Fatal(err)
	}
	thText := GoldText{File: thaiSeed, Doc: thaiSeed, Text: th.rt}
	enText := GoldText{File: englishSeed, Doc: englishSeed, Text: en.rt}
	var rep Report
	pairs, errs := ResolvePairs(pairs, thText, enText)
	rep.Errors = append(rep.Errors, errs...)
	discs, errs = ResolveDiscrepancies(discs, thText, enText)
	rep.Errors = append(rep.Errors, errs...)

	tl := Align(events)
	checkTimeline(t, events, tl)
	rep.Pairs = EvaluatePairs(pairs, tl)
	rep.Discrepancies = EvaluateDiscrepancies(discs, tl)
	t.Logf("%d oracle events, %d clusters\n%s", len(events), len(tl.Clusters), rep)
	if *explainOracle {
		t.Logf("split pairs explained:\n%s", ExplainSplitPairs(pairs, tl, Options{}))
	}
	if len(rep.Errors) > 0 {
		t.Errorf("%d gold lines do not resolve against the seeds", len(rep.Errors))
	}
	if rep.Pairs.NoEvent != nil {
		t.Errorf("oracle events must hold every paired trigger: %v", rep.Pairs.NoEvent)
	}
	if rep.Pairs.Recall() < pairRecallFloor || rep.Discrepancies.Recall() < discrepancyRecallFloor {
		t.Errorf("pair recall %.3f (floor %.2f), discrepancy recall %.3f (floor %.2f)", rep.Pairs.Recall(), pairRecallFloor,
			rep.Discrepancies.Recall(), discrepancyRecallFloor)
	}
}

// Floors set below the figures measured when the test was written (see
// docs/timeline.md).
const (
	pairRecallFloor        = 0.6
	discrepancyRecallFloor = 0.2
)
