package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeskFilterViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path dir;

    private final SimpleObjectProperty<UserProfile> profile =
            new SimpleObjectProperty<>(new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER));
    private Database database;
    private ArticleStore articles;
    private ArticleListViewModel list;
    private DeskFilterViewModel desk;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(database);
        save("Ferry strike ends", "Ana Reyes", ArticleStatus.DRAFT, "Local", 1);
        save("Ferry budget", "Ana Reyes", ArticleStatus.CHANGES_REQUESTED, "Business", 2);
        save("Council budget", "Jon Berg", ArticleStatus.DRAFT, "Politics", 3);
        save("Harbor cranes", "Jon Berg", ArticleStatus.IN_REVIEW, "Local", 4);
        save("Bakery week", "Jon Berg", ArticleStatus.READY, "Business", 5);
        SameThreadExecutor executor = new SameThreadExecutor();
        list = new ArticleListViewModel(articles, executor, message -> { });
        list.useDesk(new DeskStore(database));
        desk = new DeskFilterViewModel(new DeskStore(database), list, executor,
                Clock.fixed(T0, ZoneOffset.UTC), profile, message -> { });
        list.refresh();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void statusAndCategoryFiltersCombineWithTheSearchAndShowAsChips() {
        desk.statuses().add(ArticleStatus.DRAFT);
        desk.statuses().add(ArticleStatus.IN_REVIEW);
        assertThat(headlines()).containsExactly("Harbor cranes", "Council budget", "Ferry strike ends");

        desk.categories().add("Local");
        assertThat(headlines()).containsExactly("Harbor cranes", "Ferry strike ends");

        list.searchTextProperty().set("ferry");
        assertThat(headlines()).containsExactly("Ferry strike ends");
        assertThat(desk.chips()).extracting(DeskFilterViewModel.Chip::label)
                .containsExactly("Status: Draft", "Status: In review", "Category: Local");
    }

    @Test
    void removingAChipWidensTheListAgain() {
        desk.categories().add("Business");
        desk.mineProperty().set(true);
        assertThat(headlines()).containsExactly("Ferry budget");

        desk.chips().stream().filter(chip -> chip.label().startsWith("Mine")).findFirst().orElseThrow().remove().run();

        assertThat(headlines()).containsExactly("Bakery week", "Ferry budget");
        assertThat(desk.chips()).extracting(DeskFilterViewModel.Chip::label).containsExactly("Category: Business");
    }

    @Test
    void savedViewsCountTheirArticlesForTheCurrentUser() {
        assertThat(desk.views()).extracting(DeskFilterViewModel.ViewCount::label).containsExactly(
                "My drafts (2)", "Needs review (1)", "Ready (1)", "Published today (0)", "Spiked (0)");
        profile.set(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
        assertThat(desk.views().get(0).label()).isEqualTo("My drafts (1)");
    }

    @Test
    void applyingASavedViewSetsItsFiltersAndClearRemovesThem() {
        desk.apply("myDrafts");
        assertThat(headlines()).containsExactly("Ferry budget", "Ferry strike ends");
        assertThat(desk.mineProperty().get()).isTrue();
        assertThat(desk.chips()).extracting(DeskFilterViewModel.Chip::label)
                .containsExactly("Status: Draft", "Status: Changes requested", "Mine: Ana Reyes");

        desk.clear();
        assertThat(headlines()).hasSize(5);
        assertThat(desk.chips()).isEmpty();
    }

    @Test
    void aSaveUpdatesAShownRowButOnlyTheStoreDecidesWhatJoinsAFilteredList() {
        desk.apply("needsReview");
        Article shown = articles.find(list.items().get(0).id()).orElseThrow();
        Article renamed = new Article(shown.id(), "Harbor cranes return", "", shown.byline(), "", null,
                shown.categories(), shown.status(), shown.body(), shown.created(), T0.plusSeconds(600));
        Article newDraft = new Article(UUID.randomUUID(), "New", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0.plusSeconds(700));
        articles.save(renamed);
        articles.save(newDraft);
        list.show(ArticleSummary.of(renamed));
        list.show(ArticleSummary.of(newDraft));
        assertThat(headlines()).containsExactly("Harbor cranes return");

        articles.save(renamed.withStatus(ArticleStatus.READY));
        list.refresh();
        desk.refreshCounts();
        assertThat(list.items()).isEmpty();
        assertThat(desk.views().get(2).label()).isEqualTo("Ready (2)");
    }

    private List<String> headlines() {
        return list.items().stream().map(ArticleSummary::headline).toList();
    }

    private void save(String headline, String byline, ArticleStatus status, String category, int minutes) {
        Instant when = T0.plusSeconds(60L * minutes);
        articles.save(new Article(UUID.randomUUID(), headline, "", byline, "", null, List.of(category), status,
                BodyDocument.empty(), when, when));
    }
}
