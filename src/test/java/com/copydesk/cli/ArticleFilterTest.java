package com.copydesk.cli;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilterTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aCategoryIsFoundWhateverItsCaseAccentFormAndSpacingAsInTheApp() {
        Article filed = filedUnder("Économie", "Straße", "New York");

        assertThat(categoryFilter("ÉCONOMIE").accepts(filed)).isTrue();
        assertThat(categoryFilter("e\u0301conomie").accepts(filed)).isTrue(); // a decomposed é
        assertThat(categoryFilter("STRASSE").accepts(filed)).isTrue();
        assertThat(categoryFilter("  new   york ").accepts(filed)).isTrue();
        assertThat(categoryFilter("Economie").accepts(filed)).isFalse();
    }

    private static ArticleFilter categoryFilter(String category) {
        ArticleFilter filter = new ArticleFilter();
        filter.category = category;
        return filter;
    }

    private static Article filedUnder(String... categories) {
        return new Article(UUID.randomUUID(), "Headline", "", "Ada Reporter", "", null, List.of(categories),
                ArticleStatus.DRAFT, BodyDocument.empty(), T0, T0);
    }
}
