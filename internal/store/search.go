package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

// SearchMethod names a full-text index.
type SearchMethod string

// The two indexes (docs/store.md compares them).
const (
	// SearchTrigram matches substrings of the text as written: no word
	// boundaries needed, so it suits Thai; terms under 3 characters fall
	// back to a LIKE scan.
	SearchTrigram SearchMethod = "trigram"
	// SearchWords matches whole words of the word-segmented text; queries
	// are segmented by the same segmenter.
	SearchWords SearchMethod = "words"
	// SearchHybrid gives the word index's hits first and fills the rest of
	// the limit with trigram hits: whole-word precision where segmentation
	// agrees, substring recall where it does not (a name the segmenter
	// splits differently alone than in context, an English plural).
	SearchHybrid SearchMethod = "hybrid"
)

// DefaultSearch is the index Search uses unless Options say otherwise,
// chosen by the measurement in docs/eval/search.txt.
const DefaultSearch = SearchHybrid

// searchTables are the FTS5 tables, one per method.
var searchTables = []string{"search_trigram", "search_words"}

// trigramMin is the shortest term the trigram index can look up.
const trigramMin = 3

func (m SearchMethod) valid() error {
	if m != SearchTrigram && m != SearchWords && m != SearchHybrid {
		return fmt.Errorf("store: unknown search method %q (want %q, %q or %q)", m, SearchTrigram, SearchWords, SearchHybrid)
	}
	return nil
}

func (m SearchMethod) table() string {
	if m == SearchWords {
		return "search_words"
	}
	return "search_trigram"
}

// DefaultSearchLimit is the number of hits Search returns for limit <= 0.
const DefaultSearchLimit = 10

// Search runs q on the default index (Options.Search). Terms separated by
// white space must all occur in a hit; see SearchWith.
func (s *SQLite) Search(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	return s.SearchWith(ctx, s.search, q, limit)
}

// SearchWith runs q on the given index (or both, for SearchHybrid) and
// returns up to limit hits, best first. Terms are separated by white space and all must occur in a hit
// (a sentence or a title). With SearchWords each term is segmented into
// words that must occur in order, as a phrase, so "เขมรแดง" finds
// "เขมร แดง" only as adjacent words. With SearchTrigram each term must
// occur as a substring; terms under 3 characters are checked with LIKE.
// User text never becomes SQL: it is bound as the MATCH string, inside
// quoted FTS5 strings, and as LIKE patterns.
func (s *SQLite) SearchWith(ctx context.Context, method SearchMethod, q string, limit int) ([]SearchHit, error) {
	if err := method.valid(); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	if method != SearchHybrid {
		return s.searchIndex(ctx, method, q, limit)
	}
	hits, err := s.searchIndex(ctx, SearchWords, q, limit)
	if err != nil || len(hits) >= limit {
		return hits, err
	}
	// Ask for enough trigram hits to fill the limit after dropping the ones
	// the word index already gave.
	more, err := s.searchIndex(ctx, SearchTrigram, q, limit+len(hits))
	if err != nil {
		return nil, err
	}
	seen := map[[2]string]bool{}
	for _, h := range hits {
		seen[h.key()] = true
	}
	for _, h := range more {
		if len(hits) == limit {
			break
		}
		if !seen[h.key()] {
			hits = append(hits, h)
		}
	}
	return hits, nil
}

func (h SearchHit) key() [2]string { return [2]string{h.DocID, fmt.Sprint(h.Sentence)} }

