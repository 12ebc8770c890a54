-- 0003: an interval index in the order Times returns rows (first_day, then
-- document and position), with last_day inside it, so a window query reads
-- the index in order, skips non-overlapping entries without touching the
-- table, and stops at its LIMIT instead of sorting every match.
DROP INDEX times_interval;
CREATE INDEX times_window ON times (first_day, doc, idx, last_day);
