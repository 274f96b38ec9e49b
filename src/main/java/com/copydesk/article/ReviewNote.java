package com.copydesk.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An editors' note on an article: never part of the published page or the export. A note with a
 * {@code parentId} is a reply to that note (threads are one level deep). {@code resolvedAt} and
 * {@code resolvedBy} are null while the note is open.
 */
public record ReviewNote(long id, UUID articleId, Long parentId, String author, String initials, Instant created,
                         String text, Instant resolvedAt, String resolvedBy) {

    public static final int MAX_LENGTH = 5000;

    public ReviewNote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(created, "created");
        text = checkedText(text);
        if ((resolvedAt == null) != (resolvedBy == null)) {
            throw new IllegalArgumentException("a resolved note needs both who and when");
        }
    }

    public boolean isReply() {
        return parentId != null;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** The text a person typed, stripped; refused with a sentence when empty, too long or containing NUL. */
    public static String checkedText(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A note needs some text.");
        }
        if (stripped.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A note cannot contain a NUL character.");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note can be at most " + MAX_LENGTH + " characters long; this one has "
                    + stripped.length() + ".");
        }
        return stripped;
    }
}
