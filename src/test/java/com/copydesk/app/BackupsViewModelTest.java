package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.StoreException;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.task.SameThreadExecutor;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class BackupsViewModelTest {

    @TempDir
    Path dir;

    /** Storage work that waits its turn behind a long job: queued, not run. */
    private static final class BusyStorage implements BackgroundExecutor {
        final List<Callable<?>> queued = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            queued.add(work);
        }
    }

    @Test
    void theDailyBackupIsMadeWithoutWaitingForTheStorageThread() {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            BusyStorage storage = new BusyStorage();
            List<String> failures = new ArrayList<>();
            Clock clock = Clock.fixed(Instant.parse("2026-11-02T07:30:00Z"), ZoneOffset.UTC);
            BackupsViewModel model = new BackupsViewModel(backups, storage, new SameThreadExecutor(), clock,
                    mainWindow(db, new SameThreadExecutor(), clock));

            model.makeDailyBackup(failures::add);

            assertThat(failures).isEmpty();
            assertThat(storage.queued).isEmpty();
            assertThat(backups.list()).singleElement().extracting(Backup::kind).isEqualTo(Backup.Kind.DAILY);
        }
    }
    @Test
    void aRestoreWaitsForTheEditsToBeSavedAndIsNotMadeWhenTheyCannotBe() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            main.editor().open(story.id());
            storage.runAll();
            main.editor().headlineProperty().set("Typed before the restore");

            model.restore(backups.list().get(0));
            storage.failNext(new StoreException("Could not save the article: the disk is full."));
            storage.runAll();

            assertThat(main.editor().headlineProperty().get()).isEqualTo("Typed before the restore");
            assertThat(model.messageProperty().get()).contains("Not restored", "the disk is full");
        }
    }

    @Test
    void aRestoreIsNotMadeWhileTheEditOfAnArticleNotOpenCannotBeSaved() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            Article other = SampleArticles.simple("Evening story", SampleArticles.T0);
            articles.save(story);
            articles.save(other);
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            main.editor().open(story.id());
            storage.runAll();
            main.editor().headlineProperty().set("Typed before the restore");
            main.editor().open(other.id()); // the save of the edit on leaving the story fails
            storage.failNext(new StoreException("Could not save the article: the disk is full."));
            storage.runNext();
            storage.failNext(new StoreException("Could not save the article: the disk is full."));

            model.restore(backups.list().get(0));
            storage.failNext(new StoreException("Could not save the article: the disk is full."));
            storage.runAll();

            assertThat(model.messageProperty().get()).contains("Not restored", "the disk is full");
            assertThat(main.editor().hasUnsavedChanges(story.id())).as("the story's edit is kept").isTrue();
        }
    }

    @Test
    void whileARestoreRunsTheEditorTakesNoTypingAndWhatWasTypedBeforeIsInThePreviousStatesBackup() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            main.editor().open(story.id());
            storage.runAll();
            main.editor().headlineProperty().set("Typed before the restore");

            model.restore(backups.list().get(0));

            assertThat(main.editor().pausedProperty().get()).as("the editor takes no typing").isTrue();
            assertThat(main.messageProperty().get()).contains("Restoring", "no typing");
            storage.runAll();
            assertThat(main.editor().pausedProperty().get()).isFalse();
            assertThat(main.messageProperty().get()).isEqualTo("Backup restored.");
            assertThat(articles.find(story.id()).orElseThrow().headline()).isEqualTo("Morning story");
            Backup previous = backups.list().stream().filter(backup -> backup.kind() == Backup.Kind.BEFORE_RESTORE)
                    .findFirst().orElseThrow();
            try (Database before = Database.openReadOnly(previous.file())) {
                assertThat(new ArticleStore(before).find(story.id()).orElseThrow().headline())
                        .isEqualTo("Typed before the restore");
            }
        }
    }

    @Test
    void aBackupCanBeRestoredAfterAnArticleCouldNotBeOpened() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            articles.save(SampleArticles.simple("Afternoon story", SampleArticles.T0));
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            storage.runAll();
            main.editor().open(story.id());
            // the very reason to restore a backup: the database fails to read
            storage.failNext(new StoreException("Could not read an article: the database disk image is malformed."));

            model.restore(backups.list().get(0));
            storage.runAll();

            assertThat(model.messageProperty().get()).startsWith("Restored ");
            assertThat(articles.count()).as("the backup's one article").isEqualTo(1);
            assertThat(main.editor().pausedProperty().get()).isFalse();
        }
    }

    @Test
    void theConfirmationOfARestoreStaysAfterTheBackupsAreListedAgain() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            QueuedExecutor storage = new QueuedExecutor();
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, mainWindow(db, storage, clock));
            model.refresh();
            storage.runAll();

            model.restore(backups.list().get(0));
            storage.runAll();

            assertThat(model.items()).hasSize(2);
            assertThat(model.messageProperty().get()).startsWith("Restored ");
        }
    }

    @Test
    void aBackupIsNotRestoredWhileAVersionIsSoWhatIsTypedOnceTheVersionIsBackStays() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            articles.save(story.withCategories(List.of("Local")).withModified(SampleArticles.T0.plusSeconds(600)));
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            main.editor().open(story.id());
            storage.runAll();
            main.history().showCurrentArticle();
            storage.runAll();
            main.history().selectedProperty().set(main.history().items().get(1));
            storage.runAll();

            main.history().restoreSelected(); // History: Restore this version
            model.restore(backups.list().get(0)); // meanwhile, in the Backups panel
            String toldThen = model.messageProperty().get();
            while (!main.history().messageProperty().get().startsWith("Restored")) {
                storage.runNext();
            }
            main.editor().headlineProperty().set("Typed once the version is back");
            storage.runAll();

            assertThat(main.editor().headlineProperty().get()).isEqualTo("Typed once the version is back");
            assertThat(model.restoringProperty().get()).isFalse();
            assertThat(toldThen).contains("under way");
        }
    }

    @Test
    void emptyingTheTrashWhileABackupIsRestoredDeletesNothingOfTheRestoredOne() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article kept = SampleArticles.simple("In the backup's Trash", SampleArticles.T0);
            articles.save(kept);
            articles.trash(kept.id(), SampleArticles.T0);
            Backups backups = new Backups(db);
            backups.makeDailyIfNeeded(clock.instant());
            articles.restore(kept.id());
            Article unwanted = SampleArticles.simple("Unwanted", SampleArticles.T0);
            articles.save(unwanted);
            articles.trash(unwanted.id(), SampleArticles.T0);
            QueuedExecutor storage = new QueuedExecutor();
            MainViewModel main = mainWindow(db, storage, clock);
            BackupsViewModel model = new BackupsViewModel(backups, storage, storage, clock, main);
            main.trash().refresh(); // the Trash panel lists "Unwanted" only
            storage.runAll();

            model.restore(backups.list().get(0));
            while (!model.messageProperty().get().startsWith("Restoring")) {
                storage.runNext();
            }
            main.trash().emptyTrash(); // Empty Trash…, confirmed, while the backup comes back
            storage.runAll();

            assertThat(model.messageProperty().get()).startsWith("Restored ");
            assertThat(articles.trashed(10)).extracting(com.copydesk.article.ArticleSummary::headline)
                    .as("never seen in the Trash panel, not deleted for good").containsExactly("In the backup's Trash");
            assertThat(main.trash().messageProperty().get()).contains("restore is under way");
        }
    }

    private static MainViewModel mainWindow(Database db, BackgroundExecutor storage, Clock clock) {
        return new MainViewModel(new ArticleStore(db), new CategoryStore(db), new PublicationStore(db),
                new RevisionStore(db), storage, new ManualScheduler(), clock);
    }
}
