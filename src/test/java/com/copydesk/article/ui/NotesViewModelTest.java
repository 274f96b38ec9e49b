package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.NoteStore;
import com.copydesk.task.ManualScheduler;
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
    private Database database;
    private ArticleEditorViewModel editor;
    private NotesViewModel notes;
    private Article one;
    private Article two;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("notes.copydesk"));
        ArticleStore articles = new ArticleStore(database);
        one = new Article(UUID.randomUUID(), "One", "", "", "", null, List.of(), ArticleStatus.PUBLISHED,
                BodyDocument.empty(), T0, T0);
        two = new Article(UUID.randomUUID(), "Two", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
        articles.save(one);
        articles.save(two);
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, new ManualScheduler(), clock, summary -> { });
        notes = new NotesViewModel(new NoteStore(database), editor, executor, clock, profile, problems::add);
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
        com.copydesk.task.QueuedExecutor later = new com.copydesk.task.QueuedExecutor();
        NotesViewModel slow = new NotesViewModel(new NoteStore(database), editor, later, clock, profile, problems::add);
        editor.open(one.id());
        later.runAll();
        slow.textProperty().set("First note");
        slow.add();
        slow.textProperty().set("Second note, typed at once");

        later.runAll();

        assertThat(slow.notes()).extracting(ReviewNote::text).containsExactly("First note");
        assertThat(slow.textProperty().get()).isEqualTo("Second note, typed at once");
    }

    private ReviewNote addedNote(String text) {
        notes.textProperty().set(text);
        notes.add();
        return notes.notes().get(notes.notes().size() - 1);
    }
}
