package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.task.SameThreadExecutor;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** The list reads further pages as the user scrolls to its end, in the current search, filters and sort. */
class ArticleListPagingViewModelTest {

    private static final int ARTICLES = 1_200;

    @TempDir
    Path dir;

    private Database database;
    private ArticleStore articles;
    private DeskStore desk;
    private ArticleListViewModel list;
    private final List<Article> saved = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("paging.copydesk"));
        articles = new ArticleStore(database);
        desk = new DeskStore(database);
        ArticleStatus[] statuses = {ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.READY};
        for (int i = 0; i < ARTICLES; i++) {
            // Pairs saved in the same millisecond, so the id has to order them.
            saved.add(SampleArticles.simple("Harbor story " + (i % 97), T0.plusSeconds(i / 2)).withStatus(statuses[i % 3]));
        }
        articles.saveAll(saved);
        list = new ArticleListViewModel(articles, new SameThreadExecutor(), problems::add);
        list.useDesk(desk);
        list.refresh();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstPageIsBoundedAndScrollingToTheEndReachesEveryArticleNewestFirst() {
        assertThat(list.items()).hasSize(ArticleListViewModel.PAGE_SIZE);
        assertThat(list.hasMore()).isTrue();

        scrollToTheEnd();

        assertThat(ids(list.items())).doesNotHaveDuplicates().hasSize(ARTICLES)
                .containsExactlyElementsOf(ids(articles.list("", ARTICLES + 1)));
        assertThat(list.items().get(ARTICLES - 1).modified()).isEqualTo(T0);
        assertThat(list.hasMore()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void aRowShownFarFromTheEndReadsNothingMore() {
        list.rowShown(0);
        list.rowShown(ArticleListViewModel.PAGE_SIZE - ArticleListViewModel.PREFETCH_ROWS - 1);
        assertThat(list.items()).hasSize(ArticleListViewModel.PAGE_SIZE);

        list.rowShown(ArticleListViewModel.PAGE_SIZE - ArticleListViewModel.PREFETCH_ROWS);
        assertThat(list.items()).hasSize(2 * ArticleListViewModel.PAGE_SIZE);
    }

    @Test
    void scrollingASortedFilteredSearchedListReachesAllItsArticlesInItsOrder() {
        DeskFilter twoStates = new DeskFilter(Set.of(ArticleStatus.DRAFT, ArticleStatus.READY), Set.of(), "", "", "",
                null, null, null);
        DeskSort byHeadline = new DeskSort(DeskSort.Column.HEADLINE, true);
        list.sortProperty().set(byHeadline);
        list.filterProperty().set(twoStates);
        list.searchTextProperty().set("harbor");

        scrollToTheEnd();

        assertThat(ids(list.items())).hasSize(800)
                .containsExactlyElementsOf(ids(desk.list("harbor", twoStates, byHeadline, ARTICLES)));
    }

    @Test
    void aChangedSortStartsAgainFromItsFirstPage() {
        list.rowShown(list.items().size() - 1);
        list.sortProperty().set(new DeskSort(DeskSort.Column.WORDS, false));
        assertThat(list.items()).hasSize(ArticleListViewModel.PAGE_SIZE);

        scrollToTheEnd();
        assertThat(ids(list.items())).doesNotHaveDuplicates().hasSize(ARTICLES);
    }

    @Test
    void articlesSavedWhilePagingMoveToTheTopWithoutRepeatingOrHidingAny() {
        Article lastShown = find(list.items().get(list.items().size() - 1).id());
        Article notShownYet = saved.get(10);
        assertThat(list.indexOf(notShownYet.id())).isNegative();

        // As the editor does after each save: the store first, then the row.
        saveNow(lastShown, T0.plusSeconds(5_000));
        saveNow(notShownYet, T0.plusSeconds(5_001));
        assertThat(list.items().get(0).id()).isEqualTo(notShownYet.id());
        assertThat(list.items().get(1).id()).isEqualTo(lastShown.id());

        scrollToTheEnd();

        assertThat(ids(list.items())).doesNotHaveDuplicates().hasSize(ARTICLES)
                .containsExactlyElementsOf(ids(articles.list("", ARTICLES + 1)));
    }

    @Test
    void aRankedSearchIsOnePageOfTheBestMatches() {
        list.searchTextProperty().set("harbor");

        scrollToTheEnd();

        assertThat(list.items()).hasSize(ArticleListViewModel.PAGE_SIZE);
        assertThat(list.hasMore()).isFalse();
    }

    private void saveNow(Article article, java.time.Instant when) {
        Article changed = article.withModified(when);
        articles.save(changed);
        list.show(ArticleSummary.of(changed));
    }

    private Article find(UUID id) {
        return articles.find(id).orElseThrow();
    }

    /** As the list view does while the user drags the scroll bar down: the last row comes into view. */
    private void scrollToTheEnd() {
        for (int guard = 0; guard < 100 && list.hasMore(); guard++) {
            list.rowShown(list.items().size() - 1);
        }
    }

    private static List<UUID> ids(List<ArticleSummary> rows) {
        return rows.stream().map(ArticleSummary::id).toList();
    }
}
