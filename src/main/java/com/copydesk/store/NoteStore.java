package com.copydesk.store;

import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyText.Place;

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
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the editors' review notes of articles (table review_notes); they are never published, only
 * exported in Copydesk JSON. Also keeps the note being typed for each article (its draft), which is
 * personal working state and never exported.
 */
public final class NoteStore {

    static final String COLUMNS = "id, article_id, parent_id, author_name, author_initials, created_at, text, "
            + "resolved_at, resolved_by";

    private final Database db;

    public NoteStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Adds a note, or a reply when {@code parentId} is not null. Replies go to top-level notes of
     * the same article only. The article's draft, the note as it was being typed, is deleted in the
     * same transaction: text typed after it is saved as a draft again after this.
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
                long id;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                NoteDrafts.delete(connection, articleId);
                return new ReviewNote(id, articleId, parentId, author.name(), author.initials(), when, checked,
                        null, null);
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

    /** The note being typed for the article when it was last saved, if there is one (table note_drafts). */
    public Optional<NoteDraft> draft(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("read the note being typed", connection -> NoteDrafts.find(connection, articleId));
    }

    /**
     * Keeps {@code draft} as its article's only draft, with the words it comments on if it is an
     * inline comment. A reply to anything but a top-level note of the article is kept as a new
     * thread; nothing is kept for an article deleted for good.
     */
    public void saveDraft(NoteDraft draft) {
        Objects.requireNonNull(draft, "draft");
        db.transaction("save the note being typed", connection -> {
            NoteDrafts.save(connection, draft);
            return null;
        });
    }

    /** The article's note field was emptied: it has no draft any more. */
    public void deleteDraft(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        db.transaction("save the emptied note field", connection -> {
            NoteDrafts.delete(connection, articleId);
            return null;
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

    /**
     * Adds an inline comment: a top-level note with its anchor in the body, in one transaction, which
     * also deletes the article's draft (the comment as it was being typed), as {@link #add} does.
     *
     * @throws IllegalArgumentException when the text is empty or too long
     */
    public ReviewNote addComment(UUID articleId, UserProfile author, Instant when, String text, NoteAnchor anchor) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(anchor, "anchor");
        String checked = ReviewNote.checkedText(text);
        return db.transaction("add a comment", connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_notes (article_id, "
                    + "author_name, author_initials, created_at, text) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, articleId.toString());
                insert.setString(2, author.name());
                insert.setString(3, author.initials());
                insert.setLong(4, when.toEpochMilli());
                insert.setString(5, checked);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ANCHOR)) {
                insertAnchor(insert, id, anchor);
            }
            NoteDrafts.delete(connection, articleId);
            return new ReviewNote(id, articleId, null, author.name(), author.initials(), when, checked, null, null);
        });
    }

    /** The anchors of the article's inline comments, in the order the comments were made. */
    public List<NoteAnchor> anchors(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("read the article's comment anchors", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT a.note_id, a.start_block, "
                    + "a.start_offset, a.end_block, a.end_offset, a.anchored_text, a.quote FROM note_anchors a "
                    + "JOIN review_notes n ON n.id = a.note_id WHERE n.article_id = ? ORDER BY a.note_id")) {
                select.setString(1, articleId.toString());
                List<NoteAnchor> anchors = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        anchors.add(anchor(rows));
                    }
                }
                return anchors;
            }
        });
    }

    /**
     * Stores where comments' anchors are now (after the body was edited), all or none. The quote
     * a comment was made on never changes; anchors of comments deleted meanwhile are skipped.
     */
    public void moveAnchors(List<NoteAnchor> anchors) {
        Objects.requireNonNull(anchors, "anchors");
        if (anchors.isEmpty()) {
            return;
        }
        db.transaction("save where the comments are anchored", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE note_anchors SET start_block = ?, "
                    + "start_offset = ?, end_block = ?, end_offset = ?, anchored_text = ? WHERE note_id = ?")) {
                for (NoteAnchor anchor : anchors) {
                    bindPlaces(update, anchor);
                    update.setLong(6, anchor.noteId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Adds the anchor of an inline comment: parameters as {@link #insertAnchor}. */
    static final String INSERT_ANCHOR = "INSERT INTO note_anchors (start_block, start_offset, end_block, end_offset, "
            + "anchored_text, note_id, quote) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Runs {@link #INSERT_ANCHOR} for {@code anchor}, filed under the note {@code noteId} (not the anchor's own). */
    static void insertAnchor(PreparedStatement insert, long noteId, NoteAnchor anchor) throws SQLException {
        bindPlaces(insert, anchor);
        insert.setLong(6, noteId);
        insert.setString(7, anchor.quote());
        insert.executeUpdate();
    }

    /** Binds parameters 1-5: the anchor's four place numbers (NULL when detached) and its text. */
    private static void bindPlaces(PreparedStatement statement, NoteAnchor anchor) throws SQLException {
        if (anchor.isDetached()) {
            for (int i = 1; i <= 4; i++) {
                statement.setNull(i, Types.INTEGER);
            }
        } else {
            statement.setInt(1, anchor.start().block());
            statement.setInt(2, anchor.start().offset());
            statement.setInt(3, anchor.end().block());
            statement.setInt(4, anchor.end().offset());
        }
        statement.setString(5, anchor.text());
    }

    /** The anchor in the current row (columns note_id, start_block, start_offset, end_block, end_offset, anchored_text, quote). */
    static NoteAnchor anchor(ResultSet row) throws SQLException {
        long noteId = row.getLong("note_id");
        int startBlock = row.getInt("start_block");
        if (row.wasNull()) {
            return NoteAnchor.detached(noteId, row.getString("anchored_text"), row.getString("quote"));
        }
        try {
            return new NoteAnchor(noteId, new Place(startBlock, row.getInt("start_offset")),
                    new Place(row.getInt("end_block"), row.getInt("end_offset")), row.getString("anchored_text"),
                    row.getString("quote"));
        } catch (IllegalArgumentException impossiblePlaces) { // a row edited by hand: keep the comment, detached
            return NoteAnchor.detached(noteId, row.getString("anchored_text"), row.getString("quote"));
        }
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
