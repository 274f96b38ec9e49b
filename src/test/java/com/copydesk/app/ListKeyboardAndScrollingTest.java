package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A desk of 1,200 stories worked from the keyboard: scrolling to the oldest, arrows, Enter, Delete, Ctrl+N, Ctrl+1/2/3. */
@ExtendWith(ApplicationExtension.class)
class ListKeyboardAndScrollingTest {

    private static final int STORIES = 1_200;

    @TempDir
    static Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "desk");
        Path databaseFile = testDir.resolve("desk.copydesk");
        try (Database database = Database.open(databaseFile)) {
            Instant now = Instant.now();
            List<Article> stories = new ArrayList<>();
            for (int i = 0; i < STORIES; i++) {
                Instant when = now.minusSeconds(STORIES - i);
                stories.add(new Article(UUID.randomUUID(), String.format("Story %04d", i), "", "Ana Reyes", "", null,
                        List.of(), ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Text of story " + i + ".")),
                        when, when));
            }
            new ArticleStore(database).saveAll(stories);
        }
        app = RunningCopydesk.open(stage, databaseFile, testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void scrollingToTheBottomOfTheListReachesTheOldestStory(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        assertThat(list.getItems()).as("only the first page is read at start").hasSizeLessThan(STORIES);
        robot.clickOn("#articleList .article-row");

        for (int presses = 0; presses < 20 && !shownInList(robot, "Story 0000"); presses++) {
            int before = list.getItems().size();
            robot.type(KeyCode.END);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> list.getItems().size() > before || shownInList(robot, "Story 0000"));
        }

        assertThat(shownInList(robot, "Story 0000")).as("the oldest story is on screen").isTrue();
        assertThat(list.getItems()).hasSize(STORIES);
        assertThat(list.getItems().stream().map(ArticleSummary::id).distinct().count()).isEqualTo(STORIES);
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 0000"));
    }

    @Test
    void arrowsMoveThroughTheListAndEnterPutsTheCaretInTheStory(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1199"));

        shortcut(robot, KeyCode.DIGIT1);
        assertThat(focusOwnerId(robot)).isEqualTo("articleList");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1197"));
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1198"));
        assertThat(focusOwnerId(robot)).as("arrows leave the focus in the list").isEqualTo("articleList");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "body".equals(focusOwnerId(robot)));
        robot.write("Update: ");
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> body.getText().equals("Update: Text of story 1198."));

        // The saved story moved to the top. Down then Enter at once: the caret goes into the next story
        // once it is open, not into the one before.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().get(0).headline().equals("Story 1198"));
        shortcut(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "body".equals(focusOwnerId(robot))
                && headline.getText().equals("Story 1199") && body.getText().equals("Text of story 1199."));
    }

    @Test
    void openingAStoryFromOutsideTheListLeavesARowOnScreenInPlaceAndScrollsToOneOffScreen(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1199"));
        VirtualFlow<?> flow = robot.lookup("#articleList .virtual-flow").queryAs(VirtualFlow.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstShownRow(robot, flow) >= 0);
        assertThat(firstShownRow(robot, flow)).isZero();

        open(robot, list, 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1196"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstShownRow(robot, flow) >= 0);
        assertThat(firstShownRow(robot, flow)).as("the fourth row was on screen: the list did not move").isZero();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(3);

        int far = list.getItems().size() - 1;
        open(robot, list, far);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            int first = firstShownRow(robot, flow);
            int[] last = {-1};
            robot.interact(() -> last[0] = flow.getLastVisibleCell() == null ? -1 : flow.getLastVisibleCell().getIndex());
            return first > 0 && first <= far && far <= last[0];
        });
    }

    private void open(FxRobot robot, ListView<ArticleSummary> list, int row) {
        robot.interact(() -> app.copydesk.model().list().selectedIdProperty().set(list.getItems().get(row).id()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The index of the list's first row on screen; -1 while the list has none laid out (between layouts). */
    private static int firstShownRow(FxRobot robot, VirtualFlow<?> flow) {
        int[] first = {-1};
        robot.interact(() -> first[0] = flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex());
        return first[0];
    }

    @Test
    void ctrlOneTwoThreeGoToListEditorAndPreviewAndTheViewMenuShowsThem(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview").tryQuery().isPresent());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());

        shortcut(robot, KeyCode.DIGIT2);
        assertThat(focusOwnerId(robot)).isEqualTo("body");
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(focusOwnerId(robot)).isEqualTo("preview");
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(focusOwnerId(robot)).isEqualTo("articleList");
        shortcut(robot, KeyCode.DIGIT3);
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(focusOwnerId(robot)).isEqualTo("body");

        assertThat(viewItem(robot, "menuFocusList").getText()).isEqualTo("Go to list");
        assertThat(viewItem(robot, "menuFocusList").getAccelerator().getDisplayText()).isEqualTo("Ctrl+1");
        assertThat(viewItem(robot, "menuFocusEditor").getAccelerator().getDisplayText()).isEqualTo("Ctrl+2");
        assertThat(viewItem(robot, "menuFocusPreview").getAccelerator().getDisplayText()).isEqualTo("Ctrl+3");
        robot.clickOn("View").clickOn("#menuFocusList");
        assertThat(focusOwnerId(robot)).isEqualTo("articleList");
    }

    @Test
    void deleteMovesTheSelectedStoriesToTheTrashAfterAskingAndCtrlNStartsANewOne(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Story 1199"));

        shortcut(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.HOME);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItems().size() == 2);

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialog .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete 2 articles?");
        robot.clickOn("Cancel");
        assertThat(headlines(list, 2)).containsExactly("Story 1199", "Story 1198");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.clickOn("Delete");
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().equals("2 articles moved to Trash."));
        assertThat(headlines(list, 1)).containsExactly("Story 1197");
        assertThat(shownInList(robot, "Story 1199")).isFalse();

        shortcut(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "headline".equals(focusOwnerId(robot)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownInList(robot, "Untitled"));
        assertThat(list.getItems().get(0).headline()).isEmpty();

        // Enter on a story without a headline puts the caret in the headline.
        shortcut(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "headline".equals(focusOwnerId(robot)));
    }

    private static List<String> headlines(ListView<ArticleSummary> list, int count) {
        return list.getItems().subList(0, count).stream().map(ArticleSummary::headline).toList();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem viewItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(menu -> "menuView".equals(menu.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** The id of the focused control or of the nearest parent that has one. */
    private String focusOwnerId(FxRobot robot) {
        String[] id = new String[1];
        robot.interact(() -> {
            Node node = app.stage.getScene().getFocusOwner();
            while (node != null && node.getId() == null) {
                node = node.getParent();
            }
            id[0] = node == null ? null : node.getId();
        });
        return id[0];
    }

    /** A row with this headline is drawn inside the list's visible area. */
    private static boolean shownInList(FxRobot robot, String headline) {
        Node list = robot.lookup("#articleList").query();
        boolean[] shown = new boolean[1];
        robot.interact(() -> {
            javafx.geometry.Bounds area = list.localToScreen(list.getLayoutBounds());
            shown[0] = robot.lookup("#articleList .row-headline").queryAllAs(Label.class).stream()
                    .filter(label -> label.getText().equals(headline) && visibleUpTo(label, list))
                    .anyMatch(label -> {
                        javafx.geometry.Bounds row = label.localToScreen(label.getLayoutBounds());
                        return row != null && area.contains(row.getCenterX(), row.getCenterY());
                    });
        });
        return shown[0];
    }

    private static boolean visibleUpTo(Node node, Node ancestor) {
        for (Node n = node; n != null && n != ancestor; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
