-- Copydesk schema, version 8: the list's column sorts read through indexes (issue #5).
-- Sorting 100,000 articles by category computed every row's primary category and sorted them
-- all for each page of 500 (about 2 s a page); by headline it sorted every row below the last
-- one shown. Measured in src/bench (ListScrollBenchmark).

-- The primary category's name ('' when the article has none), kept in step by the triggers
-- below whatever changes an article's categories or a category's name.
ALTER TABLE articles ADD COLUMN primary_category TEXT NOT NULL DEFAULT '';

UPDATE articles
   SET primary_category = (SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                            WHERE ac.article_id = articles.id ORDER BY ac.position LIMIT 1)
 WHERE EXISTS (SELECT 1 FROM article_categories ac WHERE ac.article_id = articles.id);

-- Each trigger writes the article only when its primary category really changed: rewriting a
-- row copies its whole body.
CREATE TRIGGER article_categories_primary_insert AFTER INSERT ON article_categories BEGIN
    UPDATE articles
       SET primary_category = coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                         WHERE ac.article_id = new.article_id ORDER BY ac.position LIMIT 1), '')
     WHERE id = new.article_id
       AND primary_category IS NOT coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                              WHERE ac.article_id = new.article_id ORDER BY ac.position LIMIT 1), '');
END;

CREATE TRIGGER article_categories_primary_delete AFTER DELETE ON article_categories BEGIN
    UPDATE articles
       SET primary_category = coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                         WHERE ac.article_id = old.article_id ORDER BY ac.position LIMIT 1), '')
     WHERE id = old.article_id
       AND primary_category IS NOT coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                              WHERE ac.article_id = old.article_id ORDER BY ac.position LIMIT 1), '');
END;

CREATE TRIGGER article_categories_primary_update AFTER UPDATE ON article_categories BEGIN
    UPDATE articles
       SET primary_category = coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                         WHERE ac.article_id = articles.id ORDER BY ac.position LIMIT 1), '')
     WHERE id IN (old.article_id, new.article_id)
       AND primary_category IS NOT coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id
                                              WHERE ac.article_id = articles.id ORDER BY ac.position LIMIT 1), '');
END;

CREATE TRIGGER categories_primary_rename AFTER UPDATE OF name ON categories BEGIN
    UPDATE articles
       SET primary_category = new.name
     WHERE primary_category IS NOT new.name
       AND id IN (SELECT ac.article_id FROM article_categories ac WHERE ac.category_id = new.id)
       AND new.id = (SELECT ac.category_id FROM article_categories ac
                      WHERE ac.article_id = articles.id ORDER BY ac.position LIMIT 1);
END;

-- One index per column sort, in the order of the list's query (SortKey): the sort's value, then
-- newest first, then id, over the articles not in the trash. A page after a given row starts
-- where that row is in the index. Articles without a category or byline come last in either
-- direction: as an empty blob (after every text) going up, as 0 (before every text) going down.
CREATE INDEX articles_by_headline ON articles (headline COLLATE NOCASE, modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_category_up ON articles (
    (CASE primary_category WHEN '' THEN x'' ELSE primary_category END) COLLATE NOCASE, modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_category_down ON articles (
    (CASE primary_category WHEN '' THEN 0 ELSE primary_category END) COLLATE NOCASE DESC, modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_byline_up ON articles (
    (CASE trim(byline) WHEN '' THEN x'' ELSE trim(byline) END) COLLATE NOCASE, modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_byline_down ON articles (
    (CASE trim(byline) WHEN '' THEN 0 ELSE trim(byline) END) COLLATE NOCASE DESC, modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_status_up ON articles (
    (CASE status WHEN 'DRAFT' THEN 0 WHEN 'CHANGES_REQUESTED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'READY' THEN 3
                 WHEN 'PUBLISHED' THEN 4 ELSE 5 END), modified_at DESC, id)
    WHERE deleted_at IS NULL;

CREATE INDEX articles_by_status_down ON articles (
    (CASE status WHEN 'DRAFT' THEN 0 WHEN 'CHANGES_REQUESTED' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'READY' THEN 3
                 WHEN 'PUBLISHED' THEN 4 ELSE 5 END) DESC, modified_at DESC, id)
    WHERE deleted_at IS NULL;

-- Words need no index of their own: articles_word_count serves both directions (ties are few).
