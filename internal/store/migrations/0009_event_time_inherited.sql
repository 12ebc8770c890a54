-- 0009: whether an event's time is the narrative date in force rather than
-- a date stated in its own sentence (event.Event.TimeInherited), so that a
-- stored document gives back what the annotator found. Events stored
-- before this migration read as not inherited: no earlier version kept it.
ALTER TABLE events ADD COLUMN time_inherited INTEGER NOT NULL DEFAULT 0;