// searchIndex runs q on one index.
func (s *SQLite) searchIndex(ctx context.Context, method SearchMethod, q string, limit int) ([]SearchHit, error) {
	var match string
	var likes []string
	switch method {
	case SearchTrigram:
		match, likes = trigramQuery(q)
	case SearchWords:
		match = s.wordsQuery(q)
	}
	if match == "" && len(likes) == 0 {
		return nil, nil
	}
	if match == "" {
		return s.scanSearch(ctx, q, likes, limit)
	}
	// Rank in the index, then read the text of one chunk of the best hits at
	// a time: reading text for every match of a common word would load its
	// whole document once per match. Short terms may drop hits of a chunk,
	// so then go on to the next one.
	bound, err := s.rankBound(ctx, method.table(), match)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q, err)
	}
	chunk := limit
	if len(likes) > 0 {
		chunk = max(4*limit, 64)
	}
	var hits []SearchHit
	for offset := 0; len(hits) < limit; offset += chunk {
		ranked, err := s.rankedRows(ctx, method.table(), match, bound, chunk, offset)
		if err != nil {
			return nil, fmt.Errorf("store: search %q: %w", q, err)
		}
		got, err := s.hitsFor(ctx, string(method), ranked)
		if err != nil {
			return nil, fmt.Errorf("store: search %q: %w", q, err)
		}
		for _, h := range got {
			if containsAllFold(h.Text, likes) {
				hits = append(hits, h)
			}
		}
		if len(ranked) < chunk {
			break
		}
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// MatchSubstring is SearchHit.Match for hits of a LIKE scan (every term
// shorter than a trigram).
const MatchSubstring = "substring"

// rankedRow is one FTS hit: a sentence (rowid > 0) or a title (rowid < 0).
type rankedRow struct {
	rowid int64
	rank  float64
}

// RankedMatches bounds the rows a search ranks. A query matching more
// sentences and titles than this ranks RankedMatches of them, the shortest
// by length class (lengths doubling from class to class; storage order
// within a class): BM25 favours short units, and ranking costs FTS5 a
// lookup per row, so ranking every match of a common term in a large
// database would take far longer than the answer is worth.
const RankedMatches = 1000

// rankBound is the search rowid of the RankedMatches-th match in rowid
// (shorter classes first) order, or 0 when fewer rows match: ranking then covers
// every match.
func (s *SQLite) rankBound(ctx context.Context, table, match string) (int64, error) {
	var bound int64
	err := s.read.QueryRowContext(ctx, `SELECT rowid FROM `+table+` WHERE `+table+` MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?`,
		match, RankedMatches-1).Scan(&bound)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return bound, err
}

// rankedRows returns one chunk of the index's hits with rowid <= bound (0:
// all), best first.
func (s *SQLite) rankedRows(ctx context.Context, table, match string, bound int64, chunk, offset int) ([]rankedRow, error) {
	if bound == 0 {
		bound = math.MaxInt64
	}
	rows, err := s.read.QueryContext(ctx, `SELECT rowid, rank FROM `+table+` WHERE `+table+` MATCH ? AND rowid <= ? ORDER BY rank LIMIT ? OFFSET ?`,
		match, bound, chunk, offset)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rankedRow
	for rows.Next() {
		var r rankedRow
		if err := rows.Scan(&r.rowid, &r.rank); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// hitsFor reads the sentences and titles of ranked rows, in rank order
// (ties by document id and sentence index, so results are reproducible).
func (s *SQLite) hitsFor(ctx context.Context, kind string, ranked []rankedRow) ([]SearchHit, error) {
	if len(ranked) == 0 {
		return nil, nil
	}
	var sids, docs []any
	keyRank := make(map[[2]int64]float64, len(ranked)) // (1 for a title, key) -> rank
	for _, r := range ranked {
		title, key := searchKey(r.rowid)
		if title {
			keyRank[[2]int64{1, key}] = r.rank
			docs = append(docs, key)
		} else {
			keyRank[[2]int64{0, key}] = r.rank
			sids = append(sids, key)
		}
	}
	var hits []SearchHit
	read := func(query string, args []any) error {
		if len(args) == 0 {
			return nil
		}
		rows, err := s.read.QueryContext(ctx, strings.Replace(query, "?", placeholders(len(args)), 1), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			h := SearchHit{Match: kind}
			var kind, key int64
			if err := rows.Scan(&kind, &key, &h.DocID, &h.Title, &h.Lang, &h.Sentence, &h.Span[0], &h.Span[1], &h.Text); err != nil {
				return err
			}
			h.Score = -keyRank[[2]int64{kind, key}]
			hits = append(hits, h)
		}
		return rows.Err()
	}
	if err := read(`SELECT 0, s.sid, d.id, d.title, d.lang, s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start)
		FROM sentences s JOIN documents d ON d.doc = s.doc WHERE s.sid IN (?)`, sids); err != nil {
		return nil, err
	}
	if err := read(`SELECT 1, d.doc, d.id, d.title, d.lang, -1, 0, 0, d.title FROM documents d WHERE d.doc IN (?)`, docs); err != nil {
		return nil, err
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.DocID, b.DocID), cmp.Compare(a.Sentence, b.Sentence))
	})
	return hits, nil
}

// placeholders is "?, ?, …" for n arguments.
func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// containsAllFold tells whether text holds every term, ignoring ASCII case
// as LIKE does.
func containsAllFold(text string, terms []string) bool {
	lower := asciiLower(text)
	for _, t := range terms {
		if !strings.Contains(lower, asciiLower(t)) {
			return false
		}
	}
	return true
}

func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// scanSearch finds terms too short for the trigram index with LIKE: first
// on whole documents (one read of each text), then on the sentences of the
// documents that hold every term.
func (s *SQLite) scanSearch(ctx context.Context, q string, likes []string, limit int) ([]SearchHit, error) {
	var docFilter, bodyFilter strings.Builder
	var docArgs, bodyArgs []any
	for _, term := range likes {
		docFilter.WriteString(` AND (d.text LIKE ? ESCAPE '\' OR d.title LIKE ? ESCAPE '\')`)
		bodyFilter.WriteString(` AND body LIKE ? ESCAPE '\'`)
		docArgs = append(docArgs, containsPattern(term), containsPattern(term))
		bodyArgs = append(bodyArgs, containsPattern(term))
	}
	query := `WITH docs AS (SELECT d.doc, d.id, d.title, d.lang, d.text FROM documents d WHERE 1` + docFilter.String() + `),
units AS (
  SELECT d.id, d.title, d.lang, s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start) AS body
    FROM docs d JOIN sentences s ON s.doc = d.doc
  UNION ALL
  SELECT d.id, d.title, d.lang, -1, 0, 0, d.title FROM docs d WHERE d.title <> '')
SELECT id, title, lang, idx, start, end, body FROM units WHERE 1` + bodyFilter.String() + ` ORDER BY id, idx LIMIT ?`
	args := append(append(docArgs, bodyArgs...), limit)
	hits, err := s.searchRows(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q, err)
	}
	return hits, nil
}

