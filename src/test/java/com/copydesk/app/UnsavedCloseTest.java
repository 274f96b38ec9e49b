package com.copydesk.app;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A save that failed is never thrown away silently: closing asks first, and saving goes on retrying. */
@ExtendWith(ApplicationExtension.class)
class UnsavedCloseTest {

    @TempDir
    Path dir;

    private Path databaseFile;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        databaseFile = dir.resolve("locked.copydesk");
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void closingWhileTheFileIsLockedAsksAndKeepsTheTextWhenTheAnswerIsNo(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.isFocused() && headline.getText().isEmpty());
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);

        try (Connection otherProgram = DriverManager.getConnection("jdbc:sqlite:" + databaseFile)) {
            otherProgram.createStatement().execute("BEGIN EXCLUSIVE");
            robot.write("Locked out");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Not saved"));

            Platform.runLater(() -> app.stage.fireEvent(new WindowEvent(app.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
            assertThat(robot.lookup("#confirmDialog .content").queryLabeled().getText()).contains("lost");
            // The dialog is found in the scene graph a moment before its window is shown.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#confirmDialog .button").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
            robot.clickOn("Cancel");

            assertThat(app.stage.isShowing()).isTrue();
            assertThat(headline.getText()).isEqualTo("Locked out");
            otherProgram.createStatement().execute("ROLLBACK");
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
    }

    @Test
    void closingRightAfterTypingWhileTheFileIsLockedWaitsForTheSaveAndAsksWhenItFails(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.isFocused() && headline.getText().isEmpty());
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);

        try (Connection otherProgram = DriverManager.getConnection("jdbc:sqlite:" + databaseFile)) {
            otherProgram.createStatement().execute("BEGIN EXCLUSIVE");
            robot.write("Typed just before quitting");
            // Ctrl+Q at once, before autosave has tried (and failed) to store it
            robot.press(KeyCode.SHORTCUT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHORTCUT);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
            assertThat(robot.lookup("#confirmDialog .content").queryLabeled().getText()).contains("lost");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#confirmDialog .button").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
            robot.clickOn("Cancel");

            assertThat(app.stage.isShowing()).isTrue();
            assertThat(headline.getText()).isEqualTo("Typed just before quitting");
            otherProgram.createStatement().execute("ROLLBACK");
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
    }

    @Test
    void closingRightAfterTypingANoteWhileTheFileIsLockedAsksAndKeepsTheNote(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        javafx.scene.control.TitledPane notes = robot.lookup("#notes").queryAs(javafx.scene.control.TitledPane.class);
        robot.interact(() -> notes.setExpanded(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noteField").tryQuery().isPresent());
        TextField noteField = robot.lookup("#noteField").queryAs(TextField.class);
        robot.clickOn(noteField);

        try (Connection otherProgram = DriverManager.getConnection("jdbc:sqlite:" + databaseFile)) {
            otherProgram.createStatement().execute("BEGIN EXCLUSIVE");
            robot.write("A note typed just before quitting");
            // At once, before its save was due. Not a key press: the robot would wait on a toolkit that quit.
            Platform.runLater(() -> app.stage.fireEvent(new WindowEvent(app.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
            assertThat(robot.lookup("#confirmDialog .content").queryLabeled().getText()).contains("note", "lost");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#confirmDialog .button").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
            robot.clickOn("Cancel");

            assertThat(app.stage.isShowing()).isTrue();
            assertThat(noteField.getText()).isEqualTo("A note typed just before quitting");
            assertThat(robot.lookup("#noteProblem").queryLabeled().getText()).contains("Your note is kept; retrying");
            otherProgram.createStatement().execute("ROLLBACK");
        }

        Label problem = robot.lookup("#noteProblem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problem.getText().isEmpty());
        assertThat(noteField.getText()).isEqualTo("A note typed just before quitting");
    }
}
