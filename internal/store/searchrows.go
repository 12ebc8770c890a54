package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle/internal/document"
)

// Search rowids put shorter units first, so that FTS5, which keeps rows in
// rowid order, can cut a common query's matches to the shorter ones without
// reading the others: a length class in the high bits (lengths in code
// points, doubling from class to class), then a title flag, then the unit's
// key (sentences.sid, or documents.doc for a title). Classes rather than
// exact lengths because FTS5 stores rowids as deltas: a jump between
// classes costs a few bytes, and with coarse classes few deltas jump.
const (
	searchKeyBits   = 40
	searchTitleBit  = int64(1) << searchKeyBits
	searchClassBits = searchKeyBits + 1
	maxSearchClass  = 15
)

// searchRowID is the search rowid of a sentence (key = sid) or a title (key
// = doc) of length code points.
func searchRowID(length int, title bool, key int64) int64 {
	class := int64(min(bits.Len(uint(max(length, 0))), maxSearchClass))
	id := class<<searchClassBits | key
	if title {
		id |= searchTitleBit
	}
	return id
}

// searchKey reads a search rowid back: a title and its document, or a sentence id.
func searchKey(rowid int64) (title bool, key int64) {
	return rowid&searchTitleBit != 0, rowid & (searchTitleBit - 1)
}

// searchRow is one unit of both search indexes: the text as written for
// the trigram index and the word-segmented text for the word index.
type searchRow struct {
	rowid          int64
	trigram, words string
}

// searchRowsOf are a document's title and sentence rows in rowid order:
// FTS5 starts a new segment whenever a rowid is not above the previous one
// in the same transaction, so a document's rows go in ascending order.
func searchRowsOf(doc int64, title, titleWords string, sids []int64, spans []document.Span, rt *document.RuneText, words []string) []searchRow {
	rows := make([]searchRow, 0, len(sids)+1)
	if title != "" {
		rows = append(rows, searchRow{searchRowID(utf8.RuneCountInString(title), true, doc), title, titleWords})
	}
	for i, sid := range sids {
		rows = append(rows, searchRow{searchRowID(spans[i][1]-spans[i][0], false, sid), rt.Slice(spans[i]), words[i]})
	}
	slices.SortFunc(rows, func(a, b searchRow) int { return cmp.Compare(a.rowid, b.rowid) })
	return rows
}

// insertSearchQuery inserts the rows of a JSON array of [rowid, body]
// pairs, in array order. One statement per document and index: FTS5
// writes its pending terms to a new segment at the start of every
// statement that might need rolling back, which a multi-row INSERT is, so
// batches of rows would leave many small segments to merge.
const insertSearchQuery = `INSERT INTO %s (rowid, body) SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) j`

// insertSearchRows writes a document's rows (in rowid order) to both indexes.
func insertSearchRows(w *rowWriter, rows []searchRow) {
	if len(rows) == 0 {
		return
	}
	for _, table := range searchTables {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		pairs := make([][2]any, len(rows))
		for i, r := range rows {
			body := r.trigram
			if table == "search_words" {
				body = r.words
			}
			pairs[i] = [2]any{r.rowid, body}
		}
		if err := enc.Encode(pairs); err != nil {
			w.err = cmp.Or(w.err, err)
			return
		}
		w.exec(fmt.Sprintf(insertSearchQuery, table), b.String())
	}
}
