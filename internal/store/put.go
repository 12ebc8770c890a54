package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

// ContentHash is the hex SHA-256 of the annotator version, a NUL byte and
// the text: a document is re-stored when either changes.
func ContentHash(annotatorVersion, text string) string {
	h := sha256.New()
	h.Write([]byte(annotatorVersion))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// prepared is everything PutDocument writes, computed before the write
// transaction starts so that the single writer is held only for inserts.
type prepared struct {
	rec      *annotate.Record
	rt       *document.RuneText
	hash     string
	mentions []mentionRow
	actors   []actorRow
	events   []eventRow
	// sentenceWords and titleWords are the texts of the word index: the
	// word segmenter's tokens separated by spaces.
	sentenceWords []string
	titleWords    string
}

// PutDocument stores rec in one transaction (see Store). A record whose
// text is not valid UTF-8, holds a NUL, or whose spans fall outside the text
// is refused with an error and nothing is written.
func (s *SQLite) PutDocument(ctx context.Context, rec *annotate.Record) (PutResult, error) {
	if err := validateRecord(rec); err != nil {
		return 0, err
	}
	hash := ContentHash(s.version, rec.Text)
	// Most re-ingests are unchanged: answer them from the read pool without
	// segmenting the text or taking the write lock.
	if stored, err := s.storedHash(ctx, s.read, rec.ID); err != nil {
		return 0, err
	} else if stored == hash {
		return Unchanged, nil
	}
	p, err := s.prepare(rec, hash)
	if err != nil {
		return 0, err
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: put %q: begin: %w", rec.ID, err)
	}
	defer tx.Rollback() // no-op after Commit
	result := Inserted
	var doc int64
	var stored string
	switch err := tx.QueryRowContext(ctx, `SELECT doc, hash FROM documents WHERE id = ?`, rec.ID).Scan(&doc, &stored); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, fmt.Errorf("store: put %q: %w", rec.ID, err)
	case stored == hash:
		return Unchanged, nil
	default:
		if err := deleteDocument(ctx, tx, doc); err != nil {
			return 0, fmt.Errorf("store: put %q: replace: %w", rec.ID, err)
		}
		result = Replaced
	}
	aids, learnt, err := actorKeys(ctx, tx, &s.actors, p.actors)
	if err != nil {
		return 0, fmt.Errorf("store: put %q: %w", rec.ID, err)
	}
	codes, learntCodes, err := labelCodes(ctx, tx, &s.labels, docLabels(p))
	if err != nil {
		return 0, fmt.Errorf("store: put %q: %w", rec.ID, err)
	}
	w := &rowWriter{ctx: ctx, tx: tx, cache: &s.stmts}
	err = insertDocument(w, p, s.version, aids, codes)
	w.close()
	if err != nil {
		return 0, fmt.Errorf("store: put %q: %w", rec.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: put %q: commit: %w", rec.ID, err)
	}
	s.actors.remember(learnt)
	s.labels.remember(learntCodes)
	return result, nil
}

// storedHash is the stored hash of id, or "" when id is not stored.
func (s *SQLite) storedHash(ctx context.Context, db *sql.DB, id string) (string, error) {
	var hash string
	err := db.QueryRowContext(ctx, `SELECT hash FROM documents WHERE id = ?`, id).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: put %q: %w", id, err)
	}
	return hash, nil
}

