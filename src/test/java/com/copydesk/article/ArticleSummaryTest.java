package com.copydesk.article;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleSummaryTest {

    @Test
    void snippetPartsSeparateTheHighlightedTerms() {
        ArticleSummary summary = new ArticleSummary(UUID.randomUUID(), "H", ArticleStatus.DRAFT, "", Instant.EPOCH,
                "…the \u0002mayor\u0003 left\noffice, \u0002Mayor\u0003");

        assertEquals(List.of(new ArticleSummary.SnippetPart("…the ", false), new ArticleSummary.SnippetPart("mayor", true),
                new ArticleSummary.SnippetPart(" left office, ", false), new ArticleSummary.SnippetPart("Mayor", true)),
                summary.snippetParts());
    }

    @Test
    void aSummaryOfAnArticleHasNoSnippet() {
        Article article = Article.newDraft(UUID.randomUUID(), "", Instant.EPOCH);

        assertEquals("", ArticleSummary.of(article).snippet());
        assertEquals(List.of(), ArticleSummary.of(article).snippetParts());
    }
}
