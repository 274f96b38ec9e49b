package com.copydesk.app;

import com.copydesk.exchange.ConflictPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

import static org.assertj.core.api.Assertions.assertThat;

/** File → Import… and File → Export selected as, driven through the menus as a user would. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {

    private static final String AGENCY_ITEM = """
            {"uri": "urn:newsml:wire.example.org:2024:storm", "type": "text",
             "versioncreated": "2024-05-01T09:00:00Z",
             "headlines": [{"role": "main", "contenttype": "text/plain", "value": "Storm closes the harbour"}],
             "by": "Wire Staff",
             "bodies": [{"contenttype": "text/html", "value": "<p>Ferries <b>cancelled</b>.</p><script>x()</script>"}]}
            """;

    @TempDir
    static Path dir;

    private Path testDir;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        testDir = Files.createTempDirectory(dir, "run");
        app = RunningCopydesk.open(stage, testDir.resolve("newsroom.copydesk"), testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void importingAnAgencyItemShowsItInTheList(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path item = Files.writeString(testDir.resolve("wire.json"), AGENCY_ITEM);
        app.dialogs.importFiles = List.of(item);
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;

        robot.clickOn("File").clickOn("Import…");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(list.getItems().toString()).contains("Storm closes the harbour");
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Imported 1 article from wire.json.");
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenFileIsExplainedAndImportsNothing(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path broken = Files.writeString(testDir.resolve("broken.json"),
                "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": \"x\"}]}");
        app.dialogs.importFiles = List.of(broken);
        app.dialogs.conflictPolicy = ConflictPolicy.REPLACE;

        robot.clickOn("File").clickOn("Import…");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors).singleElement().asString()
                .contains(broken.toString()).contains("\"id\" must be an id").contains("line 1, column")
                .contains("Nothing of these files was imported");
        assertThat(list.getItems()).hasSize(before);
    }

    @Test
    void importingManyFilesAtOnceBringsInTheGoodOnesAndNamesTheBrokenOne(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        Path good = Files.writeString(testDir.resolve("wire.json"), AGENCY_ITEM);
        Path broken = Files.writeString(testDir.resolve("broken.json"), "{\"format\": \"copydesk\", \"articles\": [");
        app.dialogs.importFiles = List.of(broken, good);
        app.dialogs.conflictPolicy = ConflictPolicy.SKIP;

        robot.clickOn("File").clickOn("Import…");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(app.dialogs.errors).singleElement().asString().contains(broken.toString())
                .contains("line 1, column").doesNotContain(good.toString());
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Imported 1 article from wire.json. 1 file could not be imported.");
    }

    @Test
    void cancellingTheConflictQuestionImportsNothing(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        int before = list.getItems().size();
        app.dialogs.importFiles = List.of(Files.writeString(testDir.resolve("wire.json"), AGENCY_ITEM));
        app.dialogs.conflictPolicy = null;

        robot.clickOn("File").clickOn("Import…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).hasSize(before);
    }

    @Test
    void exportSelectedAsNinjsWritesTheSelectedArticle(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        robot.interact(() -> list.getSelectionModel().select(0));
        Path target = testDir.resolve("selected.json");
        app.dialogs.exportTarget = target;

        robot.clickOn("File").clickOn("Export selected as").clickOn("ninjs…");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        JsonNode item = new ObjectMapper().readTree(target.toFile());
        assertThat(item.path("uri").asText()).startsWith("urn:copydesk:article:");
        assertThat(item.path("standard").path("version").asText()).isEqualTo("3.1");
        assertThat(message.getText()).isEqualTo("Exported 1 article as ninjs 3.1 to " + target + ".");
        assertThat(robot.lookup("#exchangeProgress").query().getParent().isVisible()).as("progress bar hidden when done").isFalse();
    }

    @Test
    void exportSelectedAsMarkdownWritesAFile(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        robot.interact(() -> list.getSelectionModel().select(0));
        Path target = testDir.resolve("story.md");
        app.dialogs.exportTarget = target;

        fireMenuItem(robot, "menuExportMarkdown");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        assertThat(Files.readString(target)).startsWith("# ").contains("Status: ");
    }

    @Test
    void afterAnExportShowInFolderOpensTheFolderOfTheFile(FxRobot robot) throws Exception {
        waitForSamples(robot);
        Path folder = Files.createDirectory(testDir.resolve("exports"));
        Path target = folder.resolve("all.json");
        app.dialogs.exportTarget = target;

        fireMenuItem(robot, "menuExportAll");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        javafx.scene.control.Button show = robot.lookup("#showInFolder").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, show::isVisible);
        robot.clickOn(show);

        assertThat(app.dialogs.shownFolders).containsExactly(folder);
        assertThat(Files.exists(target)).isTrue();
    }

    @Test
    void showInFolderIsOfferedOnlyAfterAnExportSucceeded(FxRobot robot) throws Exception {
        waitForSamples(robot);
        app.dialogs.exportTarget = testDir.resolve("no-such-folder").resolve("all.json");

        fireMenuItem(robot, "menuExportAll");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Export failed"));
        assertThat(robot.lookup("#showInFolder").queryButton().isVisible()).isFalse();
    }

    @Test
    void exportAllWithRevisionsWritesEachArticlesSavedVersions(FxRobot robot) throws Exception {
        waitForSamples(robot);
        Path target = testDir.resolve("archive.json");
        app.dialogs.exportTarget = target;

        fireMenuItem(robot, "menuExportAllWithRevisions");

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        JsonNode articles = new ObjectMapper().readTree(target.toFile()).path("articles");
        assertThat(articles.size()).isGreaterThanOrEqualTo(3);
        articles.forEach(article -> assertThat(article.path("revisions").size()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void importingOverTheOpenArticleShowsItsImportedTagsAndATagAddedThenKeepsThem(FxRobot robot) throws Exception {
        ListView<?> list = waitForSamples(robot);
        robot.interact(() -> list.getSelectionModel().select(0));
        addTag(robot, "Wire");
        Path file = testDir.resolve("story.json");
        app.dialogs.exportTarget = file;
        fireMenuItem(robot, "menuExport");
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        robot.clickOn("#removeTag-Wire");
        addTag(robot, "Old tag");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tagChips(robot).equals(List.of("Old tag")));

        app.dialogs.importFiles = List.of(file);
        app.dialogs.conflictPolicy = ConflictPolicy.REPLACE;
        fireMenuItem(robot, "menuImport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Imported 1 article"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tagChips(robot)).as("the tags of the article as imported").containsExactly("Wire");

        addTag(robot, "Evening");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tagChips(robot).contains("Evening"));
        assertThat(tagChips(robot)).containsExactly("Wire", "Evening");
        java.util.UUID open = app.copydesk.model().editor().currentProperty().get().id();
        assertThat(new com.copydesk.store.TagStore(app.database).tagsOf(open)).containsExactly("Wire", "Evening");
    }

    private static void addTag(FxRobot robot, String tag) throws Exception {
        robot.clickOn("#tagField").write(tag).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tagChips(robot).contains(tag));
    }

    private static List<String> tagChips(FxRobot robot) {
        return robot.lookup("#tagChips .chip .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> !text.equals("✕")).toList();
    }

    /** Fires a menu item of this window by its id, without the pop-up menus (whose nodes come and go). */
    private void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = (MenuBar) app.stage.getScene().lookup("#menuBar");
        robot.interact(() -> bar.getMenus().stream().flatMap(menu -> items(menu.getItems()))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    private static java.util.stream.Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(item), items(menu.getItems()))
                : java.util.stream.Stream.of(item));
    }

    private ListView<?> waitForSamples(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        return list;
    }
}
