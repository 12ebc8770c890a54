package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
	"chronicle/internal/sharedfiles"
)

// evalQuery is one line of testdata/search_queries.tsv.
type evalQuery struct {
	line     int
	lang     string
	query    string
	docs     []string
	relevant [][]string // groups of alternatives
	not      []string
}

func readEvalQueries(t testing.TB) []evalQuery {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "search_queries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []evalQuery
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			t.Fatalf("search_queries.tsv:%d: %d columns, want 5", n, len(cols))
		}
		q := evalQuery{line: n, lang: cols[0], query: cols[1], docs: strings.Split(cols[2], ",")}
		for _, group := range strings.Split(cols[3], " & ") {
			q.relevant = append(q.relevant, strings.Split(group, "|"))
		}
		if cols[4] != "" {
			q.not = strings.Split(cols[4], "|")
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return qs
}

// matches tells whether text answers q.
func (q evalQuery) matches(text string) bool {
	for _, n := range q.not {
		text = strings.ReplaceAll(text, n, "\x00")
	}
	for _, group := range q.relevant {
		if !slices.ContainsFunc(group, func(alt string) bool { return q.contains(text, alt) }) {
			return false
		}
	}
	return true
}

func (q evalQuery) contains(text, alt string) bool {
	if q.lang == "th" {
		return strings.Contains(text, alt)
	}
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(alt) + `\b`).MatchString(text)
}

// unitKey names a sentence (or, with index -1, a title) of a document.
func unitKey(doc string, sentence int) string { return fmt.Sprintf("%s/%d", doc, sentence) }

// relevantUnits are the keys of the titles and sentences that answer q.
func relevantUnits(q evalQuery, recs []*annotate.Record) map[string]bool {
	rel := map[string]bool{}
	for _, rec := range recs {
		if rec.Title != "" && q.matches(rec.Title) {
			rel[unitKey(rec.ID, -1)] = true
		}
		rt := document.NewRuneText(rec.Text)
		for i, s := range rec.Sentences {
			if q.matches(rt.Slice(s.Span)) {
				rel[unitKey(rec.ID, i)] = true
			}
		}
	}
	return rel
}

// queryScore is one method's result on one query.
type queryScore struct {
	relevant      int
	p5, r20, rr   float64
	docsFound     bool
	hits, hitsTop int
}

func scoreHits(q evalQuery, rel map[string]bool, hits []SearchHit) queryScore {
	sc := queryScore{relevant: len(rel), hits: len(hits)}
	top := map[string]bool{}
	for i, h := range hits {
		ok := rel[unitKey(h.DocID, h.Sentence)]
		if ok {
			if i < 5 {
				sc.p5 += 0.2
			}
			sc.r20++
			if sc.rr == 0 {
				sc.rr = 1 / float64(i+1)
			}
		}
		if i < 5 {
			top[h.DocID] = true
			sc.hitsTop++
		}
	}
	if len(rel) > 0 {
		sc.r20 /= float64(len(rel))
	}
	sc.docsFound = true
	for _, d := range q.docs {
		sc.docsFound = sc.docsFound && top[d]
	}
	return sc
}

