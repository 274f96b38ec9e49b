-- Issue #6, the editors' desk: workflow states, status history, review notes, tags.
-- MERGE NOTE: this is the desk migration meant to ship as V4__desk.sql (after V2 trash/FTS and V3);
-- it is numbered 2 only because V2 and V3 are not in this clone yet. Renumber it, not its content.

-- Two new workflow states. SQLite cannot ALTER a CHECK constraint, and rebuilding the articles
-- table inside the migration's transaction would cascade-delete article_categories (foreign keys
-- cannot be switched off inside a transaction). Widening a CHECK changes no stored row, so the
-- SQLite documentation's in-place schema edit applies (sqlite.org/lang_altertable.html, section 7).
PRAGMA writable_schema = ON;

UPDATE sqlite_master
   SET sql = replace(sql, '''READY'', ''PUBLISHED'')', '''READY'', ''PUBLISHED'', ''CHANGES_REQUESTED'', ''SPIKED'')')
 WHERE type = 'table' AND name = 'articles';

-- RESET (rather than OFF) also makes this connection reparse the schema; the CREATE TABLEs below
-- bump the schema cookie, so other connections reparse it too.
PRAGMA writable_schema = RESET;

-- Stop here, loudly, if the edit above found nothing to replace (say an earlier migration rewrote
-- the articles table): the CHECK below fails and the whole migration is rolled back.
CREATE TEMP TABLE desk_status_check (widened INTEGER NOT NULL CHECK (widened = 1));

INSERT INTO desk_status_check
SELECT sql LIKE '%''CHANGES_REQUESTED'', ''SPIKED''%' FROM sqlite_master WHERE type = 'table' AND name = 'articles';

DROP TABLE desk_status_check;

-- Every workflow step: who took it, when, and an optional note. The timeline of an article.
CREATE TABLE status_history (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    from_status   TEXT    NOT NULL,
    to_status     TEXT    NOT NULL,
    action        TEXT    NOT NULL,                   -- WorkflowAction name
    user_name     TEXT    NOT NULL,
    user_initials TEXT    NOT NULL,
    changed_at    INTEGER NOT NULL,                   -- epoch millis
    note          TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX status_history_article ON status_history (article_id, id);

-- Editors' notes on an article; parent_id makes a reply (one level). Never published or exported.
CREATE TABLE review_notes (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id   INTEGER NULL REFERENCES review_notes (id) ON DELETE CASCADE,
    author_name TEXT    NOT NULL,
    author_initials TEXT NOT NULL,
    created_at  INTEGER NOT NULL,                     -- epoch millis
    text        TEXT    NOT NULL,
    resolved_at INTEGER NULL,
    resolved_by TEXT    NULL
);

CREATE INDEX review_notes_article ON review_notes (article_id, id);

-- Free keywords, kept as first typed. name_key (NFC, lower case, set by the app) makes "Café",
-- "CAFÉ" and "Café" one tag; SQLite's NOCASE alone folds ASCII letters only.
CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    name_key TEXT    NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE INDEX articles_status ON articles (status);

-- A category's color on the desk, as #rrggbb; empty for none.
ALTER TABLE categories ADD COLUMN color TEXT NOT NULL DEFAULT '';
