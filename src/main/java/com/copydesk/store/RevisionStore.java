package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.Revision;
import com.copydesk.article.Workflow;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyStats;
import com.copydesk.body.HtmlCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The saved versions of each article. {@link ArticleStore#save} writes them; this lists them,
 * reads one back and restores one.
 */
public final class RevisionStore {

    private final Database db;

    public RevisionStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The article's revisions, newest first, each with its word change from the one before it. */
    public List<Revision> list(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("list the revisions", connection -> {
            List<Revision> oldestFirst = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, saved_at, author, restored_from, "
                    + "word_count, body_html FROM revisions WHERE article_id = ? ORDER BY saved_at, id")) {
                select.setString(1, articleId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    int previousWords = 0;
                    while (rows.next()) {
                        int words = wordCount(rows);
                        long restoredFrom = rows.getLong(4);
                        Instant restored = rows.wasNull() ? null : Instant.ofEpochMilli(restoredFrom);
                        oldestFirst.add(new Revision(rows.getLong(1), articleId, Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), words, words - previousWords, restored));
                        previousWords = words;
                    }
                }
            }
            List<Revision> newestFirst = new ArrayList<>(oldestFirst);
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        });
    }

    /** The article as it was in that revision, modified at the time of that save; empty if there is no such revision. */
    public Optional<Article> content(long revisionId) {
        return db.query("read a revision", connection -> content(connection, revisionId));
    }

    /**
     * Makes the revision's content the article's current version, saved at {@code now}, and records
     * that as a new revision, so a restore can itself be undone. Returns the article as now saved.
     * The workflow status stays as it is: it changes only by a step, which the role must be allowed
     * and which the timeline records. Categories renamed or merged since are filed under their names
     * of now.
     *
     * @throws StoreException when the revision no longer exists, the article is Published or
     *                        Spiked (its text is locked until a step opens it again), or it is in the Trash
     */
    public Article restore(long revisionId, Instant now) {
        Objects.requireNonNull(now, "now");
        return db.transaction("restore a revision", connection -> {
            Article old = content(connection, revisionId).orElseThrow(
                    () -> new SQLException("the revision " + revisionId + " no longer exists"));
            ArticleStatus status = WorkflowStore.currentStatus(connection, old.id());
            refuseLocked(status);
            if (WorkflowStore.isTrashed(connection, old.id())) { // written there, it would be listed as if taken out
                throw new StoreException("The story is in the Trash: take it out first (Article → Trash…, Restore), "
                        + "then restore the version.");
            }
            Instant savedAt = savedAt(connection, revisionId);
            Article restored = old.withStatus(status)
                    .withCategories(CategoryRows.namesOfNow(connection, old.categories()))
                    .withModified(now);
            String bodyHtml = ArticleRows.upsert(connection, restored);
            ArticleRows.replaceCategories(connection, restored);
            RevisionRows.record(connection, restored, bodyHtml, "", savedAt);
            return restored;
        });
    }

    private static void refuseLocked(ArticleStatus status) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new StoreException("The story is Published, so its text is locked: take “Edit published” first, "
                    + "then restore the version.");
        }
        if (Workflow.isLocked(status)) {
            throw new StoreException("The story is " + status.label() + ", so its text is locked: restore it "
                    + "from the Spike first (Workflow → Restore), then restore the version.");
        }
    }

    /** Applies the pruning policy to every article's revisions, as of {@code now}. */
    public void pruneAll(Instant now) {
        db.transaction("tidy up old revisions", connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT article_id FROM revisions");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            for (String id : ids) {
                RevisionRows.prune(connection, id, now);
            }
            return null;
        });
    }

    private static int wordCount(ResultSet row) throws SQLException {
        int stored = row.getInt(5);
        if (!row.wasNull()) {
            return stored;
        }
        return BodyStats.of(HtmlCodec.fromHtml(row.getString(6))).words();
    }

    private static Instant savedAt(Connection connection, long revisionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT saved_at FROM revisions WHERE id = ?")) {
            select.setLong(1, revisionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Instant.ofEpochMilli(row.getLong(1));
            }
        }
    }

    private static Optional<Article> content(Connection connection, long revisionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.article_id, r.saved_at, a.created_at, "
                + "r.headline, r.dek, r.byline, r.dateline, r.publish_date, r.status, r.categories, r.body_html, "
                // The target length is the desk's plan, not part of a revision: the article keeps its own.
                + "a.target_length "
                + "FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.id = ?")) {
            select.setLong(1, revisionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    String publishDate = row.getString(8);
                    BodyDocument body = HtmlCodec.fromHtml(row.getString(11));
                    return Optional.of(new Article(UUID.fromString(row.getString(1)), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7),
                            publishDate == null ? null : LocalDate.parse(publishDate),
                            RevisionRows.categories(row.getString(10)), ArticleStatus.valueOf(row.getString(9)), body,
                            Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(2)),
                            ArticleRows.targetLength(row, "target_length")));
                } catch (RuntimeException e) {
                    throw new SQLException("the revision " + revisionId + " is damaged (" + e.getMessage() + ")", e);
                }
            }
        }
    }
}
