-- Copydesk schema, version 12: the names a category had. Revisions keep the names of the categories
-- an article was filed under. When a category is renamed, merged into another or deleted with its
-- articles moved, its old name (as Category.key has it) points here to the category its articles
-- are in now, so that restoring an earlier version files the article there and does not make the
-- old category again. A category of that name made later wins over the alias. The aliases of a
-- category go with it when it is deleted with nowhere to move to.

CREATE TABLE category_aliases (
    name_key    TEXT    PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE
);

CREATE INDEX category_aliases_by_category ON category_aliases (category_id);
