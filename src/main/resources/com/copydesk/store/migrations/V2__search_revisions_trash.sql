-- Copydesk schema, version 2: full-text search, revisions and the trash.

-- Trash: a trashed article keeps its row until the trash is emptied. NULL = not in the trash.
ALTER TABLE articles ADD COLUMN deleted_at INTEGER NULL;                 -- epoch millis

CREATE INDEX articles_trashed ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

-- Full-text search. The index reads its text from the articles table (external content), so the
-- text is stored once. It needs a stable integer key per article: articles.id is text and the
-- implicit rowid may change on VACUUM, hence search_id, assigned once when an article is inserted.
ALTER TABLE articles ADD COLUMN search_id INTEGER NULL;

UPDATE articles SET search_id = rowid;

CREATE UNIQUE INDEX articles_search_id ON articles (search_id);

CREATE VIRTUAL TABLE article_search USING fts5 (
    headline, dek, byline, body_text,
    content = 'articles', content_rowid = 'search_id',
    tokenize = 'unicode61 remove_diacritics 2',
    -- Search runs as you type, on prefixes: index the first 2, 3 and 4 letters of every word so a
    -- prefix query reads one short list instead of merging every word that starts that way.
    prefix = '2 3 4'
);

-- A word in the headline counts more than one in the dek, byline or body.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)');

INSERT INTO article_search (article_search) VALUES ('rebuild');

-- The triggers keep the index in step inside the transaction that changes the article.
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, headline, dek, byline, body_text)
    VALUES (new.search_id, new.headline, new.dek, new.byline, new.body_text);
END;

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, headline, dek, byline, body_text)
    VALUES ('delete', old.search_id, old.headline, old.dek, old.byline, old.body_text);
END;

-- Only when searchable text changed: autosaving a status change need not touch the index.
CREATE TRIGGER articles_search_update AFTER UPDATE ON articles
WHEN old.headline IS NOT new.headline OR old.dek IS NOT new.dek OR old.byline IS NOT new.byline
    OR old.body_text IS NOT new.body_text OR old.search_id IS NOT new.search_id
BEGIN
    INSERT INTO article_search (article_search, rowid, headline, dek, byline, body_text)
    VALUES ('delete', old.search_id, old.headline, old.dek, old.byline, old.body_text);
    INSERT INTO article_search (rowid, headline, dek, byline, body_text)
    VALUES (new.search_id, new.headline, new.dek, new.byline, new.body_text);
END;

-- Revisions: full copies of an article's content as it was saved. Consecutive saves within a
-- couple of minutes update the newest revision instead of adding one (started_at..saved_at).
CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    started_at   INTEGER NOT NULL,                    -- epoch millis of the first save merged in
    saved_at     INTEGER NOT NULL,                    -- epoch millis of the last save merged in
    author       TEXT    NOT NULL DEFAULT '',
    restored_from INTEGER NULL,                       -- saved_at of the revision this one restored; never merged into
    word_count   INTEGER NULL,                        -- NULL: not yet counted (revisions made by this migration)
    headline     TEXT    NOT NULL,
    dek          TEXT    NOT NULL,
    byline       TEXT    NOT NULL,
    dateline     TEXT    NOT NULL,
    publish_date TEXT    NULL,
    status       TEXT    NOT NULL,
    categories   TEXT    NOT NULL,                    -- JSON array of names, primary first
    body_html    TEXT    NOT NULL
);

CREATE INDEX revisions_article ON revisions (article_id, saved_at);

-- Every existing article starts its history with what it holds now.
INSERT INTO revisions (article_id, started_at, saved_at, author, restored_from, word_count, headline, dek, byline,
                       dateline, publish_date, status, categories, body_html)
SELECT a.id, a.modified_at, a.modified_at, '', NULL, NULL,
       a.headline, a.dek, a.byline, a.dateline, a.publish_date, a.status,
       coalesce((SELECT json_group_array(name) FROM (SELECT c.name FROM article_categories ac
                 JOIN categories c ON c.id = ac.category_id WHERE ac.article_id = a.id ORDER BY ac.position)), '[]'),
       a.body_html
FROM articles a;
