package com.copydesk.app;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.UserProfile;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A reporter and an editor take turns at the same desk and run one story from draft to published. */
@ExtendWith(ApplicationExtension.class)
class DeskWorkflowTest {

    private static final UserProfile REPORTER = new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER);
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    static Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "desk");
        Path configDir = testDir.resolve("config");
        new UserProfileStore(configDir).save(REPORTER);
        app = RunningCopydesk.open(stage, testDir.resolve("desk.copydesk"), configDir);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void everyRowShowsItsWholeStatusNotAnEllipsis(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> badges = robot.lookup("#articleList .status-badge").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(badge -> !badge.getText().isEmpty()).toList();
        assertThat(badges).hasSize(4);
        for (Label badge : badges) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) badge.lookup(".text");
            assertThat(shown.getText()).as("badge of " + badge.getText()).isEqualTo(badge.getText());
        }
    }

    @Test
    void eachRowsBadgeIsTheColourOfItsStatusAndChangesWithIt(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badgeColours(robot).size() == 4);
        assertThat(badgeColours(robot)).containsEntry("In review", Color.web("#c27c0e"))
                .containsEntry("Draft", Color.web("#8a8a8a"));

        robot.clickOn("#newArticle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.headline().isFocused());
        robot.write("Ferry strike ends after nine days");
        robot.clickOn("#submitForReview");
        waitForStatus(robot, ArticleStatus.IN_REVIEW);
        switchTo(robot, EDITOR);
        robot.clickOn("#requestChanges");
        waitForStatus(robot, ArticleStatus.CHANGES_REQUESTED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Color.web("#b8432f").equals(badgeColours(robot).get("Changes requested")));
    }

    /** The background colour of each visible row's status badge, by the badge's text. */
    private static java.util.Map<String, Object> badgeColours(FxRobot robot) {
        java.util.Map<String, Object> colours = new java.util.HashMap<>();
        robot.interact(() -> robot.lookup("#articleList .status-badge").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(badge -> !badge.getText().isEmpty() && badge.getBackground() != null)
                .forEach(badge -> colours.put(badge.getText(), badge.getBackground().getFills().get(0).getFill())));
        return colours;
    }

    @Test
    void aStoryGoesFromDraftThroughChangesRequestedToPublishedAndIsThenLocked(FxRobot robot) throws Exception {
        robot.clickOn("#newArticle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.headline().isFocused());
        robot.write("Ferry strike ends after nine days");
        assertThat(robot.lookup("#byline").queryAs(TextField.class).getText()).isEqualTo("Ana Reyes");
        assertThat(visibleActions(robot)).containsExactly("submitForReview", "spike");

        robot.clickOn("#submitForReview");
        waitForStatus(robot, ArticleStatus.IN_REVIEW);
        assertThat(visibleActions(robot)).as("a reporter is offered no editor's step").isEmpty();
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(ComboBox.class).getValue()).isEqualTo(ArticleStatus.IN_REVIEW);

        switchTo(robot, EDITOR);
        assertThat(visibleActions(robot)).containsExactly("requestChanges", "markReady", "spike");
        robot.clickOn("#workflowNote").write("Needs a second source");
        robot.clickOn("#requestChanges");
        waitForStatus(robot, ArticleStatus.CHANGES_REQUESTED);
        assertThat(visibleActions(robot)).containsExactly("submitForReview", "spike");
        assertThat(robot.lookup("#workflowNote").queryAs(TextField.class).getText()).isEmpty();

        switchTo(robot, REPORTER);
        robot.clickOn("#submitForReview");
        waitForStatus(robot, ArticleStatus.IN_REVIEW);

        switchTo(robot, EDITOR);
        robot.clickOn("#markReady");
        waitForStatus(robot, ArticleStatus.READY);
        assertThat(visibleActions(robot)).containsExactly("returnToReview", "markPublished", "spike");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitForStatus(robot, ArticleStatus.PUBLISHED);

        assertThat(visibleActions(robot)).containsExactly("editPublished", "spike");
        assertThat(app.headline().isEditable()).isFalse();
        assertThat(robot.lookup("#status").queryAs(ComboBox.class).isDisabled()).isTrue();

        robot.clickOn("#timeline .title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timelineLines(robot).size() == 5);
        List<String> lines = timelineLines(robot);
        assertThat(lines.get(0)).contains("Ana Reyes: Submit for review (Draft → In review)");
        assertThat(lines.get(1)).contains("Jon Berg: Request changes (In review → Changes requested) — “Needs a second source”");
        assertThat(lines.get(2)).contains("Ana Reyes: Submit for review (Changes requested → In review)");
        assertThat(lines.get(3)).contains("Jon Berg: Mark ready");
        assertThat(lines.get(4)).contains("Jon Berg: Mark published (Ready → Published)");

        robot.clickOn("#editPublished");
        waitForStatus(robot, ArticleStatus.DRAFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timelineLines(robot).size() == 6);
        assertThat(timelineLines(robot).get(5)).contains("Jon Berg: Correction — Edit published");
        assertThat(app.headline().isEditable()).isTrue();
    }

    @Test
    void anEditorLeavesANoteTheReporterRepliesAndTheEditorResolvesIt(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !app.headline().getText().isEmpty());
        switchTo(robot, EDITOR);
        robot.clickOn("#notes .title");
        TextField noteField = robot.lookup("#noteField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, noteField::isVisible);
        robot.clickOn(noteField).write("Who took the photo?");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noteField.getText().equals("Who took the photo?"));
        robot.clickOn("#addNote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noteLines(robot).size() == 1);
        assertThat(noteLines(robot).get(0)).startsWith("Jon Berg · ").endsWith("\nWho took the photo?");

        switchTo(robot, REPORTER);
        robot.clickOn(robot.lookup("#noteList .button").queryAll().stream()
                .filter(node -> node.getId().startsWith("replyNote-")).findFirst().orElseThrow());
        robot.clickOn(noteField).write("Our staff photographer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noteField.getText().equals("Our staff photographer"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noteLines(robot).size() == 2);
        assertThat(noteLines(robot).get(1)).startsWith("Ana Reyes · ").endsWith("\nOur staff photographer");

        switchTo(robot, EDITOR);
        robot.clickOn(robot.lookup("#noteList .button").queryAll().stream()
                .filter(node -> node.getId().startsWith("resolveNote-")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noteLines(robot).get(0).contains("resolved by Jon Berg"));
        assertThat(robot.lookup("#notes").queryAs(TitledPane.class).getText()).isEqualTo("Notes (2, 1 open)");
        app.waitForPreviewContaining(robot, "<h1");
        assertThat(app.previewHtml(robot)).doesNotContain("Who took the photo?").doesNotContain("staff photographer");
    }

    @Test
    void aTagIsAddedAsAChipAndASavedViewNarrowsTheListUntilItsChipIsRemoved(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !app.headline().getText().isEmpty());

        robot.clickOn("#tagField").write("rowing").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chipLabels(robot, "#tagChips").equals(List.of("rowing")));

        Button needsReview = robot.lookup("#view-needsReview").queryAs(Button.class);
        assertThat(needsReview.getText()).isEqualTo("Needs review (1)");
        robot.clickOn(needsReview);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(chipLabels(robot, "#filterChips")).containsExactly("Status: In review");

        robot.clickOn("#removeFilter-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        assertThat(chipLabels(robot, "#filterChips")).isEmpty();
    }

    @Test
    void theAuthorFilterIsSavedAsAViewThatShowsItsCountInTheSidebar(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("#newArticle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.headline().isFocused());
        robot.write("Ferry strike ends");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 5);

        assertThat(robot.lookup("#authorFilter").tryQuery()).as("folded away under More filters").isEmpty();
        robot.clickOn("#moreFilters .title");
        robot.clickOn("#authorFilter").write("reyes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(chipLabels(robot, "#filterChips")).containsExactly("Author: reyes");
        robot.clickOn("#moreFilters .title");
        assertThat(chipLabels(robot, "#filterChips")).as("a folded filter still shows as a chip").containsExactly("Author: reyes");
        robot.clickOn("#moreFilters .title");
        robot.clickOn("#viewName").write("Ana's copy");
        TextField viewName = robot.lookup("#viewName").queryAs(TextField.class);
        assertThat(viewName.getText()).isEqualTo("Ana's copy");
        robot.clickOn("#saveView");
        // A separate wait, so that a click that never reached the button fails on this line.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewName.getText().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#savedViews .user-view").tryQuery().isPresent());
        Button saved = robot.lookup("#savedViews .user-view").queryAs(Button.class);
        assertThat(saved.getText()).isEqualTo("Ana's copy (1)");

        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        // The sidebar's buttons are made afresh whenever the counts change.
        robot.clickOn("#savedViews .user-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(chipLabels(robot, "#filterChips")).containsExactly("Author: reyes");
    }

    @Test
    void aLastChangeDateThatIsNotADateIsToldAndLeavesTheListAsItWas(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("#moreFilters .title");
        DatePicker from = robot.lookup("#changedFrom").queryAs(DatePicker.class);
        Label problem = robot.lookup("#changedProblem").queryAs(Label.class);

        // An exception on the FX thread (before: DateTimeParseException, a crash report) fails the test in TestFX.
        robot.clickOn(from.getEditor()).write("31/31/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Last change from: “31/31/2026” is not a date. Type it like "
                + from.getConverter().toString(LocalDate.of(2026, 12, 31)) + ", or leave it empty for no limit. Not applied.");
        assertThat(from.getEditor().getText()).as("kept for correcting").isEqualTo("31/31/2026");
        assertThat(list.getItems()).hasSize(4);
        assertThat(chipLabels(robot, "#filterChips")).isEmpty();

        robot.interact(() -> from.getEditor().selectAll());
        robot.write(from.getConverter().toString(LocalDate.now().plusDays(1))).type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().isEmpty());
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void renamingACategoryInTheManagerRefilesItsArticles(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("Edit").clickOn("#menuCategories");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#categoryManagerList").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#categoryManagerList .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> cell.getText() != null && cell.getText().startsWith("Sports ")).findFirst()
                .orElseThrow());
        TextField name = robot.lookup("#categoryName").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> name.getText().equals("Sports"));
        robot.doubleClickOn(name).eraseText(6).write("Rowing & Sport");
        robot.clickOn("#renameCategory");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleList .row-details")
                .queryAllAs(Label.class).stream().anyMatch(details -> details.getText().contains("Rowing & Sport")));
        assertThat(app.copydesk.model().categoryNames()).contains("Rowing & Sport").doesNotContain("Sports");
    }

    private static List<String> chipLabels(FxRobot robot, String container) {
        return robot.lookup(container + " .chip .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> !text.equals("✕")).toList();
    }

    private static List<String> noteLines(FxRobot robot) {
        return robot.lookup("#noteList .note-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void switchTo(FxRobot robot, UserProfile who) {
        app.dialogs.profileAnswer = who;
        robot.clickOn("Edit").clickOn("#menuProfile");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.copydesk.model().profileProperty().get()).isEqualTo(who);
    }

    private static void waitForStatus(FxRobot robot, ArticleStatus status) throws Exception {
        ComboBox<?> combo = robot.lookup("#status").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> combo.getValue() == status);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> visibleActions(FxRobot robot) {
        return robot.lookup("#workflowBar .button").queryAll().stream()
                .filter(Node::isVisible).map(Node::getId).toList();
    }

    private static List<String> timelineLines(FxRobot robot) {
        return robot.lookup("#timelineList .timeline-entry").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
