package com.copydesk.store;

import com.copydesk.article.NoteDraft;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The SQL of note drafts (table note_drafts, V10), run inside {@link NoteStore}'s work. */
final class NoteDrafts {

    /**
     * A reply target that is not a top-level note of the article becomes NULL (a new thread) rather
     * than failing the save, and an article deleted for good keeps nothing: saving a draft never
     * fails for what it refers to, so typed text is never refused.
     */
    private static final String UPSERT = "INSERT INTO note_drafts (article_id, text, reply_to) "
            + "SELECT ?1, ?2, (SELECT id FROM review_notes WHERE id = ?3 AND article_id = ?1 AND parent_id IS NULL) "
            + "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1) "
            + "ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, reply_to = excluded.reply_to";

    private NoteDrafts() {
    }

    static Optional<NoteDraft> find(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT text, reply_to FROM note_drafts WHERE article_id = ?")) {
            select.setString(1, articleId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String text = row.getString(1);
                long replyTo = row.getLong(2);
                return Optional.of(new NoteDraft(articleId, text, row.wasNull() ? null : replyTo));
            }
        }
    }

    static void save(Connection connection, NoteDraft draft) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, draft.articleId().toString());
            upsert.setString(2, draft.text());
            if (draft.replyTo() == null) {
                upsert.setNull(3, java.sql.Types.INTEGER);
            } else {
                upsert.setLong(3, draft.replyTo());
            }
            upsert.executeUpdate();
        }
    }

    static void delete(Connection connection, UUID articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM note_drafts WHERE article_id = ?")) {
            delete.setString(1, articleId.toString());
            delete.executeUpdate();
        }
    }
}
