package com.copydesk.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #9: every control of the main window can be reached with Tab, and icon-only buttons have names. */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachabilityTest {

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
    void tabReachesEveryFocusableControlWithAnIdInTheMainWindow(FxRobot robot) throws Exception {
        openFirstArticle(robot);
        Set<String> expected = new LinkedHashSet<>();
        robot.interact(() -> collectFocusable(app.stage.getScene().getRoot(), expected));
        assertThat(expected).contains("articleList", "searchField", "headline", "dek", "body");

        TextField headline = app.headline();
        String headlineBefore = headline.getText();
        String bodyBefore = app.copydesk.model().editor().bodyProperty().get().toString();

        Set<String> reached = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        Node list = app.stage.getScene().lookup("#articleList");
        robot.interact(list::requestFocus);
        for (int press = 0; press < expected.size() * 3 + 20 && !reached.containsAll(expected); press++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = app.stage.getScene().getFocusOwner();
            visitWithArrows(robot, focused, order, reached);
        }

        Set<String> missed = new LinkedHashSet<>(expected);
        missed.removeAll(reached);
        assertThat(missed).as("not reached by Tab (and arrows within a group); focus went %s", order).isEmpty();
        assertThat(headline.getText()).as("Tab types nothing into the fields it passes").isEqualTo(headlineBefore);
        assertThat(app.copydesk.model().editor().bodyProperty().get().toString()).isEqualTo(bodyBefore);
    }

    /**
     * Records the focused control; in a group of toggle buttons (one Tab stop, like radio buttons)
     * the arrow keys move between the members, so they are followed to the group's end.
     */
    private static void visitWithArrows(FxRobot robot, Node focused, List<String> order, Set<String> reached) {
        String id = owningId(focused);
        order.add(id);
        reached.add(id);
        if (focused instanceof ToggleButton toggle && toggle.getToggleGroup() != null) {
            for (int i = 1; i < toggle.getToggleGroup().getToggles().size(); i++) {
                robot.type(KeyCode.RIGHT);
                WaitForAsyncUtils.waitForFxEvents();
                String member = owningId(toggle.getScene().getFocusOwner());
                order.add("→" + member);
                reached.add(member);
            }
        }
    }

    @Test
    void iconOnlyButtonsHaveAnAccessibleName(FxRobot robot) throws Exception {
        openFirstArticle(robot);
        List<String> unnamed = new ArrayList<>();
        int[] icons = new int[1];
        robot.interact(() -> visit(app.stage.getScene().getRoot(), node -> {
            if (node instanceof ButtonBase button && isIconOnly(button)) {
                icons[0]++;
                String name = button.getAccessibleText();
                if (name == null || name.isBlank()) {
                    unnamed.add(button.getId() + " \"" + button.getText() + "\"");
                }
            }
        }));

        assertThat(icons[0]).as("icon-only buttons found").isGreaterThanOrEqualTo(9);
        assertThat(unnamed).as("icon-only buttons without accessible text").isEmpty();
    }

    /** A label a screen reader cannot say as a word: no text, one or two characters, or no letters at all. */
    private static boolean isIconOnly(Labeled button) {
        String text = button.getText() == null ? "" : button.getText().strip();
        return text.length() <= 2 || text.codePoints().noneMatch(Character::isLetter);
    }

    private void openFirstArticle(FxRobot robot) throws Exception {
        ListView<?> list = (ListView<?>) app.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        Node headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void collectFocusable(Node node, Set<String> ids) {
        visit(node, each -> {
            if (each.getId() != null && each.isFocusTraversable() && !each.isDisabled() && treeVisible(each)) {
                ids.add(each.getId());
            }
        });
    }

    private static boolean treeVisible(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }

    /** The id of the focused node or of the nearest ancestor that has one (a combo box's editor, a list's cell). */
    private static String owningId(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node.getId() != null) {
                return node.getId();
            }
        }
        return String.valueOf(focused);
    }
}
