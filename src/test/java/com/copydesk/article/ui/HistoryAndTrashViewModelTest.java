package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.article.WordDiff;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.task.SameThreadExecutor;
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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryAndTrashViewModelTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final javafx.beans.value.ObservableBooleanValue NO_RESTORE =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "JB", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database database;
    private ArticleStore articles;
    private Article article;
    private final List<Article> restored = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("history.copydesk"));
        articles = new ArticleStore(database);
        article = withBody("The mayor left office today.", T);
        articles.save(article);
        articles.save(withBody("The council left office today.", T.plusSeconds(600)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void historyListsVersionsAndComparesTheSelectedOneWithTheEditor() {
        HistoryViewModel history = history();

        history.showCurrentArticle();

        assertThat(history.items()).hasSize(2);
        assertThat(history.describe(history.items().get(0))).contains("5 words");
        history.selectedProperty().set(history.items().get(1));
        assertThat(history.diff()).contains(new WordDiff.Part(WordDiff.Change.REMOVED, "mayor "),
                new WordDiff.Part(WordDiff.Change.ADDED, "council "));
    }

    @Test
    void whatWasTypedIsSavedBeforeTheHistoryIsRead() {
        SameThreadExecutor storage = new SameThreadExecutor();
        ArticleEditorViewModel editor = editorOn(storage);
        HistoryViewModel history = history(editor, storage);
        editor.headlineProperty().set("Mayor resigns");

        history.showCurrentArticle();

        assertThat(history.items()).hasSize(3);
        assertThat(new RevisionStore(database).content(history.items().get(0).id()).orElseThrow().headline())
                .isEqualTo("Mayor resigns");
    }

    @Test
    void restoreBringsTheVersionBackAndAddsItToTheHistory() {
        HistoryViewModel history = history();
        history.showCurrentArticle();
        history.selectedProperty().set(history.items().get(1));

        history.restoreSelected();

        assertThat(restored).hasSize(1);
        assertThat(restored.get(0).body().plainText()).isEqualTo("The mayor left office today.");
        assertThat(articles.find(article.id()).orElseThrow().body().plainText()).isEqualTo("The mayor left office today.");
        assertThat(history.items()).hasSize(3);
        assertThat(history.describe(history.items().get(0))).contains("restored from");
    }

    @Test
    void aPublishedStoryIsNotRestoredAndTheHistorySaysWhatToDoFirst() {
        WorkflowStore workflow = new WorkflowStore(database);
        workflow.apply(article.id(), WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, T.plusSeconds(700), "");
        workflow.apply(article.id(), WorkflowAction.MARK_READY, EDITOR, T.plusSeconds(710), "");
        workflow.apply(article.id(), WorkflowAction.MARK_PUBLISHED, EDITOR, T.plusSeconds(720), "");
        SameThreadExecutor storage = new SameThreadExecutor();
        ArticleEditorViewModel editor = editorOn(storage);
        HistoryViewModel history = history(editor, storage);
        history.showCurrentArticle();
        history.selectedProperty().set(history.items().get(history.items().size() - 1));

        history.restoreSelected();

        assertThat(restored).isEmpty();
        assertThat(history.messageProperty().get()).contains("Published").contains("Edit published");
        assertThat(articles.find(article.id()).orElseThrow().body().plainText())
                .isEqualTo("The council left office today.");
        assertThat(editor.pausedProperty().get()).isFalse();
    }

    @Test
    void trashListsRestoresAndEmpties() {
        Article other = withBody("Other", T).withModified(T);
        other = new Article(UUID.randomUUID(), "Other", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                other.body(), T, T);
        articles.save(other);
        articles.delete(article.id());
        articles.delete(other.id());
        AtomicInteger listReloads = new AtomicInteger();
        TrashViewModel trash = new TrashViewModel(articles, new SameThreadExecutor(), NO_RESTORE, listReloads::incrementAndGet);

        trash.refresh();
        assertThat(trash.items()).extracting(ArticleSummary::id).containsExactlyInAnyOrder(article.id(), other.id());

        trash.restore(List.of(article.id()));
        assertThat(listReloads).hasValue(1);
        assertThat(trash.items()).extracting(ArticleSummary::id).containsExactly(other.id());
        assertThat(articles.list("", 10)).extracting(ArticleSummary::id).containsExactly(article.id());

        trash.emptyTrash();
        assertThat(trash.items()).isEmpty();
        assertThat(trash.messageProperty().get()).isEqualTo("Deleted 1 article for good.");
        assertThat(articles.find(other.id())).isEmpty();
    }

    @Test
    void theConfirmationOfARestoreFromTheTrashStaysAfterTheTrashIsReadAgain() {
        articles.delete(article.id());
        QueuedExecutor storage = new QueuedExecutor();
        TrashViewModel trash = new TrashViewModel(articles, storage, NO_RESTORE, () -> { });
        trash.refresh();
        storage.runAll();

        trash.restore(List.of(article.id()));
        storage.runAll();

        assertThat(trash.items()).isEmpty();
        assertThat(trash.messageProperty().get()).startsWith("Restored 1 article.");
    }

    @Test
    void theConfirmationOfARestoredVersionStaysAfterTheHistoryIsReadAgain() {
        QueuedExecutor storage = new QueuedExecutor();
        HistoryViewModel history = history(editorOn(storage), storage);
        storage.runAll();
        history.showCurrentArticle();
        storage.runAll();
        history.selectedProperty().set(history.items().get(1));
        storage.runAll();

        history.restoreSelected();
        storage.runAll();

        assertThat(history.items()).hasSize(3);
        assertThat(history.messageProperty().get()).startsWith("Restored the version of ");
    }

    private HistoryViewModel history() {
        SameThreadExecutor storage = new SameThreadExecutor();
        return history(editorOn(storage), storage);
    }

    private HistoryViewModel history(ArticleEditorViewModel editor, BackgroundExecutor storage) {
        return new HistoryViewModel(new RevisionStore(database), editor, storage, clock(), restored::add);
    }

    /** An editor with the article open (once {@code storage} has read it). */
    private ArticleEditorViewModel editorOn(BackgroundExecutor storage) {
        ArticleEditorViewModel editor = new ArticleEditorViewModel(articles, storage, new ManualScheduler(), clock(),
                summary -> { });
        editor.open(article.id());
        return editor;
    }

    private static Clock clock() {
        return Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);
    }

    private Article withBody(String text, Instant modified) {
        UUID id = article == null ? UUID.randomUUID() : article.id();
        return new Article(id, "Mayor", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(text)), T, modified);
    }
}
