package com.copydesk.store;

import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Keeps the editors' review notes of articles (table review_notes); they are never published, only exported in Copydesk JSON. */
public final class NoteStore {

    static final String COLUMNS = "id, article_id, parent_id, author_name, author_initials, created_at, text, "
            + "resolved_at, resolved_by";

    private final Database db;

    public NoteStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Adds a note, or a reply when {@code parentId} is not null. Replies go to top-level notes of
     * the same article only.
     *
     * @throws IllegalArgumentException when the text is empty or too long
     * @throws StoreException           when the note replied to is gone, belongs elsewhere or is itself a reply
     */
    public ReviewNote add(UUID articleId, Long parentId, UserProfile author, Instant when, String text) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(when, "when");
        String checked = ReviewNote.checkedText(text);
        return db.transaction("add a note", connection -> {
            if (parentId != null) {
                requireReplyable(connection, articleId, parentId);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_notes (article_id, "
                    + "parent_id, author_name, author_initials, created_at, text) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, articleId.toString());
                if (parentId == null) {
                    insert.setNull(2, Types.INTEGER);
                } else {
                    insert.setLong(2, parentId);
                }
                insert.setString(3, author.name());
                insert.setString(4, author.initials());
                insert.setLong(5, when.toEpochMilli());
                insert.setString(6, checked);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new ReviewNote(keys.getLong(1), articleId, parentId, author.name(), author.initials(),
                            when, checked, null, null);
                }
            }
        });
    }

    /** The article's notes in reading order: each top-level note, oldest first, followed by its replies. */
    public List<ReviewNote> notes(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("read the article's notes", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM review_notes "
                    + "WHERE article_id = ? ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, id")) {
                select.setString(1, articleId.toString());
                List<ReviewNote> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(note(rows));
                    }
                }
                return notes;
            }
        });
    }

    /** Marks the note resolved by {@code who} (or open again when {@code resolved} is false). */
    public void setResolved(long noteId, boolean resolved, UserProfile who, Instant when) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(when, "when");
        db.transaction(resolved ? "resolve a note" : "reopen a note", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE review_notes SET resolved_at = ?, resolved_by = ? WHERE id = ?")) {
                if (resolved) {
                    update.setLong(1, when.toEpochMilli());
                    update.setString(2, who.name());
                } else {
                    update.setNull(1, Types.INTEGER);
                    update.setNull(2, Types.VARCHAR);
                }
                update.setLong(3, noteId);
                if (update.executeUpdate() == 0) {
                    throw new StoreException("That note has been deleted.");
                }
            }
            return null;
        });
    }

    /** Open (unresolved) notes of the article, replies included. */
    public int openCount(UUID articleId) {
        return db.query("count the article's notes", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM review_notes WHERE article_id = ? AND resolved_at IS NULL")) {
                select.setString(1, articleId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private static void requireReplyable(Connection connection, UUID articleId, long parentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, parent_id FROM review_notes WHERE id = ?")) {
            select.setLong(1, parentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !row.getString(1).equals(articleId.toString())) {
                    throw new StoreException("The note you are replying to has been deleted.");
                }
                row.getLong(2);
                if (!row.wasNull()) {
                    throw new StoreException("Reply to the first note of the thread; replies cannot have replies.");
                }
            }
        }
    }

    static ReviewNote note(ResultSet row) throws SQLException {
        long parent = row.getLong("parent_id");
        Long parentId = row.wasNull() ? null : parent;
        long resolved = row.getLong("resolved_at");
        Instant resolvedAt = row.wasNull() ? null : Instant.ofEpochMilli(resolved);
        return new ReviewNote(row.getLong("id"), UUID.fromString(row.getString("article_id")), parentId,
                row.getString("author_name"), row.getString("author_initials"),
                Instant.ofEpochMilli(row.getLong("created_at")), row.getString("text"), resolvedAt,
                row.getString("resolved_by"));
    }
}
