package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An article as stored, with everything that belongs to it, for a full export: the fields, the
 * body as stored HTML and plain text (not parsed, which would cost a parse per article, and kept
 * as the stored UTF-8 bytes, see {@link StoredText}) with its
 * word count ({@link com.copydesk.body.BodyStats}), its
 * tags, timeline, review notes and, when asked for, its revisions (oldest first); its own target
 * length in words, or null; and the anchors of those notes that are inline comments (each
 * {@code noteId} the {@code id} of one of the notes).
 */
public record StoredArticle(UUID id, String headline, String dek, String byline, String dateline,
                            LocalDate publishDate, ArticleStatus status, List<String> categories, List<String> tags,
                            Instant created, Instant modified, StoredText bodyHtml, StoredText bodyText, int wordCount,
                            List<StatusChange> history, List<ReviewNote> notes, List<StoredRevision> revisions,
                            Integer targetLength, List<NoteAnchor> anchors) {

    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(dek, "dek");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(status, "status");
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(bodyText, "bodyText");
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount cannot be negative");
        }
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        revisions = List.copyOf(revisions);
        anchors = List.copyOf(anchors);
    }

    /** An article none of whose notes is an inline comment. */
    public StoredArticle(UUID id, String headline, String dek, String byline, String dateline, LocalDate publishDate,
                         ArticleStatus status, List<String> categories, List<String> tags, Instant created,
                         Instant modified, StoredText bodyHtml, StoredText bodyText, int wordCount, List<StatusChange> history,
                         List<ReviewNote> notes, List<StoredRevision> revisions, Integer targetLength) {
        this(id, headline, dek, byline, dateline, publishDate, status, categories, tags, created, modified, bodyHtml,
                bodyText, wordCount, history, notes, revisions, targetLength, List.of());
    }
}
