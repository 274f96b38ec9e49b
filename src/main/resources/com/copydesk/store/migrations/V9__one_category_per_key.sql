-- Copydesk schema, version 9: one category per name. Before names were compared as Category.key
-- does (full case folding, Unicode form, spacing), a name typed in another case or form made a
-- second category beside the first, "économie" beside "Économie". Each such group becomes one
-- category. category_key(name) is Category.key, registered on the connection by the Migrator.

-- Each look-alike and the category it goes into: the group's category with most articles (trashed
-- ones too, as Edit → Categories… counts them), on a tie the oldest (lowest id). Its spelling,
-- place in the list and id are kept. rank orders the look-alikes the same way.
CREATE TEMP TABLE category_merges AS
WITH keyed AS (
    SELECT c.id, category_key(c.name) AS name_key,
           (SELECT count(*) FROM article_categories ac WHERE ac.category_id = c.id) AS articles
      FROM categories c
), ranked AS (
    SELECT id, name_key,
           row_number() OVER (PARTITION BY name_key ORDER BY articles DESC, id) AS rank,
           first_value(id) OVER (PARTITION BY name_key ORDER BY articles DESC, id) AS into_id
      FROM keyed
)
SELECT id AS from_id, into_id, name_key, rank FROM ranked WHERE rank > 1;

-- Settings: the kept category keeps its own color and default target length. One it has not set
-- it takes from the first look-alike (by rank) that has. Where both have one and they differ, the
-- kept category's wins and the look-alike's goes with its row: one category has one of each.
UPDATE categories
   SET color = (SELECT f.color FROM category_merges m JOIN categories f ON f.id = m.from_id
                 WHERE m.into_id = categories.id AND f.color <> '' ORDER BY m.rank LIMIT 1)
 WHERE color = ''
   AND EXISTS (SELECT 1 FROM category_merges m JOIN categories f ON f.id = m.from_id
                WHERE m.into_id = categories.id AND f.color <> '');

UPDATE categories
   SET default_target_length = (SELECT f.default_target_length FROM category_merges m JOIN categories f ON f.id = m.from_id
                                 WHERE m.into_id = categories.id AND f.default_target_length IS NOT NULL
                                 ORDER BY m.rank LIMIT 1)
 WHERE default_target_length IS NULL
   AND id IN (SELECT into_id FROM category_merges);

-- Articles. One filed under several spellings keeps one link, in the first of their places: the
-- category stays its primary one if any spelling was.
UPDATE article_categories
   SET position = (SELECT min(ac.position) FROM article_categories ac JOIN category_merges m ON m.from_id = ac.category_id
                    WHERE ac.article_id = article_categories.article_id AND m.into_id = article_categories.category_id)
 WHERE category_id IN (SELECT into_id FROM category_merges)
   AND position > (SELECT min(ac.position) FROM article_categories ac JOIN category_merges m ON m.from_id = ac.category_id
                    WHERE ac.article_id = article_categories.article_id AND m.into_id = article_categories.category_id);

-- One filed under look-alikes only goes under the kept category, in the place of the first.
INSERT INTO article_categories (article_id, category_id, position)
SELECT ac.article_id, m.into_id, min(ac.position)
  FROM article_categories ac JOIN category_merges m ON m.from_id = ac.category_id
 WHERE NOT EXISTS (SELECT 1 FROM article_categories k WHERE k.article_id = ac.article_id AND k.category_id = m.into_id)
 GROUP BY ac.article_id, m.into_id;

-- V8's triggers bring each article's stored primary category (articles.primary_category) in step
-- as its links change. The search index holds no category, and no article row changes otherwise.
DELETE FROM article_categories WHERE category_id IN (SELECT from_id FROM category_merges);

-- Saved views name the categories they filter on: a look-alike's name becomes the kept spelling.
UPDATE saved_views
   SET categories = (SELECT json_group_array(name) FROM (
           SELECT DISTINCT coalesce((SELECT k.name FROM category_merges m JOIN categories k ON k.id = m.into_id
                                      WHERE m.name_key = category_key(j.value) LIMIT 1), j.value) AS name
             FROM json_each(saved_views.categories) j
            ORDER BY name))
 WHERE EXISTS (SELECT 1 FROM json_each(saved_views.categories) j JOIN category_merges m
                ON m.name_key = category_key(j.value));

DELETE FROM categories WHERE id IN (SELECT from_id FROM category_merges);

DROP TABLE temp.category_merges;
