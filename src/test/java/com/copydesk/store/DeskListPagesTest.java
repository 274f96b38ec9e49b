package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
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
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of the desk's list after a given row, in every sort, filtered and searched. */
class DeskListPagesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final String[] BYLINES = {"Ana Reyes", "", "  jon berg ", "Jon Berg", "ana reyes"};
    private static final String[] CATEGORIES = {"Local", "", "politics", "Culture"};

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private DeskStore desk;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("pages.copydesk"));
        articles = new ArticleStore(db);
        desk = new DeskStore(db);
        List<Article> many = new ArrayList<>();
        ArticleStatus[] statuses = ArticleStatus.values();
        for (int i = 0; i < 61; i++) {
            // Few distinct values and times shared by groups of four: most rows tie on the sort column.
            Instant when = T0.plusSeconds(i / 4);
            String category = CATEGORIES[i % CATEGORIES.length];
            many.add(new Article(UUID.randomUUID(), (i % 3 == 0 ? "harbor " : "Harbor ") + (i % 5), "",
                    BYLINES[i % BYLINES.length], "", null, category.isEmpty() ? List.of() : List.of(category),
                    statuses[i % statuses.length], BodyDocument.of(Block.paragraph("word ".repeat(i % 6 + 1))), when, when));
        }
        articles.saveAll(many);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pagesWalkTheWholeListInTheOrderOfEverySortBothWays() {
        for (DeskSort.Column column : DeskSort.Column.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                DeskSort sort = new DeskSort(column, ascending);
                assertThat(paged("", DeskFilter.ALL, sort, 7)).as(sort.encode())
                        .containsExactlyElementsOf(ids(desk.list("", DeskFilter.ALL, sort, 1000)))
                        .hasSize(61);
            }
        }
    }

    @Test
    void pagesKeepTheFilterAndTheSearch() {
        DeskFilter drafts = new DeskFilter(Set.of(ArticleStatus.DRAFT, ArticleStatus.READY), Set.of(), "", "", "",
                null, null, null);
        DeskSort byHeadline = new DeskSort(DeskSort.Column.HEADLINE, true);
        List<UUID> all = ids(desk.list("harbor", drafts, byHeadline, 1000));
        assertThat(all).isNotEmpty().hasSizeLessThan(61);
        assertThat(paged("harbor", drafts, byHeadline, 3)).containsExactlyElementsOf(all);
    }

    @Test
    void aRowSavedWhilePagingMovesUpWithoutRepeatingOrHidingAnother() {
        DeskSort sort = DeskSort.DEFAULT;
        List<ArticleSummary> first = desk.list("", DeskFilter.ALL, sort, 10);
        List<UUID> seen = new ArrayList<>(ids(first));
        ArticleSummary cursor = first.get(first.size() - 1);
        // The last row shown and one not yet shown are saved: both move to the top.
        touch(cursor.id(), T0.plusSeconds(1000));
        UUID notShownYet = desk.list("", DeskFilter.ALL, sort, 1000).get(40).id();
        touch(notShownYet, T0.plusSeconds(1001));
        seen.add(notShownYet);
        List<ArticleSummary> page = desk.listAfter("", DeskFilter.ALL, sort, cursor, 10);
        while (!page.isEmpty()) {
            seen.addAll(ids(page));
            page = desk.listAfter("", DeskFilter.ALL, sort, page.get(page.size() - 1), 10);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(61);
    }

    private void touch(UUID id, Instant when) {
        articles.save(articles.find(id).orElseThrow().withModified(when));
    }

    private List<UUID> paged(String query, DeskFilter filter, DeskSort sort, int size) {
        List<UUID> paged = new ArrayList<>();
        List<ArticleSummary> page = desk.list(query, filter, sort, size);
        while (!page.isEmpty()) {
            paged.addAll(ids(page));
            page = desk.listAfter(query, filter, sort, page.get(page.size() - 1), size);
        }
        return paged;
    }

    private static List<UUID> ids(List<ArticleSummary> rows) {
        return rows.stream().map(ArticleSummary::id).toList();
    }
}
