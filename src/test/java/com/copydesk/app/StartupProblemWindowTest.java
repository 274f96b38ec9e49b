package com.copydesk.app;

import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backups;
import com.copydesk.store.Database;
import com.copydesk.store.StoreException;
import com.copydesk.testdata.SampleArticles;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The dialog Copydesk shows at start when its database cannot be opened (damaged, not SQLite,
 * newer than this version), driven as a user would: read the reason, click a choice.
 */
@ExtendWith(ApplicationExtension.class)
class StartupProblemWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    Path dir;

    private final Deque<Optional<Path>> chosenFiles = new ArrayDeque<>();
    private Database opened;

    @Start
    void start(Stage stage) {
        // No window of Copydesk's own yet: the dialog comes before it.
    }

    @AfterEach
    void closeOpened() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void aDamagedFileOffersItsLatestBackupWhichOpensWithTheArticles(FxRobot robot) throws Exception {
        Path file = dir.resolve("newsroom.copydesk");
        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            for (int i = 0; i < 200; i++) {
                articles.save(SampleArticles.simple("Story " + i + " " + "words ".repeat(200), SampleArticles.T0.plusSeconds(i)));
            }
            new Backups(db).makeDailyIfNeeded(NOW);
        }
        damage(file);

        CompletableFuture<Database> result = startOn(file, robot);

        assertThat(dialog(robot).getContentText()).contains(file.toString(), "damaged");
        assertThat(buttons(robot)).containsExactly("Open the latest backup", "Open another file…", "Quit");
        clickButton(robot, "Open the latest backup");

        opened = result.get(10, TimeUnit.SECONDS);
        List<ArticleSummary> list = new ArticleStore(opened).list("", 500);
        assertThat(list).hasSize(200);
        assertThat(list.get(0).headline()).startsWith("Story 199");
    }

    @Test
    void aFileThatIsNotADatabaseLetsTheUserOpenAnotherFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("notes.copydesk");
        Files.writeString(file, "Dear diary, this is not a database.");
        Path other = dir.resolve("other.copydesk");
        try (Database db = Database.open(other)) {
            new ArticleStore(db).save(SampleArticles.simple("Harbour reopens", SampleArticles.T0));
        }
        chosenFiles.add(Optional.empty()); // the user cancels the file chooser first: the dialog comes back
        chosenFiles.add(Optional.of(other));

        CompletableFuture<Database> result = startOn(file, robot);

        assertThat(buttons(robot)).containsExactly("Open another file…", "Quit");
        clickButton(robot, "Open another file…");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chosenFiles.size() == 1 && dialogShowing(robot));
        clickButton(robot, "Open another file…");

        opened = result.get(10, TimeUnit.SECONDS);
        assertThat(opened.file()).isEqualTo(other);
        assertThat(new ArticleStore(opened).list("", 10)).extracting(ArticleSummary::headline)
                .containsExactly("Harbour reopens");
        assertThat(Files.readString(file)).startsWith("Dear diary");
    }

    @Test
    void aFileFromANewerCopydeskSaysSoAndQuitLeavesItAlone(FxRobot robot) throws Exception {
        Path file = dir.resolve("newer.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("From the future", SampleArticles.T0));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO schema_version VALUES (99, 0)");
        }
        byte[] before = Files.readAllBytes(file);

        CompletableFuture<Database> result = startOn(file, robot);

        assertThat(dialog(robot).getContentText()).contains("newer Copydesk");
        assertThat(buttons(robot)).containsExactly("Open another file…", "Quit");
        clickButton(robot, "Quit");

        assertThat(result.get(10, TimeUnit.SECONDS)).isNull();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /** Opens the file as the start does and, when that fails, runs the recovery on the FX thread as CopydeskApp does. */
    private CompletableFuture<Database> startOn(Path file, FxRobot robot) throws Exception {
        StoreException failure = assertThrows(StoreException.class, () -> Database.open(file));
        CompletableFuture<Database> result = new CompletableFuture<>();
        StartupRecovery recovery = new StartupRecovery(chosenFiles::poll, Clock.fixed(NOW, ZoneOffset.UTC));
        Platform.runLater(() -> {
            try {
                result.complete(recovery.recover(file, failure, failure.getMessage()));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogShowing(robot));
        return result;
    }

    private static boolean dialogShowing(FxRobot robot) {
        return showingDialog(robot).tryQuery().isPresent();
    }

    private static DialogPane dialog(FxRobot robot) {
        return showingDialog(robot).queryAs(DialogPane.class);
    }

    /** The dialog on screen now (not one closed earlier). */
    private static org.testfx.service.query.NodeQuery showingDialog(FxRobot robot) {
        return robot.lookup("#startupProblemDialog").match((javafx.scene.Node node) -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing());
    }

    /** Clicks the dialog's button that reads {@code text}. */
    private static void clickButton(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Button button = robot.from(dialog(robot)).lookup(".button")
                .match((Button candidate) -> candidate.getText().equals(text)).queryButton();
        robot.clickOn(button);
    }

    private static List<String> buttons(FxRobot robot) {
        DialogPane pane = dialog(robot);
        return pane.getButtonTypes().stream().map(type -> ((Button) pane.lookupButton(type)).getText()).toList();
    }

    private static void damage(Path file) throws Exception {
        com.copydesk.testdata.DamagedFiles.zeroRootPageOf(file, "articles");
    }
}
