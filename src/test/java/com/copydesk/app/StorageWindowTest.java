package com.copydesk.app;

import com.copydesk.article.ArticleSummary;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Search snippets, the Trash and the History panel, driven through the window. */
@ExtendWith(ApplicationExtension.class)
class StorageWindowTest {

    @TempDir
    static Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        app = RunningCopydesk.open(stage, testDir.resolve("newsroom.copydesk"), testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void searchResultsShowTheMatchingPassageWithTheTermInBold(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());

        robot.clickOn("#searchField").write("orderl");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".row-snippet").tryQuery().isPresent());
        TextFlow snippet = robot.lookup(".row-snippet").queryAs(TextFlow.class);
        Text match = snippet.getChildren().stream().map(Text.class::cast)
                .filter(text -> text.getStyleClass().contains("snippet-match")).findFirst().orElseThrow();
        assertThat(match.getText()).isEqualTo("orderlies");
        assertThat(match.getFont().getStyle()).containsIgnoringCase("bold");
    }

    @Test
    void everyRowShowsAllItsLinesWithOrWithoutASearchSnippet(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownRows(robot, list).size() >= 3);
        double plain = rowHeights(robot, list, true);

        robot.clickOn("#searchField").write("orderl");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1
                && robot.lookup(".row-snippet").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowHeights(robot, list, false)).as("a row with a snippet is taller").isGreaterThan(plain + 5);

        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowHeights(robot, list, true)).isEqualTo(plain);
    }

    /** The rows on screen, each checked to be tall enough for its content; their (equal, if {@code same}) height. */
    private static double rowHeights(FxRobot robot, ListView<?> list, boolean same) {
        List<javafx.scene.control.ListCell<?>> rows = shownRows(robot, list);
        assertThat(rows).isNotEmpty();
        for (javafx.scene.control.ListCell<?> row : rows) {
            double needed = row.snappedTopInset() + row.getGraphic().prefHeight(-1) + row.snappedBottomInset();
            assertThat(row.getHeight()).as("row %s is cut off", row.getItem()).isGreaterThanOrEqualTo(needed - 0.5);
        }
        if (same) {
            assertThat(rows.stream().map(javafx.scene.control.ListCell::getHeight).distinct()).hasSize(1);
        }
        return rows.get(0).getHeight();
    }

    private static List<javafx.scene.control.ListCell<?>> shownRows(FxRobot robot, ListView<?> list) {
        List<javafx.scene.control.ListCell<?>> rows = new java.util.ArrayList<>();
        robot.interact(() -> list.lookupAll(".article-row").stream()
                .map(node -> (javafx.scene.control.ListCell<?>) node)
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null && cell.getHeight() > 0)
                .forEach(rows::add));
        return rows;
    }

    @Test
    void deleteMovesToTheTrashFromWhereItCanBeRestored(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        int before = list.getItems().size();
        robot.interact(() -> list.getSelectionModel().clearAndSelect(0));
        String headline = list.getItems().get(0).headline();

        robot.clickOn("#deleteArticle");
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before - 1);
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Moved to Trash.");

        robot.clickOn("Article").clickOn("#menuTrash");
        ListView<ArticleSummary> trash = robot.lookup("#trashList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().size() == 1);
        assertThat(trash.getItems().get(0).headline()).isEqualTo(headline);
        robot.interact(() -> trash.getSelectionModel().select(0));
        robot.clickOn("#restoreFromTrash");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().isEmpty());
        robot.interact(() -> trash.getScene().getWindow().hide());
    }

    @Test
    void historyShowsTheVersionsAndRestoresOne(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        String original = headline.getText();
        robot.interact(() -> headline.setText("Rewritten headline"));
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));

        robot.clickOn("Article").clickOn("#menuHistory");
        ListView<?> versions = robot.lookup("#historyList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        TextFlow diff = robot.lookup("#historyDiff").queryAs(TextFlow.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> diff.getChildren().stream()
                .anyMatch(node -> ((Text) node).isStrikethrough() && original.startsWith(((Text) node).getText().strip())));
        robot.clickOn("#restoreRevision");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals(original));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 3);
        robot.interact(() -> versions.getScene().getWindow().hide());
    }

    @Test
    void aVersionIsNotRestoredOverAnEditThatCannotBeSavedAndTheEditIsKept(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        java.util.UUID story = app.copydesk.model().editor().currentProperty().get().id();
        TextField dek = robot.lookup("#dek").queryAs(TextField.class);
        robot.interact(() -> dek.setText("A dek written later"));
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));

        try (java.sql.Connection disk = java.sql.DriverManager.getConnection("jdbc:sqlite:" + app.database.file())) {
            // From now on this headline cannot be written, as with a disk failing for one save; the rest can.
            disk.createStatement().execute("CREATE TRIGGER failing_disk BEFORE UPDATE OF headline ON articles"
                    + " WHEN NEW.headline = 'Rewritten headline' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
            robot.interact(() -> headline.setText("Rewritten headline"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Not saved"));

            robot.clickOn("Article").clickOn("#menuHistory");
            ListView<?> versions = robot.lookup("#historyList").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
            robot.interact(() -> versions.getSelectionModel().select(1));
            robot.clickOn("#restoreRevision");
            Label message = robot.lookup("#historyMessage").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("Not restored")
                    || message.getText().startsWith("Restored"));

            assertThat(message.getText()).startsWith("Not restored, so that your latest edits are not lost.")
                    .contains("disk I/O error");
            assertThat(headline.getText()).isEqualTo("Rewritten headline");
            assertThat(dek.getText()).isEqualTo("A dek written later");
            assertThat(headline.isEditable()).as("takes typing again").isTrue();
            robot.interact(() -> versions.getScene().getWindow().hide());
            disk.createStatement().execute("DROP TRIGGER failing_disk");
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
        com.copydesk.article.Article stored = new com.copydesk.store.ArticleStore(app.database).find(story).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Rewritten headline");
        assertThat(stored.dek()).isEqualTo("A dek written later");
    }

    @Test
    void restoringTheDailyBackupBringsBackTheArticlesOfTheMorning(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        int morning = list.getItems().size();
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, headline::isFocused);
        robot.write("Written after the backup");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == morning + 1);

        robot.clickOn("File").clickOn("#menuBackups");
        ListView<?> backups = robot.lookup("#backupList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        robot.interact(() -> backups.getSelectionModel().select(0));
        robot.clickOn("#restoreBackup");
        robot.clickOn("Restore");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == morning);
        assertThat(list.getItems()).extracting(ArticleSummary::headline).doesNotContain("Written after the backup");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        robot.interact(() -> backups.getScene().getWindow().hide());
    }

    @Test
    void whileABackupIsRestoredTheEditorTakesNoTypingAndSaysSo(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        robot.clickOn("File").clickOn("#menuBackups");
        ListView<?> backups = robot.lookup("#backupList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        robot.interact(() -> backups.getSelectionModel().select(0));
        String before;
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);

        synchronized (app.database) { // the restore waits for the database: it is under way meanwhile
            robot.clickOn("#restoreBackup");
            robot.clickOn("Restore");
            before = headline.getText();
            robot.clickOn(headline).write(" typed during the restore");

            assertThat(headline.getText()).isEqualTo(before);
            assertThat(message.getText()).contains("Restoring", "no typing");
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().equals("Backup restored."));
        robot.interact(() -> backups.getScene().getWindow().hide());
    }
}
