-- 0002: full-text search over sentences and titles, two ways, because Thai
-- is written without spaces (the measurement is in docs/store.md):
--   search_trigram: the text as written, trigram tokenizer (substrings of 3+ characters);
--   search_words:   the text with a space between word-segmenter tokens, unicode61
--                   keeping Thai vowel and tone marks (categories M*) inside tokens.
-- Both are contentless (the text lives in documents.text) and keyed by rowid:
--   rowid > 0 is sentences.sid, rowid < 0 is -documents.doc (the title).
-- Rows of existing documents are filled by the store after this file runs.

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
