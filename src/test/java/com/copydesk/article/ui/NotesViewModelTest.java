package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.NoteStore;
import com.copydesk.store.StoreException;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotesViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final SimpleObjectProperty<UserProfile> profile =
            new SimpleObjectProperty<>(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
    private final List<String> problems = new ArrayList<>();
    private final ManualScheduler scheduler = new ManualScheduler();
    private Path file;
    private Database database;
    private NoteStore store;
    private ArticleEditorViewModel editor;
    private NotesViewModel notes;
    private Article one;
    private Article two;

    @BeforeEach
    void open() {
        file = dir.resolve("notes.copydesk");
        database = Database.open(file);
        store = new NoteStore(database);
        ArticleStore articles = new ArticleStore(database);
        one = new Article(UUID.randomUUID(), "One", "", "", "", null, List.of(), ArticleStatus.PUBLISHED,
                BodyDocument.empty(), T0, T0);
        two = new Article(UUID.randomUUID(), "Two", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
        articles.save(one);
        articles.save(two);
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, scheduler, clock, summary -> { });
        notes = new NotesViewModel(store, editor, executor, scheduler, clock, profile, problems::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNoteAndAReplyAreAddedByTheCurrentUserEvenOnAPublishedArticle() {
        editor.open(one.id());
        notes.textProperty().set("Photo credit missing");
        notes.add();
        assertThat(notes.textProperty().get()).isEmpty();

        profile.set(new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER));
        notes.replyTo(notes.notes().get(0));
        notes.textProperty().set("Added");
        notes.add();

        assertThat(notes.notes()).extracting(ReviewNote::author, ReviewNote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jon Berg", "Photo credit missing"),
                org.assertj.core.groups.Tuple.tuple("Ana Reyes", "Added"));
        assertThat(notes.notes().get(1).parentId()).isEqualTo(notes.notes().get(0).id());
        assertThat(notes.replyToProperty().get()).isNull();
        assertThat(notes.openCountProperty().get()).isEqualTo(2);
    }

    @Test
    void replyingToAReplyAnswersItsThread() {
        editor.open(one.id());
        notes.textProperty().set("Question");
        notes.add();
        notes.replyTo(notes.notes().get(0));
        notes.textProperty().set("Answer");
        notes.add();
        notes.replyTo(notes.notes().get(1));
        assertThat(notes.replyToProperty().get()).isEqualTo(notes.notes().get(0));
    }

    @Test
    void anEmptyNoteIsRefusedWithASentenceAndNothingIsStored() {
        editor.open(one.id());
        notes.textProperty().set("   ");
        notes.add();
        assertThat(notes.problemProperty().get()).isEqualTo("A note needs some text.");
        assertThat(notes.notes()).isEmpty();
        notes.textProperty().set("x");
        assertThat(notes.problemProperty().get()).isEmpty();
    }

    @Test
    void resolvingCountsDownTheOpenNotesAndEachArticleShowsItsOwn() {
        editor.open(one.id());
        notes.textProperty().set("Fix the dek");
        notes.add();
        notes.setResolved(notes.notes().get(0), true);
        assertThat(notes.notes().get(0).resolvedBy()).isEqualTo("Jon Berg");
        assertThat(notes.openCountProperty().get()).isZero();

        editor.open(two.id());
        assertThat(notes.notes()).isEmpty();
        editor.open(one.id());
        assertThat(notes.notes()).hasSize(1);
    }

    @Test
    void aNoteBeingTypedWaitsForItsArticleWhenTheUserLooksAtAnother() {
        editor.open(one.id());
        notes.replyTo(addedNote("Who took the photo?"));
        notes.textProperty().set("Half a reply to the desk");
        editor.open(two.id());

        assertThat(notes.textProperty().get()).isEmpty();
        assertThat(notes.replyToProperty().get()).isNull();
        notes.textProperty().set("A note on two");

        editor.open(one.id());
        assertThat(notes.textProperty().get()).isEqualTo("Half a reply to the desk");
        assertThat(notes.replyToProperty().get()).extracting(ReviewNote::text).isEqualTo("Who took the photo?");
        editor.open(two.id());
        assertThat(notes.textProperty().get()).isEqualTo("A note on two");
    }

    @Test
    void textTypedWhileANoteIsBeingAddedIsNotWipedWhenItIsIn() {
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel slow = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        slow.textProperty().set("First note");
        slow.add();
        slow.textProperty().set("Second note, typed at once");

        later.runAll();

        assertThat(slow.notes()).extracting(ReviewNote::text).containsExactly("First note");
        assertThat(slow.textProperty().get()).isEqualTo("Second note, typed at once");
    }

    @Test
    void aNoteBeingTypedIsStoredAsADraftShortlyAfterTypingStops() {
        editor.open(one.id());
        notes.textProperty().set("Photo cred");
        scheduler.advance(Duration.ofMillis(500));
        notes.textProperty().set("Photo credit missing");
        scheduler.advance(Duration.ofMillis(500));
        assertThat(store.draft(one.id())).as("still typing").isEmpty();

        scheduler.advance(Duration.ofMillis(400));

        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "Photo credit missing", null));
    }

    @Test
    void switchingArticlesStoresTheDraftAtOnce() {
        editor.open(one.id());
        ReviewNote question = addedNote("Who took the photo?");
        notes.replyTo(question);
        notes.textProperty().set("The agency");

        editor.open(two.id());

        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "The agency", question.id()));
    }

    @Test
    void savingNowStoresTheDraftAtOnceAsWhenQuitting() {
        editor.open(one.id());
        notes.textProperty().set("Typed just before quitting");

        notes.saveDraftsNow();

        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "Typed just before quitting", null));
        assertThat(scheduler.pending()).as("nothing left to save later").isZero();
    }

    @Test
    void reopeningTheArticleAfterARestartShowsItsDraftAndTheNoteItAnswers() {
        editor.open(one.id());
        ReviewNote question = addedNote("Who took the photo?");
        notes.replyTo(question);
        notes.textProperty().set("The agency, I think");
        notes.saveDraftsNow();
        database.close();

        database = Database.open(file);
        SameThreadExecutor executor = new SameThreadExecutor();
        ArticleEditorViewModel restarted = new ArticleEditorViewModel(new ArticleStore(database), executor, scheduler,
                clock, summary -> { });
        NotesViewModel again = new NotesViewModel(new NoteStore(database), restarted, executor, scheduler, clock,
                profile, problems::add);
        restarted.open(one.id());

        assertThat(again.textProperty().get()).isEqualTo("The agency, I think");
        assertThat(again.replyToProperty().get()).isEqualTo(question);
        restarted.open(two.id());
        assertThat(again.textProperty().get()).isEmpty();
    }

    @Test
    void addingTheNoteLeavesNoDraftEvenWhenItWasAddedBeforeTheDraftWasSaved() {
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel slow = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        slow.textProperty().set("Trim the top");
        slow.add();
        scheduler.advance(Duration.ofSeconds(2)); // the draft's save falls due before the note is in
        later.runAll();
        scheduler.advance(Duration.ofSeconds(2));
        later.runAll();

        assertThat(slow.notes()).extracting(ReviewNote::text).containsExactly("Trim the top");
        assertThat(slow.textProperty().get()).isEmpty();
        assertThat(store.draft(one.id())).isEmpty();
    }

    @Test
    void emptyingTheFieldDeletesTheDraft() {
        editor.open(one.id());
        notes.textProperty().set("Second thoughts");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(store.draft(one.id())).isPresent();

        notes.textProperty().set("");
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(store.draft(one.id())).isEmpty();
    }

    @Test
    void justLookingAtADraftWritesNothing() {
        store.saveDraft(new NoteDraft(one.id(), "Stored earlier", null));
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel looking = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        assertThat(looking.textProperty().get()).isEqualTo("Stored earlier");

        editor.open(two.id());
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(later.pending()).as("only the read of two's notes").isEqualTo(1);
    }

    @Test
    void textTypedBeforeTheStoredDraftIsReadIsKeptWithIt() {
        store.saveDraft(new NoteDraft(one.id(), "Stored earlier.", null));
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel quick = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        quick.textProperty().set("Typed at once.");

        later.runAll();
        scheduler.advance(Duration.ofSeconds(1));
        later.runAll();

        assertThat(quick.textProperty().get()).isEqualTo("Stored earlier. Typed at once.");
        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "Stored earlier. Typed at once.", null));
    }

    @Test
    void aNoteAddedBeforeTheStoredDraftIsReadLeavesThatDraftInTheFieldAndTheStore() {
        store.saveDraft(new NoteDraft(one.id(), "Stored earlier.", null));
        QueuedExecutor busy = new QueuedExecutor();
        ArticleEditorViewModel slowEditor = new ArticleEditorViewModel(new ArticleStore(database), busy, scheduler,
                clock, summary -> { });
        NotesViewModel quick = new NotesViewModel(store, slowEditor, busy, scheduler, clock, profile, problems::add);
        slowEditor.open(one.id());
        busy.runNext(); // the article is open; its notes and draft are still to be read
        quick.textProperty().set("Quick note");
        quick.add();

        busy.runAll();
        scheduler.advance(Duration.ofSeconds(1));
        busy.runAll();

        assertThat(quick.notes()).extracting(ReviewNote::text).containsExactly("Quick note");
        assertThat(quick.textProperty().get()).startsWith("Stored earlier.");
        assertThat(store.draft(one.id())).map(NoteDraft::text).contains(quick.textProperty().get());
    }

    @Test
    void aNoteAddedAfterItsTextWasRetypedLeavesNoDraft() {
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel slow = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        slow.textProperty().set("Trim the top");
        slow.add();
        slow.textProperty().set("Trim the top, and");
        slow.textProperty().set("Trim the top");
        scheduler.advance(Duration.ofSeconds(1));

        later.runAll();
        scheduler.advance(Duration.ofSeconds(1));
        later.runAll();

        assertThat(slow.textProperty().get()).isEmpty();
        assertThat(store.draft(one.id())).isEmpty();
    }

    @Test
    void aFailedDraftSaveKeepsTheTextSaysSoAndIsRetried() {
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel failing = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        failing.textProperty().set("Do not lose me");
        scheduler.advance(Duration.ofSeconds(1));

        later.failNext(new StoreException("Could not save the note being typed: the disk is full."));

        assertThat(failing.textProperty().get()).isEqualTo("Do not lose me");
        assertThat(failing.problemProperty().get()).startsWith("Not saved: Could not save the note being typed")
                .endsWith("Your note is kept; retrying…");
        assertThat(failing.hasUnsavedDraft()).isTrue();

        scheduler.advance(Duration.ofSeconds(5));
        later.runAll();

        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "Do not lose me", null));
        assertThat(failing.problemProperty().get()).isEmpty();
        assertThat(failing.hasUnsavedDraft()).isFalse();
    }

    @Test
    void aDraftWhoseSaveFailedAfterTheUserMovedOnIsToldAndWaitsForItsArticle() {
        QueuedExecutor later = new QueuedExecutor();
        NotesViewModel failing = new NotesViewModel(store, editor, later, scheduler, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        failing.textProperty().set("Left behind");
        editor.open(two.id());

        later.failNext(new StoreException("Could not save the note being typed: the disk is full."));
        later.runAll();

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("another article")
                .contains("the disk is full").contains("retrying"));
        editor.open(one.id());
        later.runAll();
        assertThat(failing.textProperty().get()).isEqualTo("Left behind");
    }

    @Test
    void aDraftGoesToTheTrashWithItsArticleAndComesBackWithIt() {
        editor.open(one.id());
        notes.textProperty().set("Before the Trash");
        editor.close(); // as when the open article is deleted: saved first, then moved to the Trash
        ArticleStore articles = new ArticleStore(database);
        articles.trash(one.id(), T0);
        assertThat(store.draft(one.id())).contains(new NoteDraft(one.id(), "Before the Trash", null));
        articles.restore(one.id());

        editor.open(one.id());

        assertThat(notes.textProperty().get()).isEqualTo("Before the Trash");
    }

    @Test
    void discardingForAReplacedDatabaseWritesNoDraftIntoIt() {
        editor.open(one.id());
        notes.textProperty().set("Typed before the restore");
        notes.saveDraftsNow();
        store.deleteDraft(one.id()); // the restored backup had none

        notes.discard();
        editor.discard();
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(store.draft(one.id())).isEmpty();
        assertThat(notes.textProperty().get()).isEmpty();
    }

    @Test
    void aReplyStartedWithNothingTypedIsStillStartedWhenComingBackButIsNotStored() {
        editor.open(one.id());
        ReviewNote question = addedNote("Who took the photo?");
        notes.replyTo(question);

        editor.open(two.id());
        assertThat(notes.replyToProperty().get()).isNull();
        editor.open(one.id());

        assertThat(notes.replyToProperty().get()).isEqualTo(question);
        assertThat(store.draft(one.id())).isEmpty();
        notes.replyToProperty().set(null); // "New thread": nothing started any more
        editor.open(two.id());
        editor.open(one.id());
        assertThat(notes.replyToProperty().get()).isNull();
    }

    private ReviewNote addedNote(String text) {
        notes.textProperty().set(text);
        notes.add();
        return notes.notes().get(notes.notes().size() - 1);
    }
}
