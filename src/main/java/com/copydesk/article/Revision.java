package com.copydesk.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One saved version of an article, as the History panel lists it. {@code wordDelta} is the change
 * from the previous (older) revision; {@code restoredFrom} is the time of the revision this one
 * brought back, or null when it is an ordinary save.
 */
public record Revision(long id, UUID articleId, Instant saved, String author, int words, int wordDelta,
                       Instant restoredFrom) {

    public Revision {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(author, "author");
        if (words < 0) {
            throw new IllegalArgumentException("words cannot be negative");
        }
    }
}
