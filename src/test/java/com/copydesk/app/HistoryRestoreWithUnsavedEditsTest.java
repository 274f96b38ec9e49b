package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.HistoryViewModel;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.StoreException;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article → History…, Restore this version, while the open article has an edit whose save failed
 * (the file locked by another program): the edit is saved first, as before a backup is restored.
 * If it still cannot be, nothing is restored over it; once it is, the restored version is shown
 * and the edit is not put back on top of it.
 */
class HistoryRestoreWithUnsavedEditsTest {

    /** The editor tries a failed save again 5 s later. */
    private static final Duration RETRY_IS_DUE = Duration.ofSeconds(6);
    private static final StoreException LOCKED = new StoreException("Could not save the article: the database is locked.");
    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private final ManualScheduler scheduler = new ManualScheduler();
    private Database db;
    private ArticleStore articles;
    private ArticleEditorViewModel editor;
    private HistoryViewModel history;
    private UUID story;

    @BeforeEach
    void openTheStoryWithTwoVersions() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        story = UUID.randomUUID();
        articles.save(version("Mayor leaves", "The mayor left office today.", T));
        articles.save(version("Council leaves", "The council left office today.", T.plusSeconds(600)));
        MainViewModel main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db),
                new RevisionStore(db), storage, scheduler, Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC));
        editor = main.editor();
        history = main.history();
        storage.runAll();
        editor.open(story);
        storage.runAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void whileTheEditStillCannotBeSavedNothingIsRestoredAndTheEditIsKept() {
        editor.headlineProperty().set("Council quits");
        saveFails();
        showTheFirstVersion();

        history.restoreSelected();
        storage.failNext(LOCKED); // the edit, tried again first
        storage.runAll();

        assertThat(history.messageProperty().get())
                .startsWith("Not restored, so that your latest edits are not lost.").contains("locked");
        assertThat(stored().body().plainText()).isEqualTo("The council left office today.");
        assertThat(editor.headlineProperty().get()).isEqualTo("Council quits");
        assertThat(editor.bodyProperty().get().plainText()).isEqualTo("The council left office today.");
        assertThat(editor.pausedProperty().get()).as("takes typing again").isFalse();

        scheduler.advance(RETRY_IS_DUE); // the file is free again
        storage.runAll();
        assertThat(stored().headline()).isEqualTo("Council quits");
        assertThat(stored().body().plainText()).isEqualTo("The council left office today.");
    }

    @Test
    void anEditSavedJustBeforeTheRestoreIsAVersionOfItsOwnAndIsNotPutBackOnTheRestoredOne() {
        editor.headlineProperty().set("Council quits");
        saveFails();
        showTheFirstVersion();

        history.restoreSelected();
        assertThat(editor.pausedProperty().get()).as("no typing until the version is back").isTrue();
        storage.runAll(); // the file is free again: the edit is saved, then the version restored
        scheduler.advance(RETRY_IS_DUE);
        storage.runAll();

        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
        assertThat(editor.pausedProperty().get()).isFalse();
        assertThat(editor.headlineProperty().get()).isEqualTo("Mayor leaves");
        assertThat(editor.bodyProperty().get().plainText()).isEqualTo("The mayor left office today.");
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(stored().headline()).isEqualTo("Mayor leaves");
        assertThat(stored().body().plainText()).isEqualTo("The mayor left office today.");
        assertThat(new RevisionStore(db).list(story)).extracting(revision -> new RevisionStore(db)
                .content(revision.id()).orElseThrow().headline())
                .containsExactly("Mayor leaves", "Council quits", "Council leaves", "Mayor leaves");
    }

    /** The autosave of what was just typed fails, and is retried later. */
    private void saveFails() {
        scheduler.advance(Duration.ofSeconds(1));
        storage.failNext(LOCKED);
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    /** Article → History… (the edit, tried again as it opens, fails again), and the first version selected. */
    private void showTheFirstVersion() {
        history.showCurrentArticle();
        storage.failNext(LOCKED);
        storage.runAll();
        history.selectedProperty().set(history.items().get(history.items().size() - 1));
        storage.runAll();
    }

    private Article stored() {
        return articles.find(story).orElseThrow();
    }

    private Article version(String headline, String body, Instant modified) {
        return new Article(story, headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(body)), T, modified);
    }
}
