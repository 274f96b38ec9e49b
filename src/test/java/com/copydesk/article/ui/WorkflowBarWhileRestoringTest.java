package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** While a backup or an earlier version is restored, the workflow's buttons and menu items are disabled. */
@ExtendWith(ApplicationExtension.class)
class WorkflowBarWhileRestoringTest {

    @TempDir
    static Path dir;

    private Database database;
    private ArticleEditorViewModel editor;
    private List<MenuItem> menuItems;

    @Start
    void start(Stage stage) {
        database = Database.open(dir.resolve(UUID.randomUUID() + ".copydesk"));
        ArticleStore articles = new ArticleStore(database);
        Instant created = Instant.parse("2026-12-04T09:00:00Z");
        Article article = new Article(UUID.randomUUID(), "Regatta", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), created, created);
        articles.save(article);
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, new ManualScheduler(), Clock.systemUTC(), summary -> { });
        WorkflowViewModel workflow = new WorkflowViewModel(new WorkflowStore(database), editor, executor,
                Clock.systemUTC(), new SimpleObjectProperty<>(new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER)),
                summary -> { }, message -> { });
        WorkflowBar bar = new WorkflowBar(workflow, Clock.systemUTC());
        menuItems = bar.menuItems();
        editor.open(article.id());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(bar.node()), 600, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theStepsAreDisabledUntilTheRestoreIsDone(FxRobot robot) {
        Button submit = robot.lookup("#submitForReview").queryButton();
        assertThat(submit.isDisabled()).isFalse();
        assertThat(submitItem().isDisable()).isFalse();

        robot.interact(editor::pauseEditing);
        assertThat(submit.isDisabled()).as("the button, while restoring").isTrue();
        assertThat(submitItem().isDisable()).as("the menu item and its shortcut").isTrue();

        robot.interact(editor::resumeEditing);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(submit.isDisabled()).isFalse();
        assertThat(submitItem().isDisable()).isFalse();
    }

    private MenuItem submitItem() {
        return menuItems.stream().filter(item -> "menu-submitForReview".equals(item.getId())).findFirst().orElseThrow();
    }
}
