-- 0005: search rows keyed by length. A search rowid is now
--   length class << 41 | 1 << 40 for a title | sentences.sid or documents.doc
-- (the class is the bit length of the length in code points) so each index
-- lists shorter sentences first. A query matching more rows
-- than the store ranks (docs/store.md) ranks the shortest of them, a cut
-- FTS5 makes by rowid without reading the rest. Both indexes are rebuilt
-- by the store after this file runs.
DROP TABLE search_trigram;
DROP TABLE search_words;

CREATE VIRTUAL TABLE search_trigram USING fts5 (
    body,
    tokenize = 'trigram',
    content = '',
    contentless_delete = 1
);

CREATE VIRTUAL TABLE search_words USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''',
    content = '',
    contentless_delete = 1
);
