package com.copydesk.store;

import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.body.BodyText.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of note drafts (table note_drafts, V10; the words an inline comment is about, V11), run
 * inside {@link NoteStore}'s work. A draft's anchor is kept in the columns note_anchors has for
 * comments, and read back as a comment's is.
 */
final class NoteDrafts {

    /**
     * A reply target that is not a top-level note of the article becomes NULL (a new thread) rather
     * than failing the save, and an article deleted for good keeps nothing: saving a draft never
     * fails for what it refers to, so typed text is never refused.
     */
    private static final String UPSERT = "INSERT INTO note_drafts (article_id, text, reply_to, start_block, "
            + "start_offset, end_block, end_offset, anchored_text, quote) "
            + "SELECT ?1, ?2, (SELECT id FROM review_notes WHERE id = ?3 AND article_id = ?1 AND parent_id IS NULL), "
            + "?4, ?5, ?6, ?7, ?8, ?9 "
            + "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1) "
            + "ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, reply_to = excluded.reply_to, "
            + "start_block = excluded.start_block, start_offset = excluded.start_offset, "
            + "end_block = excluded.end_block, end_offset = excluded.end_offset, "
            + "anchored_text = excluded.anchored_text, quote = excluded.quote";

    private NoteDrafts() {
    }

    static Optional<NoteDraft> find(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT text, reply_to, 0 AS note_id, "
                + "start_block, start_offset, end_block, end_offset, anchored_text, quote "
                + "FROM note_drafts WHERE article_id = ?")) {
            select.setString(1, articleId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String text = row.getString("text");
                long replyTo = row.getLong("reply_to");
                Long answered = row.wasNull() ? null : replyTo;
                NoteAnchor anchor = row.getString("quote") == null ? null : NoteStore.anchor(row);
                return Optional.of(new NoteDraft(articleId, text, answered, anchor));
            }
        }
    }

    static void save(Connection connection, NoteDraft draft) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, draft.articleId().toString());
            upsert.setString(2, draft.text());
            setNullable(upsert, 3, draft.replyTo());
            bindAnchor(upsert, draft.anchor());
            upsert.executeUpdate();
        }
    }

    static void delete(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM note_drafts WHERE article_id = ?")) {
            delete.setString(1, articleId.toString());
            delete.executeUpdate();
        }
    }

    /** Binds parameters 4-9: the anchor's places (NULL when detached), its text and quote; all NULL for none. */
    private static void bindAnchor(PreparedStatement upsert, NoteAnchor anchor) throws SQLException {
        Place start = anchor == null ? null : anchor.start();
        Place end = anchor == null ? null : anchor.end();
        setNullable(upsert, 4, start == null ? null : (long) start.block());
        setNullable(upsert, 5, start == null ? null : (long) start.offset());
        setNullable(upsert, 6, end == null ? null : (long) end.block());
        setNullable(upsert, 7, end == null ? null : (long) end.offset());
        upsert.setString(8, anchor == null ? null : anchor.text());
        upsert.setString(9, anchor == null ? null : anchor.quote());
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