// searchRows reads the hits of a LIKE scan.
func (s *SQLite) searchRows(ctx context.Context, query string, args ...any) ([]SearchHit, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		h := SearchHit{Match: MatchSubstring}
		if err := rows.Scan(&h.DocID, &h.Title, &h.Lang, &h.Sentence, &h.Span[0], &h.Span[1], &h.Text); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// trigramQuery turns q into a MATCH string of quoted terms of 3 or more
// characters, and the shorter terms, which are matched as substrings.
func trigramQuery(q string) (match string, likes []string) {
	var terms []string
	for _, t := range queryTerms(q) {
		if utf8.RuneCountInString(t) >= trigramMin {
			terms = append(terms, ftsString(t))
		} else {
			likes = append(likes, t)
		}
	}
	return strings.Join(terms, " "), likes
}

// wordsQuery turns q into a MATCH string: one quoted phrase of segmented
// words per white-space separated term. Punctuation tokens are dropped, as
// the index tokenizer drops them.
func (s *SQLite) wordsQuery(q string) string {
	var phrases []string
	for _, t := range queryTerms(q) {
		rt := document.NewRuneText(t)
		var words []string
		for _, tok := range s.seg.Tokens(t) {
			if w := rt.Slice(tok); strings.IndexFunc(w, isWordRune) >= 0 {
				words = append(words, w)
			}
		}
		if len(words) > 0 {
			phrases = append(phrases, ftsString(strings.Join(words, " ")))
		}
	}
	return strings.Join(phrases, " ")
}

// queryTerms splits q at white space. NUL bytes (which end an FTS5 query
// string early) and invalid UTF-8 separate terms too: stored text has
// neither, so they can match nothing.
func queryTerms(q string) []string {
	return strings.FieldsFunc(strings.ToValidUTF8(q, " "), func(r rune) bool { return r == 0 || unicode.IsSpace(r) })
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// ftsString quotes s as an FTS5 string, in which only '"' is special.
func ftsString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// likeEscaper escapes LIKE's wildcards with the ESCAPE character '\'.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// migrationHooks are the Go steps of migrations.
func (s *SQLite) migrationHooks() map[int]migrationHook {
	return map[int]migrationHook{2: s.fillSearchIndexes, 4: fillTimeKeys, 5: s.fillSearchIndexes, 6: moveTypedLayers}
}

// fillSearchIndexes indexes the documents stored before the search tables
// existed (migration 0002) or before their rowids were keyed by length
// (0005).
func (s *SQLite) fillSearchIndexes(ctx context.Context, tx *sql.Tx) error {
	docs, err := queryInts(ctx, tx, `SELECT doc FROM documents ORDER BY doc`)
	if err != nil {
		return fmt.Errorf("fill search: %w", err)
	}
	w := &rowWriter{ctx: ctx, tx: tx}
	defer w.close()
	for _, doc := range docs {
		var title, text string
		if err := tx.QueryRowContext(ctx, `SELECT title, text FROM documents WHERE doc = ?`, doc).Scan(&title, &text); err != nil {
			return fmt.Errorf("fill search: %w", err)
		}
		sids, spans, err := sentenceRows(ctx, tx, doc)
		if err != nil {
			return fmt.Errorf("fill search: %w", err)
		}
		rt := document.NewRuneText(text)
		words := sentenceWords(s.seg.Tokens(text), spans, rt)
		titleWords := spacedWords(s.seg.Tokens(title), document.NewRuneText(title))
		sentSpans := make([]document.Span, len(spans))
		for i, sp := range spans {
			sentSpans[i] = sp.Span
		}
		for _, r := range searchRowsOf(doc, title, titleWords, sids, sentSpans, rt, words) {
			w.exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, r.rowid, r.trigram)
			w.exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, r.rowid, r.words)
		}
		if w.err != nil {
			return fmt.Errorf("fill search: %w", w.err)
		}
	}
	return nil
}

// queryInts runs a query of one integer column.
func queryInts(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// sentenceRows reads a document's sentence ids and spans in order.
func sentenceRows(ctx context.Context, tx *sql.Tx, doc int64) ([]int64, []annotate.Sentence, error) {
	rows, err := tx.QueryContext(ctx, `SELECT sid, start, end FROM sentences WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var sids []int64
	var spans []annotate.Sentence
	for rows.Next() {
		var sid int64
		var sp annotate.Sentence
		if err := rows.Scan(&sid, &sp.Span[0], &sp.Span[1]); err != nil {
			return nil, nil, err
		}
		sids = append(sids, sid)
		spans = append(spans, sp)
	}
	return sids, spans, rows.Err()
}
