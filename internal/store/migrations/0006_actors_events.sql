-- 0006: actors and events in typed tables instead of JSON in mentions.
--
-- Every actor mention used to repeat its actor's names and codes as JSON;
-- now a catalogue holds each distinct actor description once and a mention
-- is a few integers. Events get columns, their interval keys (as times
-- have, 0004), an R*Tree like times_rtree, and one row per participant, so
-- window queries filtered by type, language or actor read indexes only.
-- The store moves the rows of existing documents out of mentions after
-- this file runs.

-- One row per distinct actor description: id, names and codes as the
-- annotator gave them. An id normally has one row; a lexicon that changed
-- between two documents' annotation gives it another, so nothing is lost.
CREATE TABLE actors (
    aid      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL,
    name     TEXT NOT NULL,
    name_th  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    wikidata TEXT NOT NULL,
    code     TEXT NOT NULL,
    UNIQUE (id, name, name_th, name_en, kind, wikidata, code)
);

-- The record's actors array. text is NULL when it is the spanned text
-- (always, for the annotator's mentions).
CREATE TABLE actor_mentions (
    doc        INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    actor      INTEGER NOT NULL REFERENCES actors (aid),
    confidence REAL NOT NULL,
    text       TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX actor_mentions_actor ON actor_mentions (actor, doc);

-- The record's events array. The interval is kept as day keys; first_day
-- and last_day hold the record's strings only when the keys do not give
-- them back (malformed or non-canonical dates). time indexes the
-- document's times, place its actor mentions; quantities is a JSON array
-- of indexes into its quantities, NULL when empty. ext_id is the event id
-- when it is not "<document id>#<idx + 1>".
CREATE TABLE events (
    doc           INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    type          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    first_key     INTEGER,
    last_key      INTEGER,
    first_day     TEXT,
    last_day      TEXT,
    time          INTEGER,
    place         INTEGER,
    quantities    TEXT,
    negated       INTEGER NOT NULL,
    ext_id        TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX events_days ON events (first_key, doc, idx, last_key);
-- id = doc * 2^24 + idx, as in times_rtree.
CREATE VIRTUAL TABLE events_rtree USING rtree_i32 (id, first, last);

-- An event's participants in record order (n), each an actor mention
-- (mention) whose catalogue row (actor) and interval keys are copied here
-- so that an actor's events are found by index: in window order through
-- event_actors_days, and those that begin before a window and reach into
-- it through event_actors_rtree (x: the actor, y: the interval; id = ea).
CREATE TABLE event_actors (
    ea        INTEGER PRIMARY KEY,
    doc       INTEGER NOT NULL,
    idx       INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    mention   INTEGER NOT NULL,
    actor     INTEGER NOT NULL REFERENCES actors (aid),
    role      TEXT NOT NULL,
    first_key INTEGER,
    last_key  INTEGER,
    UNIQUE (doc, idx, n),
    FOREIGN KEY (doc, idx) REFERENCES events (doc, idx) ON DELETE CASCADE
);
CREATE INDEX event_actors_days ON event_actors (actor, first_key, doc, idx, last_key);
CREATE VIRTUAL TABLE event_actors_rtree USING rtree_i32 (id, actor_lo, actor_hi, first, last);

-- Expected row counts, as for the other layers (0 for documents stored
-- before this migration until it fills them).
ALTER TABLE documents ADD COLUMN n_actors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN n_event_actors INTEGER NOT NULL DEFAULT 0;
