package com.copydesk.app;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview pane: created after the first frame, and steady while the story is edited. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {

    @TempDir
    Path dir;

    private RunningCopydesk app;
    private boolean webViewBeforeFirstFrame;
    private boolean placeholderBeforeFirstFrame;
    private final java.util.concurrent.atomic.AtomicReference<Boolean> webViewWhenArticleArrived =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Start
    void start(Stage stage) {
        app = RunningCopydesk.open(stage, dir.resolve("preview.copydesk"), dir.resolve("config"));
        webViewBeforeFirstFrame = stage.getScene().lookup("#preview") != null;
        placeholderBeforeFirstFrame = stage.getScene().lookup("#previewPlaceholder") != null;
        app.copydesk.model().editor().loadedProperty().addListener((obs, old, article) ->
                webViewWhenArticleArrived.compareAndSet(null, stage.getScene().lookup("#preview") != null));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theWebViewIsCreatedOnlyAfterTheFirstFrame(FxRobot robot) throws Exception {
        assertThat(webViewBeforeFirstFrame).isFalse();
        assertThat(placeholderBeforeFirstFrame).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview").tryQuery().isPresent());
        assertThat(app.firstFrame.get()).isPositive();
        assertThat(robot.lookup("#previewPlaceholder").tryQuery()).isEmpty();
    }

    @Test
    void theNewestArticleIsInTheEditorBeforeThePreviewsWebViewIsCreated(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> webViewWhenArticleArrived.get() != null);
        assertThat(webViewWhenArticleArrived.get()).as("WebView already created when the article reached the editor").isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview").tryQuery().isPresent());
        String headline = app.copydesk.model().editor().loadedProperty().get().headline();
        app.waitForPreviewContaining(robot, headline.substring(0, Math.min(10, headline.length())));
    }

    @Test
    void editingDoesNotThrowTheReaderBackToTheTop(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        // Wait for the opened article's own page: the page shown before it opens is too short to scroll.
        TextField headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headline.getText().length() >= 10);
        String headlineStart = headline.getText().substring(0, 10);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.previewHtml(robot).contains(headlineStart));
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        // The page may still be laying out after it first appears; scroll until the position holds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> preview.getEngine().executeScript("window.scrollTo(0, 700)"));
            return scrollY(robot, preview) > 600;
        });

        TextField byline = robot.lookup("#byline").queryAs(TextField.class);
        robot.interact(() -> {
            byline.requestFocus();
            byline.end();
        });
        robot.write(" Jr.");
        app.waitForPreviewContaining(robot, "Jr.");

        assertThat(scrollY(robot, preview)).isGreaterThan(600);
    }

    private static int scrollY(FxRobot robot, WebView view) {
        int[] y = new int[1];
        robot.interact(() -> y[0] = ((Number) view.getEngine().executeScript("window.scrollY")).intValue());
        return y[0];
    }
}
