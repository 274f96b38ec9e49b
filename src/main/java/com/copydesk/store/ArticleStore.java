package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Saves, finds and searches articles. */
public final class ArticleStore {

    private static final String NEWEST_FIRST = " ORDER BY modified_at DESC, id";

    private final Database db;

    public ArticleStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Up to {@code limit} articles, newest first by modification time. A blank query lists all;
     * otherwise only articles whose headline, dek, byline or body text contains the query,
     * ignoring case (SQLite folds case for ASCII letters only). {@code %}, {@code _} and
     * {@code \} in the query match themselves. A limit of 0 gives an empty list.
     */
    public List<ArticleSummary> list(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String text = query == null ? "" : query.strip();
        String where = text.isEmpty() ? "" : " WHERE a.headline LIKE ? ESCAPE '\\' OR a.dek LIKE ? ESCAPE '\\'"
                + " OR a.byline LIKE ? ESCAPE '\\' OR a.body_text LIKE ? ESCAPE '\\'";
        String sql = "SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a" + where
                + " ORDER BY a.modified_at DESC, a.id LIMIT ?";
        return db.query("search the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (!text.isEmpty()) {
                    String pattern = LikePattern.contains(text);
                    for (; parameter <= 4; parameter++) {
                        select.setString(parameter, pattern);
                    }
                }
                select.setInt(parameter, limit);
                List<ArticleSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(ArticleRows.summary(rows));
                    }
                }
                return summaries;
            }
        });
    }

    public Optional<Article> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.query("read an article", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + ArticleRows.ARTICLE_COLUMNS + " FROM articles WHERE id = ?");
                 PreparedStatement categoryNames = connection.prepareStatement(ArticleRows.CATEGORY_NAMES)) {
                select.setString(1, id.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(ArticleRows.article(row, categoryNames)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Inserts or replaces the article and its categories in one transaction. Category names not
     * yet known are added to the categories; a name matching an existing one ignoring case is
     * filed under the existing spelling. Timestamps are kept to the millisecond.
     */
    public void save(Article article) {
        Objects.requireNonNull(article, "article");
        db.transaction("save the article \"" + shortHeadline(article) + "\"", connection -> {
            ArticleRows.upsert(connection, article);
            ArticleRows.replaceCategories(connection, article);
            return null;
        });
    }

    /**
     * Decides what an incoming article becomes when it is saved with {@link #saveAll}: the article
     * to save (the same one, or a changed one such as a copy under a new id), or {@code null} to skip it.
     */
    @FunctionalInterface
    public interface Arrival {
        Article resolve(Article incoming, boolean idAlreadySaved);
    }

    /** Saves all the articles in one transaction: either every one is saved or none is. */
    public void saveAll(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        saveAll(articles.iterator(), (incoming, exists) -> incoming);
    }

    /**
     * Saves every article {@code articles} gives, as {@code arrival} decides, in one transaction.
     * The articles are taken one at a time, so they may be read from a file while they are saved.
     * If the iterator or a save fails, nothing of it is kept and the failure is rethrown as it is
     * (a {@link StoreException} when the database failed).
     *
     * @return the number of articles saved (skipped ones not counted)
     */
    public int saveAll(Iterator<Article> articles, Arrival arrival) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(arrival, "arrival");
        return db.transaction("save the imported articles", connection -> {
            int saved = 0;
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                while (articles.hasNext()) {
                    Article incoming = articles.next();
                    exists.setString(1, incoming.id().toString());
                    boolean known;
                    try (ResultSet row = exists.executeQuery()) {
                        known = row.next();
                    }
                    Article article = arrival.resolve(incoming, known);
                    if (article != null) {
                        ArticleRows.upsert(connection, article);
                        ArticleRows.replaceCategories(connection, article);
                        saved++;
                    }
                }
            }
            return saved;
        });
    }

    /** Deletes the article and its category links; does nothing if there is no such article. */
    public void delete(UUID id) {
        Objects.requireNonNull(id, "id");
        db.transaction("delete an article", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                delete.setString(1, id.toString());
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Hands each of the given articles (all of them when {@code ids} is empty) to {@code action},
     * newest first, reading them one row at a time so that memory use does not grow with the
     * number of articles. Unknown ids are skipped. The action runs while this database is held
     * for the walk, so it may use the stores itself, but only on the calling thread.
     */
    public void forEach(Collection<UUID> ids, Consumer<Article> action) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(action, "action");
        // One JSON array parameter instead of "IN (?, ?, ...)", which would hit SQLite's limit on parameters.
        String where = ids.isEmpty() ? "" : " WHERE id IN (SELECT value FROM json_each(?))";
        String sql = "SELECT " + ArticleRows.ARTICLE_COLUMNS + " FROM articles" + where + NEWEST_FIRST;
        db.query("read the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                 PreparedStatement categoryNames = connection.prepareStatement(ArticleRows.CATEGORY_NAMES)) {
                if (!ids.isEmpty()) {
                    select.setString(1, jsonArray(ids));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        action.accept(ArticleRows.article(rows, categoryNames));
                    }
                }
            }
            return null;
        });
    }

    public int count() {
        return db.query("count the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM articles");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static String jsonArray(Collection<UUID> ids) {
        // UUID strings hold only hex digits and dashes, so no JSON escaping is needed.
        return ids.stream().map(id -> "\"" + Objects.requireNonNull(id, "id") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String shortHeadline(Article article) {
        String headline = article.headline().strip();
        if (headline.isEmpty()) {
            return "(no headline)";
        }
        if (headline.codePointCount(0, headline.length()) <= 60) {
            return headline;
        }
        return headline.substring(0, headline.offsetByCodePoints(0, 57)) + "...";
    }
}
