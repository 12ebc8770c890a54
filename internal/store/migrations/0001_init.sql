-- 0001: documents and the layers every record has.
-- Spans are [start, end) in code points into documents.text.
-- Child rows hang off documents.doc (an integer key, to keep them small) and
-- go with it: ON DELETE CASCADE.

CREATE TABLE documents (
    doc               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    url               TEXT NOT NULL,
    lang              TEXT NOT NULL,
    format            TEXT NOT NULL,
    source_path       TEXT NOT NULL,
    source_offset     INTEGER NOT NULL,
    source_line       INTEGER NOT NULL,
    text              TEXT NOT NULL,
    chars             INTEGER NOT NULL,
    -- hex SHA-256 of annotator_version, a NUL byte and text
    hash              TEXT NOT NULL,
    annotator_version TEXT NOT NULL,
    -- the number of rows the record had in each layer, written in the same
    -- transaction as the rows: a check compares them with what is stored
    n_sentences       INTEGER NOT NULL,
    n_sections        INTEGER NOT NULL,
    n_infobox         INTEGER NOT NULL,
    n_times           INTEGER NOT NULL,
    n_mentions        INTEGER NOT NULL
);
CREATE INDEX documents_lang ON documents (lang, id);

CREATE TABLE sentences (
    sid   INTEGER PRIMARY KEY,
    doc   INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    UNIQUE (doc, idx)
);

CREATE TABLE sections (
    doc           INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    title         TEXT NOT NULL,
    level         INTEGER NOT NULL,
    heading_start INTEGER NOT NULL,
    heading_end   INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE infobox (
    doc         INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    value_start INTEGER NOT NULL,
    value_end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- Time mentions. first_day/last_day are the inclusive interval as ISO dates
-- (YYYY-MM-DD compares as text), NULL for durations and sets.
CREATE TABLE times (
    doc       INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    value     TEXT NOT NULL,
    mod       TEXT NOT NULL,
    first_day TEXT,
    last_day  TEXT,
    calendar  TEXT NOT NULL,
    anchor    INTEGER,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX times_interval ON times (first_day, last_day);

-- Any other layer's items (artifacts now; actors, quantities and events when
-- their annotators land) as the record's JSON, so a new layer needs no new
-- schema. start/end/text are copied out of the item when it has them.
CREATE TABLE mentions (
    doc   INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    idx   INTEGER NOT NULL,
    start INTEGER,
    end   INTEGER,
    text  TEXT,
    json  TEXT NOT NULL,
    PRIMARY KEY (doc, layer, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_layer_text ON mentions (layer, text);

-- Facts about the database itself (for example the word segmenter that
-- built the word index).
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
