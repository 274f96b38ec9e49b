-- Issue #6, the list as a desk: word counts to show and sort by, and the user's saved views.


-- Words of the body, as BodyStats counts them (the editor's count); written with every save.
-- Rows older than this migration are counted by the Migrator right after it (WordCounts), from
-- their stored plain text, so the list, its sort and the export show the editor's count.
ALTER TABLE articles ADD COLUMN word_count INTEGER NULL;

CREATE INDEX articles_word_count ON articles (word_count);

-- A desk view saved under a name: its filters and search text. "Mine" is a flag, so the view
-- follows whoever uses it; statuses and categories are JSON arrays of names; the last-change
-- range is two ISO dates (yyyy-MM-dd), both days included, either may be NULL.
CREATE TABLE saved_views (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL UNIQUE,             -- NFC, lower case, set by the app
    position     INTEGER NOT NULL,
    statuses     TEXT    NOT NULL DEFAULT '[]',
    categories   TEXT    NOT NULL DEFAULT '[]',
    mine         INTEGER NOT NULL DEFAULT 0,
    author       TEXT    NOT NULL DEFAULT '',
    tag          TEXT    NOT NULL DEFAULT '',
    changed_from TEXT    NULL,
    changed_to   TEXT    NULL,
    search       TEXT    NOT NULL DEFAULT ''
);
