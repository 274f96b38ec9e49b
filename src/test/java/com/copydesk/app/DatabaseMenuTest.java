package com.copydesk.app;

import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.testdata.SampleArticles;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File → New database…, Open database…, Open recent and Save a copy as…, driven through the menus. */
@ExtendWith(ApplicationExtension.class)
class DatabaseMenuTest {

    @TempDir
    static Path dir;

    private Path testDir;
    private Path databaseFile;
    private Path configDir;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        testDir = Files.createTempDirectory(dir, "run");
        databaseFile = testDir.resolve("newsroom.copydesk");
        configDir = testDir.resolve("config");
        app = RunningCopydesk.open(stage, databaseFile, configDir);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void switchingSavesTheHeadlineJustTypedThenShowsTheOtherDatabaseAndItsNameInTheTitle(FxRobot robot)
            throws Exception {
        Path other = databaseWith("other.copydesk", "Story in the other database");
        assertThat(app.stage.getTitle()).contains("newsroom.copydesk");
        createArticle(robot);
        robot.write("Typed a moment before switching");

        List<Path> switchedTo = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> app.copydesk.whenDatabaseSwitched(opened -> switchedTo.add(opened.file())));
        app.dialogs.databaseToOpen = other;
        fireMenuItem(robot, "menuOpenDatabase");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.stage.getTitle().contains("other.copydesk"));
        waitForListOf(robot, "Story in the other database");
        assertThat(headlinesIn(databaseFile)).contains("Typed a moment before switching");
        assertThat(switchedTo).as("told, so that a second start finds the database now open")
                .containsExactly(other.toAbsolutePath().normalize());
    }

    @Test
    void aFileThatIsNotACopydeskDatabaseIsRefusedNamingItAndTheOpenDatabaseStays(FxRobot robot) throws Exception {
        Path notes = testDir.resolve("notes.copydesk");
        Files.writeString(notes, "Shopping list: bread, milk");
        waitForList(robot);

        app.dialogs.databaseToOpen = notes;
        fireMenuItem(robot, "menuOpenDatabase");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0)).contains(notes.toString()).contains("not a Copydesk database");
        assertThat(Files.readString(notes)).isEqualTo("Shopping list: bread, milk");
        assertThat(app.stage.getTitle()).contains("newsroom.copydesk");
        TextField headline = app.headline();
        robot.interact(() -> app.copydesk.model().list().selectedIdProperty()
                .set(app.copydesk.model().list().items().get(0).id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.isDisabled());
    }

    @Test
    void aDatabaseThatAnotherCopydeskHasOpenIsRefused(FxRobot robot) throws Exception {
        Path other = databaseWith("shared.copydesk", "Someone else's story");
        waitForList(robot);
        try (Database elsewhere = Database.open(other)) {
            app.dialogs.databaseToOpen = other;
            fireMenuItem(robot, "menuOpenDatabase");

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
            assertThat(app.dialogs.errors.get(0)).contains(other.toString()).contains("already open");
            assertThat(app.stage.getTitle()).contains("newsroom.copydesk");
        }
    }

    @Test
    void aNewDatabaseStartsEmptyGetsTheExtensionAndIsTheOneOpenedNextTime(FxRobot robot) throws Exception {
        waitForList(robot);
        app.dialogs.newDatabase = testDir.resolve("evening-edition");
        fireMenuItem(robot, "menuNewDatabase");

        Path created = testDir.resolve("evening-edition.copydesk");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.stage.getTitle().contains("evening-edition.copydesk"));
        assertThat(created).exists();
        assertThat(app.copydesk.model().list().items()).isEmpty();
        AppPaths paths = new AppPaths(testDir.resolve("data"), configDir, testDir.resolve("logs"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Main.lastOrDefaultDatabase(paths).equals(created));
        assertThat(recentItemTexts()).anySatisfy(text -> assertThat(text).contains("newsroom.copydesk"));
    }

    @Test
    void newDatabaseNeverReplacesAFileThatIsThere(FxRobot robot) throws Exception {
        Path existing = databaseWith("taken.copydesk", "Already here");
        waitForList(robot);
        app.dialogs.newDatabase = existing;
        fireMenuItem(robot, "menuNewDatabase");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0)).contains(existing.toString()).contains("already there");
        assertThat(headlinesIn(existing)).containsExactly("Already here");
    }

    @Test
    void aCopyHoldsTheHeadlineJustTypedAndTheOpenDatabaseStaysOpen(FxRobot robot) throws Exception {
        createArticle(robot);
        robot.write("Typed just before the copy");
        Path copy = testDir.resolve("copy.copydesk");

        app.dialogs.databaseCopy = copy;
        fireMenuItem(robot, "menuSaveCopy");

        Label message = (Label) app.stage.getScene().lookup("#statusMessage");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> message.getText().startsWith("Saved a copy"));
        assertThat(message.getText()).contains(copy.toString());
        assertThat(app.stage.getTitle()).contains("newsroom.copydesk");
        assertThat(headlinesIn(copy)).contains("Typed just before the copy");
    }

    @Test
    void aRecentDatabaseThatWasDeletedIsRemovedFromTheListWithAMessage(FxRobot robot) throws Exception {
        Path gone = databaseWith("gone.copydesk", "Soon deleted");
        Path kept = databaseWith("kept.copydesk", "Staying");
        waitForList(robot);
        openThroughMenu(robot, gone);
        openThroughMenu(robot, kept);
        deleteDatabase(gone);
        assertThat(recentItemTexts()).anySatisfy(text -> assertThat(text).contains("gone.copydesk"));

        MenuItem goneItem = recentItems().stream().filter(item -> item.getText().contains("gone.copydesk"))
                .findFirst().orElseThrow();
        robot.interact(goneItem::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0)).contains(gone.toString()).contains("removed from File → Open recent");
        assertThat(gone).doesNotExist();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recentItemTexts()).noneSatisfy(text -> assertThat(text).contains("gone.copydesk"))
                .anySatisfy(text -> assertThat(text).contains("newsroom.copydesk"));
        assertThat(app.stage.getTitle()).contains("kept.copydesk");
    }

    @Test
    void openRecentSwitchesBackToTheFirstDatabase(FxRobot robot) throws Exception {
        Path other = databaseWith("other.copydesk", "Elsewhere");
        waitForList(robot);
        openThroughMenu(robot, other);

        MenuItem back = recentItems().stream().filter(item -> item.getText().contains("newsroom.copydesk"))
                .findFirst().orElseThrow();
        robot.interact(back::fire);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.stage.getTitle().contains("newsroom.copydesk"));
        waitForList(robot);
        assertThat(app.copydesk.model().list().items()).extracting(ArticleSummary::headline)
                .doesNotContain("Elsewhere");
    }

    @Test
    void panelsOfTheClosedDatabaseCloseWithIt(FxRobot robot) throws Exception {
        Path other = databaseWith("other.copydesk", "Elsewhere");
        waitForList(robot);
        fireMenuItem(robot, "menuTrash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panelTitled("Trash") != null);

        openThroughMenu(robot, other);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panelTitled("Trash") == null);
    }

    private static javafx.stage.Window panelTitled(String prefix) {
        return javafx.stage.Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getTitle() != null && stage.getTitle().startsWith(prefix)).findFirst().orElse(null);
    }

    private void openThroughMenu(FxRobot robot, Path file) throws Exception {
        app.dialogs.databaseToOpen = file;
        fireMenuItem(robot, "menuOpenDatabase");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> app.stage.getTitle().contains(file.getFileName().toString()));
    }

    private Path databaseWith(String name, String headline) {
        Path file = testDir.resolve(name);
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple(headline, SampleArticles.T0));
        }
        return file;
    }

    private static List<String> headlinesIn(Path file) {
        try (Database db = Database.open(file)) {
            return new ArticleStore(db).list("", 100).stream().map(ArticleSummary::headline).toList();
        }
    }

    private static void deleteDatabase(Path file) throws Exception {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private void createArticle(FxRobot robot) throws Exception {
        waitForList(robot);
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> headline.isFocused() && !headline.isDisabled() && headline.getText().isEmpty());
    }

    private void waitForList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ListView<?> list = (ListView<?>) app.stage.getScene().lookup("#articleList");
            return list != null && !list.getItems().isEmpty();
        });
    }

    private void waitForListOf(FxRobot robot, String headline) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.copydesk.model().list().items().stream()
                .anyMatch(summary -> summary.headline().equals(headline)));
    }

    private List<MenuItem> recentItems() {
        MenuBar bar = (MenuBar) app.stage.getScene().lookup("#menuBar");
        Menu recent = (Menu) items(bar.getMenus().stream().map(MenuItem.class::cast).toList())
                .filter(item -> "menuOpenRecent".equals(item.getId())).findFirst().orElseThrow();
        return List.copyOf(recent.getItems());
    }

    private List<String> recentItemTexts() {
        return recentItems().stream().map(MenuItem::getText).toList();
    }

    private void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = (MenuBar) app.stage.getScene().lookup("#menuBar");
        robot.interact(() -> items(bar.getMenus().stream().map(MenuItem.class::cast).toList())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    private static Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? Stream.concat(Stream.of(item), items(menu.getItems()))
                : Stream.of(item));
    }
}
