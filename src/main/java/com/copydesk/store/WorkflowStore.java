package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.Workflow;
import com.copydesk.article.WorkflowAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Moves articles through the {@link Workflow} and keeps their timeline in status_history. */
public final class WorkflowStore {

    static final String HISTORY_COLUMNS =
            "article_id, from_status, to_status, action, user_name, user_initials, changed_at, note";

    private final Database db;

    public WorkflowStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Takes {@code action} on the article in one transaction: checks it against the state stored
     * now (someone else may have moved it since it was opened), sets the new status and
     * modification time, and records who, when and the note.
     *
     * @throws StoreException with a sentence for the user when the article is gone or the action
     *                        is not allowed from its current state
     */
    public StatusChange apply(UUID articleId, WorkflowAction action, UserProfile who, Instant when, String note) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(when, "when");
        return db.transaction(action.label().toLowerCase(Locale.ROOT),
                connection -> applyIn(connection, articleId, action, who, when, note));
    }

    /** {@link #apply} inside a transaction the caller holds (for bulk steps). */
    static StatusChange applyIn(Connection connection, UUID articleId, WorkflowAction action, UserProfile who,
                                Instant when, String note) throws SQLException {
        ArticleStatus from = currentStatus(connection, articleId);
        String verb = action.label().toLowerCase(Locale.ROOT);
        if (isTrashed(connection, articleId)) {
            throw new StoreException("Cannot " + verb + ": the article is in the Trash; restore it first (Article → Trash…).");
        }
        ArticleStatus beforeSpike = statusBeforeSpike(connection, articleId);
        ArticleStatus to = Workflow.target(from, action, beforeSpike)
                .orElseThrow(() -> new StoreException("Cannot " + verb + ": the article is now " + from.label() + "."));
        if (!Workflow.permits(who.role(), from, action, beforeSpike)) {
            throw new StoreException(Workflow.refusal(who.role(), action) + ".");
        }
        StatusChange change = new StatusChange(articleId, from, to, action, who.name(), who.initials(), when, note);
        setStatus(connection, articleId, to, when);
        record(connection, change);
        return change;
    }

    /** The article's status changes, oldest first. */
    public List<StatusChange> history(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("read the article's timeline", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + HISTORY_COLUMNS
                    + " FROM status_history WHERE article_id = ? ORDER BY id")) {
                select.setString(1, articleId.toString());
                List<StatusChange> changes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(change(rows));
                    }
                }
                return changes;
            }
        });
    }

    static ArticleStatus currentStatus(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM articles WHERE id = ?")) {
            select.setString(1, articleId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("The article no longer exists in this database.");
                }
                return ArticleStatus.valueOf(row.getString(1));
            }
        }
    }

    /** True when the article is in the Trash (or gone): no workflow step may touch it then. */
    static boolean isTrashed(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?")) {
            select.setString(1, articleId.toString());
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        }
    }

    static ArticleStatus statusBeforeSpike(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT from_status FROM status_history "
                + "WHERE article_id = ? AND to_status = 'SPIKED' ORDER BY id DESC LIMIT 1")) {
            select.setString(1, articleId.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? ArticleStatus.valueOf(row.getString(1)) : null;
            }
        }
    }

    private static void setStatus(Connection connection, UUID articleId, ArticleStatus to, Instant when)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE articles SET status = ?, modified_at = ? WHERE id = ?")) {
            update.setString(1, to.name());
            update.setLong(2, when.toEpochMilli());
            update.setString(3, articleId.toString());
            update.executeUpdate();
        }
    }

    static final String INSERT_HISTORY = "INSERT INTO status_history (" + HISTORY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static void record(Connection connection, StatusChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            insertHistory(insert, change.articleId().toString(), change);
        }
    }

    /** Runs {@link #INSERT_HISTORY} for {@code change}, filed under the article {@code articleId}. */
    static void insertHistory(PreparedStatement insert, String articleId, StatusChange change) throws SQLException {
        insert.setString(1, articleId);
        insert.setString(2, change.from().name());
        insert.setString(3, change.to().name());
        insert.setString(4, change.action().name());
        insert.setString(5, change.who());
        insert.setString(6, change.initials());
        insert.setLong(7, change.when().toEpochMilli());
        insert.setString(8, change.note());
        insert.executeUpdate();
    }

    static StatusChange change(ResultSet row) throws SQLException {
        return new StatusChange(UUID.fromString(row.getString(1)), ArticleStatus.valueOf(row.getString(2)),
                ArticleStatus.valueOf(row.getString(3)), WorkflowAction.valueOf(row.getString(4)),
                row.getString(5), row.getString(6), Instant.ofEpochMilli(row.getLong(7)), row.getString(8));
    }
}
