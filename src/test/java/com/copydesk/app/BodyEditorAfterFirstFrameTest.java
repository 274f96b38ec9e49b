package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.body.Block;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's fields join the window with the first open article, and the RichTextFX body editor
 * is built, after the first frame (issue #8); nothing typed or opened is lost to that.
 */
@ExtendWith(ApplicationExtension.class)
class BodyEditorAfterFirstFrameTest {

    @TempDir
    Path dir;

    private Path databaseFile;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        databaseFile = dir.resolve("late-body.copydesk");
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theFirstFrameShowsTheWindowWithoutTheEditorsFieldsAndTheNewestArticleLandsInThemOnceBuilt(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.firstFrame.get() > 0);
        assertThat(app.editorPaneAtFirstFrame).as("the editor pane was laid out in the first frame").isTrue();
        assertThat(app.headlineAtFirstFrame).as("empty, disabled fields in the first frame").isFalse();
        assertThat(app.bodyEditorAtFirstFrame).as("body editor built before the first frame").isFalse();
        assertThat(app.emptyHintAtFirstFrame).as("'no article open' while the newest is on its way").isFalse();

        // The newest article is asked for right after the first frame, before the body editor is built.
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        MainViewModel model = app.copydesk.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.editor().loadedProperty().get() != null);
        Article newest = model.editor().loadedProperty().get();
        assertThat(newest.id()).isEqualTo(model.list().items().get(0).id());
        String expected = newest.body().blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(robot, body)));
        assertThat(expected).isNotBlank();
    }

    @Test
    void typingInTheBodyAsSoonAsItIsThereIsSaved(FxRobot robot) throws Exception {
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !headline.getText().isEmpty() && !body.isDisabled());
        UUID id = app.copydesk.model().editor().loadedProperty().get().id();
        robot.interact(() -> {
            body.requestFocus();
            body.moveTo(0);
        });
        robot.write("Breaking: ");
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, body).startsWith("Breaking: ")
                && status.getText().equals("Saved"));
        app.close(robot);

        try (Database database = Database.open(databaseFile)) {
            Article saved = new ArticleStore(database).find(id).orElseThrow();
            assertThat(saved.body().blocks().get(0).text()).startsWith("Breaking: ");
        }
    }

    private static String text(FxRobot robot, GenericStyledArea<?, ?, ?> area) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = area.getText());
        return text[0];
    }
}
