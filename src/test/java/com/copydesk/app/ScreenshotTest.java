package com.copydesk.app;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the README's picture of the main window with its sample articles, headless. Written to
 * target/screenshots; run with -Dcopydesk.screenshotDir=src/docs/images to refresh the README's copy.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    @TempDir
    Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(860);
        app = RunningCopydesk.open(stage, dir.resolve("screenshot.copydesk"), dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void mainWindowWithSampleArticles(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.previewHtml(robot).contains("<h1"));
        Thread.sleep(500); // lets the WebView paint the loaded page before the snapshot
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = app.stage.getScene().snapshot(null));
        assertThat(image[0].getWidth()).isGreaterThan(800);

        Path target = Path.of("target", "screenshots", "copydesk-window.png");
        write(image[0], target);
        String docsDir = System.getProperty("copydesk.screenshotDir");
        if (docsDir != null && !docsDir.isBlank()) {
            write(image[0], Path.of(docsDir, "copydesk-window.png"));
        }
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }

    @Test
    void mainWindowInTheDarkTheme(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.previewHtml(robot).contains("<h1"));
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) app.stage.getScene().lookup("#menuBar");
        robot.interact(() -> bar.getMenus().stream().filter(menu -> "menuView".equals(menu.getId())).findFirst()
                .orElseThrow().getItems().stream().filter(item -> item instanceof javafx.scene.control.Menu)
                .flatMap(item -> ((javafx.scene.control.Menu) item).getItems().stream())
                .filter(item -> "menuThemeDark".equals(item.getId())).findFirst().orElseThrow().fire());
        Thread.sleep(500); // lets the WebView paint the loaded page before the snapshot
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = app.stage.getScene().snapshot(null));
        Path target = Path.of("target", "screenshots", "copydesk-window-dark.png");
        write(image[0], target);
        String docsDir = System.getProperty("copydesk.screenshotDir");
        if (docsDir != null && !docsDir.isBlank()) {
            write(image[0], Path.of(docsDir, "copydesk-window-dark.png"));
        }
        assertThat(app.stage.getScene().getStylesheets()).contains(ThemeStyles.DARK_STYLESHEET);
    }

    private static void write(WritableImage image, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
