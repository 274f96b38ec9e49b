-- Issue #6, the list as a desk: word counts to show and sort by, and the user's saved views.


-- Words of the body, as BodyStats counts them; written with every save. Rows older than this
-- migration get an estimate here (runs of white space between words), which the next save of
-- the article replaces with the exact count.
ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;

-- Five passes of "two spaces become one" squeeze runs of up to 32 spaces.
CREATE TEMP TABLE squeezed_bodies (id TEXT PRIMARY KEY, text TEXT NOT NULL);

INSERT INTO squeezed_bodies (id, text) SELECT id, replace(replace(replace(replace(replace(trim(replace(replace(replace(body_text, char(10), ' '), char(13), ' '), char(9), ' ')), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ') FROM articles;

UPDATE articles SET word_count = (
    SELECT CASE WHEN s.text = '' THEN 0 ELSE length(s.text) - length(replace(s.text, ' ', '')) + 1 END
      FROM squeezed_bodies s WHERE s.id = articles.id);

DROP TABLE squeezed_bodies;

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
