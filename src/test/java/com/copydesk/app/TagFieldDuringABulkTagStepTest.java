package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.UserProfile;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.TagStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor tags the selected stories (Workflow → Selected articles → Add tag…) and, before that
 * is done, adds another tag to the open one in its Tags field: the story keeps both.
 */
@ExtendWith(ApplicationExtension.class)
class TagFieldDuringABulkTagStepTest {

    @TempDir
    Path dir;

    private Path databaseFile;
    private UUID open;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        databaseFile = dir.resolve("desk.copydesk");
        try (Database database = Database.open(databaseFile)) {
            ArticleStore articles = new ArticleStore(database);
            Instant now = Instant.now();
            Article older = story("Ferry timetable", now.minusSeconds(60));
            Article newest = story("Harbor strike", now);
            articles.save(older);
            articles.save(newest);
            new TagStore(database).setTags(newest.id(), List.of("Harbor"));
            open = newest.id();
        }
        new UserProfileStore(dir.resolve("config")).save(new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR));
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aTagTypedWhileTheSelectionIsTaggedKeepsTheSelectionsTagToo(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        robot.clickOn("#articleList .article-row");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItems().size() == 2);
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Harbor strike")
                && chips(robot).equals(List.of("Harbor")));
        app.dialogs.tagAnswer = "Ferries";

        synchronized (app.database) { // the tagging waits for the database: it is under way meanwhile
            robot.clickOn("Workflow").clickOn("Selected articles").clickOn("#menuBulkAddTag");
            robot.clickOn("#tagField").write("Night buses").type(KeyCode.ENTER);
        }

        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().equals("Tagged 2 articles “Ferries”."));
        List<String> both = List.of("Harbor", "Ferries", "Night buses");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chips(robot).equals(both));
        } catch (TimeoutException notShown) {
            // told by the assertion below, with what the chips show
        }
        assertThat(chips(robot)).containsExactlyElementsOf(both);
        assertThat(new TagStore(app.database).tagsOf(open)).containsExactlyElementsOf(both);
    }

    private static List<String> chips(FxRobot robot) {
        return robot.lookup("#tagChips .chip .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Article story(String headline, Instant modified) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of("Local"), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(headline + ".")), modified, modified);
    }
}
