package com.copydesk.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the article list shows for one article. {@code primaryCategory} is empty when there is none.
 * {@code snippet} is the passage that matched a search, empty when the list is not a search; the
 * matched terms in it sit between {@link #HIGHLIGHT_START} and {@link #HIGHLIGHT_END}.
 */
public record ArticleSummary(UUID id, String headline, ArticleStatus status, String primaryCategory, Instant modified,
                             String snippet, String byline, int words) {

    public static final char HIGHLIGHT_START = '\u0002';
    public static final char HIGHLIGHT_END = '\u0003';

    /** One stretch of a snippet, highlighted (a matched term) or not. */
    public record SnippetPart(String text, boolean highlighted) {
        public SnippetPart {
            Objects.requireNonNull(text, "text");
        }
    }

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(primaryCategory, "primaryCategory");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(byline, "byline");
    }

    /** A summary whose byline and word count are not known (shown empty and 0). */
    public ArticleSummary(UUID id, String headline, ArticleStatus status, String primaryCategory, Instant modified,
                          String snippet) {
        this(id, headline, status, primaryCategory, modified, snippet, "", 0);
    }

    /** The same summary with the search passage {@code snippet}. */
    public ArticleSummary withSnippet(String snippet) {
        return new ArticleSummary(id, headline, status, primaryCategory, modified, snippet, byline, words);
    }

    /** A summary without a snippet, as listed when not searching. */
    public ArticleSummary(UUID id, String headline, ArticleStatus status, String primaryCategory, Instant modified) {
        this(id, headline, status, primaryCategory, modified, "");
    }

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id(), article.headline(), article.status(),
                article.primaryCategory().orElse(""), article.modified(), "", article.byline(),
                com.copydesk.body.BodyStats.of(article.body()).words());
    }

    /** The snippet cut into plain and highlighted stretches, markers removed; empty stretches are left out. */
    public List<SnippetPart> snippetParts() {
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == HIGHLIGHT_START || c == HIGHLIGHT_END) {
                addPart(parts, text, highlighted);
                highlighted = c == HIGHLIGHT_START;
            } else {
                text.append(c == '\n' ? ' ' : c);
            }
        }
        addPart(parts, text, highlighted);
        return parts;
    }

    private static void addPart(List<SnippetPart> parts, StringBuilder text, boolean highlighted) {
        if (text.length() > 0) {
            parts.add(new SnippetPart(text.toString(), highlighted));
            text.setLength(0);
        }
    }
}
