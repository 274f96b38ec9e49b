package com.copydesk.app;

import javafx.application.Platform;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting Copydesk again on an open database brings the running window back, as CopydeskApp wires it. */
@ExtendWith(ApplicationExtension.class)
class SecondStartWindowTest {

    @TempDir
    static Path dir;

    private RunningCopydesk app;
    private RunningInstance listening;
    private Path database;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        database = testDir.resolve("newsroom.copydesk");
        app = RunningCopydesk.open(stage, database, testDir.resolve("config"));
        listening = RunningInstance.listen(database, () -> Platform.runLater(app.copydesk::bringToFront));
    }

    @AfterEach
    void close(FxRobot robot) {
        listening.close();
        app.close(robot);
    }

    @Test
    void aSecondStartBringsAMinimizedWindowBack(FxRobot robot) throws Exception {
        robot.interact(() -> app.stage.setIconified(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, app.stage::isIconified);

        assertThat(RunningInstance.askToShow(database)).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !app.stage.isIconified() && app.stage.isShowing());
    }
}
