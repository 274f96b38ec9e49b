package com.copydesk.article;

import java.util.Objects;
import java.util.UUID;

/**
 * A review note typed into an article's note field and not yet added, kept so that it survives a
 * restart or a crash: one per article. {@code text} is kept exactly as typed; a field left empty
 * (or holding only spaces) is no draft. {@code replyTo} is the note it answers, null for a new thread.
 * {@code anchor} is, for an inline comment being typed, the words it comments on (null for a note);
 * it belongs to no note yet, so its note id is always 0. The note field either answers a note or
 * comments on words, never both.
 */
public record NoteDraft(UUID articleId, String text, Long replyTo, NoteAnchor anchor) {

    public NoteDraft {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an empty note field is no draft");
        }
        if (replyTo != null && replyTo <= 0) {
            throw new IllegalArgumentException("a note's id is positive, not " + replyTo);
        }
        if (replyTo != null && anchor != null) {
            throw new IllegalArgumentException("a draft answers a note or comments on words, not both");
        }
        if (anchor != null && anchor.noteId() != 0) {
            anchor = anchor.withNoteId(0);
        }
    }

    public NoteDraft(UUID articleId, String text, Long replyTo) {
        this(articleId, text, replyTo, null);
    }
}
