package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.HistoryViewModel;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What else the user does in the main window while Restore this version runs: the History panel
 * is a window of its own, and the restore waits first for the edit being saved. A restore writes
 * the version's categories back, so a filing stored between the save and the restore would be
 * undone by it while the user is told it was done (so would a step, when a restore wrote the
 * status too), and so would an import; the editor must stay on whatever the user opened meanwhile.
 */
@ExtendWith(ApplicationExtension.class) // the bulk steps' progress goes to the FX thread
class ActionsDuringAHistoryRestoreTest {

    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private Database db;
    private ArticleStore articles;
    private MainViewModel main;
    private ArticleEditorViewModel editor;
    private HistoryViewModel history;
    private final UUID story = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void openTheStoryWithTwoVersions() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        articles.save(version(story, "Mayor leaves", T));
        articles.save(version(story, "Council leaves", T.plusSeconds(600)));
        articles.save(version(other, "Bridge closes", T));
        main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db), new RevisionStore(db),
                new WorkflowStore(db), new NoteStore(db), new TagStore(db), new DeskStore(db), new BulkStore(db),
                new CategoryAdminStore(db), storage, new ManualScheduler(),
                Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC));
        main.profileProperty().set(EDITOR);
        editor = main.editor();
        history = main.history();
        storage.runAll();
        main.list().selectedIdProperty().set(story);
        storage.runAll();
        history.showCurrentArticle();
        storage.runAll();
        history.selectedProperty().set(history.items().get(history.items().size() - 1));
        storage.runAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStepOnTheOpenArticleIsNotUndoneByTheRestore() {
        restoreWhileTheEditIsSaved();

        main.workflow().take(WorkflowAction.SUBMIT_FOR_REVIEW);
        storage.runAll();

        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
        assertThat(stored(story).status()).as("the status its timeline ends with").isEqualTo(statusByTimeline(story));
        assertThat(editor.statusProperty().get()).isEqualTo(stored(story).status());
    }

    @Test
    void aStepOnTheSelectedArticlesIsNotUndoneByTheRestore() {
        restoreWhileTheEditIsSaved();

        main.stepSelected(List.of(story, other), WorkflowAction.SUBMIT_FOR_REVIEW);
        storage.runAll();

        assertThat(stored(story).status()).as("the status its timeline ends with").isEqualTo(statusByTimeline(story));
        assertThat(stored(other).status()).isEqualTo(statusByTimeline(other));
    }

    @Test
    void aFilingOfTheSelectedArticlesIsNotUndoneByTheRestore() {
        restoreWhileTheEditIsSaved();

        main.setCategoryOfSelected(List.of(story, other), "Sports");
        storage.runAll();

        boolean toldFiled = main.messageProperty().get().startsWith("Filed");
        assertThat(stored(story).categories().contains("Sports")).as("filed, as told: " + main.messageProperty().get())
                .isEqualTo(toldFiled);
        assertThat(stored(other).categories().contains("Sports")).isEqualTo(toldFiled);
    }

    @Test
    void aTagAddedToTheSelectedArticlesStaysForTheRestoreDoesNotWriteTags() {
        restoreWhileTheEditIsSaved();

        main.addTagToSelected(List.of(story, other), "budget");
        storage.runAll();

        assertThat(main.messageProperty().get()).startsWith("Tagged 2 articles");
        assertThat(new TagStore(db).tagsOf(story)).containsExactly("budget");
        assertThat(stored(story).headline()).isEqualTo("Mayor leaves");
    }

    @Test
    void aNewArticleStaysOpenWhenTheRestoreIsDone() {
        restoreWhileTheEditIsSaved();

        main.newArticle(() -> { });
        storage.runAll();

        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
        UUID draft = main.list().selectedIdProperty().get();
        assertThat(draft).isNotIn(story, other);
        assertThat(editor.currentProperty().get().id()).as("the editor shows the new article").isEqualTo(draft);
        assertThat(editor.pausedProperty().get()).isFalse();
    }

    @Test
    void anotherArticleChosenInTheListStaysOpenWhenTheRestoreIsDone() {
        restoreWhileTheEditIsSaved();

        main.list().selectedIdProperty().set(other);
        storage.runAll();

        assertThat(stored(story).headline()).isEqualTo("Mayor leaves");
        assertThat(editor.currentProperty().get().id()).as("the editor shows the article chosen").isEqualTo(other);
        assertThat(editor.headlineProperty().get()).isEqualTo("Bridge closes");
    }

    @Test
    void theOpenArticleMovedToTheTrashMeanwhileIsNotShownAgain() {
        restoreWhileTheEditIsSaved();

        main.delete(List.of(story));
        storage.runAll();

        boolean toldTrashed = main.messageProperty().get().startsWith("Moved to Trash");
        assertThat(main.list().indexOf(story) >= 0).as("listed unless trashed: " + main.messageProperty().get())
                .isEqualTo(!toldTrashed);
        UUID shown = editor.currentProperty().get() == null ? null : editor.currentProperty().get().id();
        assertThat(story.equals(shown)).as("in the editor unless trashed").isEqualTo(!toldTrashed);
    }

    @Test
    void anImportThatWouldReplaceTheArticleWaitsUntilTheRestoreIsDone() throws java.io.IOException {
        Path file = dir.resolve("story.json");
        java.nio.file.Files.writeString(file, """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "Imported headline", "status": "DRAFT", "categories": [],
                   "created": "2026-12-04T09:00:00Z", "modified": "2026-12-04T12:00:00Z", "body": {"html": "<p>x</p>"}}
                ]}
                """.formatted(story));
        restoreWhileTheEditIsSaved();

        main.importFiles(List.of(file), com.copydesk.exchange.ConflictPolicy.REPLACE, failures -> { });
        storage.runAll();

        assertThat(main.messageProperty().get()).contains("Import").contains("restore");
        assertThat(stored(story).headline()).isEqualTo("Mayor leaves");
        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");

        main.importFiles(List.of(file), com.copydesk.exchange.ConflictPolicy.REPLACE, failures -> { });
        storage.runAll();
        assertThat(stored(story).headline()).as("imported once the restore is done").isEqualTo("Imported headline");
    }

    /**
     * An edit typed, then Restore this version: the edit is being saved, the restore waits for it.
     * Meanwhile the steps, filings and deletions the restore would undo are disabled.
     */
    private void restoreWhileTheEditIsSaved() {
        editor.headlineProperty().set("Council quits");
        history.restoreSelected();
        assertThat(storage.pending()).as("the save of the edit").isEqualTo(1);
        assertThat(main.restoringProperty().get()).isTrue();
        assertThat(main.workflow().pausedProperty().get()).isTrue();
    }

    @Test
    void onceTheVersionIsRestoredStepsCanBeTakenAgain() {
        restoreWhileTheEditIsSaved();
        storage.runAll();

        assertThat(main.restoringProperty().get()).isFalse();
        main.workflow().take(WorkflowAction.SUBMIT_FOR_REVIEW);
        storage.runAll();
        assertThat(stored(story).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(stored(story).headline()).isEqualTo("Mayor leaves");
    }

    @Test
    void restoreClickedAgainWhileItRunsIsRefusedSoWhatIsTypedOnceTheVersionIsBackStays() {
        restoreWhileTheEditIsSaved();
        history.restoreSelected(); // clicked again while it says "Saving your edits first…"
        String toldThen = history.messageProperty().get();

        while (!history.messageProperty().get().startsWith("Restored")) {
            storage.runNext();
        }
        assertThat(main.restoringProperty().get()).isFalse();
        editor.headlineProperty().set("Mayor leaves today"); // typed as soon as the editor takes typing again
        storage.runAll();

        assertThat(editor.headlineProperty().get()).isEqualTo("Mayor leaves today");
        assertThat(new RevisionStore(db).list(story)).filteredOn(revision -> revision.restoredFrom() != null)
                .as("restored once").hasSize(1);
        assertThat(toldThen).contains("under way");
    }

    @Test
    void aVersionIsNotRestoredWhileABackupIsAndTheEditorTakesNoTypingUntilTheBackupIsBack() {
        main.saveAllBeforeReplacing(() -> { }, whyNot -> { }); // a backup being restored, for a while
        storage.runAll();

        history.restoreSelected();
        storage.runAll();

        assertThat(main.restoringProperty().get()).as("the backup is still being restored").isTrue();
        assertThat(history.messageProperty().get()).contains("under way");
        assertThat(stored(story).headline()).isEqualTo("Council leaves");
    }

    @Test
    void aNoteIsNotAddedWhileTheVersionIsRestoredAndCanBeOnceItIsBack() {
        main.notes().textProperty().set("Check the mayor's title");
        restoreWhileTheEditIsSaved();

        main.notes().add(); // Enter in the note field, which takes no typing meanwhile
        assertThat(main.notes().problemProperty().get()).contains("restore is under way");
        storage.runAll();

        assertThat(main.notes().problemProperty().get()).as("no longer under way").isEmpty();
        assertThat(main.notes().textProperty().get()).isEqualTo("Check the mayor's title");
        main.notes().add();
        storage.runAll();
        assertThat(new NoteStore(db).notes(story)).extracting(com.copydesk.article.ReviewNote::text)
                .containsExactly("Check the mayor's title");
    }

    @Test
    void aVersionOfAStoryMovedToTheTrashSinceIsNotBroughtBackIntoTheList() {
        main.delete(List.of(story)); // the Delete key, with the History panel still open beside
        storage.runAll();

        history.restoreSelected();
        storage.runAll();

        assertThat(main.list().indexOf(story)).as("a story in the Trash is not listed").isNegative();
        assertThat(history.messageProperty().get()).startsWith("Could not restore").contains("Trash");
        assertThat(articles.trashed(10)).extracting(ArticleSummary::headline).containsExactly("Council leaves");
        assertThat(main.restoringProperty().get()).isFalse();
    }

    private ArticleStatus statusByTimeline(UUID id) {
        List<StatusChange> timeline = new WorkflowStore(db).history(id);
        return timeline.isEmpty() ? ArticleStatus.DRAFT : timeline.get(timeline.size() - 1).to();
    }

    private Article stored(UUID id) {
        return articles.find(id).orElseThrow();
    }

    private static Article version(UUID id, String headline, Instant modified) {
        return new Article(id, headline, "", "", "", null, List.of("Politics"), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(headline + ".")), T, modified);
    }
}
