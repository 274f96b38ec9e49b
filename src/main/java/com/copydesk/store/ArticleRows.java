package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.HtmlCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Converts between {@link Article} and rows of the articles and article_categories tables. */
final class ArticleRows {

    static final String ARTICLE_COLUMNS = "id, headline, dek, byline, dateline, publish_date, status, "
            + "body_html, created_at, modified_at, target_length";

    /** A list row; primary_category is kept in step with the article's categories by triggers (V8). */
    static final String SUMMARY_COLUMNS = "a.id, a.headline, a.status, a.modified_at, a.byline, a.word_count, "
            + "a.primary_category";

    static final String CATEGORY_NAMES = "SELECT c.name FROM article_categories ac "
            + "JOIN categories c ON c.id = ac.category_id WHERE ac.article_id = ? ORDER BY ac.position";

    /**
     * Inserts or updates an article for an import: parameters 1-13 as {@link #bind}, 14 the
     * search_id of a new row and 15 the primary category's name, written to new and updated rows
     * alike. The import sets V8's category-link triggers aside (see {@code ArchiveImport}), so the
     * row carries the name of the first category it is then linked to.
     */
    static final String UPSERT_WITH_SEARCH_ID_AND_PRIMARY = upsert("?, ?", ", primary_category");

    private static final String UPSERT = upsert("(SELECT coalesce(max(search_id), 0) + 1 FROM articles)", "");

    private static String upsert(String searchIdValues, String primaryColumn) {
        return "INSERT INTO articles (id, headline, dek, byline, dateline, publish_date, "
                + "status, body_html, body_text, created_at, modified_at, target_length, word_count, search_id"
                + primaryColumn + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + searchIdValues + ") "
                + "ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, dek = excluded.dek, "
                + "byline = excluded.byline, dateline = excluded.dateline, publish_date = excluded.publish_date, "
                + "status = excluded.status, body_html = excluded.body_html, body_text = excluded.body_text, "
                + "created_at = excluded.created_at, modified_at = excluded.modified_at, "
                + "target_length = excluded.target_length, word_count = excluded.word_count"
                + (primaryColumn.isEmpty() ? "" : ", primary_category = excluded.primary_category");
    }

    private ArticleRows() {
    }

    /** Reads the article in the current row (selected with {@link #ARTICLE_COLUMNS}); categories come from {@code categoryNames}. */
    static Article article(ResultSet row, PreparedStatement categoryNames) throws SQLException {
        String id = row.getString("id");
        try {
            return decode(row, categoryNames, id);
        } catch (RuntimeException e) {
            // Bad values can only come from outside Copydesk; report which article is damaged.
            throw new SQLException("the article with id " + id + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static Article decode(ResultSet row, PreparedStatement categoryNames, String id) throws SQLException {
        String publishDate = row.getString("publish_date");
        return new Article(
                UUID.fromString(id),
                row.getString("headline"),
                row.getString("dek"),
                row.getString("byline"),
                row.getString("dateline"),
                publishDate == null ? null : LocalDate.parse(publishDate),
                categories(categoryNames, id),
                ArticleStatus.valueOf(row.getString("status")),
                HtmlCodec.fromHtml(row.getString("body_html")),
                Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("modified_at")),
                targetLength(row, "target_length"));
    }

    /** A nullable INTEGER column as an Integer. */
    static Integer targetLength(ResultSet row, String column) throws SQLException {
        int words = row.getInt(column);
        return row.wasNull() ? null : words;
    }

    static ArticleSummary summary(ResultSet row, String snippet) throws SQLException {
        String id = row.getString("id");
        try {
            return new ArticleSummary(
                    UUID.fromString(id),
                    row.getString("headline"),
                    ArticleStatus.valueOf(row.getString("status")),
                    row.getString("primary_category"),
                    Instant.ofEpochMilli(row.getLong("modified_at")),
                    snippet == null ? "" : snippet,
                    row.getString("byline"),
                    row.getInt("word_count"));
        } catch (RuntimeException e) {
            throw new SQLException("the article with id " + id + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Inserts or updates the article's row; returns the body as stored, in HTML. */
    static String upsert(Connection connection, Article article) throws SQLException {
        EncodedBody body = EncodedBody.of(article.body());
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bind(upsert, article, body);
            upsert.executeUpdate();
        }
        return body.html();
    }

    /** Binds parameters 1-13 of an upsert: the article's fields and its body as stored. */
    static void bind(PreparedStatement upsert, Article article, EncodedBody body) throws SQLException {
        upsert.setString(1, article.id().toString());
        upsert.setString(2, article.headline());
        upsert.setString(3, article.dek());
        upsert.setString(4, article.byline());
        upsert.setString(5, article.dateline());
        upsert.setString(6, article.publishDate() == null ? null : article.publishDate().toString());
        upsert.setString(7, article.status().name());
        upsert.setString(8, body.html());
        upsert.setString(9, body.text());
        upsert.setLong(10, article.created().toEpochMilli());
        upsert.setLong(11, article.modified().toEpochMilli());
        upsert.setObject(12, article.targetLength());
        upsert.setInt(13, body.words());
    }

    /**
     * Replaces the article's categories, creating unknown ones; position 0 is the primary category.
     * Only links that change are written: a change of the primary category rewrites the article's
     * row, body and all (V8's triggers keep articles.primary_category), so an autosave that keeps
     * the categories must not remove and re-add them.
     */
    static void replaceCategories(Connection connection, Article article) throws SQLException {
        String id = article.id().toString();
        // "Politics" and "politics" are the same category: keep the first, skip the repeat.
        List<Long> categoryIds = new ArrayList<>();
        for (String name : article.categories()) {
            long categoryId = CategoryRows.findOrCreate(connection, name).id();
            if (!categoryIds.contains(categoryId)) {
                categoryIds.add(categoryId);
            }
        }
        try (PreparedStatement unlink = connection.prepareStatement("DELETE FROM article_categories "
                + "WHERE article_id = ? AND category_id NOT IN (SELECT value FROM json_each(?))")) {
            unlink.setString(1, id);
            unlink.setString(2, categoryIds.toString());
            unlink.executeUpdate();
        }
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO article_categories (article_id, category_id, position) VALUES (?, ?, ?) "
                        + "ON CONFLICT (article_id, category_id) DO UPDATE SET position = excluded.position "
                        + "WHERE position IS NOT excluded.position")) {
            for (int position = 0; position < categoryIds.size(); position++) {
                link.setString(1, id);
                link.setLong(2, categoryIds.get(position));
                link.setInt(3, position);
                link.executeUpdate();
            }
        }
    }

    private static List<String> categories(PreparedStatement categoryNames, String articleId) throws SQLException {
        categoryNames.setString(1, articleId);
        List<String> names = new ArrayList<>();
        try (ResultSet rows = categoryNames.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
