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
 * Restore this version of one article while the save of another one fails and is retried (the
 * disk full, the file locked): restoring the one cannot lose the other's edits, so it goes ahead,
 * and the other's save goes on being retried until it is stored.
 */
class HistoryRestoreWhileAnotherArticleIsUnsavedTest {

    /** The editor tries a failed save again 5 s later. */
    private static final Duration RETRY_IS_DUE = Duration.ofSeconds(6);
    private static final StoreException DISK_FULL = new StoreException("Could not save the article: the disk is full.");
    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private final ManualScheduler scheduler = new ManualScheduler();
    private Database db;
    private ArticleStore articles;
    private ArticleEditorViewModel editor;
    private HistoryViewModel history;
    private final UUID restored = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void theOtherArticlesEditCannotBeSaved() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        articles.save(version(restored, "Mayor leaves", "The mayor left office today.", T));
        articles.save(version(restored, "Council leaves", "The council left office today.", T.plusSeconds(600)));
        articles.save(version(other, "Bridge closes", "The bridge is closed.", T));
        MainViewModel main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db),
                new RevisionStore(db), storage, scheduler, Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC));
        editor = main.editor();
        history = main.history();
        storage.runAll();
        editor.open(other);
        storage.runAll();
        editor.headlineProperty().set("Bridge reopens");
        scheduler.advance(Duration.ofSeconds(1));
        storage.failNext(DISK_FULL);
        editor.open(restored); // the other article's edit, tried again on leaving it, fails again
        storage.failNext(DISK_FULL);
        storage.runNext(); // read: shown, after trying the edit once more
        storage.failNext(DISK_FULL);
        assertThat(storage.pending()).isZero();
        assertThat(editor.headlineProperty().get()).isEqualTo("Council leaves");
        assertThat(editor.hasUnsavedChanges()).as("the other article's edit is not stored").isTrue();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theVersionIsRestoredAndTheOtherArticlesEditIsKeptAndSavedLater() {
        showTheFirstVersion();

        history.restoreSelected();
        storage.failNext(DISK_FULL); // the other article's edit, tried again first
        storage.runAll();

        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
        assertThat(editor.headlineProperty().get()).isEqualTo("Mayor leaves");
        assertThat(stored(restored).headline()).isEqualTo("Mayor leaves");
        assertThat(editor.pausedProperty().get()).isFalse();

        scheduler.advance(RETRY_IS_DUE); // the disk has room again
        storage.runAll();
        assertThat(stored(other).headline()).isEqualTo("Bridge reopens");
        assertThat(stored(restored).headline()).isEqualTo("Mayor leaves");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void anEditOfTheRestoredArticleIsSavedFirstThoughTheOtherArticlesSaveFailsAgain() {
        showTheFirstVersion();
        editor.headlineProperty().set("Council quits");

        history.restoreSelected();
        storage.failNext(DISK_FULL); // the other article's edit, tried again first
        storage.runAll(); // the edit of this one is stored, then the version restored

        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
        assertThat(editor.headlineProperty().get()).isEqualTo("Mayor leaves");
        assertThat(new RevisionStore(db).list(restored)).extracting(revision -> new RevisionStore(db)
                .content(revision.id()).orElseThrow().headline())
                .containsExactly("Mayor leaves", "Council quits", "Council leaves", "Mayor leaves");
        scheduler.advance(RETRY_IS_DUE);
        storage.runAll();
        assertThat(stored(other).headline()).isEqualTo("Bridge reopens");
    }

    @Test
    void whenTheRestoredArticlesOwnEditCannotBeSavedNothingIsRestored() {
        showTheFirstVersion();
        editor.headlineProperty().set("Council quits");

        history.restoreSelected();
        storage.failNext(DISK_FULL); // the other article's edit
        storage.failNext(DISK_FULL); // this one's
        storage.runAll();

        assertThat(history.messageProperty().get())
                .startsWith("Not restored, so that your latest edits are not lost.").contains("disk is full");
        assertThat(stored(restored).headline()).isEqualTo("Council leaves");
        assertThat(editor.headlineProperty().get()).isEqualTo("Council quits");
        assertThat(editor.pausedProperty().get()).isFalse();
    }

    /** Article → History… of the open article, and its first version selected. */
    private void showTheFirstVersion() {
        history.showCurrentArticle();
        storage.failNext(DISK_FULL); // the other article's edit, tried again as the history opens
        storage.runAll();
        history.selectedProperty().set(history.items().get(history.items().size() - 1));
        storage.runAll();
    }

    private Article stored(UUID id) {
        return articles.find(id).orElseThrow();
    }

    private static Article version(UUID id, String headline, String body, Instant modified) {
        return new Article(id, headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(body)), T, modified);
    }
}
