package com.copydesk.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
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

/** The preview pane in the running app: publication settings, width switch, print. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest {

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
    void publicationSettingsChangeThePreviewAndStayInTheFile(FxRobot robot) throws Exception {
        waitForSampleInPreview(robot);

        robot.clickOn("Edit").clickOn("Publication settings…");
        replaceText(robot, "#publicationName", "The Harbour Ledger");
        replaceText(robot, "#publicationAccent", "yellow");
        replaceText(robot, "#publicationSections", "World, Local, Business");
        robot.clickOn("#publicationSave");
        assertThat(robot.lookup("#publicationProblem").queryAs(Label.class).getText()).startsWith("Accent color:");

        replaceText(robot, "#publicationAccent", "#0a3d62");
        robot.clickOn("#publicationSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publicationSave").tryQuery().isEmpty());
        app.waitForPreviewContaining(robot, "The Harbour Ledger", "<nav class=\"sections\"", "Business");

        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        reopened.waitForPreviewContaining(robot, "The Harbour Ledger", "Business");
    }

    @Test
    void aLogoChosenInPublicationSettingsIsOnThePageAfterARestartUntilRemoved(FxRobot robot) throws Exception {
        waitForSampleInPreview(robot);
        Path notAnImage = Files.writeString(dir.resolve("logo.png"), "GIF89a? no, just text");
        Path logo = Files.write(dir.resolve("chronicle.png"), com.copydesk.page.TestImages.png(240, 60));

        robot.clickOn("Edit").clickOn("Publication settings…");
        app.dialogs.logoFile = notAnImage;
        robot.clickOn("#publicationLogoChoose");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publicationProblem").queryAs(Label.class)
                .getText().equals("Logo: logo.png is not a PNG or JPEG image."));
        assertThat(robot.lookup("#publicationLogoRemove").queryButton().isDisabled()).isTrue();

        app.dialogs.logoFile = logo;
        robot.clickOn("#publicationLogoChoose");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publicationLogoDescription")
                .queryAs(Label.class).getText().startsWith("PNG, 240 × 60 px"));
        robot.clickOn("#publicationSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publicationSave").tryQuery().isEmpty());
        app.waitForPreviewContaining(robot, "<img class=\"logo\" src=\"data:image/png;base64,", "alt=\"The Copydesk Chronicle\"");

        app.close(robot);
        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        reopened.waitForPreviewContaining(robot, "<img class=\"logo\" src=\"data:image/png;base64,");

        robot.clickOn("Edit").clickOn("Publication settings…");
        robot.clickOn("#publicationLogoRemove");
        robot.clickOn("#publicationSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publicationSave").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !reopened.previewHtml(robot).contains("<img"));
    }

    @Test
    void widthSwitchResizesThePreviewPage(FxRobot robot) throws Exception {
        waitForSampleInPreview(robot);
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);

        robot.clickOn("#previewWidthPhone");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preview.getWidth() == 375);
        robot.clickOn("#previewWidthTablet");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preview.getWidth() == 768);
        robot.clickOn("#previewWidthDesktop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preview.getWidth() == 1100);
    }

    @Test
    void printWithoutAPrinterTellsTheUser(FxRobot robot) throws Exception {
        waitForSampleInPreview(robot);
        robot.press(KeyCode.SHORTCUT, KeyCode.P).release(KeyCode.P, KeyCode.SHORTCUT);
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("No printer is set up"));
    }

    private void waitForSampleInPreview(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.copydesk.model().editor().currentProperty().get() != null);
        app.waitForPreviewContaining(robot, "id=\"story-body\"");
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        assertThat(field.getText()).isEqualTo(text);
    }
}
