package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.article.ui.InlineCommentsViewModel.Target;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText.Place;
import com.copydesk.body.TextAnchor;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.NoteStore;
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
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InlineCommentsViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final String FIRST = "Harbor cranes return to the old port";

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final SimpleObjectProperty<UserProfile> profile =
            new SimpleObjectProperty<>(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
    private final List<String> problems = new ArrayList<>();
    private Database database;
    private ArticleStore articles;
    private NoteStore noteStore;
    private ArticleEditorViewModel editor;
    private NotesViewModel notes;
    private InlineCommentsViewModel comments;
    private Article story;
    private Article other;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("comments.copydesk"));
        articles = new ArticleStore(database);
        noteStore = new NoteStore(database);
        story = article("Story", FIRST);
        other = article("Other", "Nothing to see");
        articles.save(story);
        articles.save(other);
        newSession();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A fresh window on the same file: nothing remembered but what is stored. */
    private void newSession() {
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, new ManualScheduler(), clock, summary -> { });
        notes = new NotesViewModel(noteStore, editor, executor, new ManualScheduler(), clock, profile, problems::add);
        comments = new InlineCommentsViewModel(noteStore, editor, notes, executor, clock, profile, problems::add);
    }

    private static Article article(String headline, String... paragraphs) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                new BodyDocument(java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList()), T0, T0);
    }

    /** What the body editor reports for an edit: the new body, and where the text changed. */
    private void edit(int position, int removed, String inserted) {
        String text = editor.currentProperty().get().body().blocks().get(0).text();
        editor.bodyProperty().set(BodyDocument.of(Block.paragraph(
                text.substring(0, position) + inserted + text.substring(position + removed))));
        comments.textEdited(position, removed, inserted.length());
    }

    private ReviewNote comment(int start, int end, String text) {
        String quote = editor.currentProperty().get().body().blocks().get(0).text().substring(start, end);
        comments.startComment(start, end, quote);
        notes.textProperty().set(text);
        comments.add();
        return notes.notes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aCommentOnSelectedWordsIsListedWithItsQuoteAndHighlighted() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");

        assertThat(comments.isInline(note)).isTrue();
        assertThat(comments.quoteOf(note)).contains("cranes");
        assertThat(comments.highlights()).containsExactly(Map.entry(note.id(), new TextAnchor(7, 13)));
        assertThat(comments.selectedProperty().get()).isEqualTo(note.id());
        assertThat(comments.targetProperty().get()).isNull();
        assertThat(notes.textProperty().get()).isEmpty();
        assertThat(comments.commentAt(9)).isEqualTo(note.id());
        assertThat(comments.commentAt(2)).isNull();
    }

    @Test
    void textTypedWhileACommentIsBeingAddedStaysAndBecomesTheDraft() {
        QueuedExecutor later = new QueuedExecutor();
        ManualScheduler time = new ManualScheduler();
        editor = new ArticleEditorViewModel(articles, later, time, clock, summary -> { });
        notes = new NotesViewModel(noteStore, editor, later, time, clock, profile, problems::add);
        comments = new InlineCommentsViewModel(noteStore, editor, notes, later, clock, profile, problems::add);
        editor.open(story.id());
        later.runAll();
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");
        comments.add();
        time.advance(Duration.ofSeconds(1)); // the draft's save falls due before the comment is in
        notes.textProperty().set("And a second thought");

        later.runAll();

        assertThat(notes.notes()).extracting(ReviewNote::text).containsExactly("Which cranes?");
        assertThat(notes.textProperty().get()).isEqualTo("And a second thought");
        time.advance(Duration.ofSeconds(1));
        later.runAll();
        assertThat(noteStore.draft(story.id())).map(NoteDraft::text).contains("And a second thought");
    }

    @Test
    void withoutASelectionTheUserIsToldWhatToDo() {
        editor.open(story.id());
        comments.startComment(5, 5, "");
        assertThat(notes.problemProperty().get()).startsWith("Select the words in the body");
        assertThat(comments.targetProperty().get()).isNull();
    }

    @Test
    void theAnchorFollowsTypingAndIsFoundThereAfterReopening() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");
        edit(0, 0, "Big ");
        edit(11, 0, "steel "); // typed right at its start: "Big Harbor steel cranes"
        assertThat(comments.highlights().get(note.id())).isEqualTo(new TextAnchor(17, 23));
        editor.saveNow();

        newSession();
        editor.open(story.id());
        assertThat(comments.highlights()).containsExactly(Map.entry(note.id(), new TextAnchor(17, 23)));
        assertThat(noteStore.anchors(story.id())).containsExactly(
                new NoteAnchor(note.id(), new Place(0, 17), new Place(0, 23), "cranes", "cranes"));
    }

    @Test
    void deletingAllOfItsWordsDetachesTheCommentButKeepsItAndItsQuote() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");
        edit(6, 7, ""); // "Harbor return…"
        assertThat(comments.isDetached(note)).isTrue();
        assertThat(comments.highlights()).isEmpty();
        editor.saveNow();

        newSession();
        editor.open(story.id());
        assertThat(notes.notes()).extracting(ReviewNote::text).containsExactly("Which cranes?");
        assertThat(comments.isDetached(notes.notes().get(0))).isTrue();
        assertThat(comments.quoteOf(notes.notes().get(0))).contains("cranes");
    }

    @Test
    void resolvedCommentsLoseTheirHighlightAndGetItBackWhenReopened() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");
        notes.setResolved(note, true);
        assertThat(comments.highlights()).isEmpty();
        edit(0, 0, "Big "); // still followed while resolved
        notes.setResolved(notes.notes().get(0), false);
        assertThat(comments.highlights()).containsExactly(Map.entry(note.id(), new TextAnchor(11, 17)));
    }

    @Test
    void aBodyChangedElsewhereReanchorsByTheWordsOrDetaches() {
        editor.open(story.id());
        ReviewNote cranes = comment(7, 13, "Which cranes?");
        ReviewNote port = comment(32, 36, "Which port?");
        editor.open(other.id());
        // An import replaces the body: a new first paragraph, "cranes" kept, "port" gone.
        Article imported = new Article(story.id(), "Story", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("New top."), Block.paragraph("Harbor cranes return to the quay")),
                T0, T0.plusSeconds(60));
        articles.save(imported);

        editor.open(story.id());
        assertThat(comments.highlights()).containsExactly(Map.entry(cranes.id(), new TextAnchor(16, 22)));
        assertThat(comments.isDetached(port)).isTrue();
        assertThat(noteStore.anchors(story.id())).containsExactly(
                new NoteAnchor(cranes.id(), new Place(1, 7), new Place(1, 13), "cranes", "cranes"),
                NoteAnchor.detached(port.id(), "port", "port"));
    }

    @Test
    void eachArticleShowsOnlyItsOwnComments() {
        editor.open(story.id());
        comment(7, 13, "Which cranes?");
        editor.open(other.id());
        assertThat(comments.highlights()).isEmpty();
        edit(0, 0, "x"); // an edit of the other article moves nothing stored for the story
        editor.saveNow();
        editor.open(story.id());
        assertThat(comments.highlights().values()).containsExactly(new TextAnchor(7, 13));
    }

    @Test
    void clickingACommentRevealsItsWords() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");
        List<TextAnchor> revealed = new ArrayList<>();
        comments.setOnReveal(revealed::add);
        comments.selectedProperty().set(null);
        comments.reveal(note);
        assertThat(revealed).containsExactly(new TextAnchor(7, 13));
        assertThat(comments.selectedProperty().get()).isEqualTo(note.id());
    }

    @Test
    void aRestoredRevisionOfTheOpenArticleReanchorsByTheWords() {
        editor.open(story.id());
        ReviewNote note = comment(7, 13, "Which cranes?");
        editor.load(new Article(story.id(), "Story", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Yes: harbor cranes return")), T0, T0));
        assertThat(comments.highlights()).containsExactly(Map.entry(note.id(), new TextAnchor(12, 18)));
    }

    @Test
    void aCommentBeingTypedComesBackOnItsWordsAfterARestart() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");
        notes.saveDraftsNow();

        newSession();
        editor.open(story.id());

        assertThat(notes.textProperty().get()).isEqualTo("Which cranes?");
        assertThat(comments.targetProperty().get()).isEqualTo(new Target(new TextAnchor(7, 13), "cranes"));
        assertThat(comments.highlights()).as("its words highlighted in the body")
                .containsExactly(Map.entry(InlineCommentsViewModel.BEING_TYPED, new TextAnchor(7, 13)));
        assertThat(comments.commentAt(9)).as("no comment to select yet").isNull();
        comments.add();
        ReviewNote note = notes.notes().get(0);
        assertThat(comments.quoteOf(note)).contains("cranes");
        assertThat(comments.highlights()).containsExactly(Map.entry(note.id(), new TextAnchor(7, 13)));
        assertThat(noteStore.draft(story.id())).isEmpty();
    }

    @Test
    void editsToTheBodyWhileACommentIsTypedMoveTheWordsItsDraftIsAbout() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");
        edit(0, 0, "Big "); // "Big Harbor cranes…"
        notes.saveDraftsNow();

        assertThat(noteStore.draft(story.id())).map(NoteDraft::anchor)
                .contains(new NoteAnchor(0, new Place(0, 11), new Place(0, 17), "cranes", "cranes"));
        editor.saveNow();
        newSession();
        editor.open(story.id());
        assertThat(comments.targetProperty().get()).isEqualTo(new Target(new TextAnchor(11, 17), "cranes"));
    }

    @Test
    void aCommentBeingTypedWhoseWordsLeftTheBodyComesBackSayingSoAndIsAddedDetached() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");
        notes.saveDraftsNow();
        // Meanwhile an import replaced the body: the words are gone.
        articles.save(new Article(story.id(), "Story", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Harbor boats return to the old port")), T0, T0.plusSeconds(60)));

        newSession();
        editor.open(story.id());

        assertThat(notes.textProperty().get()).isEqualTo("Which cranes?");
        Target target = comments.targetProperty().get();
        assertThat(target.quote()).isEqualTo("cranes");
        assertThat(target.isDetached()).as("never put on other words").isTrue();
        assertThat(comments.highlights()).isEmpty();
        comments.add();
        ReviewNote note = notes.notes().get(0);
        assertThat(comments.isDetached(note)).isTrue();
        assertThat(comments.quoteOf(note)).contains("cranes");
    }

    @Test
    void aCommentStartedWithNothingTypedIsStillStartedWhenComingBackButIsNotStored() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");

        editor.open(other.id());
        assertThat(comments.targetProperty().get()).isNull();
        editor.open(story.id());

        assertThat(comments.targetProperty().get()).isEqualTo(new Target(new TextAnchor(7, 13), "cranes"));
        assertThat(noteStore.draft(story.id())).isEmpty();
    }

    @Test
    void deletingTheWordsOfACommentBeingTypedKeepsItACommentSayingTheyAreGone() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");
        edit(6, 7, ""); // "Harbor return…"

        assertThat(comments.targetProperty().get()).isEqualTo(new Target(null, "cranes"));
        notes.saveDraftsNow();
        assertThat(noteStore.draft(story.id())).map(NoteDraft::anchor)
                .contains(NoteAnchor.detached(0, "cranes", "cranes"));
        edit(6, 0, " cranes"); // typed again: the comment does not jump onto them by itself
        assertThat(comments.targetProperty().get().isDetached()).isTrue();
    }

    @Test
    void aRestoredRevisionKeepsTheCommentBeingTypedOnItsWords() {
        editor.open(story.id());
        comments.startComment(7, 13, "cranes");
        notes.textProperty().set("Which cranes?");

        editor.load(new Article(story.id(), "Story", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Yes: harbor cranes return")), T0, T0));

        assertThat(notes.textProperty().get()).isEqualTo("Which cranes?");
        assertThat(comments.targetProperty().get()).isEqualTo(new Target(new TextAnchor(12, 18), "cranes"));
    }

    @Test
    void wordsOfACommentBeingTypedCorrectedInPlaceKeepItOnThemWhenComingBack() {
        Article names = article("Names", "Smith met Smith at the port");
        articles.save(names);
        editor.open(names.id());
        comments.startComment(10, 15, "Smith"); // the second one
        notes.textProperty().set("Spelling?");
        edit(12, 1, "y"); // corrected in place: "Smith met Smyth at the port"

        editor.open(other.id());
        editor.open(names.id());

        assertThat(comments.targetProperty().get()).as("still on the words corrected, not on the other Smith")
                .isEqualTo(new Target(new TextAnchor(10, 15), "Smith"));
        newSession();
        editor.open(names.id());
        assertThat(comments.targetProperty().get()).as("after a restart")
                .isEqualTo(new Target(new TextAnchor(10, 15), "Smith"));
    }

    @Test
    void aRestoredRevisionFindsTheCommentBeingTypedByItsWordsAsCorrectedNotAnotherOccurrenceOfTheOldOnes() {
        Article names = article("Names", "Smith met Smith at the port");
        articles.save(names);
        editor.open(names.id());
        comments.startComment(10, 15, "Smith"); // the second one
        notes.textProperty().set("Spelling?");
        edit(12, 1, "y"); // corrected in place: "Smith met Smyth at the port"

        editor.load(new Article(names.id(), "Names", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Today Smith met Smyth at the port")), T0, T0));

        assertThat(comments.targetProperty().get()).as("on the corrected words, as a comment made on them would be")
                .isEqualTo(new Target(new TextAnchor(16, 21), "Smith"));
    }
}
