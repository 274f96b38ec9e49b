package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.article.SampleArticles;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.page.TestImages;
import com.copydesk.task.ManualScheduler;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows a sample story in the preview at each width of the switch and saves the page as a PNG in
 * {@code target/screenshots}, and also in the folder named by {@code -Dcopydesk.screenshotDir}
 * (the README's pictures live in {@code src/docs/images}).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewScreenshotTest {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");
    private static final int MAX_HEIGHT = 4600;

    private final SimpleObjectProperty<Article> article = new SimpleObjectProperty<>();
    private PreviewViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new PreviewViewModel(new PageRenderer(), article, new ManualScheduler());
        model.publicationProperty().set(Publication.DEFAULT.withSections(
                List.of("World", "Local", "Politics", "Business", "Science", "Culture", "Opinion")));
        PreviewView view = new PreviewView(model);
        int height = (int) Math.min(MAX_HEIGHT, Screen.getPrimary().getBounds().getHeight() - 40);
        stage.setScene(new Scene(view.node(), 1120, height));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        view.createWebView();
    }

    @Test
    void previewAtDesktopTabletAndPhoneWidths(FxRobot robot) throws Exception {
        robot.interact(() -> article.set(SampleArticles.create(NOW).get(0)));
        WebView webView = robot.lookup("#preview").queryAs(WebView.class);
        for (PreviewWidth width : List.of(PreviewWidth.DESKTOP, PreviewWidth.TABLET, PreviewWidth.PHONE)) {
            robot.clickOn("#" + width.controlId());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> call(webView::getWidth) == width.pixels()
                    && call(() -> webView.getEngine().getLoadWorker().getState()) == Worker.State.SUCCEEDED);
            Path png = snapshot(webView, "preview-" + width.name().toLowerCase(Locale.ROOT));
            BufferedImage picture = ImageIO.read(png.toFile());
            assertThat(picture.getWidth()).isEqualTo(width.pixels());
            assertThat(Files.size(png)).as("a real picture").isGreaterThan(20_000);
            assertThat(number(webView, "document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at %s px", width.pixels()).isLessThanOrEqualTo(width.pixels());
        }
    }

    @Test
    void previewWithALogoInTheMasthead(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.publicationProperty().set(model.publicationProperty().get().withLogo(TestImages.emblem(144)));
            article.set(SampleArticles.create(NOW).get(1));
        });
        WebView webView = robot.lookup("#preview").queryAs(WebView.class);
        for (PreviewWidth width : List.of(PreviewWidth.DESKTOP, PreviewWidth.PHONE)) {
            robot.clickOn("#" + width.controlId());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> call(webView::getWidth) == width.pixels()
                    && call(() -> webView.getEngine().getLoadWorker().getState()) == Worker.State.SUCCEEDED);
            snapshot(webView, "preview-logo-" + width.name().toLowerCase(Locale.ROOT));
            double logoHeight = number(webView, "document.querySelector('header.masthead img.logo').getBoundingClientRect().height");
            assertThat(logoHeight).as("the logo is drawn, no taller than the masthead allows").isBetween(30.0, 72.0);
        }
    }

    /** Waits until the page's height settles, then saves the part of the WebView the page covers. */
    private Path snapshot(WebView webView, String name) throws Exception {
        double height = -1;
        for (int tries = 0; tries < 20; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50); // WebKit paints on its own pulse; nothing to wait on but time
            double now = number(webView, "document.body.offsetHeight");
            if (now == height) {
                break;
            }
            height = now;
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = call(() -> webView.snapshot(null, null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        int keep = (int) Math.min(picture.getHeight(), height);
        BufferedImage page = picture.getSubimage(0, 0, picture.getWidth(), keep);
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        ImageIO.write(page, "png", target.toFile());
        String docs = System.getProperty("copydesk.screenshotDir");
        if (docs != null && !docs.isBlank()) {
            ImageIO.write(page, "png", Files.createDirectories(Path.of(docs)).resolve(name + ".png").toFile());
        }
        return target;
    }

    private static double number(WebView webView, String expression) throws Exception {
        return ((Number) call(() -> webView.getEngine().executeScript(expression))).doubleValue();
    }

    private static <T> T call(Callable<T> onFxThread) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFxThread).get(10, TimeUnit.SECONDS);
    }
}
