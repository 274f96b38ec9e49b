package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeskStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private DeskStore desk;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        desk = new DeskStore(db);
        save("Ferry strike ends", "Ana Reyes", ArticleStatus.DRAFT, List.of("Local", "Business"), 1);
        save("Council budget", "Jon Berg", ArticleStatus.IN_REVIEW, List.of("Politics"), 2);
        save("Ferry fares rise", "ana reyes", ArticleStatus.READY, List.of("Business"), 3);
        save("Old ferry story", "Ana Reyes", ArticleStatus.SPIKED, List.of("Local"), 4);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void statusesAndCategoriesEachMatchAnyOfTheirValuesAndCombineWithTheSearch() {
        assertThat(headlines("", new DeskFilter(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.READY), Set.of(), "", null)))
                .containsExactly("Ferry fares rise", "Ferry strike ends");
        assertThat(headlines("", new DeskFilter(Set.of(), Set.of("business", "Politics"), "", null)))
                .containsExactly("Ferry fares rise", "Council budget", "Ferry strike ends");
        assertThat(headlines("ferry", new DeskFilter(Set.of(), Set.of("Local"), "", null)))
                .containsExactly("Old ferry story", "Ferry strike ends");
        assertThat(headlines("ferry", DeskFilter.ALL)).hasSize(3);
    }

    @Test
    void theFilteredListUsesTheFullTextSearchAndLeavesTheTrashOut() {
        save("Café owners protest", "Ana Reyes", ArticleStatus.DRAFT, List.of("Local"), 5);
        DeskFilter local = new DeskFilter(Set.of(), Set.of("Local"), "", null);
        assertThat(headlines("cafe", local)).containsExactly("Café owners protest");
        assertThat(headlines("\"strike ends\"", DeskFilter.ALL)).containsExactly("Ferry strike ends");

        articles.delete(articles.list("strike", 10).get(0).id());

        assertThat(headlines("ferry", DeskFilter.ALL)).doesNotContain("Ferry strike ends");
        assertThat(desk.count(local)).isEqualTo(2);
    }

    @Test
    void mineMatchesTheBylineIgnoringCaseAndSurroundingSpace() {
        assertThat(headlines("", new DeskFilter(Set.of(), Set.of(), "  Ana Reyes ", null)))
                .containsExactly("Old ferry story", "Ferry fares rise", "Ferry strike ends");
    }

    @Test
    void publishedSinceCountsOnlyArticlesMarkedPublishedSinceThen() {
        WorkflowStore workflow = new WorkflowStore(db);
        UUID ready = articles.list("fares", 10).get(0).id();
        workflow.apply(ready, WorkflowAction.MARK_PUBLISHED, EDITOR, T0.plusSeconds(3600), "");
        DeskFilter today = new DeskFilter(Set.of(), Set.of(), "", T0);
        DeskFilter tomorrow = new DeskFilter(Set.of(), Set.of(), "", T0.plusSeconds(86_400));
        assertThat(headlines("", today)).containsExactly("Ferry fares rise");
        assertThat(desk.count(today)).isOne();
        assertThat(desk.count(tomorrow)).isZero();
    }

    @Test
    void countsFollowTheFilter() {
        assertThat(desk.count(DeskFilter.ALL)).isEqualTo(4);
        assertThat(desk.count(new DeskFilter(Set.of(ArticleStatus.SPIKED), Set.of(), "", null))).isOne();
        assertThat(desk.count(new DeskFilter(Set.of(), Set.of("Quote \" and \\ backslash"), "", null))).isZero();
    }

    private List<String> headlines(String query, DeskFilter filter) {
        return desk.list(query, filter, 100).stream().map(ArticleSummary::headline).toList();
    }

    private void save(String headline, String byline, ArticleStatus status, List<String> categories, int minutes) {
        Instant when = T0.plusSeconds(60L * minutes);
        articles.save(new Article(UUID.randomUUID(), headline, "", byline, "", null, categories, status,
                BodyDocument.of(Block.paragraph("Text.")), when, when));
    }
}
