package com.copydesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the whole application as a journalist would: type, format, watch the preview, restart, export. */
@ExtendWith(ApplicationExtension.class)
class CopydeskWindowTest {

    @TempDir
    static Path dir;

    private Path databaseFile;
    private Path configDir;
    private RunningCopydesk app;
    private final List<RunningCopydesk> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        databaseFile = testDir.resolve("newsroom.copydesk");
        configDir = testDir.resolve("config");
        app = RunningCopydesk.open(stage, databaseFile, configDir);
        opened.add(app);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        opened.forEach(running -> running.close(robot));
    }

    @Test
    void firstRunShowsSampleArticlesNewestFirst(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        assertThat(app.firstFrame.get()).isPositive();
    }

    @Test
    void writeAStoryWithBoldTextSeeItInThePreviewAndFindItAfterARestart(FxRobot robot) throws Exception {
        createArticle(robot);
        robot.write("Harbor cranes return to the old port");
        typeIntoBody(robot);

        app.waitForPreviewContaining(robot, "Harbor cranes return to the old port", "<strong>back</strong>");
        waitForSaved(robot, app);

        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);

        TextField search = (TextField) reopened.stage.getScene().lookup("#searchField");
        robot.interact(search::requestFocus);
        robot.write("cranes");
        ListView<?> list = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));

        reopened.waitForPreviewContaining(robot, "Harbor cranes return to the old port",
                "The cranes are <strong>back</strong> at last.");
        TextField headline = reopened.headline();
        assertThat(headline.getText()).isEqualTo("Harbor cranes return to the old port");
    }

    @Test
    void exportWritesEveryArticleAsJson(FxRobot robot) throws Exception {
        createArticle(robot);
        robot.write("Exported headline");
        Path target = dir.resolve("export-" + System.nanoTime() + ".json");
        app.dialogs.exportTarget = target;

        robot.clickOn("File").clickOn("Export all…");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        JsonNode json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.get("format").asText()).isEqualTo("copydesk");
        List<String> headlines = new ArrayList<>();
        json.get("articles").forEach(article -> headlines.add(article.get("headline").asText()));
        assertThat(headlines).contains("Exported headline").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void deleteAsksFirstAndRemovesOnlyWhenConfirmed(FxRobot robot) throws Exception {
        createArticle(robot);
        robot.write("Doomed draft");
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().toString().contains("Doomed draft"));
        int before = list.getItems().size();

        robot.clickOn("#deleteArticle");
        robot.clickOn("Cancel");
        assertThat(list.getItems()).hasSize(before);

        robot.clickOn("#deleteArticle");
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before - 1);
        assertThat(list.getItems().toString()).doesNotContain("Doomed draft");
    }

    @Test
    void pasteFromGoogleDocsFormatByKeyboardAndSeeItInThePreview(FxRobot robot) throws Exception {
        createArticle(robot);
        robot.write("Council backs pier");
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putHtml("<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-9\">"
                    + "<p dir=\"ltr\"><span style=\"font-weight:400\">The vote was close.</span></p><br>"
                    + "<ul><li dir=\"ltr\"><p dir=\"ltr\" role=\"presentation\"><span style=\"font-weight:400\">Cost: 4m</span></p></li>"
                    + "<li dir=\"ltr\"><p dir=\"ltr\" role=\"presentation\"><span style=\"font-weight:700\">Start</span></p></li></ul></b>");
            content.putString("The vote was close.\n\nCost: 4m\nStart");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Node body = app.body(robot);
        robot.interact(body::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER); // the empty list item ends the list
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL); // typing went on in bold
        robot.write("Read it ");
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        robot.write("now");
        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        robot.write("...");

        try {
            app.waitForPreviewContaining(robot, "<p>The vote was close.</p>",
                    "<ul><li>Cost: 4m</li><li><strong>Start</strong></li></ul>", "<p>Read it <u>now</u>…</p>");
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("preview was: " + app.previewHtml(robot), e);
        }
        assertThat(app.previewHtml(robot)).doesNotContain("<strong>The vote");
        waitForSaved(robot, app);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#findBar").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();

        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        ListView<?> list = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().toString().contains("Council backs pier"));
        robot.interact(() -> list.getSelectionModel().select(0));
        reopened.waitForPreviewContaining(robot, "<ul><li>Cost: 4m</li><li><strong>Start</strong></li></ul>",
                "<p>Read it <u>now</u>…</p>");
    }

    private void createArticle(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> headline.isFocused() && !headline.isDisabled() && headline.getText().isEmpty());
    }

    private void typeIntoBody(FxRobot robot) throws Exception {
        Node body = app.body(robot);
        robot.interact(body::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
        robot.write("The cranes are ");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.write("back");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.write(" at last.");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForSaved(FxRobot robot, RunningCopydesk running) throws Exception {
        Label status = (Label) running.stage.getScene().lookup("#saveStatus");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
    }
}
