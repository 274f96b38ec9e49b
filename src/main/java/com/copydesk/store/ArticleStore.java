package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** How many search results get a snippet: about a screenful of the list. */
    static final int SNIPPET_ROWS = 12;
    /**
     * How many of the newest matches are ranked. Ranking every match of a short, common prefix
     * costs hundreds of milliseconds on a large archive (measured in src/bench); a desk looks
     * for recent stories, and a word found in fewer articles than this is ranked in full.
     */
    static final int RANKED_CANDIDATES = 1_000;

    private static final String NEWEST_FIRST_A = " ORDER BY a.modified_at DESC, a.id";

    private final Database db;

    public ArticleStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The database file the articles are kept in, e.g. for an export that must not write over it. */
    public Path databaseFile() {
        return db.file();
    }

    /**
     * Up to {@code limit} articles not in the trash. A blank query lists all, newest first by
     * modification time. Otherwise the full-text index of headline, dek, byline and body text is
     * searched (see {@link SearchQuery}: words, "phrases", the last word as a prefix, case and
     * diacritics folded), best matches first, each with a snippet of the matching passage. A query
     * without letters or digits (such as {@code %}) matches that text literally instead, newest
     * first. No query can make this fail. A limit of 0 gives an empty list.
     */
    public List<ArticleSummary> list(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return summaries("list the articles", "SELECT " + ArticleRows.SUMMARY_COLUMNS
                    + " FROM articles a WHERE a.deleted_at IS NULL" + NEWEST_FIRST_A + " LIMIT ?", false, limit);
        }
        Optional<String> match = SearchQuery.fts(text);
        if (match.isPresent()) {
            return search(match.get(), Snippets.forTerms(SearchQuery.terms(text)), limit);
        }
        String like = LikePattern.contains(text);
        return summaries("search the articles", "SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a"
                + " WHERE a.deleted_at IS NULL AND (a.headline LIKE ? ESCAPE '\\' OR a.dek LIKE ? ESCAPE '\\'"
                + " OR a.byline LIKE ? ESCAPE '\\' OR a.body_text LIKE ? ESCAPE '\\')" + NEWEST_FIRST_A + " LIMIT ?",
                false, like, like, like, like, limit);
    }

    /**
     * The page of the unsearched list that follows {@code last} (a row of {@link #list} with a blank
     * query, or of an earlier page): up to {@code limit} articles not in the trash, newest first.
     * For a list that loads further rows as it scrolls instead of holding every article. The
     * position is given by the row's modification time and id, so each page is read through the
     * index from where the last one ended, however far down the list it is.
     */
    public List<ArticleSummary> listAfter(ArticleSummary last, int limit) {
        Objects.requireNonNull(last, "last");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        long modified = last.modified().toEpochMilli();
        return summaries("list the articles", "SELECT " + ArticleRows.SUMMARY_COLUMNS
                + " FROM articles a WHERE a.deleted_at IS NULL AND a.modified_at <= ?"
                + " AND (a.modified_at < ? OR a.id > ?)" + NEWEST_FIRST_A + " LIMIT ?",
                false, modified, modified, last.id().toString(), limit);
    }

    /**
     * The newest {@link #RANKED_CANDIDATES} matches, ranked by FTS5 and cut to the limit before
     * anything is joined; as many more rows as there are articles in the trash, which are dropped.
     * Each row also carries the texts a snippet is made from, read only for the first rows: the
     * join has already walked each row's pages to reach the columns stored after the bodies.
     */
    private static final String SEARCH = "SELECT " + ArticleRows.SUMMARY_COLUMNS + ", a.dek, a.body_text FROM ("
            + "SELECT search_id, rank FROM (SELECT rowid AS search_id, rank FROM article_search"
            + " WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?"
            + ") m JOIN articles a ON a.search_id = m.search_id WHERE a.deleted_at IS NULL ORDER BY m.rank LIMIT ?";
    private static final String TRASHED_COUNT = "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL";

    /**
     * Searches with statements kept prepared on the connection (run on every keystroke).
     * Snippets cost a pass over each document's text, so only the first {@link #SNIPPET_ROWS}
     * results (about a screenful) get one, made by {@link Snippets}.
     */
    private List<ArticleSummary> search(String match, Snippets snippets, int limit) {
        List<ArticleSummary> found = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        db.query("search the articles", connection -> {
            long trashed = trashedCount();
            return db.withPrepared(SEARCH, select -> {
                select.setString(1, match);
                select.setLong(2, Math.max(RANKED_CANDIDATES, limit) + trashed);
                select.setLong(3, limit + trashed);
                select.setInt(4, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(ArticleRows.summary(rows, ""));
                        if (texts.size() < SNIPPET_ROWS) {
                            texts.add(Arrays.asList(rows.getString("headline"), rows.getString("dek"),
                                    rows.getString("byline"), rows.getString("body_text")));
                        }
                    }
                }
                return null;
            });
        });
        for (int i = 0; i < texts.size(); i++) {
            found.set(i, found.get(i).withSnippet(snippets.of(texts.get(i))));
        }
        return found;
    }

    private List<ArticleSummary> summaries(String action, String sql, boolean withSnippet, Object... parameters) {
        return db.query(action, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                return readSummaries(select, withSnippet);
            }
        });
    }

    private static List<ArticleSummary> readSummaries(PreparedStatement select, boolean withSnippet) throws SQLException {
        List<ArticleSummary> summaries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                summaries.add(ArticleRows.summary(rows, withSnippet ? rows.getString("snippet") : ""));
            }
        }
        return summaries;
    }

    private long trashedCount() throws SQLException {
        return db.withPrepared(TRASHED_COUNT, count -> {
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Articles in the trash, most recently trashed first. */
    public List<ArticleSummary> trashed(int limit) {
        return summaries("list the trash", "SELECT " + ArticleRows.SUMMARY_COLUMNS
                + " FROM articles a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id LIMIT ?",
                false, limit);
    }

    /** Finds an article by id, whether or not it is in the trash. */
    public Optional<Article> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.query("read an article", connection -> findIn(connection, id));
    }

    private static Optional<Article> findIn(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ArticleRows.ARTICLE_COLUMNS + " FROM articles WHERE id = ?");
             PreparedStatement categoryNames = connection.prepareStatement(ArticleRows.CATEGORY_NAMES)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(ArticleRows.article(row, categoryNames)) : Optional.empty();
            }
        }
    }

    /**
     * Saves what an editor changed: the fields where {@code edited} differs from {@code base}, the
     * article as the editor last knew it stored. The others keep what is stored now, which a bulk
     * step, a category rename or an import may have changed since the editor read it; without
     * that, saving typed text would put the old status or categories back. An article no longer
     * stored was deleted for good (the Trash emptied): it is not brought back.
     *
     * @return true when saved, false when there is no such article any more
     */
    public boolean saveEdits(Article base, Article edited) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(edited, "edited");
        if (!base.id().equals(edited.id())) {
            throw new IllegalArgumentException("the base of an edit must be the same article");
        }
        return db.transaction("save the article \"" + shortHeadline(edited) + "\"", connection -> {
            Optional<Article> stored = findIn(connection, edited.id());
            if (stored.isEmpty()) {
                return false;
            }
            saveIn(connection, stored.get().withEditsSince(base, edited).withModified(edited.modified()), "");
            return true;
        });
    }

    /**
     * Inserts or replaces the article and its categories in one transaction, together with its
     * search index entry and, when the content changed, a revision (see {@link RevisionStore}).
     * Category names not yet known are added to the categories; a name matching an existing one
     * ignoring case is filed under the existing spelling. Timestamps are kept to the millisecond.
     * Saving an article in the trash leaves it there.
     */
    public void save(Article article) {
        save(article, "");
    }

    /** As {@link #save(Article)}, recording {@code author} on the revision. */
    public void save(Article article, String author) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(author, "author");
        db.transaction("save the article \"" + shortHeadline(article) + "\"", connection -> {
            saveIn(connection, article, author);
            return null;
        });
    }

    private static void saveIn(Connection connection, Article article, String author) throws SQLException {
        String bodyHtml = ArticleRows.upsert(connection, article);
        ArticleRows.replaceCategories(connection, article);
        RevisionRows.record(connection, article, bodyHtml, author, null);
    }

    /**
     * Decides what an incoming article becomes when it is saved with {@link #saveAll}: the article
     * to save (the same one, or a changed one such as a copy under a new id), or {@code null} to skip it.
     */
    @FunctionalInterface
    public interface Arrival {
        Article resolve(Article incoming, boolean idAlreadySaved);
    }

    /**
     * Saves all the articles in one transaction, as {@link #save} would one by one: either all of
     * them are stored or none. For imports and generated test data, where a transaction per
     * article would cost a disk sync each.
     */
    public void saveAll(Collection<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        saveAll("save " + articles.size() + (articles.size() == 1 ? " article" : " articles"), articles.iterator(),
                (incoming, exists) -> incoming);
    }

    /**
     * Saves every article {@code articles} gives, as {@code arrival} decides, in one transaction.
     * The articles are taken one at a time, so they may be read from a file while they are saved.
     * A replaced article keeps its earlier text as a revision. If the iterator or a save fails,
     * nothing of it is kept and the failure is rethrown as it is (a {@link StoreException} when
     * the database failed).
     *
     * @return the number of articles saved (skipped ones not counted)
     */
    public int saveAll(Iterator<Article> articles, Arrival arrival) {
        return saveAll("save the imported articles", articles, arrival);
    }

    private int saveAll(String action, Iterator<Article> articles, Arrival arrival) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(arrival, "arrival");
        return db.transaction(action, connection -> {
            int saved = 0;
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                while (articles.hasNext()) {
                    Article incoming = Objects.requireNonNull(articles.next(), "article");
                    exists.setString(1, incoming.id().toString());
                    boolean known;
                    try (ResultSet row = exists.executeQuery()) {
                        known = row.next();
                    }
                    Article article = arrival.resolve(incoming, known);
                    if (article != null) {
                        saveIn(connection, article, "");
                        saved++;
                    }
                }
            }
            return saved;
        });
    }

    /** Moves the article to the trash (now); nothing is removed until the trash is emptied. */
    public void delete(UUID id) {
        trash(id, Instant.now());
    }

    /** Moves the article to the trash; does nothing if there is no such article or it is there already. */
    public void trash(UUID id, Instant when) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        db.transaction("move an article to the trash", connection -> {
            try (PreparedStatement trash = connection.prepareStatement(
                    "UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                trash.setLong(1, when.toEpochMilli());
                trash.setString(2, id.toString());
                trash.executeUpdate();
            }
            return null;
        });
    }

    /** Takes the article out of the trash; does nothing if it is not there. */
    public void restore(UUID id) {
        Objects.requireNonNull(id, "id");
        db.transaction("restore an article from the trash", connection -> {
            try (PreparedStatement restore = connection.prepareStatement(
                    "UPDATE articles SET deleted_at = NULL WHERE id = ?")) {
                restore.setString(1, id.toString());
                restore.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes every article in the trash for good, with its categories links and revisions; returns how many. */
    public int emptyTrash() {
        return db.transaction("empty the trash", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM articles WHERE deleted_at IS NOT NULL")) {
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Hands each of the given articles (all not in the trash when {@code ids} is empty) to {@code action},
     * newest first, reading them one row at a time so that memory use does not grow with the
     * number of articles. Unknown ids are skipped. The walk reads one snapshot on a connection of
     * its own, so a long one (an export of the whole archive) holds up no other work on this
     * database; the action may use the stores, which take their turn on the database's connection.
     */
    public void forEach(Collection<UUID> ids, Consumer<Article> action) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(action, "action");
        // One JSON array parameter instead of "IN (?, ?, ...)", which would hit SQLite's limit on parameters.
        String where = ids.isEmpty() ? " WHERE deleted_at IS NULL" : " WHERE id IN (SELECT value FROM json_each(?))";
        String sql = "SELECT " + ArticleRows.ARTICLE_COLUMNS + " FROM articles" + where + NEWEST_FIRST;
        db.readOnAConnectionOfItsOwn("read the articles", connection -> {
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

    /** The same database seen whole, for full exports and imports (tags, timeline, notes, revisions). */
    public ArchiveStore archive() {
        return new ArchiveStore(db);
    }

    /** How many articles there are, not counting the trash. */
    public int count() {
        return db.query("count the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM articles WHERE deleted_at IS NULL");
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
