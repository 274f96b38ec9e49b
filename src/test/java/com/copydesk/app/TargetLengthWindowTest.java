package com.copydesk.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A reporter sets a target length, watches the meter, fixes the headline with find & replace; all of it is saved. */
@ExtendWith(ApplicationExtension.class)
class TargetLengthWindowTest {

    @TempDir
    static Path dir;

    private Path databaseFile;
    private Path configDir;
    private RunningCopydesk app;
    private final List<RunningCopydesk> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        databaseFile = testDir.resolve("newsroom.copydesk");
        configDir = testDir.resolve("config");
        app = RunningCopydesk.open(stage, databaseFile, configDir);
        opened.add(app);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        opened.forEach(running -> running.close(robot));
    }

    @Test
    void targetLengthMeterAndFindInTheHeadlineAreSavedLikeAnyEdit(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.clickOn("#newArticle");
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> headline.isFocused() && !headline.isDisabled() && headline.getText().isEmpty());
        robot.write("Ferry fares rise on the ferry to Ostby");

        TextField target = robot.lookup("#targetLength").queryAs(TextField.class);
        Label problem = robot.lookup("#targetLengthProblem").queryAs(Label.class);
        app.body(robot);
        Label meter = robot.lookup("#bodyTarget").queryAs(Label.class);
        assertThat(meter.isVisible()).isFalse();
        robot.interact(target::requestFocus);
        robot.write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Target length: “abc” is not a number of words.");
        robot.interact(target::clear);
        robot.write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(meter.getText()).isEqualTo("0 / 5 words · 5 under");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.getTextFill().equals(Color.web("#7a5a00"))); // amber

        Node body = app.body(robot);
        robot.interact(body::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
        robot.write("Fares go up in May.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.getText().equals("5 / 5 words · on target"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.getTextFill().equals(Color.web("#1d6b38"))); // green
        robot.write(" Riders object.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.getText().equals("7 / 5 words · 2 over"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.getTextFill().equals(Color.web("#9b1c1c"))); // red

        robot.interact(headline::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        robot.interact(find::requestFocus);
        robot.write("ferry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#matchCount").queryAs(Label.class).getText()).isEqualTo("2 matches");
        robot.interact(() -> robot.lookup("#replaceField").queryAs(TextField.class).requestFocus());
        robot.write("boat");
        robot.interact(() -> robot.lookup("#replaceAll").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headline.getText()).isEqualTo("boat fares rise on the boat to Ostby");

        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Saved"));
        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        ListView<?> again = (ListView<?>) reopened.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().toString().contains("boat fares rise"));
        robot.interact(() -> again.getSelectionModel().select(0));
        TextField reopenedHeadline = reopened.headline();
        TextField reopenedTarget = (TextField) reopened.stage.getScene().lookup("#targetLength");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopenedHeadline.getText().startsWith("boat fares"));
        assertThat(reopenedTarget.getText()).isEqualTo("5");
        reopened.body(robot);
        Label reopenedMeter = (Label) reopened.stage.getScene().lookup("#bodyTarget");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reopenedMeter.getText().equals("7 / 5 words · 2 over"));
    }
}
