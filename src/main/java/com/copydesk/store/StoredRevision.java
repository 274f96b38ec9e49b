package com.copydesk.store;

import com.copydesk.article.ArticleStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One saved version of an article as it is kept, for a full export and its import: the content
 * with the body as stored HTML, the save times and author. {@code restoredFrom} is the save time
 * of the revision it brought back, or null.
 */
public record StoredRevision(Instant started, Instant saved, String author, Instant restoredFrom, String headline,
                             String dek, String byline, String dateline, LocalDate publishDate, ArticleStatus status,
                             List<String> categories, String bodyHtml) {

    public StoredRevision {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(dek, "dek");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(status, "status");
        categories = List.copyOf(categories);
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        if (saved.isBefore(started)) {
            throw new IllegalArgumentException("a revision cannot be saved before it was started");
        }
    }
}
