package com.copydesk.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What the article list shows for one article. {@code primaryCategory} is empty when there is none. */
public record ArticleSummary(UUID id, String headline, ArticleStatus status, String primaryCategory, Instant modified) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(primaryCategory, "primaryCategory");
        Objects.requireNonNull(modified, "modified");
    }

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id(), article.headline(), article.status(),
                article.primaryCategory().orElse(""), article.modified());
    }
}
