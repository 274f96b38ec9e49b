package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Search stays correct where a common word matches more articles than are ranked. */
class SearchScaleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private Article oldest;

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("many.copydesk"));
        store = new ArticleStore(db);
        List<Article> articles = new ArrayList<>();
        oldest = article("Lighthouse keeper retires from the harbor", T0);
        articles.add(oldest);
        for (int i = 1; i <= ArticleStore.RANKED_CANDIDATES + 50; i++) {
            articles.add(article("Harbor note " + i, T0.plusSeconds(i)));
        }
        store.saveAll(articles);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRareWordIsFoundInTheOldestArticleEvenAlongsideACommonOne() {
        assertThat(ids(store.list("lighthouse", 100))).containsExactly(oldest.id());
        assertThat(ids(store.list("harbor lighthouse", 100))).containsExactly(oldest.id());
    }

    @Test
    void aCommonWordFillsThePageWithMatches() {
        List<ArticleSummary> found = store.list("harb", 100);
        assertThat(found).hasSize(100);
        assertThat(found).allSatisfy(row -> assertThat(row.headline().toLowerCase()).contains("harbor"));
    }

    private static List<UUID> ids(List<ArticleSummary> rows) {
        return rows.stream().map(ArticleSummary::id).toList();
    }

    private static Article article(String headline, Instant when) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(headline + ".")), when, when);
    }
}
