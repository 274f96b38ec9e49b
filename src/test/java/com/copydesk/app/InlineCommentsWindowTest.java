package com.copydesk.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A comment on a word of the body: highlighted, listed, kept through typing and a restart, never published. */
@ExtendWith(ApplicationExtension.class)
class InlineCommentsWindowTest {

    @TempDir
    static Path dir;

    private Path testDir;
    private Path databaseFile;
    private Path configDir;
    private RunningCopydesk app;
    private final List<RunningCopydesk> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        testDir = Files.createTempDirectory(dir, "run");
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
    void aCommentedWordStaysHighlightedThroughTypingAndARestartAndNeverReachesThePage(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.isFocused() && headline.getText().isEmpty());
        robot.write("Cranes are back");
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        focus(robot, body);
        robot.write("The cranes are back at last.");

        // Select "cranes" with the keyboard and comment on it.
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        assertThat(body.getSelectedText()).isEqualTo("cranes");
        assertThat(body.getContextMenu().getItems()).extracting(MenuItem::getId).contains("addCommentInBody");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        TextField noteField = robot.lookup("#noteField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, noteField::isFocused);
        assertThat(noteField.getPromptText()).startsWith("Comment on “cranes”");
        robot.write("Which cranes? Name the operator.");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quoteLabel(robot, app) != null);
        assertThat(quoteLabel(robot, app).getText()).isEqualTo("“cranes”");
        waitForHighlightOn(robot, body, "cranes");

        // Type before the word: the highlight moves with it.
        focus(robot, body);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.write("See: ");
        waitForHighlightOn(robot, body, "cranes");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));

        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        ListView<?> reopenedList = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedList.getItems().toString().contains("Cranes are back"));
        robot.interact(() -> reopenedList.getSelectionModel().select(0));
        GenericStyledArea<?, ?, ?> reopenedBody = reopened.body(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedBody.getText().startsWith("See: The cranes"));

        waitForHighlightOn(robot, reopenedBody, "cranes");
        TitledPane notes = (TitledPane) reopened.stage.getScene().lookup("#notes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.getText().startsWith("Notes (1, 1 open)"));
        robot.interact(() -> notes.setExpanded(true)); // the panel's content joins the window when it is unfolded
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quoteLabel(robot, reopened) != null);
        assertThat(quoteLabel(robot, reopened).getText()).isEqualTo("“cranes”");

        // Clicking the comment in the panel selects its word in the body.
        robot.interact(() -> reopenedBody.moveTo(0));
        robot.clickOn(quoteLabel(robot, reopened));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "cranes".equals(reopenedBody.getSelectedText()));

        // Nothing of the comment reaches the preview or the exports.
        reopened.waitForPreviewContaining(robot, "See: The cranes are back at last.");
        assertThat(reopened.previewHtml(robot)).doesNotContain("Which cranes").doesNotContain("operator")
                .doesNotContain("comment-highlight");
        Path json = testDir.resolve("story.json");
        reopened.dialogs.exportTarget = json;
        fire(robot, reopened, "menuExport");
        Label message = (Label) reopened.stage.getScene().lookup("#statusMessage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported") && Files.exists(json));
        Path ninjs = testDir.resolve("story.ninjs.json");
        reopened.dialogs.exportTarget = ninjs;
        fire(robot, reopened, "menuExportNinjs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(ninjs) && message.getText().contains("ninjs"));
        // ninjs is the public export: no trace. Our JSON is the full archive: the comment travels
        // among the article's notes (a backup must not lose it), never inside the body.
        assertThat(Files.readString(ninjs)).contains("The cranes are back at last.")
                .doesNotContain("Which cranes").doesNotContain("operator").doesNotContain("note_anchor")
                .doesNotContain("comment-highlight");
        com.fasterxml.jackson.databind.JsonNode article = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).path("articles").path(0);
        assertThat(article.path("body").toString()).contains("The cranes are back at last.")
                .doesNotContain("Which cranes").doesNotContain("comment-highlight");
        assertThat(article.path("notes").toString()).contains("Which cranes");

        // Resolving the comment takes its highlight away; the comment stays listed.
        robot.interact(() -> reopened.stage.getScene().getRoot().lookupAll(".button").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("resolveNote-"))
                .map(javafx.scene.control.Button.class::cast).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.getText().startsWith("Notes (1, 0 open)"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reopenedBody.lookupAll(".comment-highlight").isEmpty());
        assertThat(quoteLabel(robot, reopened).getText()).isEqualTo("“cranes”");
    }

    private static void focus(FxRobot robot, Node body) throws Exception {
        robot.interact(body::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
    }

    private static Label quoteLabel(FxRobot robot, RunningCopydesk running) {
        Set<Node> quotes = running.stage.getScene().getRoot().lookupAll(".note-quote");
        return quotes.isEmpty() ? null : (Label) quotes.iterator().next();
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

    private static void fire(FxRobot robot, RunningCopydesk running, String id) {
        MenuBar bar = (MenuBar) running.stage.getScene().lookup("#menuBar");
        robot.interact(() -> bar.getMenus().stream().flatMap(menu -> items(menu.getItems()))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    private static Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? Stream.concat(Stream.of(item), items(menu.getItems())) : Stream.of(item));
    }
}
