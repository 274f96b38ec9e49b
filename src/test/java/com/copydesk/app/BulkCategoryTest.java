package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor files a whole day's copy under one section from the list's multi-selection. */
@ExtendWith(ApplicationExtension.class)
class BulkCategoryTest {

    @TempDir
    static Path dir;

    private RunningCopydesk app;
    private Path databaseFile;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "bulk");
        databaseFile = testDir.resolve("bulk.copydesk");
        try (Database database = Database.open(databaseFile)) {
            ArticleStore articles = new ArticleStore(database);
            new CategoryStore(database).create("Économie");
            Instant now = Instant.now();
            for (int i = 0; i < 50; i++) {
                articles.save(new Article(UUID.randomUUID(), "Brief " + i, "", "", "", null, List.of("Local"),
                        ArticleStatus.DRAFT, BodyDocument.empty(), now.minusSeconds(i), now.minusSeconds(i)));
            }
        }
        new UserProfileStore(testDir.resolve("config")).save(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
        app = RunningCopydesk.open(stage, databaseFile, testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void fiftySelectedArticlesAreFiledUnderWorldInOneGo(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 50);
        robot.clickOn("#articleList .article-row");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItems().size() == 50);

        app.dialogs.categoryAnswer = "World";
        robot.clickOn("Workflow").clickOn("Selected articles").clickOn("#menuBulkCategory");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().equals("Filed 50 articles under World."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> list.getItems().stream().allMatch(row -> row.primaryCategory().equals("World")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var shown = robot.lookup("#articleList .row-details").queryAllAs(Label.class);
            return !shown.isEmpty() && shown.stream().allMatch(details -> details.getText().contains("World"));
        });
    }

    @Test
    void filingUnderANameTypedInAnotherCaseOffersTheStoredSpellingOnly(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 50);
        robot.clickOn("#articleList .article-row");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItems().size() == 50);

        app.dialogs.categoryAnswer = "  ÉCONOMIE ";
        robot.clickOn("Workflow").clickOn("Selected articles").clickOn("#menuBulkCategory");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Filed 50 articles"));
        assertThat(message.getText()).isEqualTo("Filed 50 articles under Économie.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> list.getItems().stream().allMatch(row -> row.primaryCategory().equals("Économie")));
        MenuButton categoryFilter = robot.lookup("#categoryFilter").queryAs(MenuButton.class);
        assertThat(categoryFilter.getItems()).extracting(MenuItem::getText)
                .containsOnlyOnce("Économie").doesNotContain("ÉCONOMIE");
    }

    @Test
    void fiftySelectedArticlesAreTaggedAtOnceAndTheTagFilterThenShowsThem(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 50);
        robot.clickOn("#articleList .article-row");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItems().size() == 50);

        app.dialogs.tagAnswer = "Harbor";
        robot.clickOn("Workflow").clickOn("Selected articles").clickOn("#menuBulkAddTag");
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().equals("Tagged 50 articles “Harbor”."));

        robot.clickOn("#articleList .article-row");
        robot.clickOn("#moreFilters .title");
        robot.clickOn("#tagFilter").write("harbor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filterChips .chip .label")
                .queryAllAs(Label.class).stream().anyMatch(label -> label.getText().equals("Tag: harbor")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 50);
        robot.clickOn("#tagFilter").eraseText(6).write("rowing");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().isEmpty());
    }

    @Test
    void clickingAColumnHeaderSortsTheListAndASecondClickReversesIt(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 50);
        assertThat(list.getItems().get(0).headline()).isEqualTo("Brief 0");

        robot.clickOn("#sort-HEADLINE");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().get(0).headline().equals("Brief 0")
                && list.getItems().get(1).headline().equals("Brief 1") && list.getItems().get(2).headline().equals("Brief 10"));
        assertThat(robot.lookup("#sort-HEADLINE").queryButton().getText()).isEqualTo("Headline ▲");

        robot.clickOn("#sort-HEADLINE");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().get(0).headline().equals("Brief 9"));
        assertThat(robot.lookup("#sort-HEADLINE").queryButton().getText()).isEqualTo("Headline ▼");
        assertThat(robot.lookup("#articleList .status-badge").queryAllAs(Label.class))
                .isNotEmpty().allMatch(badge -> badge.getText().equals("Draft"));
    }
}
