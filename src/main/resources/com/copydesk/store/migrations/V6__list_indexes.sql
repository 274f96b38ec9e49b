-- Copydesk schema, version 6: indexes that let the list and search results be read without
-- touching article rows. A row holds the body (HTML and text, often tens of KB in overflow pages)
-- before modified_at, deleted_at and search_id, so reading those from the row walks the whole body.
-- Measured on 100,000 articles in src/bench (ListBenchmark, SearchBenchmark).

-- The list, newest first, and its further pages: everything a list row shows.
CREATE INDEX articles_newest ON articles (modified_at DESC, id, deleted_at, status, headline);

-- Search results are found by search_id in the full-text index, then shown from this.
CREATE INDEX articles_by_search_id ON articles (search_id, deleted_at, modified_at, status, id, headline);

-- An article's primary category (lowest position) without sorting its categories.
CREATE INDEX article_categories_in_order ON article_categories (article_id, position, category_id);

-- Superseded by articles_newest.
DROP INDEX articles_modified_at;