// validateRecord refuses what the store could not give back exactly.
func validateRecord(rec *annotate.Record) error {
	if rec == nil || rec.Document == nil {
		return errors.New("store: put: nil record or document")
	}
	if rec.ID == "" {
		return errors.New("store: put: document has no id")
	}
	if !utf8.ValidString(rec.Text) {
		return fmt.Errorf("store: put %q: text is not valid UTF-8", rec.ID)
	}
	if i := strings.IndexByte(rec.Text, 0); i >= 0 {
		return fmt.Errorf("store: put %q: text holds a NUL byte at byte %d", rec.ID, i)
	}
	n := utf8.RuneCountInString(rec.Text)
	check := func(layer string, i int, sp document.Span) error {
		if !sp.Valid(n) {
			return fmt.Errorf("store: put %q: %s %d: span %v outside text of %d code points", rec.ID, layer, i, sp, n)
		}
		return nil
	}
	for i, x := range rec.Sentences {
		if err := check("sentence", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range rec.Sections {
		if err := errors.Join(check("section heading", i, x.Heading), check("section", i, x.Span)); err != nil {
			return err
		}
	}
	for i, x := range rec.Infobox {
		if err := errors.Join(check("infobox field", i, x.Span), check("infobox value", i, x.ValueSpan)); err != nil {
			return err
		}
	}
	if len(rec.Times) >= maxIndexedItems || len(rec.Events) >= maxIndexedItems {
		return fmt.Errorf("store: put %q: %d time mentions and %d events; the store takes fewer than %d of each per document",
			rec.ID, len(rec.Times), len(rec.Events), maxIndexedItems)
	}
	for i, x := range rec.Times {
		if err := check("time", i, x.Span); err != nil {
			return err
		}
	}
	return nil
}

// prepare computes the rows of rec outside the write transaction.
func (s *SQLite) prepare(rec *annotate.Record, hash string) (*prepared, error) {
	p := &prepared{rec: rec, rt: document.NewRuneText(rec.Text), hash: hash}
	var err error
	if p.mentions, err = genericMentions(rec, p.rt); err != nil {
		return nil, fmt.Errorf("store: put %q: %w", rec.ID, err)
	}
	if p.actors, p.events, err = typedRows(rec.ID, rec.Actors, rec.Events, len(rec.Times), len(rec.Quantities), p.rt); err != nil {
		return nil, fmt.Errorf("store: put %q: %w", rec.ID, err)
	}
	p.sentenceWords = sentenceWords(s.seg.Tokens(rec.Text), rec.Sentences, p.rt)
	p.titleWords = spacedWords(s.seg.Tokens(rec.Title), document.NewRuneText(rec.Title))
	return p, nil
}

// sentenceWords spaces out the tokens of each sentence. Tokens come from
// segmenting the whole text once; a token that crosses a sentence edge is
// clipped to the sentence.
func sentenceWords(tokens []document.Span, sentences []annotate.Sentence, rt *document.RuneText) []string {
	out := make([]string, len(sentences))
	var b strings.Builder
	t := 0
	for i, sent := range sentences {
		for t < len(tokens) && tokens[t][1] <= sent.Span[0] {
			t++
		}
		b.Reset()
		for j := t; j < len(tokens) && tokens[j][0] < sent.Span[1]; j++ {
			clipped := document.Span{max(tokens[j][0], sent.Span[0]), min(tokens[j][1], sent.Span[1])}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(rt.Slice(clipped))
		}
		out[i] = b.String()
	}
	return out
}

// spacedWords joins tokens of a short text with spaces.
func spacedWords(tokens []document.Span, rt *document.RuneText) string {
	words := make([]string, len(tokens))
	for i, tok := range tokens {
		words[i] = rt.Slice(tok)
	}
	return strings.Join(words, " ")
}

// deleteDocument removes a document, its search rows (the contentless
// search tables have no foreign keys) and, by cascade, all its other rows.
// Search rows are deleted one rowid at a time: a rowid lookup is what FTS5
// does fast.
func deleteDocument(ctx context.Context, tx *sql.Tx, doc int64) error {
	var title string
	if err := tx.QueryRowContext(ctx, `SELECT title FROM documents WHERE doc = ?`, doc).Scan(&title); err != nil {
		return fmt.Errorf("read title: %w", err)
	}
	var rowids []int64
	if title != "" {
		rowids = append(rowids, searchRowID(utf8.RuneCountInString(title), true, doc))
	}
	rows, err := tx.QueryContext(ctx, `SELECT sid, end - start FROM sentences WHERE doc = ?`, doc)
	if err != nil {
		return fmt.Errorf("list sentences: %w", err)
	}
	for rows.Next() {
		var sid int64
		var length int
		if err := rows.Scan(&sid, &length); err != nil {
			rows.Close()
			return fmt.Errorf("list sentences: %w", err)
		}
		rowids = append(rowids, searchRowID(length, false, sid))
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("list sentences: %w", err)
	}
	w := &rowWriter{ctx: ctx, tx: tx}
	defer w.close()
	for _, table := range searchTables {
		for _, id := range rowids {
			w.exec(`DELETE FROM `+table+` WHERE rowid = ?`, id)
		}
	}
	timeIdx, err := queryInts(ctx, tx, `SELECT idx FROM times WHERE doc = ? AND first_key IS NOT NULL`, doc)
	if err != nil {
		return fmt.Errorf("list times: %w", err)
	}
	for _, idx := range timeIdx {
		w.exec(`DELETE FROM times_rtree WHERE id = ?`, rtreeID(doc, int(idx)))
	}
	eventIdx, err := queryInts(ctx, tx, `SELECT idx FROM events WHERE doc = ? AND first_key IS NOT NULL`, doc)
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	for _, idx := range eventIdx {
		w.exec(`DELETE FROM events_rtree WHERE id = ?`, rtreeID(doc, int(idx)))
	}
	eas, err := queryInts(ctx, tx, `SELECT ea FROM event_actors WHERE doc = ? AND first_key IS NOT NULL`, doc)
	if err != nil {
		return fmt.Errorf("list event actors: %w", err)
	}
	for _, ea := range eas {
		w.exec(`DELETE FROM event_actors_rtree WHERE id = ?`, ea)
	}
	w.exec(`DELETE FROM documents WHERE doc = ?`, doc)
	return w.err
}

// insertDocumentSQL writes a document row with its expected counts.
const insertDocumentSQL = `INSERT INTO documents
	(id, title, url, lang, format, source_path, source_offset, source_line, text, chars, hash, annotator_version,
	 n_sentences, n_sections, n_infobox, n_times, n_mentions, n_actors, n_events, n_event_actors)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// writeQueries are the statements PutDocument prepares once, at open.
func writeQueries() []string {
	out := []string{insertDocumentSQL}
	for _, table := range searchTables {
		out = append(out, fmt.Sprintf(insertSearchQuery, table))
	}
	for _, r := range batchSpecs {
		out = append(out, r.queries()...)
	}
	return out
}

// insertDocument writes the document row and every layer's rows, many
// rows per statement. Sentence keys are given here rather than by SQLite
// (the transaction holds the write lock), so that sentences and their
// search rows go in batches too.
func insertDocument(w *rowWriter, p *prepared, version string, aids map[actorVariant]int64, codes map[label]int64) error {
	rec := p.rec
	doc := w.insert(insertDocumentSQL,
		rec.ID, rec.Title, rec.URL, rec.Lang, rec.Format, rec.Source.Path, rec.Source.ByteOffset, rec.Source.Line,
		rec.Text, p.rt.Len(), p.hash, version,
		len(rec.Sentences), len(rec.Sections), len(rec.Infobox), len(rec.Times), len(p.mentions),
		len(p.actors), len(p.events), eventActorCount(p.events))
	firstSid := w.maxKey(`SELECT coalesce(max(sid), 0) FROM sentences`) + 1
	if w.err != nil {
		return w.err
	}
	sids := make([]int64, len(rec.Sentences))
	spans := make([]document.Span, len(rec.Sentences))
	sentences := w.batch(sentencesRows)
	for i, sent := range rec.Sentences {
		sids[i], spans[i] = firstSid+int64(i), sent.Span
		sentences.add(sids[i], doc, i, sent.Span[0], sent.Span[1])
	}
	sentences.flush()
	insertSearchRows(w, searchRowsOf(doc, rec.Title, p.titleWords, sids, spans, p.rt, p.sentenceWords))
	sections := w.batch(sectionsRows)
	for i, sec := range rec.Sections {
		sections.add(doc, i, sec.Title, sec.Level, sec.Heading[0], sec.Heading[1], sec.Span[0], sec.Span[1])
	}
	sections.flush()
	infobox := w.batch(infoboxRows)
	for i, f := range rec.Infobox {
		infobox.add(doc, i, f.Key, f.Value, f.Span[0], f.Span[1], f.ValueSpan[0], f.ValueSpan[1])
	}
	infobox.flush()
	times := w.batch(timesRows)
	timesTree := w.batch(timesTreeRows)
	for i, m := range rec.Times {
		first, last := intervalKeys(m.Interval)
		times.add(doc, i, m.Span[0], m.Span[1], m.Text, m.Type, m.Value, m.Mod,
			nullIfEmpty(m.Interval[0]), nullIfEmpty(m.Interval[1]), m.Calendar, m.Anchor, first, last, codes[label{labelLang, rec.Lang}])
		if first != nil {
			lang, typ := codes[label{labelLang, rec.Lang}], codes[label{labelTimeType, m.Type}]
			timesTree.add(rtreeID(doc, i), *first, *last, lang, lang, typ, typ)
		}
	}
	times.flush()
	timesTree.flush()
	mentions := w.batch(mentionsRows)
	for _, m := range p.mentions {
		mentions.add(doc, m.layer, m.idx, m.start, m.end, m.text, m.json)
	}
	mentions.flush()
	insertTyped(w, doc, p.actors, p.events, aids, codes[label{labelLang, rec.Lang}])
	eventsTree := w.batch(eventsTreeRows)
	for i, e := range p.events {
		if e.first != nil {
			lang, typ := codes[label{labelLang, rec.Lang}], codes[label{labelEventType, e.ev.Type}]
			eventsTree.add(rtreeID(doc, i), *e.first, *e.last, lang, lang, typ, typ)
		}
	}
	eventsTree.flush()
	return w.err
}

func nullIfEmpty(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }
