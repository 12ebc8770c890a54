-- 0004: time intervals as day numbers (days since 1970-01-01), because ISO
-- text sorts wrongly before 1 CE and after 9999, and an R*Tree over them
-- for the mentions that begin before a window and reach into it.
--
-- A window query [from, to] returns, in (first_key, doc, idx) order:
--   1. mentions that begin before `from` and end on or after it: an R*Tree
--      stabbing query, sorted by (first, id) inside the R*Tree (id encodes
--      doc and idx, so this is the same order) and cut at the page size;
--   2. mentions that begin inside the window: a range of times_days, read
--      in order and stopped at the page size.
-- Keys are NULL (and the R*Tree has no entry) for durations, sets and
-- malformed intervals. The store fills the keys of existing rows after
-- this file runs.
ALTER TABLE times ADD COLUMN first_key INTEGER;
ALTER TABLE times ADD COLUMN last_key INTEGER;
DROP INDEX times_window;
CREATE INDEX times_days ON times (first_key, doc, idx, last_key);

-- id = doc * 2^24 + idx (a document holds fewer than 2^24 mentions).
CREATE VIRTUAL TABLE times_rtree USING rtree_i32 (id, first, last);
