package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.WorkflowAction;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.CategoriesViewModel;
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
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a change in the store (a step taken on the selected articles, a category renamed) the open
 * article is read again. When the user went to another article while the change waited on the
 * storage thread, that is the one read again, not the one left.
 */
class SwitchingArticlesDuringAStoreChangeTest {

    @TempDir
    Path dir;

    private final QueuedExecutor storage = new QueuedExecutor();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    private Database db;
    private ArticleStore articles;
    private MainViewModel main;
    private ArticleEditorViewModel editor;
    private Article left;
    private Article other;

    @BeforeEach
    void openTheDesk() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        left = SampleArticles.simple("Rates rise", SampleArticles.T0, "Politics");
        other = SampleArticles.simple("Match report", SampleArticles.T0, "Sports");
        articles.save(left);
        articles.save(other);
        main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db), new RevisionStore(db),
                new WorkflowStore(db), new NoteStore(db), new TagStore(db), new DeskStore(db), new BulkStore(db),
                new CategoryAdminStore(db), storage, new ManualScheduler(), clock);
        editor = main.editor();
        editor.open(left.id());
        storage.runAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theArticleGoneToWhileTheSelectedAreSubmittedStaysOpen() {
        main.stepSelected(List.of(left.id(), other.id()), WorkflowAction.SUBMIT_FOR_REVIEW);
        editor.open(other.id());
        storage.runAll();

        assertThat(editor.headlineProperty().get()).isEqualTo("Match report");
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void theArticleGoneToWhileACategoryIsRenamedStaysOpen() {
        CategoriesViewModel manager = main.categoryManager();
        manager.load();
        storage.runAll();
        manager.selectedProperty().set(manager.categories().stream().filter(c -> c.name().equals("Sports"))
                .findFirst().orElseThrow());
        manager.nameProperty().set("Sport");
        manager.renameSelected();
        editor.open(other.id());
        storage.runAll();

        assertThat(editor.headlineProperty().get()).isEqualTo("Match report");
        assertThat(editor.categories()).containsExactly("Sport");
    }
}
