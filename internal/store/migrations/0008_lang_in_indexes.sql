-- 0008: the language (as its label) on every time mention and event, and
-- language and type at the end of the interval indexes, so that a window
-- or a listing filtered by them is checked inside the index rather than
-- by looking up each row's document (a month of a large database can hold
-- thousands of rows that begin in it).
ALTER TABLE times ADD COLUMN lang_label INTEGER;
UPDATE times SET lang_label = (SELECT l.label FROM documents d JOIN labels l ON l.kind = 'lang' AND l.name = d.lang WHERE d.doc = times.doc);
DROP INDEX times_days;
CREATE INDEX times_days ON times (first_key, doc, idx, last_key, lang_label, type);

ALTER TABLE events ADD COLUMN lang_label INTEGER;
UPDATE events SET lang_label = (SELECT l.label FROM documents d JOIN labels l ON l.kind = 'lang' AND l.name = d.lang WHERE d.doc = events.doc);
DROP INDEX events_days;
CREATE INDEX events_days ON events (first_key, doc, idx, last_key, lang_label, type);
