package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category renamed in Edit → Categories… while something still names it. A category ticked while
 * the article cannot be written (a failing disk) is not saved; the category is renamed before the
 * tick could be saved. Once the disk works again the story is saved under the new name, and the
 * old one does not come back. The list filtered on the category, and a view saved with it, follow
 * the new name.
 */
@ExtendWith(ApplicationExtension.class)
class CategoryRenameWindowTest {

    @TempDir
    Path dir;

    private Path databaseFile;
    private UUID story;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        databaseFile = dir.resolve("desk.copydesk");
        try (Database database = Database.open(databaseFile)) {
            CategoryAdminStore categories = new CategoryAdminStore(database);
            // This desk files economic news under "Economy", which is to become "Business".
            categories.rename(categories.overview().stream().filter(c -> c.name().equals("Business"))
                    .findFirst().orElseThrow().id(), "Economy");
            Instant now = Instant.now();
            Article article = new Article(UUID.randomUUID(), "Rates rise", "", "", "", null, List.of("Politics"),
                    ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("The bank raised rates.")), now, now);
            new ArticleStore(database).save(article);
            story = article.id();
            new ArticleStore(database).save(new Article(UUID.randomUUID(), "Match report", "", "", "", null,
                    List.of("Sports"), ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("They won.")),
                    now.minusSeconds(60), now.minusSeconds(60)));
        }
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aTickNotYetSavedWhenItsCategoryIsRenamedIsSavedUnderTheNewName(FxRobot robot) throws Exception {
        TextField headline = app.headline();
        robot.interact(() -> app.copydesk.model().list().selectedIdProperty().set(story));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Rates rise"));
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);

        try (Connection disk = DriverManager.getConnection("jdbc:sqlite:" + databaseFile)) {
            // From now on the article itself cannot be written, as with a failing disk; the categories can.
            disk.createStatement().execute("CREATE TRIGGER failing_disk BEFORE UPDATE OF modified_at ON articles"
                    + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
            robot.interact(() -> categoryPicker(robot).getCheckModel().check("Economy"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Not saved"));

            renameInTheManager(robot, "Economy", "Business");
            disk.createStatement().execute("DROP TRIGGER failing_disk");
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
        assertThat(categoryPicker(robot).getCheckModel().getCheckedItems()).containsExactly("Politics", "Business");
        assertThat(new ArticleStore(app.database).find(story).orElseThrow().categories())
                .containsExactly("Politics", "Business");
        assertThat(new CategoryStore(app.database).all()).extracting(c -> c.name())
                .contains("Business").doesNotContain("Economy");
    }

    @Test
    void aCategoryTickedAndSavedThenRenamedShowsTickedUnderItsNewName(FxRobot robot) throws Exception {
        TextField headline = app.headline();
        robot.interact(() -> app.copydesk.model().list().selectedIdProperty().set(story));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Rates rise"));
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        robot.interact(() -> categoryPicker(robot).getCheckModel().check("Economy"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));

        renameInTheManager(robot, "Economy", "Business");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> categoryPicker(robot).getCheckModel().getCheckedItems().contains("Business"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(categoryPicker(robot).getCheckModel().getCheckedItems()).containsExactly("Politics", "Business");
        assertThat(categoryPicker(robot).getItems()).doesNotContain("Economy");
    }

    @Test
    void theListFilteredOnACategoryAndAViewSavedWithItFollowItsNewName(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        robot.clickOn("#categoryFilter").clickOn("#categoryFilter-Politics");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.clickOn("#moreFilters .title");
        robot.clickOn("#viewName").write("Politics desk");
        robot.clickOn("#saveView");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#savedViews .user-view").tryQuery().isPresent());

        renameInTheManager(robot, "Politics", "Government");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filterChips(robot).equals(List.of("Category: Government")));
        assertThat(list.getItems()).extracting(ArticleSummary::headline).containsExactly("Rates rise");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#savedViews .user-view")
                .queryAs(Button.class).getText().equals("Politics desk (1)"));
        MenuButton categoryFilter = robot.lookup("#categoryFilter").queryAs(MenuButton.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> categoryFilter.getItems().stream()
                .anyMatch(item -> item.getText().equals("Government") && ((CheckMenuItem) item).isSelected()));
        assertThat(categoryFilter.getItems()).extracting(MenuItem::getText).doesNotContain("Politics");
    }

    private static List<String> filterChips(FxRobot robot) {
        return robot.lookup("#filterChips .chip .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Edit → Categories…, the category selected, its new name typed, Rename; returns once the list shows it. */
    private static void renameInTheManager(FxRobot robot, String from, String to) throws Exception {
        robot.clickOn("Edit").clickOn("#menuCategories");
        robot.clickOn(cellStartingWith(robot, from + " "));
        TextField name = robot.lookup("#categoryName").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> name.getText().equals(from));
        robot.doubleClickOn(name).eraseText(from.length()).write(to);
        robot.clickOn("#renameCategory");
        cellStartingWith(robot, to + " ");
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> categoryPicker(FxRobot robot) {
        return robot.lookup("#category").queryAs(CheckComboBox.class);
    }

    private static ListCell<?> cellStartingWith(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#categoryManagerList .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(cell -> startsWith(cell, text)));
        return robot.lookup("#categoryManagerList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> startsWith(cell, text)).findFirst().orElseThrow();
    }

    private static boolean startsWith(ListCell<?> cell, String text) {
        return cell.getText() != null && cell.getText().startsWith(text);
    }
}
