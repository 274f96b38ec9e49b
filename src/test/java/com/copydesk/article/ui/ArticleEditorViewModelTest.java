package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import com.copydesk.body.BlockType;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleEditorViewModelTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final List<ArticleSummary> savedSummaries = new ArrayList<>();
    private Database database;
    private ArticleStore store;
    private Article first;
    private Article second;

    @BeforeEach
    void openStore() {
        database = Database.open(dir.resolve("test.copydesk"));
        store = new ArticleStore(database);
        Instant created = Instant.parse("2026-11-20T08:00:00Z");
        first = new Article(UUID.randomUUID(), "First", "", "Ana Reyes", "", null, List.of("Local"),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("One.")), created, created);
        second = new Article(UUID.randomUUID(), "Second", "", "", "", null, List.of(),
                ArticleStatus.READY, BodyDocument.of(Block.paragraph("Two.")), created, created);
        store.save(first);
        store.save(second);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ArticleEditorViewModel editor(BackgroundExecutor executor) {
        return new ArticleEditorViewModel(store, executor, scheduler, clock, savedSummaries::add);
    }

    @Test
    void loadingAnArticleIsNotAnEdit() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        assertThat(editor.headlineProperty().get()).isEqualTo("First");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void anEditIsSavedOnceTypingPauses() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        editor.headlineProperty().set("First, revised");
        editor.bodyProperty().set(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("Now "), Run.of("bold", Mark.BOLD))));

        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.EDITED);
        assertThat(store.find(first.id()).orElseThrow().headline()).isEqualTo("First");

        scheduler.advance(Duration.ofMillis(1500));

        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("First, revised");
        assertThat(stored.body().blocks().get(0).runs()).contains(Run.of("bold", Mark.BOLD));
        assertThat(stored.modified()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(savedSummaries).extracting(ArticleSummary::headline).containsExactly("First, revised");
    }

    @Test
    void typingAfterABulkStepChangedTheOpenArticleDoesNotUndoTheStep() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        // A bulk step (Set category…, a workflow step on the selection) or a category rename
        // changes the stored article while it is open, before the editor reads it again.
        new com.copydesk.store.BulkStore(database).setPrimaryCategory(List.of(first.id()), "Business",
                clock.instant());
        editor.headlineProperty().set("First, revised");
        editor.saveNow();

        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("First, revised");
        assertThat(stored.categories()).first().isEqualTo("Business");
    }

    @Test
    void categoriesTheUserChangesAreSavedEvenIfTheStoreChangedThemMeanwhile() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        new com.copydesk.store.BulkStore(database).setPrimaryCategory(List.of(first.id()), "Business",
                clock.instant());
        editor.categories().setAll("Sports");
        editor.saveNow();

        assertThat(store.find(first.id()).orElseThrow().categories()).containsExactly("Sports");
    }

    @Test
    void saveNowDoesNotWaitForThePause() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        editor.dekProperty().set("A dek");
        editor.saveNow();
        assertThat(store.find(first.id()).orElseThrow().dek()).isEqualTo("A dek");
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void switchingArticlesSavesTheOneBeingLeft() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        editor.categories().setAll("Politics", "Local");
        editor.open(second.id());
        assertThat(store.find(first.id()).orElseThrow().categories()).containsExactly("Politics", "Local");
        assertThat(editor.headlineProperty().get()).isEqualTo("Second");
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void aFailedSaveKeepsTheEditShowsWhyAndRetries() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Kept");
        executor.failNext();
        editor.saveNow();

        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(editor.problemProperty().get()).contains("disk full");
        assertThat(editor.headlineProperty().get()).isEqualTo("Kept");
        assertThat(editor.hasUnsavedChanges()).isTrue();

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));

        assertThat(store.find(first.id()).orElseThrow().headline()).isEqualTo("Kept");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aFailedSaveOfAnArticleLeftBehindIsStillRetried() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Do not lose me");
        // the save on leaving fails, the next article is read, the second try as it loads fails too
        executor.plan(true, false, true);
        editor.open(second.id());
        assertThat(editor.headlineProperty().get()).isEqualTo("Second");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));

        assertThat(store.find(first.id()).orElseThrow().headline()).isEqualTo("Do not lose me");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void goingBackToAnArticleWhoseSaveFailedShowsItsUnsavedTextAndKeepsRetryingIt() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Do not lose me");
        executor.plan(true, false, true); // leaving it fails, the next article is read, the retry fails
        editor.open(second.id());
        executor.plan(true, false, true); // still failing: the retry on the way back fails, the article is read
        editor.open(first.id());

        assertThat(editor.headlineProperty().get()).as("the text as typed, not as stored").isEqualTo("Do not lose me");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(editor.hasUnsavedChanges()).isTrue();

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));

        assertThat(store.find(first.id()).orElseThrow().headline()).isEqualTo("Do not lose me");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void typingInAnArticleWhoseEarlierSaveFailedKeepsBothTheEarlierAndTheNewText() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Earlier edit");
        executor.plan(true, false, true);
        editor.open(second.id());
        executor.plan(true, false, true);
        editor.open(first.id());
        editor.dekProperty().set("Later edit");

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));

        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Earlier edit");
        assertThat(stored.dek()).isEqualTo("Later edit");
    }

    @Test
    void saveNowThenWaitsForTheSaveInFlightAndThenTellsWhetherItFailed() {
        QueuedExecutor executor = new QueuedExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        executor.runAll();
        editor.headlineProperty().set("Typed just before closing");
        List<SaveState> seen = new ArrayList<>();

        editor.saveNowThen(() -> seen.add(editor.saveStateProperty().get()));
        assertThat(seen).as("not before the save has run").isEmpty();
        executor.failAll();

        assertThat(seen).containsExactly(SaveState.FAILED);
        assertThat(editor.headlineProperty().get()).isEqualTo("Typed just before closing");
    }

    @Test
    void reopeningTheArticleKeepsWhatIsTypedWhileItIsRead() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        editor.headlineProperty().set("First, revised");

        editor.open(first.id()); // as after a bulk step on it: the edit is saved, then the article read again
        editor.headlineProperty().set("First, revised again");
        storage.runAll();

        assertThat(editor.headlineProperty().get()).isEqualTo("First, revised again");
        scheduler.advance(Duration.ofMillis(1500));
        storage.runAll();
        assertThat(store.find(first.id()).orElseThrow().headline()).isEqualTo("First, revised again");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void reopeningTheArticleShowsWhatChangedInTheStoreAndKeepsWhatIsTypedMeanwhile() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        store.save(first.withStatus(ArticleStatus.IN_REVIEW)); // a bulk step on the open article

        editor.open(first.id());
        editor.headlineProperty().set("Typed while it is read");
        storage.runAll();

        assertThat(editor.headlineProperty().get()).isEqualTo("Typed while it is read");
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
        scheduler.advance(Duration.ofMillis(1500));
        storage.runAll();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Typed while it is read");
        assertThat(stored.status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void anEditWhoseSaveFailedIsNotLostWhenTheSaveQueuedBehindItSucceeds() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        editor.headlineProperty().set("Earlier edit");
        editor.saveNow(); // waits behind other storage work
        editor.dekProperty().set("Later edit");
        editor.saveNow(); // queued behind the first

        storage.failNext(new UncheckedIOException(new IOException("database is locked"))); // the first
        storage.runNext(); // the second gets through

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));
        storage.runAll();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.dek()).isEqualTo("Later edit");
        assertThat(stored.headline()).as("the edit whose own save failed").isEqualTo("Earlier edit");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void reopeningTheArticleWhileItsEditCannotBeSavedKeepsThatEditWithWhatIsTypedMeanwhile() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        editor.headlineProperty().set("Not yet saved");
        editor.saveNow();
        storage.failNext(new UncheckedIOException(new IOException("database is locked")));

        editor.open(first.id()); // as after a workflow step that failed too: the edit is tried again, then the article read
        editor.dekProperty().set("Typed while it is read");
        storage.failNext(new UncheckedIOException(new IOException("database is locked")));
        storage.runNext();

        assertThat(editor.headlineProperty().get()).as("the unsaved headline stays in the editor")
                .isEqualTo("Not yet saved");
        assertThat(editor.dekProperty().get()).isEqualTo("Typed while it is read");
        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));
        storage.runAll();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Not yet saved");
        assertThat(stored.dek()).isEqualTo("Typed while it is read");
    }

    @Test
    void reopeningTheArticleWhileItsEditCannotBeSavedDoesNotUndoWhatChangedInTheStore() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        editor.headlineProperty().set("Not yet saved");
        editor.saveNow();
        storage.failNext(new UncheckedIOException(new IOException("database is locked")));
        store.save(first.withStatus(ArticleStatus.IN_REVIEW)); // a bulk step on the open article got through

        editor.open(first.id());
        storage.failNext(new UncheckedIOException(new IOException("database is locked")));
        storage.runNext();

        assertThat(editor.headlineProperty().get()).isEqualTo("Not yet saved");
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));
        storage.runAll();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Not yet saved");
        assertThat(stored.status()).as("the bulk step stands").isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void afterAVersionIsRestoredTheStoreHoldsWhatTheEditorShows() {
        com.copydesk.task.QueuedExecutor storage = new com.copydesk.task.QueuedExecutor();
        ArticleEditorViewModel editor = editor(storage);
        editor.open(first.id());
        storage.runAll();
        Article version = new Article(first.id(), "Restored headline", "", "Ana Reyes", "", null, List.of("Local"),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Restored body.")), first.created(),
                clock.instant());
        // History → Restore: the version is written, then shown; a key typed meanwhile is saved behind it
        storage.submit(() -> {
            store.save(version);
            return version;
        }, editor::load, failure -> { });
        editor.headlineProperty().set("Typed as the restore ran");
        editor.saveNow();
        storage.runAll();

        scheduler.advance(Duration.ofMillis(1500));
        storage.runAll();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).as("as the editor shows it").isEqualTo(editor.headlineProperty().get());
        assertThat(stored.body()).isEqualTo(editor.bodyProperty().get());
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void retryingTheEditOfAnArticleLeftBehindDoesNotUndoABulkStepOnIt() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Do not lose me");
        executor.plan(true, false, true); // leaving it fails, the next article is read, the retry fails
        editor.open(second.id());
        // meanwhile a bulk step on the article left behind gets through
        new com.copydesk.store.BulkStore(database).setPrimaryCategory(List.of(first.id()), "Business",
                clock.instant());

        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));

        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Do not lose me");
        assertThat(stored.categories()).first().as("the bulk step stands").isEqualTo("Business");
    }

    @Test
    void goingBackToAnArticleWhoseSaveFailedShowsWhatABulkStepChangedAndKeepsIt() {
        FailNextExecutor executor = new FailNextExecutor();
        ArticleEditorViewModel editor = editor(executor);
        editor.open(first.id());
        editor.headlineProperty().set("Do not lose me");
        executor.plan(true, false, true);
        editor.open(second.id());
        new com.copydesk.store.BulkStore(database).setPrimaryCategory(List.of(first.id()), "Business",
                clock.instant());
        executor.plan(true, false, true); // the retry on the way back fails, the article is read, the retry fails
        editor.open(first.id());

        assertThat(editor.headlineProperty().get()).isEqualTo("Do not lose me");
        assertThat(editor.categories()).first().isEqualTo("Business");
        scheduler.advance(ArticleEditorViewModel.RETRY_DELAY.plusSeconds(1));
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Do not lose me");
        assertThat(stored.categories()).first().isEqualTo("Business");
    }

    /** Holds work until the test runs or fails it, as a busy storage thread would. */
    private static final class QueuedExecutor implements BackgroundExecutor {
        private final java.util.ArrayDeque<Runnable> runs = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<Runnable> failures = new java.util.ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            runs.add(() -> new SameThreadExecutor().submit(work, onSuccess, onFailure));
            failures.add(() -> onFailure.accept(new UncheckedIOException(new IOException("database is locked"))));
        }

        void runAll() {
            failures.clear();
            while (!runs.isEmpty()) {
                runs.remove().run();
            }
        }

        void failAll() {
            runs.clear();
            while (!failures.isEmpty()) {
                failures.remove().run();
            }
        }
    }

    @Test
    void unicodeAndLongTextSurviveTheRoundTrip() {
        ArticleEditorViewModel editor = editor(new SameThreadExecutor());
        editor.open(first.id());
        String headline = "مرحبا 👋🏽 שלום ".repeat(700).substring(0, 10_000);
        editor.headlineProperty().set(headline);
        editor.bylineProperty().set("Zoë Ångström 🗞️");
        editor.saveNow();
        Article stored = store.find(first.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo(headline);
        assertThat(stored.byline()).isEqualTo("Zoë Ångström 🗞️");
    }

    /** Fails the next piece of work with an I/O error once armed, as a full disk would. */
    private static final class FailNextExecutor implements BackgroundExecutor {
        private final SameThreadExecutor delegate = new SameThreadExecutor();
        private final java.util.ArrayDeque<Boolean> plan = new java.util.ArrayDeque<>();

        void failNext() {
            plan(true);
        }

        /** For the next pieces of work in order: true fails it, false runs it. */
        void plan(Boolean... failures) {
            plan.addAll(List.of(failures));
        }

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            Boolean fail = plan.poll();
            if (fail != null && fail) {
                onFailure.accept(new UncheckedIOException(new IOException("disk full")));
                return;
            }
            delegate.submit(work, onSuccess, onFailure);
        }
    }
}
