package com.copydesk.app;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A review note typed and not added is in the database moments later, and in its field after a restart. */
@ExtendWith(ApplicationExtension.class)
class NoteDraftWindowTest {

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
    void aNoteTypedAndNotAddedIsStoredWhenTypingStopsAndIsInItsFieldAfterARestart(FxRobot robot) throws Exception {
        String headline = openNewestArticle(robot, app);
        TextField field = noteField(robot, app);
        robot.clickOn(field).write("Ask the harbour master about the cranes");

        // No quitting: a crash from here on would not lose it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ask the harbour master about the cranes".equals(storedDraft()));
        assertThat(field.getText()).isEqualTo("Ask the harbour master about the cranes");

        RunningCopydesk reopened = restart(robot);
        assertThat(openNewestArticle(robot, reopened)).isEqualTo(headline);
        TextField again = noteField(robot, reopened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ask the harbour master about the cranes".equals(again.getText()));

        // Added, it is a note and no longer a draft.
        robot.clickOn(again).type(KeyCode.ENTER);
        TitledPane notes = (TitledPane) reopened.stage.getScene().lookup("#notes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.getText().startsWith("Notes (1, 1 open)"));
        assertThat(again.getText()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedDraft() == null);
    }

    @Test
    void aNoteTypedJustBeforeQuittingIsInItsFieldAfterARestart(FxRobot robot) throws Exception {
        openNewestArticle(robot, app);
        robot.clickOn(noteField(robot, app)).write("Typed just before quitting");

        RunningCopydesk reopened = restart(robot); // at once: its save was not yet due

        openNewestArticle(robot, reopened);
        TextField again = noteField(robot, reopened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Typed just before quitting".equals(again.getText()));
    }

    private RunningCopydesk restart(FxRobot robot) {
        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        return reopened;
    }

    /** Waits for the list and the newest article in the editor; returns its headline. */
    private static String openNewestArticle(FxRobot robot, RunningCopydesk running) throws Exception {
        ListView<?> list = (ListView<?>) running.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        TextField headline = running.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        return headline.getText();
    }

    /** The note field, once the Notes pane is unfolded (its content joins the window then). */
    private static TextField noteField(FxRobot robot, RunningCopydesk running) throws Exception {
        TitledPane notes = (TitledPane) running.stage.getScene().lookup("#notes");
        robot.interact(() -> notes.setExpanded(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.stage.getScene().lookup("#noteField") != null);
        return (TextField) running.stage.getScene().lookup("#noteField");
    }

    /** The draft's text in the database file, read as another program would; null for none. */
    private String storedDraft() throws Exception {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection reader = readOnly.createConnection("jdbc:sqlite:" + databaseFile);
             ResultSet row = reader.createStatement().executeQuery("SELECT text FROM note_drafts")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
