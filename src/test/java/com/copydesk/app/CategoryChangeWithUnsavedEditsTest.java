package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.CategoriesViewModel;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.StoreException;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category ticked, or typing, in the editor whose save failed (the file locked by another
 * program) is still to be saved when the category is renamed, merged or deleted in Edit →
 * Categories…: once saved, the article is filed under what became of the category, and a
 * category renamed or deleted does not come back.
 */
class CategoryChangeWithUnsavedEditsTest {

    /** The editor tries a failed save again 5 s later. */
    private static final Duration RETRY_IS_DUE = Duration.ofSeconds(6);
    private static final StoreException LOCKED = new StoreException("Could not save the article: the database is locked.");

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    private Database db;
    private ArticleStore articles;
    private MainViewModel main;
    private ArticleEditorViewModel editor;
    private CategoriesViewModel manager;

    @BeforeEach
    void openTheDesk() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        CategoryAdminStore admin = new CategoryAdminStore(db);
        admin.delete(idOf(admin, "Business"), null); // the new database's own, so that "Economy" can become it
        admin.create("Economy");
        main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db), new RevisionStore(db),
                new WorkflowStore(db), new NoteStore(db), new TagStore(db), new DeskStore(db), new BulkStore(db), admin,
                storage, scheduler, clock);
        editor = main.editor();
        manager = main.categoryManager();
        manager.load();
        storage.runAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTickWhoseSaveFailedFollowsARenameOfItsCategory() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        editor.categories().add("Economy");
        saveFails();

        select("Economy");
        manager.nameProperty().set("Business");
        manager.renameSelected();
        storage.failNext(LOCKED); // the file is still locked for the save tried first
        storage.runAll();         // then the rename gets through, and the editor saves again

        assertThat(categoriesOf(story)).containsExactly("Politics", "Business");
        assertThat(categoryNames()).contains("Business").doesNotContain("Economy");
        assertThat(editor.categories()).containsExactly("Politics", "Business");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aRetryDueWhileTheRenameWaitsForTheStorageThreadFollowsTheRename() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        editor.categories().add("Economy");
        saveFails();

        select("Economy");
        manager.nameProperty().set("Business");
        manager.renameSelected();
        storage.failNext(LOCKED);
        scheduler.advance(RETRY_IS_DUE); // the rename is not through yet
        storage.runAll();

        assertThat(categoriesOf(story)).containsExactly("Politics", "Business");
        assertThat(categoryNames()).doesNotContain("Economy");
    }

    @Test
    void typingWhoseSaveFailedKeepsTheArticleUnderTheRenamedCategory() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Economy"));
        editor.headlineProperty().set("Rates rise again");
        editor.categories().add("Sports");
        saveFails();

        select("Economy");
        manager.nameProperty().set("Business");
        manager.renameSelected();
        storage.failNext(LOCKED);
        storage.runAll();

        Article stored = articles.find(story.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Rates rise again");
        assertThat(stored.categories()).containsExactly("Business", "Sports");
        assertThat(categoryNames()).doesNotContain("Economy");
    }

    @Test
    void aTickWhoseSaveFailedFollowsAMergeOfItsCategory() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        editor.categories().add("Economy");
        saveFails();

        select("Economy");
        manager.mergeSelectedInto(info("World"));
        storage.failNext(LOCKED);
        storage.runAll();

        assertThat(categoriesOf(story)).containsExactly("Politics", "World");
        assertThat(categoryNames()).doesNotContain("Economy");
    }

    @Test
    void aTickOfACategoryDeletedBeforeItCouldBeSavedIsDroppedAndTheOtherEditsAreSaved() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        editor.categories().add("Economy");
        editor.headlineProperty().set("Rates rise again");
        saveFails();

        select("Economy");
        manager.deleteSelected(null); // no stored article uses it: nothing asks where they go
        storage.failNext(LOCKED);
        storage.runAll();

        Article stored = articles.find(story.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Rates rise again");
        assertThat(stored.categories()).containsExactly("Politics");
        assertThat(categoryNames()).doesNotContain("Economy");
        assertThat(editor.categories()).containsExactly("Politics");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void theEditOfAnArticleLeftBehindFollowsTheRenameToo() {
        Article left = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        Article other = SampleArticles.simple("Match report", SampleArticles.T0, "Sports");
        articles.save(other);
        editor.categories().add("Economy");
        editor.open(other.id());
        storage.failNext(LOCKED); // leaving it
        storage.runNext();        // the other one is read
        storage.failNext(LOCKED); // and the left one tried again as it is shown
        storage.runAll();         // its tags, notes and timeline are read

        select("Economy");
        manager.nameProperty().set("Business");
        manager.renameSelected();
        storage.failNext(LOCKED);
        storage.runAll();
        scheduler.advance(RETRY_IS_DUE);
        storage.runAll();

        assertThat(categoriesOf(left)).containsExactly("Politics", "Business");
        assertThat(categoryNames()).doesNotContain("Economy");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void anArticleLeftWhileTheRenameWaitsIsSavedUnderTheNewName() {
        Article left = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        Article other = SampleArticles.simple("Match report", SampleArticles.T0, "Sports");
        articles.save(other);
        select("Economy");
        manager.nameProperty().set("Business");
        manager.renameSelected(); // waits behind other work on the storage thread

        editor.categories().add("Economy");
        editor.open(other.id());
        storage.runAll();

        assertThat(categoriesOf(left)).containsExactly("Politics", "Business");
        assertThat(categoryNames()).doesNotContain("Economy");
    }

    @Test
    void aRefusedRenameHoldsNoSaveBack() {
        Article story = opened(SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics"));
        editor.categories().add("Economy");
        saveFails();

        select("Economy");
        manager.nameProperty().set("politics"); // taken
        manager.renameSelected();
        storage.failNext(LOCKED);
        storage.runAll();
        assertThat(manager.problemProperty().get()).isEqualTo("There is already a category “Politics”.");
        scheduler.advance(RETRY_IS_DUE);
        storage.runAll();

        assertThat(categoriesOf(story)).containsExactly("Politics", "Economy");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    private Article opened(Article article) {
        articles.save(article);
        editor.open(article.id());
        storage.runAll();
        return article;
    }

    /** The autosave of what was just done fails, and is retried later. */
    private void saveFails() {
        scheduler.advance(Duration.ofSeconds(1));
        storage.failNext(LOCKED);
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    private void select(String name) {
        manager.selectedProperty().set(info(name));
    }

    private CategoryInfo info(String name) {
        return manager.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private java.util.List<String> categoriesOf(Article article) {
        return articles.find(article.id()).orElseThrow().categories();
    }

    private java.util.List<String> categoryNames() {
        return new CategoryStore(db).all().stream().map(c -> c.name()).toList();
    }

    private static long idOf(CategoryAdminStore admin, String name) {
        return admin.overview().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
