package com.copydesk.page;

import com.copydesk.article.Article;
import com.copydesk.article.SampleArticles;
import com.copydesk.body.BodyDocument;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the rendered page of each sample article into a WebView (JavaScript off, as in the
 * preview) at a desktop and a phone width, checks the DOM WebKit built from it, and writes a
 * full-page screenshot of each to {@code target/screenshots/page-*.png} for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PageScreenshotTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; a window taller than the
        // screen cannot be painted. Only takes effect if no JavaFX test started the toolkit yet.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1280x6000-32");
        }
    }

    private static final Path OUT = Path.of("target", "screenshots");
    private static final int[] WIDTHS = {1100, 375};
    private static final int MAX_HEIGHT = 6000;
    private static final int MIN_PICTURE_HEIGHT = 700;
    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");

    private Stage stage;
    private WebView webView;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        webView = new WebView();
        webView.getEngine().setJavaScriptEnabled(false);
        webView.setContextMenuEnabled(false);
        webView.setPrefSize(WIDTHS[0], 800);
        stage.setScene(new Scene(webView));
        stage.show();
    }

    @Test
    void samplePagesRenderInWebViewAtDesktopAndPhoneWidths(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        PageRenderer renderer = new PageRenderer();
        List<Article> samples = SampleArticles.create(NOW);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Article article = samples.get(i);
            String html = renderer.render(article, Publication.DEFAULT);
            for (int width : WIDTHS) {
                load(robot, html, width);

                // The DOM may only be read on the FX thread.
                List<String> facts = call(() -> {
                    Document dom = webView.getEngine().getDocument();
                    NodeList h1 = dom.getElementsByTagName("h1");
                    Element body = dom.getElementById("story-body");
                    return List.of(
                            String.valueOf(h1.getLength()),
                            h1.getLength() == 0 ? "" : h1.item(0).getTextContent(),
                            body == null ? "<no story-body>" : body.getTextContent().strip(),
                            String.valueOf(dom.getElementsByTagName("script").getLength()));
                });
                assertEquals("1", facts.get(0), "one h1");
                assertEquals(article.headline(), facts.get(1));
                assertTrue(facts.get(2).startsWith(article.dateline() + " —"), "dateline runs in: " + facts.get(2));
                assertEquals("0", facts.get(3), "no scripts");

                int scrollWidth = intScript("document.documentElement.scrollWidth");
                assertTrue(scrollWidth <= width, "no sideways scrolling at " + width + "px: " + scrollWidth);

                written.add(snapshot(width, "page-" + (i + 1) + "-" + slug(article.headline()) + "-" + width));
            }
        }
        for (Path png : written) {
            assertTrue(Files.size(png) > 10_000, "a real picture: " + png);
        }
    }

    @Test
    void placeholderAndMidWidthRender(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        PageRenderer renderer = new PageRenderer();
        Article sample = SampleArticles.create(NOW).get(1);
        Article untitled = new Article(sample.id(), "", "", "", "", null, List.of(), sample.status(),
                BodyDocument.empty(), sample.created(), sample.modified());
        load(robot, renderer.render(untitled, Publication.DEFAULT), 768);
        List<String> h1 = call(() -> {
            Element heading = (Element) webView.getEngine().getDocument().getElementsByTagName("h1").item(0);
            return List.of(heading.getTextContent(), heading.getAttribute("class"));
        });
        assertEquals("Untitled", h1.get(0));
        assertTrue(h1.get(1).contains("placeholder"), h1.get(1));
        snapshot(768, "page-0-untitled-768");

        // Without a dateline the story opens with a drop cap instead.
        Article noDateline = new Article(sample.id(), sample.headline(), sample.dek(), sample.byline(), "",
                sample.publishDate(), sample.categories(), sample.status(), sample.body(), sample.created(),
                sample.modified());
        load(robot, renderer.render(noDateline, Publication.DEFAULT), 768);
        assertTrue(intScript("document.documentElement.scrollWidth") <= 768);
        snapshot(768, "page-2-" + slug(sample.headline()) + "-768");
    }

    @Test
    void longUnbrokenTextWrapsInsteadOfWideningThePhonePage(FxRobot robot) throws Exception {
        Article sample = SampleArticles.create(NOW).get(0);
        String word = "Überlänge".repeat(1_200);
        Article huge = new Article(sample.id(), word.substring(0, 10_000 - 11) + " 🎉 שלום", word.substring(0, 500),
                word.substring(0, 200), word.substring(0, 100), sample.publishDate(), List.of(word.substring(0, 300)),
                sample.status(), sample.body(), sample.created(), sample.modified());
        load(robot, new PageRenderer().render(huge, Publication.DEFAULT), 375);
        String loaded = call(() ->
                webView.getEngine().getDocument().getElementsByTagName("h1").item(0).getTextContent());
        assertTrue(huge.headline().equals(loaded), "headline, emoji and Hebrew arrive intact in WebView");
        int scrollWidth = intScript("document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 375, "long words wrap: page is " + scrollWidth + "px wide");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Loads a page into a window {@code width} wide and as tall as the screen allows, so that a
     * whole story fits without resizing the window afterwards (Monocle's painter races with
     * late resizes).
     */
    private void load(FxRobot robot, String html, int width) throws Exception {
        int height = call(() -> (int) Math.min(MAX_HEIGHT, Screen.getPrimary().getBounds().getHeight()));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            webView.setPrefSize(width, height);
            stage.setWidth(width);
            stage.setHeight(height);
            webView.getEngine().loadContent(html, "text/html");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> call(() -> webView.getEngine().getLoadWorker().getState()) == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets WebKit lay out and paint, snapshots the scene and saves the part the page covers. */
    private Path snapshot(int width, String name) throws Exception {
        int contentHeight = -1;
        for (int tries = 0; tries < 20; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
            int now = intScript("document.body.offsetHeight");
            if (now == contentHeight) {
                break;
            }
            contentHeight = now;
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = call(() -> stage.getScene().snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        assertEquals(width, picture.getWidth(), "snapshot width");
        int keep = Math.min(picture.getHeight(), Math.max(MIN_PICTURE_HEIGHT, contentHeight));
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(picture.getSubimage(0, 0, width, keep), "png", file.toFile());
        return file;
    }

    private int intScript(String expression) throws Exception {
        Object value = call(() -> webView.getEngine().executeScript(expression));
        return ((Number) value).intValue();
    }

    private static <T> T call(Callable<T> onFxThread) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFxThread).get(10, TimeUnit.SECONDS);
    }

    private static String slug(String headline) {
        String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= 32 ? slug : slug.substring(0, 32).replaceAll("-[^-]*$", "");
    }
}
