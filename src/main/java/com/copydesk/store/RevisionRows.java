package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.body.BodyStats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes revisions inside the transaction that saves the article. */
final class RevisionRows {

    /** Saves closer together than this (from the first save merged in) update one revision. */
    static final Duration COALESCE_WINDOW = Duration.ofMinutes(2);

    static final String CONTENT_COLUMNS = "headline, dek, byline, dateline, publish_date, status, categories, body_html";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionRows() {
    }

    /**
     * Records the article's content as just saved: nothing if it equals the newest revision, else
     * the newest revision is updated when it began less than {@link #COALESCE_WINDOW} ago (same
     * author, not a restore), else a new revision is added and old ones are pruned.
     */
    static void record(Connection connection, Article article, String bodyHtml, String author, Instant restoredFrom)
            throws SQLException {
        String categories = json(article.categories());
        Latest latest = latest(connection, article.id().toString());
        boolean restoring = restoredFrom != null;
        if (!restoring && latest != null && latest.sameContent(article, bodyHtml, categories)) {
            return;
        }
        long saved = article.modified().toEpochMilli();
        int words = BodyStats.wordsOf(article.body());
        if (!restoring && latest != null && latest.mayMergeWith(saved, author)) {
            update(connection, latest.id, saved, words, article, bodyHtml, categories);
        } else {
            insert(connection, article, saved, words, author, restoredFrom, bodyHtml, categories);
            prune(connection, article.id().toString(), article.modified());
        }
    }

    /** Adds a revision: parameters as {@link #bindInsert}. */
    static final String INSERT = "INSERT INTO revisions (article_id, started_at, saved_at, author, restored_from, "
            + "word_count, " + CONTENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void insert(Connection connection, Article article, long saved, int words, String author,
                               Instant restoredFrom, String bodyHtml, String categories) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindInsert(insert, article, saved, words, author, restoredFrom, bodyHtml, categories);
            insert.executeUpdate();
        }
    }

    /** Binds the parameters of {@link #INSERT}: the article's content as saved at {@code saved}. */
    static void bindInsert(PreparedStatement insert, Article article, long saved, int words, String author,
                           Instant restoredFrom, String bodyHtml, String categories) throws SQLException {
        insert.setString(1, article.id().toString());
        insert.setLong(2, saved);
        insert.setLong(3, saved);
        insert.setString(4, author);
        if (restoredFrom == null) {
            insert.setNull(5, java.sql.Types.INTEGER);
        } else {
            insert.setLong(5, restoredFrom.toEpochMilli());
        }
        insert.setInt(6, words);
        setContent(insert, 7, article, bodyHtml, categories);
    }

    private static void update(Connection connection, long id, long saved, int words, Article article,
                               String bodyHtml, String categories) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE revisions SET saved_at = ?, "
                + "word_count = ?, headline = ?, dek = ?, byline = ?, dateline = ?, publish_date = ?, status = ?, "
                + "categories = ?, body_html = ? WHERE id = ?")) {
            update.setLong(1, saved);
            update.setInt(2, words);
            setContent(update, 3, article, bodyHtml, categories);
            update.setLong(11, id);
            update.executeUpdate();
        }
    }

    private static void setContent(PreparedStatement statement, int first, Article article, String bodyHtml,
                                   String categories) throws SQLException {
        statement.setString(first, article.headline());
        statement.setString(first + 1, article.dek());
        statement.setString(first + 2, article.byline());
        statement.setString(first + 3, article.dateline());
        statement.setString(first + 4, article.publishDate() == null ? null : article.publishDate().toString());
        statement.setString(first + 5, article.status().name());
        statement.setString(first + 6, categories);
        statement.setString(first + 7, bodyHtml);
    }

    /** Deletes the article's revisions that {@link RevisionPruning} lets go. */
    static void prune(Connection connection, String articleId, Instant now) throws SQLException {
        List<RevisionPruning.Saved> saved = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, saved_at FROM revisions WHERE article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    saved.add(new RevisionPruning.Saved(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2))));
                }
            }
        }
        List<Long> doomed = RevisionPruning.toDelete(saved, now);
        if (doomed.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM revisions WHERE id = ?")) {
            for (long id : doomed) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    static String json(List<String> categories) throws SQLException {
        try {
            return JSON.writeValueAsString(categories);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write the categories " + categories, e);
        }
    }

    static List<String> categories(String json) throws SQLException {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged categories in a revision: " + json, e);
        }
    }

    private static Latest latest(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, started_at, saved_at, author, "
                + "restored_from IS NOT NULL, " + CONTENT_COLUMNS
                + " FROM revisions WHERE article_id = ? ORDER BY saved_at DESC, id DESC LIMIT 1")) {
            select.setString(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Latest(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
                        row.getBoolean(5), List.of(row.getString(6), row.getString(7), row.getString(8),
                        row.getString(9), String.valueOf(row.getString(10)), row.getString(11), row.getString(12),
                        row.getString(13)));
            }
        }
    }

    private record Latest(long id, long startedAt, long savedAt, String author, boolean restore, List<String> content) {

        boolean sameContent(Article article, String bodyHtml, String categories) {
            return content.equals(List.of(article.headline(), article.dek(), article.byline(), article.dateline(),
                    String.valueOf(article.publishDate() == null ? null : article.publishDate().toString()),
                    article.status().name(), categories, bodyHtml));
        }

        boolean mayMergeWith(long saved, String otherAuthor) {
            return !restore && Objects.equals(author, otherAuthor) && saved >= savedAt
                    && saved - startedAt < COALESCE_WINDOW.toMillis();
        }
    }
}
