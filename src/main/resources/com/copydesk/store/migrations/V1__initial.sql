-- Copydesk schema, version 1. The schema_version table is created by the migrator itself.

CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL
);

CREATE TABLE articles (
    id           TEXT    PRIMARY KEY,                 -- UUID, lower case
    headline     TEXT    NOT NULL DEFAULT '',
    dek          TEXT    NOT NULL DEFAULT '',
    byline       TEXT    NOT NULL DEFAULT '',
    dateline     TEXT    NOT NULL DEFAULT '',
    publish_date TEXT    NULL,                        -- ISO yyyy-MM-dd
    status       TEXT    NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'READY', 'PUBLISHED')),
    body_html    TEXT    NOT NULL,                    -- HtmlCodec.toHtml of the body
    body_text    TEXT    NOT NULL,                    -- BodyDocument.plainText(), for search
    created_at   INTEGER NOT NULL,                    -- epoch millis
    modified_at  INTEGER NOT NULL                     -- epoch millis
);

CREATE INDEX articles_modified_at ON articles (modified_at);

CREATE TABLE article_categories (
    article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    position    INTEGER NOT NULL,                     -- 0 = primary category
    PRIMARY KEY (article_id, category_id)
);

CREATE INDEX article_categories_category ON article_categories (category_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO categories (name, position) VALUES
    ('Politics', 0),
    ('Business', 1),
    ('Science', 2),
    ('Culture', 3),
    ('Sports', 4),
    ('Local', 5),
    ('World', 6);
