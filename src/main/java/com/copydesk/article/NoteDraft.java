package com.copydesk.article;

import java.util.Objects;
import java.util.UUID;

/**
 * A review note typed into an article's note field and not yet added, kept so that it survives a
 * restart or a crash: one per article. {@code text} is kept exactly as typed; a field left empty
 * (or holding only spaces) is no draft. {@code replyTo} is the note it answers, null for a new thread.
 */
public record NoteDraft(UUID articleId, String text, Long replyTo) {

    public NoteDraft {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an empty note field is no draft");
        }
        if (replyTo != null && replyTo <= 0) {
            throw new IllegalArgumentException("a note's id is positive, not " + replyTo);
        }
    }
}
