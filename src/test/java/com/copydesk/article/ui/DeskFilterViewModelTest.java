package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.SavedViewStore;
import com.copydesk.article.DeskSort;
import com.copydesk.store.TagStore;
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
import java.util.ArrayList;
import java.time.LocalDate;
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
    private final List<String> problems = new ArrayList<>();

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
        desk = new DeskFilterViewModel(new DeskStore(database), new SavedViewStore(database), list, executor,
                Clock.fixed(T0, ZoneOffset.UTC), profile, problems::add);
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

    @Test
    void authorTagAndLastChangeFiltersCombineAndEachIsARemovableChip() {
        Article bakery = articles.list("Bakery", 10).stream().findFirst()
                .flatMap(summary -> articles.find(summary.id())).orElseThrow();
        new TagStore(database).setTags(bakery.id(), List.of("Food"));
        desk.authorProperty().set(" berg ");
        assertThat(headlines()).containsExactly("Bakery week", "Harbor cranes", "Council budget");

        desk.changedFromProperty().set(LocalDate.of(2026, 11, 25));
        desk.changedToProperty().set(LocalDate.of(2026, 11, 25));
        assertThat(headlines()).hasSize(3);
        desk.changedFromProperty().set(LocalDate.of(2026, 11, 26));
        desk.changedToProperty().set(null);
        assertThat(headlines()).isEmpty();
        desk.changedFromProperty().set(null);

        desk.tagProperty().set("food");
        assertThat(headlines()).containsExactly("Bakery week");
        assertThat(desk.chips()).extracting(DeskFilterViewModel.Chip::label)
                .containsExactly("Author: berg", "Tag: food");

        desk.chips().get(1).remove().run();
        assertThat(desk.tagProperty().get()).isEmpty();
        assertThat(headlines()).hasSize(3);
    }

    @Test
    void aLastChangeRangeShowsAsOneChipThatRemovesBothEnds() {
        desk.changedFromProperty().set(LocalDate.of(2026, 11, 1));
        desk.changedToProperty().set(LocalDate.of(2026, 11, 24));
        assertThat(headlines()).isEmpty();
        assertThat(desk.chips()).extracting(DeskFilterViewModel.Chip::label)
                .containsExactly("Last change: 1 Nov 2026 – 24 Nov 2026");
        desk.chips().get(0).remove().run();
        assertThat(desk.changedFromProperty().get()).isNull();
        assertThat(desk.changedToProperty().get()).isNull();
        assertThat(headlines()).hasSize(5);
    }

    @Test
    void theCurrentFilterAndSearchAreSavedAsANamedViewWithALiveCount() {
        desk.categories().add("Business");
        list.searchTextProperty().set("ferry");
        desk.saveView("Ferry business");
        assertThat(problems).isEmpty();
        assertThat(desk.views()).extracting(DeskFilterViewModel.ViewCount::label).last().isEqualTo("Ferry business (1)");
        assertThat(desk.views().get(desk.views().size() - 1).userDefined()).isTrue();

        desk.clear();
        list.searchTextProperty().set("");
        assertThat(headlines()).hasSize(5);
        String id = desk.views().get(desk.views().size() - 1).id();
        desk.apply(id);
        assertThat(headlines()).containsExactly("Ferry budget");
        assertThat(list.searchTextProperty().get()).isEqualTo("ferry");

        save("Ferry tickets", "Jon Berg", ArticleStatus.DRAFT, "Business", 6);
        desk.refreshCounts();
        assertThat(desk.views().get(desk.views().size() - 1).label()).isEqualTo("Ferry business (2)");
    }

    @Test
    void aSavedViewIsRenamedAndDeletedAndNamesThatClashAreRefused() {
        desk.mineProperty().set(true);
        desk.saveView("Mine");
        desk.saveView("mine");
        desk.saveView("needs REVIEW");
        desk.saveView("  ");
        assertThat(problems).containsExactly("There is already a view called “Mine”.",
                "“needs REVIEW” is one of the built-in views; choose another name.", "Give the view a name.");
        String id = desk.views().get(5).id();
        desk.renameView(id, "All of mine");
        assertThat(desk.views().get(5).label()).isEqualTo("All of mine (2)");

        profile.set(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
        assertThat(desk.views().get(5).label()).as("a saved \"mine\" follows the user").isEqualTo("All of mine (3)");

        desk.deleteView(id);
        assertThat(desk.views()).hasSize(5);
        assertThat(new SavedViewStore(database).all()).isEmpty();
    }

    @Test
    void clickingAColumnSortsByItThenTurnsTheDirectionAndTheSortIsRemembered() {
        list.sortBy(DeskSort.Column.HEADLINE);
        assertThat(headlines()).containsExactly("Bakery week", "Council budget", "Ferry budget", "Ferry strike ends",
                "Harbor cranes");
        list.sortBy(DeskSort.Column.HEADLINE);
        assertThat(headlines()).containsExactly("Harbor cranes", "Ferry strike ends", "Ferry budget", "Council budget",
                "Bakery week");
        list.sortBy(DeskSort.Column.STATUS);
        assertThat(list.items()).extracting(ArticleSummary::status).containsExactly(ArticleStatus.DRAFT,
                ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED, ArticleStatus.IN_REVIEW, ArticleStatus.READY);

        ArticleListViewModel reopened = new ArticleListViewModel(articles, new SameThreadExecutor(), message -> { });
        reopened.useDesk(new DeskStore(database));
        reopened.refresh();
        assertThat(reopened.sortProperty().get()).isEqualTo(new DeskSort(DeskSort.Column.STATUS, true));
        assertThat(reopened.items()).extracting(ArticleSummary::status).first().isEqualTo(ArticleStatus.DRAFT);
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
