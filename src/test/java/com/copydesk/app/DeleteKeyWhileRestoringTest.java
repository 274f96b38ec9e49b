package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Delete key in the article list while History → Restore this version runs: the story is not
 * moved to the Trash behind the restore (which would show it again), nor is the user asked first;
 * the status bar says why, and Delete works again once the version is back.
 */
@ExtendWith(ApplicationExtension.class)
class DeleteKeyWhileRestoringTest {

    @TempDir
    Path dir;

    private RunningCopydesk app;
    private final UUID story = UUID.randomUUID();

    @Start
    void start(Stage stage) {
        Path databaseFile = dir.resolve("desk.copydesk");
        try (Database database = Database.open(databaseFile)) {
            ArticleStore articles = new ArticleStore(database);
            Instant then = Instant.now().minusSeconds(3600);
            articles.save(version("Mayor leaves", then));
            articles.save(version("Council leaves", then.plusSeconds(600)));
        }
        new UserProfileStore(dir.resolve("config")).save(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theDeleteKeyWaitsWhileAVersionIsRestored(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Council leaves"));
        robot.clickOn("Article").clickOn("#menuHistory");
        ListView<?> versions = robot.lookup("#historyList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);

        synchronized (app.database) { // the restore waits for the database: it is under way meanwhile
            robot.clickOn("#restoreRevision");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.copydesk.model().restoringProperty().get());
            assertThat(robot.lookup("#restoreRevision").queryButton().isDisabled()).as("one restore at a time").isTrue();
            // Closing the panel does not stop the restore; the keys go to the main window then.
            robot.interact(() -> versions.getScene().getWindow().hide());
            robot.clickOn("#articleList .article-row");
            robot.type(KeyCode.DELETE);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#confirmDialog").tryQuery()).as("not asked: it would not be done").isEmpty();
            assertThat(status.getText()).startsWith("Delete: not now, a restore is under way.");
            assertThat(robot.lookup("#deleteArticle").queryButton().isDisabled()).isTrue();
        }

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.copydesk.model().history().messageProperty().get()
                .startsWith("Restored the version of "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Mayor leaves"));
        assertThat(list.getItems()).extracting(ArticleSummary::id).contains(story);

        robot.clickOn("#articleList .article-row");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Moved to Trash."));
        assertThat(new ArticleStore(app.database).trashed(10)).extracting(ArticleSummary::id).containsExactly(story);
    }

    private Article version(String headline, Instant modified) {
        return new Article(story, headline, "", "Ana Reyes", "", null, List.of("Local"), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(headline + ".")), modified, modified);
    }
}
