package com.copydesk.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
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

    @Test
    void aCommentBeingTypedOnWordsOfTheBodyIsStillOnThemAfterARestart(FxRobot robot) throws Exception {
        ListView<?> list = (ListView<?>) app.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.isFocused() && headline.getText().isEmpty());
        robot.write("Cranes are back");
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        robot.interact(body::requestFocus);
        robot.write("The cranes are back at last.");
        // Select "cranes" with the keyboard and start a comment on it.
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        TextField field = noteField(robot, app);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        robot.write("Which cranes? Name the operator.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Which cranes? Name the operator.".equals(storedDraft()));

        RunningCopydesk reopened = restart(robot); // as after a crash: the comment was never added
        ListView<?> reopenedList = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedList.getItems().toString().contains("Cranes are back"));
        robot.interact(() -> reopenedList.getSelectionModel().select(0));
        GenericStyledArea<?, ?, ?> reopenedBody = reopened.body(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedBody.getText().startsWith("The cranes"));
        TextField again = noteField(robot, reopened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Which cranes? Name the operator.".equals(again.getText()));

        // Still a comment on "cranes": said above the field, and the words highlighted in the body.
        Label target = (Label) reopened.stage.getScene().lookup("#commentTarget");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> target != null && target.isVisible());
        assertThat(target.getText()).contains("“cranes”");
        waitForHighlightOn(robot, reopenedBody, "cranes");

        // Added, it is listed as a comment on those words.
        robot.clickOn(again).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> reopened.stage.getScene().getRoot().lookupAll(".note-quote").size() == 1);
        Label quote = (Label) reopened.stage.getScene().getRoot().lookupAll(".note-quote").iterator().next();
        assertThat(quote.getText()).isEqualTo("“cranes”");
        assertThat(target.isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedDraft() == null);
    }

    @Test
    void aCommentBeingTypedOnWordsThenCorrectedInPlaceIsStillOnThemAfterARestart(FxRobot robot) throws Exception {
        ListView<?> list = (ListView<?>) app.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.isFocused() && headline.getText().isEmpty());
        robot.write("Two Smiths");
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        robot.interact(body::requestFocus);
        robot.write("Smith met Smith at the port.");
        robot.interact(() -> body.selectRange(10, 15)); // the second Smith
        robot.clickOn("Article").clickOn("#addComment");
        TextField field = noteField(robot, app);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        robot.write("Spelling?");
        // The spelling is corrected in the body: a letter typed over, the words stay where they are.
        robot.interact(body::requestFocus);
        robot.interact(() -> body.selectRange(12, 13));
        robot.write("y");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Smyth".equals(storedDraftWords()));

        RunningCopydesk reopened = restart(robot);
        ListView<?> reopenedList = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedList.getItems().toString().contains("Two Smiths"));
        robot.interact(() -> reopenedList.getSelectionModel().select(0));
        GenericStyledArea<?, ?, ?> reopenedBody = reopened.body(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedBody.getText().equals("Smith met Smyth at the port."));
        TextField again = noteField(robot, reopened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Spelling?".equals(again.getText()));
        waitForHighlightOn(robot, reopenedBody, "Smyth"); // not on the first Smith
    }

    /** Waits until a comment highlight is drawn over {@code word} in the body (the first occurrence). */
    private static void waitForHighlightOn(FxRobot robot, GenericStyledArea<?, ?, ?> body, String word) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Bounds[] result = new Bounds[2];
            robot.interact(() -> {
                int start = body.getText().indexOf(word);
                result[0] = body.getCharacterBoundsOnScreen(start, start + word.length()).orElse(null);
                result[1] = body.lookupAll(".comment-highlight").stream().filter(Node::isVisible)
                        .map(node -> node.localToScreen(node.getBoundsInLocal()))
                        .filter(bounds -> bounds != null && bounds.getWidth() > 0).findFirst().orElse(null);
            });
            return result[0] != null && result[1] != null
                    && Math.abs(result[0].getMinX() - result[1].getMinX()) < 2
                    && Math.abs(result[0].getMaxX() - result[1].getMaxX()) < 2
                    && Math.abs(result[0].getMinY() - result[1].getMinY()) < 4;
        });
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

    /** The words in the body the draft comments on as last stored, read as another program would; null for none. */
    private String storedDraftWords() throws Exception {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection reader = readOnly.createConnection("jdbc:sqlite:" + databaseFile);
             ResultSet row = reader.createStatement().executeQuery("SELECT anchored_text FROM note_drafts")) {
            return row.next() ? row.getString(1) : null;
        }
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
