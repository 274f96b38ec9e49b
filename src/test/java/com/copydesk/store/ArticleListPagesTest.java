package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleListPagesTest {

    @TempDir
    Path dir;

    @Test
    void pagesAfterTheFirstWalkTheWholeListInItsOrderEvenWhenTimesAreEqual() {
        try (Database db = Database.open(dir.resolve("pages.copydesk"))) {
            ArticleStore store = new ArticleStore(db);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                // Groups of three saved in the same millisecond: the id decides their order.
                articles.add(SampleArticles.simple("Story " + i, T0.plusSeconds(i / 3)));
            }
            store.saveAll(articles);

            List<UUID> paged = new ArrayList<>();
            List<ArticleSummary> page = store.list("", 5);
            while (!page.isEmpty()) {
                page.forEach(row -> paged.add(row.id()));
                page = store.listAfter(page.get(page.size() - 1), 5);
            }

            assertThat(paged).containsExactlyElementsOf(store.list("", 100).stream().map(ArticleSummary::id).toList());
            assertThat(paged).hasSize(23).doesNotHaveDuplicates();
        }
    }

    @Test
    void pagesLeaveOutTheTrash() {
        try (Database db = Database.open(dir.resolve("trash.copydesk"))) {
            ArticleStore store = new ArticleStore(db);
            Article newest = SampleArticles.simple("Newest", T0.plusSeconds(10));
            Article trashed = SampleArticles.simple("Trashed", T0.plusSeconds(5));
            Article oldest = SampleArticles.simple("Oldest", T0);
            store.saveAll(List.of(newest, trashed, oldest));
            store.delete(trashed.id());

            List<ArticleSummary> first = store.list("", 1);
            List<ArticleSummary> rest = store.listAfter(first.get(0), 10);

            assertThat(rest).extracting(ArticleSummary::headline).containsExactly("Oldest");
        }
    }
}
