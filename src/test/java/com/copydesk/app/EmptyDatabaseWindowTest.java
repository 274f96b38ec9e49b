package com.copydesk.app;

import com.copydesk.store.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A database without articles: the editor pane says how to start one instead of showing empty, disabled fields. */
@ExtendWith(ApplicationExtension.class)
class EmptyDatabaseWindowTest {

    @TempDir
    Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("empty.copydesk");
        Database.open(file).close(); // made and closed here, so Copydesk opens it as an existing file: no samples
        app = RunningCopydesk.open(stage, file, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theEditorPaneSaysHowToStartAndNewOpensTheFormWithTheCaretInTheHeadline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.firstFrame.get() > 0);
        assertThat(robot.lookup("#articleList").queryAs(ListView.class).getItems()).isEmpty();
        Label hint = robot.lookup("#noArticleOpen").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, hint::isVisible);
        assertThat(hint.getText()).startsWith("No article open.").contains("Ctrl+N");
        assertThat(robot.lookup("#headline").tryQuery()).isEmpty();

        robot.clickOn("#newArticle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#headline").tryQuery()
                .map(headline -> headline.isFocused() && !headline.isDisabled()).orElse(false));
        robot.write("First story");
        assertThat(app.headline().getText()).isEqualTo("First story");
        assertThat(robot.lookup("#noArticleOpen").tryQuery()).isEmpty();
    }
}
