package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.NoteDraft;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
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
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.task.SameThreadExecutor;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The note being typed is saved at once, like the article, whenever the window saves before leaving. */
class NoteDraftsOnLeavingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private NoteStore notes;
    private Article story;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("news.copydesk"));
        articles = new ArticleStore(db);
        notes = new NoteStore(db);
        story = SampleArticles.simple("Morning story", SampleArticles.T0);
        articles.save(story);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savingNowAsOnQuittingStoresTheNoteBeingTyped() {
        MainViewModel main = mainWindow(new SameThreadExecutor());
        main.editor().open(story.id());
        main.notes().textProperty().set("Typed just before quitting"); // its save not yet due

        main.saveNow();

        assertThat(notes.draft(story.id())).contains(new NoteDraft(story.id(), "Typed just before quitting", null));
    }

    @Test
    void deletingTheOpenArticleTakesTheNoteBeingTypedToTheTrashWithIt() {
        MainViewModel main = mainWindow(new SameThreadExecutor());
        main.editor().open(story.id());
        main.notes().textProperty().set("Check the quote");

        main.delete(List.of(story.id()));
        articles.restore(story.id());

        assertThat(notes.draft(story.id())).contains(new NoteDraft(story.id(), "Check the quote", null));
    }

    @Test
    void leavingWaitsForTheNoteBeingTypedAndKnowsWhenItCouldNotBeSaved() {
        QueuedExecutor storage = new QueuedExecutor();
        MainViewModel main = mainWindow(storage);
        main.editor().open(story.id());
        storage.runAll();
        main.notes().textProperty().set("Typed just before quitting");
        List<String> events = new ArrayList<>();

        main.saveNowThen(() -> events.add("left, unsaved draft: " + main.notes().hasUnsavedDraft()));
        assertThat(events).as("waits for the note's save").isEmpty();
        storage.failNext(new StoreException("Could not save the note being typed: the disk is full."));
        storage.runAll();

        assertThat(events).containsExactly("left, unsaved draft: true");
        assertThat(main.notes().textProperty().get()).isEqualTo("Typed just before quitting");
    }

    @Test
    void aRestoreIsNotMadeWhileTheNoteBeingTypedCannotBeSaved() {
        Backups backups = new Backups(db);
        backups.makeDailyIfNeeded(CLOCK.instant());
        QueuedExecutor storage = new QueuedExecutor();
        MainViewModel main = mainWindow(storage);
        BackupsViewModel model = new BackupsViewModel(backups, storage, storage, CLOCK, main);
        main.editor().open(story.id());
        storage.runAll();
        main.notes().textProperty().set("Typed before the restore");

        model.restore(backups.list().get(0));
        storage.failNext(new StoreException("Could not save the note being typed: the disk is full."));
        storage.runAll();

        assertThat(model.messageProperty().get()).contains("Not restored");
        assertThat(main.notes().textProperty().get()).isEqualTo("Typed before the restore");
    }

    @Test
    void theNoteTypedBeforeARestoreIsInThePreviousStatesBackupAndNotWrittenIntoTheRestoredOne() {
        Backups backups = new Backups(db);
        backups.makeDailyIfNeeded(CLOCK.instant());
        QueuedExecutor storage = new QueuedExecutor();
        MainViewModel main = mainWindow(storage);
        BackupsViewModel model = new BackupsViewModel(backups, storage, storage, CLOCK, main);
        main.editor().open(story.id());
        storage.runAll();
        main.notes().textProperty().set("Typed before the restore");

        model.restore(backups.list().get(0));
        storage.runAll();

        assertThat(model.messageProperty().get()).startsWith("Restored ");
        assertThat(notes.draft(story.id())).as("the backup had none").isEmpty();
        assertThat(main.notes().textProperty().get()).isEmpty();
        Backup previous = backups.list().stream().filter(backup -> backup.kind() == Backup.Kind.BEFORE_RESTORE)
                .findFirst().orElseThrow();
        try (Database before = Database.openReadOnly(previous.file())) {
            assertThat(new NoteStore(before).draft(story.id()))
                    .contains(new NoteDraft(story.id(), "Typed before the restore", null));
        }
    }

    @Test
    void enterInTheNoteFieldWhileABackupIsRestoredAddsNothingToTheRestoredOne() {
        Backups backups = new Backups(db);
        backups.makeDailyIfNeeded(CLOCK.instant());
        QueuedExecutor storage = new QueuedExecutor();
        MainViewModel main = mainWindow(storage);
        BackupsViewModel model = new BackupsViewModel(backups, storage, storage, CLOCK, main);
        main.editor().open(story.id());
        storage.runAll();
        main.notes().textProperty().set("Typed before the restore");

        model.restore(backups.list().get(0));
        untilTheBackupIsBeingRestored(storage, model);
        main.notes().add(); // Enter: the field takes no typing meanwhile, but Enter still reaches it
        String told = main.notes().problemProperty().get();
        storage.runAll();

        assertThat(model.messageProperty().get()).startsWith("Restored ");
        assertThat(notes.notes(story.id())).as("the backup had none").isEmpty();
        assertThat(told).contains("restore is under way");
    }

    @Test
    void enterOnACommentWhileABackupIsRestoredAddsNothingToTheRestoredOne() {
        Backups backups = new Backups(db);
        backups.makeDailyIfNeeded(CLOCK.instant());
        QueuedExecutor storage = new QueuedExecutor();
        MainViewModel main = mainWindow(storage);
        BackupsViewModel model = new BackupsViewModel(backups, storage, storage, CLOCK, main);
        main.editor().open(story.id());
        storage.runAll();
        main.inlineComments().startComment(0, 4, "Body");
        main.notes().textProperty().set("Typed before the restore");

        model.restore(backups.list().get(0));
        untilTheBackupIsBeingRestored(storage, model);
        main.inlineComments().add(); // Enter on the comment being typed
        storage.runAll();

        assertThat(model.messageProperty().get()).startsWith("Restored ");
        assertThat(notes.notes(story.id())).as("the backup had none").isEmpty();
        assertThat(notes.anchors(story.id())).isEmpty();
    }

    /** Runs the saves made first, up to the restore itself, which then takes its time. */
    private static void untilTheBackupIsBeingRestored(QueuedExecutor storage, BackupsViewModel model) {
        while (!model.messageProperty().get().startsWith("Restoring")) {
            storage.runNext();
        }
    }

    private MainViewModel mainWindow(BackgroundExecutor storage) {
        return new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db), new RevisionStore(db),
                new WorkflowStore(db), notes, new TagStore(db), new DeskStore(db), new BulkStore(db),
                new CategoryAdminStore(db), storage, new ManualScheduler(), CLOCK);
    }
}
