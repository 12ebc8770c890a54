package store

import (
	"context"
	"database/sql"
	"fmt"
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
	kind := string(method)
	if match == "" {
		kind = MatchSubstring
	}
	query, args := searchSQL(method.table(), match, likes, limit)
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q, err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		h := SearchHit{Match: kind}
		var rank float64
		if err := rows.Scan(&h.DocID, &h.Title, &h.Lang, &h.Sentence, &h.Span[0], &h.Span[1], &h.Text, &rank); err != nil {
			return nil, fmt.Errorf("store: search %q: %w", q, err)
		}
		h.Score = -rank
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q, err)
	}
	return hits, nil
}

// MatchSubstring is SearchHit.Match for hits of a LIKE scan (every term
// shorter than a trigram).
const MatchSubstring = "substring"

// searchSQL builds the query: FTS hits (or, with no MATCH string, every
// unit) joined to their sentence or title, filtered by LIKE patterns.
func searchSQL(table, match string, likes []string, limit int) (string, []any) {
	var b strings.Builder
	var args []any
	if match != "" {
		b.WriteString(`WITH hits AS (SELECT rowid AS r, rank FROM ` + table + ` WHERE ` + table + ` MATCH ?),
units AS (
  SELECT d.id, d.title, d.lang, s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start) AS body, h.rank
    FROM hits h JOIN sentences s ON s.sid = h.r JOIN documents d ON d.doc = s.doc
  UNION ALL
  SELECT d.id, d.title, d.lang, -1, 0, 0, d.title, h.rank
    FROM hits h JOIN documents d ON d.doc = -h.r)
`)
		args = append(args, match)
	} else {
		b.WriteString(`WITH units AS (
  SELECT d.id, d.title, d.lang, s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start) AS body, 0.0 AS rank
    FROM sentences s JOIN documents d ON d.doc = s.doc
  UNION ALL
  SELECT d.id, d.title, d.lang, -1, 0, 0, d.title, 0.0 FROM documents d WHERE d.title <> '')
`)
	}
	b.WriteString(`SELECT id, title, lang, idx, start, end, body, rank FROM units`)
	for i, like := range likes {
		if i == 0 {
			b.WriteString(` WHERE `)
		} else {
			b.WriteString(` AND `)
		}
		b.WriteString(`body LIKE ? ESCAPE '\'`)
		args = append(args, like)
	}
	b.WriteString(` ORDER BY rank, id, idx LIMIT ?`)
	args = append(args, limit)
	return b.String(), args
}

// trigramQuery turns q into a MATCH string of quoted terms of 3 or more
// characters and LIKE patterns for the shorter ones.
func trigramQuery(q string) (match string, likes []string) {
	var terms []string
	for _, t := range queryTerms(q) {
		if utf8.RuneCountInString(t) >= trigramMin {
			terms = append(terms, ftsString(t))
		} else {
			likes = append(likes, "%"+likeEscaper.Replace(t)+"%")
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
	return map[int]migrationHook{2: s.fillSearchIndexes}
}

// fillSearchIndexes indexes the documents stored before the search tables
// existed (migration 0002).
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
		if title != "" {
			w.exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, -doc, title)
			w.exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, -doc, spacedWords(s.seg.Tokens(title), document.NewRuneText(title)))
		}
		for i, sid := range sids {
			w.exec(`INSERT INTO search_trigram (rowid, body) VALUES (?, ?)`, sid, rt.Slice(spans[i].Span))
			w.exec(`INSERT INTO search_words (rowid, body) VALUES (?, ?)`, sid, words[i])
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
