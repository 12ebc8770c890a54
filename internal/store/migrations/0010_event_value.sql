-- 0010: the TIMEX3 value of an event's time (event.Event.Value), which may
-- differ from its time mention's: the year alone after "shortly after
-- that", a range for "between 1979 and 1991" written as two mentions.
-- Events stored before take their time mention's value, which is what the
-- annotator gave every event then.
ALTER TABLE events ADD COLUMN time_value TEXT NOT NULL DEFAULT '';
UPDATE events SET time_value = coalesce(
    (SELECT t.value FROM times t WHERE t.doc = events.doc AND t.idx = events.time), '')
WHERE time IS NOT NULL;
