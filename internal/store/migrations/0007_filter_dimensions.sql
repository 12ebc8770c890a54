-- 0007: the interval R*Trees get the language and the type as two more
-- dimensions, so a window query filtered by them finds only matching
-- entries inside the R*Tree instead of looking up every entry's row (a
-- month of a large database can have thousands of entries that began
-- before it and reach into it). Languages and types are coded by labels.
CREATE TABLE labels (
    label INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL, -- 'lang', 'time_type' or 'event_type'
    name  TEXT NOT NULL,
    UNIQUE (kind, name)
);
INSERT INTO labels (kind, name) SELECT DISTINCT 'lang', lang FROM documents ORDER BY lang;
INSERT INTO labels (kind, name) SELECT DISTINCT 'time_type', type FROM times ORDER BY type;
INSERT INTO labels (kind, name) SELECT DISTINCT 'event_type', type FROM events ORDER BY type;

DROP TABLE times_rtree;
-- id = doc * 2^24 + idx; each label dimension holds one label (lo = hi).
CREATE VIRTUAL TABLE times_rtree USING rtree_i32 (id, first, last, lang_lo, lang_hi, type_lo, type_hi);
INSERT INTO times_rtree
    SELECT t.doc << 24 | t.idx, t.first_key, t.last_key, l.label, l.label, y.label, y.label
    FROM times t JOIN documents d ON d.doc = t.doc
    JOIN labels l ON l.kind = 'lang' AND l.name = d.lang
    JOIN labels y ON y.kind = 'time_type' AND y.name = t.type
    WHERE t.first_key IS NOT NULL;

DROP TABLE events_rtree;
CREATE VIRTUAL TABLE events_rtree USING rtree_i32 (id, first, last, lang_lo, lang_hi, type_lo, type_hi);
INSERT INTO events_rtree
    SELECT e.doc << 24 | e.idx, e.first_key, e.last_key, l.label, l.label, y.label, y.label
    FROM events e JOIN documents d ON d.doc = e.doc
    JOIN labels l ON l.kind = 'lang' AND l.name = d.lang
    JOIN labels y ON y.kind = 'event_type' AND y.name = e.type
    WHERE e.first_key IS NOT NULL;
