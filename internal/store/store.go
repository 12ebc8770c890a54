// Package store keeps annotated documents (the records that `chronicle
// annotate` writes) in a database that can be browsed and searched: documents,
// sentences, sections, infobox fields, time mentions with their calendar
// intervals, and any other annotation layer as generic JSON mentions.
//
// SQLite (pure Go, no cgo) is the embedded default; the Store interface is
// narrow enough for a PostgreSQL backend to follow (docs/store.md).
package store

import (
	"context"
	"errors"

	"chronicle/internal/annotate"
	"chronicle/internal/document"
)

// Store is the storage interface; SQLite is the embedded default, PostgreSQL may follow.
type Store interface {
	// PutDocument stores one annotated document in its own transaction. Same id and same content hash: no change
	// (returns Unchanged). Same id, different hash: the old version and all its rows are replaced (Replaced).
	PutDocument(ctx context.Context, rec *annotate.Record) (PutResult, error)
	// Document returns one document with its text, sections and infobox, or ErrNotFound.
	Document(ctx context.Context, id string) (*DocumentRow, error)
	// Documents lists documents (without text) ordered by id.
	Documents(ctx context.Context, q DocumentQuery) ([]DocumentRow, error)
	// Times lists time mentions, filtered by interval overlap, doc, lang, type and text.
	Times(ctx context.Context, q TimeQuery) ([]TimeRow, error)
	// Search runs a full-text query over document titles and sentences, Thai and English, best first.
	Search(ctx context.Context, q string, limit int) ([]SearchHit, error)
	// Close releases the database.
	Close() error
}

// ErrNotFound is returned by Document for an unknown id.
var ErrNotFound = errors.New("store: document not found")

// PutResult tells what PutDocument did.
type PutResult int

// PutDocument outcomes.
const (
	// Inserted: the id was new.
	Inserted PutResult = iota + 1
	// Unchanged: the id was stored with the same content hash; nothing was written.
	Unchanged
	// Replaced: the id was stored with another hash; the old rows were deleted first.
	Replaced
)

// String names the outcome for logs and reports.
func (r PutResult) String() string {
	switch r {
	case Inserted:
		return "inserted"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// LayerCounts are the number of items of each layer a document has. The
// store writes them with the document as the counts it expects, so a
// reader can tell a complete document from a damaged one.
type LayerCounts struct {
	Sentences int `json:"sentences"`
	Sections  int `json:"sections"`
	Infobox   int `json:"infobox"`
	Times     int `json:"times"`
	// Mentions counts the items of every layer kept in the generic mentions
	// table (artifacts and quantities; actors and events until migration
	// 0006 gave them tables).
	Mentions int `json:"mentions"`
	// Actors and Events count the record's actors and events.
	Actors int `json:"actors"`
	Events int `json:"events"`
}

// DocumentRow is a stored document. Text, Sections and Infobox are filled
// by Document only; Documents leaves them empty to keep listings light.
type DocumentRow struct {
	ID     string          `json:"id"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Lang   string          `json:"lang"`
	Format string          `json:"format"`
	Source document.Source `json:"source"`
	// Hash is the hex SHA-256 of the annotator version and the text.
	Hash             string `json:"hash"`
	AnnotatorVersion string `json:"annotator_version"`
	// Chars is the text length in code points.
	Chars  int         `json:"chars"`
	Counts LayerCounts `json:"counts"`

	Text     string               `json:"text,omitempty"`
	Sections []document.Section   `json:"sections,omitempty"`
	Infobox  []document.InfoField `json:"infobox,omitempty"`
}

// DocumentQuery filters Documents. Zero fields do not filter; Limit 0
// means no limit.
type DocumentQuery struct {
	Lang string
	// TitleContains keeps documents whose title contains it (case-insensitive for ASCII).
	TitleContains string
	// From and To ("YYYY-MM-DD", inclusive) keep documents with at least
	// one time mention whose interval overlaps them.
	From, To      string
	Limit, Offset int
}

// TimeQuery filters Times. Zero fields do not filter; Limit 0 means no
// limit. With From or To set, only mentions with a calendar interval
// (DATE and TIME, not DURATION or SET) can match.
type TimeQuery struct {
	// From and To ("YYYY-MM-DD", inclusive) keep mentions whose interval overlaps [From, To].
	From, To string
	DocID    string
	Lang     string
	// Type is a TimeML type: DATE, TIME, DURATION or SET.
	Type string
	// TextContains keeps mentions whose text contains it.
	TextContains  string
	Limit, Offset int
}

// TimeRow is one stored time mention with its document's id, title and language.
type TimeRow struct {
	DocID string `json:"doc_id"`
	Title string `json:"title"`
	Lang  string `json:"lang"`
	// Index is the mention's position in the record's times array.
	Index    int           `json:"index"`
	Span     document.Span `json:"span"`
	Text     string        `json:"text"`
	Type     string        `json:"type"`
	Value    string        `json:"value"`
	Mod      string        `json:"mod"`
	Interval [2]string     `json:"interval"`
	Calendar string        `json:"calendar"`
	Anchor   *int          `json:"anchor"`
}

// SearchHit is one match: a sentence, or a document title when Sentence is -1.
type SearchHit struct {
	DocID string `json:"doc_id"`
	Title string `json:"title"`
	Lang  string `json:"lang"`
	// Sentence is the index of the matching sentence in the record, or -1 for a title match.
	Sentence int `json:"sentence"`
	// Span is the sentence span in the document text (zero for a title match).
	Span document.Span `json:"span"`
	// Text is the sentence, or the title.
	Text string `json:"text"`
	// Match is the index that found the hit: "words", "trigram" or
	// "substring" (a LIKE scan, for terms shorter than a trigram).
	Match string `json:"match"`
	// Score is the negated BM25 rank, higher is better (0 for substring
	// hits); it compares hits of the same Match only.
	Score float64 `json:"score"`
}