// indexBytes is the size of a search table and its shadow tables.
func indexBytes(t *testing.T, s *SQLite, table string) int64 {
	var n int64
	if err := s.read.QueryRow(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ? OR name LIKE ? ESCAPE '\'`,
		table, likeEscaper.Replace(table)+`\_%`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSearchEvaluation scores both indexes on the query set and keeps the
// report in docs/eval/search.txt (rewritten with -update). The report
// depends on the word segmenter, so it is compared only when the segmenter
// that wrote it is the one in use.
func TestSearchEvaluation(t *testing.T) {
	ctx := context.Background()
	recs := append(seedRecords(t), sampleRecords(t)...)
	s := openTemp(t)
	putAll(t, s, recs)
	queries := readEvalQueries(t)
	methods := []SearchMethod{SearchTrigram, SearchWords, SearchHybrid}

	type total struct {
		n, docsFound     int
		p5, r20, mrr     float64
		empty, anyResult int
	}
	totals := map[string]*total{}
	var perQuery strings.Builder
	fmt.Fprintf(&perQuery, "%-4s %-28s %4s", "lang", "query", "rel")
	for _, m := range methods {
		fmt.Fprintf(&perQuery, " | %-8s %5s %5s %4s", m, "P@5", "R@20", "doc")
	}
	perQuery.WriteString("\n")
	for _, q := range queries {
		rel := relevantUnits(q, recs)
		if len(rel) == 0 {
			t.Errorf("search_queries.tsv:%d: %q has no relevant sentence in the corpus", q.line, q.query)
			continue
		}
		fmt.Fprintf(&perQuery, "%-4s %-28s %4d", q.lang, q.query, len(rel))
		for _, m := range methods {
			hits, err := s.SearchWith(ctx, m, q.query, 20)
			if err != nil {
				t.Fatal(err)
			}
			sc := scoreHits(q, rel, hits)
			for _, key := range []string{string(m) + " " + q.lang, string(m) + " all"} {
				tot := totals[key]
				if tot == nil {
					tot = &total{}
					totals[key] = tot
				}
				tot.n++
				tot.p5 += sc.p5
				tot.r20 += sc.r20
				tot.mrr += sc.rr
				if sc.docsFound {
					tot.docsFound++
				}
				if sc.hits == 0 {
					tot.empty++
				}
			}
			found := "no"
			if sc.docsFound {
				found = "yes"
			}
			fmt.Fprintf(&perQuery, " | %-8s %5.2f %5.2f %4s", "", sc.p5, sc.r20, found)
		}
		perQuery.WriteString("\n")
	}

	var sentences, textBytes int
	for _, r := range recs {
		sentences += len(r.Sentences)
		textBytes += len(r.Text)
	}
	var report strings.Builder
	fmt.Fprintf(&report, "Search evaluation: internal/store TestSearchEvaluation (go test -tags icu ./internal/store -run SearchEvaluation -update)\n")
	fmt.Fprintf(&report, "corpus: %d documents (seeds + samples), %d sentences, %d bytes of text; word segmenter %s\n",
		len(recs), sentences, textBytes, s.seg.Name())
	fmt.Fprintf(&report, "queries: testdata/search_queries.tsv, relevance by spelling rules per query; hits = top 20 titles/sentences\n")
	fmt.Fprintf(&report, "P@5 = relevant hits in the top 5 / 5 (mean); R@20 = relevant in the top 20 / all relevant (mean);\n")
	fmt.Fprintf(&report, "MRR = mean reciprocal rank of the first relevant hit; doc@5 = queries whose expected documents are all in the top 5\n\n")
	fmt.Fprintf(&report, "%-8s %-4s %3s %6s %6s %6s %7s %6s\n", "method", "lang", "n", "P@5", "R@20", "MRR", "doc@5", "empty")
	for _, m := range methods {
		for _, lang := range []string{"th", "en", "all"} {
			tot := totals[string(m)+" "+lang]
			if tot == nil {
				continue
			}
			n := float64(tot.n)
			fmt.Fprintf(&report, "%-8s %-4s %3d %6.3f %6.3f %6.3f %3d/%-3d %6d\n", m, lang, tot.n, tot.p5/n, tot.r20/n, tot.mrr/n, tot.docsFound, tot.n, tot.empty)
		}
	}
	fmt.Fprintf(&report, "\nindex size (dbstat pages of the FTS5 table and its shadow tables; text %d bytes):\n", textBytes)
	var both int64
	for _, m := range []SearchMethod{SearchTrigram, SearchWords} {
		b := indexBytes(t, s, m.table())
		both += b
		fmt.Fprintf(&report, "  %-8s %9d bytes  %.2f x text\n", m, b, float64(b)/float64(textBytes))
	}
	fmt.Fprintf(&report, "  %-8s %9d bytes  %.2f x text (both indexes)\n", SearchHybrid, both, float64(both)/float64(textBytes))
	fmt.Fprintf(&report, "\nper query:\n%s", perQuery.String())

	thQueries, enQueries := 0, 0
	for _, q := range queries {
		if q.lang == "th" {
			thQueries++
		} else {
			enQueries++
		}
	}
	if thQueries < 20 || enQueries < 10 {
		t.Errorf("query set has %d Thai and %d English queries, want at least 20 and 10", thQueries, enQueries)
	}
	// The default index must find the expected documents for most queries.
	if def := totals[string(DefaultSearch)+" all"]; def == nil || float64(def.docsFound) < 0.85*float64(def.n) || def.p5/float64(def.n) < 0.5 {
		t.Errorf("default search %s is weak on the query set:\n%s", DefaultSearch, report.String())
	}

	path := filepath.Join(sharedfiles.ModuleRoot(t), "docs", "eval", "search.txt")
	if *update {
		if err := os.WriteFile(path, []byte(report.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Log("\n" + report.String())
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if !strings.Contains(string(old), "word segmenter "+s.seg.Name()+"\n") {
		t.Logf("docs/eval/search.txt was written with another word segmenter; not compared")
		return
	}
	// The floors above are the test; the committed report only records the
	// last measurement, and moves whenever an annotator or a sample does.
	if string(old) != report.String() {
		t.Logf("docs/eval/search.txt differs from this run; refresh it with go test -tags icu ./internal/store -run SearchEvaluation -update")
	}
}
