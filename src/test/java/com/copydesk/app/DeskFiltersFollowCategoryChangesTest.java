package com.copydesk.app;

import com.copydesk.article.ArticleSummary;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.DeskQuery;
import com.copydesk.article.SavedView;
import com.copydesk.article.ui.CategoriesViewModel;
import com.copydesk.article.ui.DeskFilterViewModel;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.SavedViewStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list filtered on a category, and the user's saved views naming it, when the category is
 * renamed, merged or deleted in Edit → Categories…: they follow a rename or merge to the new name
 * and go on showing its articles; a deleted category leaves the active filter.
 */
class DeskFiltersFollowCategoryChangesTest {

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private Database db;
    private MainViewModel main;
    private DeskFilterViewModel desk;
    private CategoriesViewModel manager;

    @BeforeEach
    void openTheDesk() {
        db = Database.open(dir.resolve("desk.copydesk"));
        ArticleStore articles = new ArticleStore(db);
        CategoryAdminStore admin = new CategoryAdminStore(db);
        admin.delete(idOf(admin, "Business"), null); // the new database's own, so that "Economy" can become it
        admin.create("Economy");
        admin.create("Weather");
        articles.save(SampleArticles.simple("Rates rise", SampleArticles.T0, "Economy"));
        articles.save(SampleArticles.simple("Match report", SampleArticles.T0.plusSeconds(60), "Sports"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
        main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db), new RevisionStore(db),
                new WorkflowStore(db), new NoteStore(db), new TagStore(db), new DeskStore(db), new BulkStore(db), admin,
                new SavedViewStore(db), storage, storage, new ManualScheduler(), clock);
        desk = main.desk();
        manager = main.categoryManager();
        manager.load();
        storage.runAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theListFilteredOnARenamedCategoryGoesOnShowingItsArticlesUnderTheNewName() {
        desk.categories().add("Economy");
        storage.runAll();
        assertThat(headlines()).containsExactly("Rates rise");

        rename("Economy", "Business");

        assertThat(chips()).containsExactly("Category: Business");
        assertThat(headlines()).containsExactly("Rates rise");
    }

    @Test
    void aSavedViewNamingARenamedCategoryFollowsItAndKeepsItsCount() {
        desk.categories().add("Economy");
        desk.saveView("Economy desk");
        desk.clear();
        storage.runAll();

        rename("Economy", "Business");

        assertThat(new SavedViewStore(db).all()).extracting(SavedView::query).extracting(DeskQuery::categories)
                .containsExactly(java.util.Set.of("Business"));
        assertThat(desk.views()).filteredOn(DeskFilterViewModel.ViewCount::userDefined)
                .extracting(DeskFilterViewModel.ViewCount::label).containsExactly("Economy desk (1)");
        desk.apply(desk.views().stream().filter(DeskFilterViewModel.ViewCount::userDefined).findFirst().orElseThrow().id());
        storage.runAll();
        assertThat(chips()).containsExactly("Category: Business");
        assertThat(headlines()).containsExactly("Rates rise");
    }

    @Test
    void theListFilteredOnACategoryMergedIntoAnotherFollowsTheOneItWentInto() {
        desk.categories().add("Economy");
        desk.categories().add("Sports");
        storage.runAll();

        select("Economy");
        manager.mergeSelectedInto(info("Sports"));
        storage.runAll();

        assertThat(chips()).containsExactly("Category: Sports");
        assertThat(headlines()).containsExactly("Match report", "Rates rise");
    }

    @Test
    void aDeletedCategoryLeavesTheFilter() {
        desk.categories().add("Weather");
        desk.categories().add("Sports");
        storage.runAll();

        select("Weather");
        manager.deleteSelected(null);
        storage.runAll();

        assertThat(desk.categories()).containsExactly("Sports");
        assertThat(chips()).containsExactly("Category: Sports");
        assertThat(headlines()).containsExactly("Match report");
    }

    private void rename(String from, String to) {
        select(from);
        manager.nameProperty().set(to);
        manager.renameSelected();
        storage.runAll();
    }

    private void select(String name) {
        manager.selectedProperty().set(info(name));
    }

    private CategoryInfo info(String name) {
        return manager.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> chips() {
        return desk.chips().stream().map(DeskFilterViewModel.Chip::label).toList();
    }

    private List<String> headlines() {
        return main.list().items().stream().map(ArticleSummary::headline).toList();
    }

    private static long idOf(CategoryAdminStore admin, String name) {
        return admin.overview().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
