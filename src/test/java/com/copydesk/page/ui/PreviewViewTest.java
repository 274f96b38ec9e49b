package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.page.TestImages;
import com.copydesk.task.ManualScheduler;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview pane in a window of its own: it never reaches the network, links do not take it
 * away from the page, it shows the page at the chosen width, and it keeps the edited paragraph
 * in view.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");

    private final SimpleObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ManualScheduler scheduler = new ManualScheduler();
    private PreviewViewModel model;
    private PreviewView view;
    private Stage stage;
    private RecordingServer server;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new PreviewViewModel(new PageRenderer(), article, scheduler);
        view = new PreviewView(model);
        stage.setScene(new Scene(view.node(), 1200, 800));
        stage.show();
    }

    @BeforeEach
    void listen() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stopListening() throws IOException {
        server.close();
    }

    @Test
    void pageWithExternalImageAndStylesheetLoadsNothingRemote(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        String rendered = new PageRenderer().render(story(3), Publication.DEFAULT);
        String page = withRemoteResources(rendered, "preview");
        robot.interact(() -> view.show(page));
        waitUntilLoaded(webView(robot));

        // The same page in a WebView without the page's content security policy does fetch:
        // once its requests have arrived, the preview's would have too.
        WebView[] plain = new WebView[1];
        robot.interact(() -> {
            plain[0] = new WebView();
            plain[0].getEngine().setJavaScriptEnabled(false);
            new Stage().setScene(new Scene(plain[0], 400, 300));
            plain[0].getEngine().loadContent(withRemoteResources(withoutPolicy(rendered), "control"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> server.requests().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(server.requests()).allMatch(request -> request.contains("/control"));
    }

    @Test
    void scriptsDoNotRunInThePreview(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        String page = new PageRenderer().render(story(1), Publication.DEFAULT)
                .replace("</main>", "</main><script>document.body.setAttribute('data-ran', 'yes');</script>");
        robot.interact(() -> view.show(page));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);
        assertThat(call(() -> webView.getEngine().isJavaScriptEnabled())).isFalse();
        assertThat(call(() -> webView.getEngine().getDocument().getDocumentElement().getElementsByTagName("body")
                .item(0).getAttributes().getNamedItem("data-ran"))).isNull();
    }

    @Test
    void clickingALinkLeavesThePageInPlace(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        String target = "http://127.0.0.1:" + server.port() + "/away";
        String page = new PageRenderer().render(story(1), Publication.DEFAULT).replace("<main class=\"content\">",
                "<main class=\"content\"><p><a id=\"away\" href=\"" + target + "\" style=\"font-size:40px\">Go away</a></p>");
        robot.interact(() -> view.show(page));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);

        robot.clickOn(pointOnLink(robot, webView));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(pointOnLink(robot, webView));
        WaitForAsyncUtils.waitForFxEvents();

        // Give a navigation every chance to start, then check nothing arrived and the page stayed.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> call(() -> webView.getEngine().getLoadWorker().getState()) != Worker.State.RUNNING);
        assertThat(server.requests()).isEmpty();
        assertThat(call(() -> webView.getEngine().getDocument().getElementById("away"))).isNotNull();
        assertThat(call(() -> webView.getEngine().getLocation())).doesNotContain("127.0.0.1");
    }

    @Test
    void widthSwitchShowsThePageAtDesktopTabletAndPhoneWidths(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        robot.interact(() -> article.set(story(5)));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);
        assertThat(model.widthProperty().get()).isEqualTo(PreviewWidth.FIT);
        assertThat(call(webView::getWidth)).as("fills the pane").isGreaterThan(1150.0);

        robot.clickOn("#previewWidthPhone");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(webView::getWidth) == 375.0);
        assertThat(model.widthProperty().get()).isEqualTo(PreviewWidth.PHONE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> number(webView, "window.innerWidth") <= 375);

        robot.clickOn("#previewWidthTablet");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(webView::getWidth) == 768.0);

        robot.clickOn("#previewWidthTablet");
        assertThat(model.widthProperty().get()).as("clicking the chosen width keeps it").isEqualTo(PreviewWidth.TABLET);

        robot.clickOn("#previewWidthDesktop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(webView::getWidth) == 1100.0);

        robot.clickOn("#previewWidthFit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(webView::getWidth) > 1150.0);
    }

    @Test
    void editedParagraphOffScreenIsScrolledIntoViewAndScrollIsKeptOtherwise(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        Article long60 = story(60);
        robot.interact(() -> article.set(long60));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);
        assertThat(number(webView, "window.pageYOffset")).isZero();

        // Typing in paragraph 0 while it is on screen: the page stays where it is.
        robot.interact(() -> {
            model.editedBlockProperty().set(0);
            article.set(edited(long60, 0));
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number(webView, "window.pageYOffset")).isZero();
        assertThat(text(webView, "document.querySelector('[data-block=\"0\"]').textContent")).contains("edited");

        // Typing in paragraph 50, far below: the page scrolls to it.
        robot.interact(() -> {
            model.editedBlockProperty().set(50);
            article.set(edited(long60, 50));
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> number(webView, "window.pageYOffset") > 1000);
        String visible = "(function(){var r=document.querySelector('[data-block=\"50\"]').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;})()";
        assertThat(call(() -> webView.getEngine().executeScript(visible))).isEqualTo(Boolean.TRUE);

        // Scrolled there, typing more keeps the reader's place.
        double before = number(webView, "window.pageYOffset");
        robot.interact(() -> {
            article.set(edited(edited(long60, 50), 50));
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number(webView, "window.pageYOffset")).isEqualTo(before);
    }

    @Test
    void pageUpdatedInPlaceIsTheSameDocumentAsTheRenderedPageLoadedWhole(FxRobot robot) throws Exception {
        robot.interact(view::createWebView);
        Article first = story(4);
        robot.interact(() -> article.set(first));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);
        Article changed = new Article(first.id(), "Bridge reopens & \"traffic\" <returns>", "New dek ✓ 🎉", first.byline(),
                first.dateline(), first.publishDate(), first.categories(), first.status(), edited(first, 2).body(),
                first.created(), first.modified());
        robot.interact(() -> {
            article.set(changed);
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitForFxEvents();

        WebView[] whole = new WebView[1];
        robot.interact(() -> {
            whole[0] = new WebView();
            whole[0].getEngine().setJavaScriptEnabled(false);
            new Stage().setScene(new Scene(whole[0], 400, 300));
            whole[0].getEngine().loadContent(new PageRenderer().render(changed, Publication.DEFAULT));
        });
        waitUntilLoaded(whole[0]);
        String document = "document.title + '|' + document.querySelector('meta[name=description]').getAttribute('content')"
                + " + '|' + document.body.innerHTML.trim()"; // on a whole load, whitespace after </body> joins the body
        assertThat(text(webView, document)).isEqualTo(text(whole[0], document)).contains("edited", "New dek ✓ 🎉");
    }

    @Test
    void typingUnderAMastheadWithALogoLeavesTheMastheadInPlaceAndGivesTheSamePage(FxRobot robot) throws Exception {
        Publication withLogo = Publication.DEFAULT.withLogo(TestImages.pngLogo(240, 60));
        robot.interact(() -> model.publicationProperty().set(withLogo));
        robot.interact(view::createWebView);
        Article first = story(6);
        robot.interact(() -> article.set(first));
        WebView webView = webView(robot);
        waitUntilLoaded(webView);
        assertThat(text(webView, "document.querySelector('header.masthead img.logo').getAttribute('alt')"))
                .isEqualTo(Publication.DEFAULT.name());
        robot.interact(() -> webView.getEngine().executeScript("document.querySelector('img.logo').keptNode = 'yes'"));

        Article changed = new Article(first.id(), "Bridge reopens late", first.dek(), first.byline(), first.dateline(),
                first.publishDate(), first.categories(), first.status(), edited(first, 3).body(), first.created(), first.modified());
        robot.interact(() -> {
            article.set(changed);
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(webView, "document.querySelector('img.logo').keptNode")).as("masthead not replaced").isEqualTo("yes");
        WebView[] whole = new WebView[1];
        robot.interact(() -> {
            whole[0] = new WebView();
            whole[0].getEngine().setJavaScriptEnabled(false);
            new Stage().setScene(new Scene(whole[0], 400, 300));
            whole[0].getEngine().loadContent(new PageRenderer().render(changed, withLogo));
        });
        waitUntilLoaded(whole[0]);
        String document = "document.title + '|' + document.body.innerHTML.trim()";
        assertThat(text(webView, document)).isEqualTo(text(whole[0], document)).contains("edited", "Bridge reopens late");

        robot.interact(() -> model.publicationProperty().set(withLogo.withLogo(null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0".equals(text(webView, "'' + document.images.length")));
    }

    @Test
    void createdAfterTheWarmUpThePreviewShowsTheArticleAndFollowsItsEdits(FxRobot robot) throws Exception {
        Article shown = story(3);
        robot.interact(() -> article.set(shown));
        CompletableFuture<CompletableFuture<Void>> creation = new CompletableFuture<>();
        boolean[] placeholderOnReturn = new boolean[1];
        robot.interact(() -> {
            creation.complete(view.createWebViewAfterWarmUp());
            placeholderOnReturn[0] = stage.getScene().lookup("#previewPlaceholder") != null
                    && stage.getScene().lookup("#preview") == null;
        });
        assertThat(placeholderOnReturn[0]).as("the WebView is made in later FX-thread tasks, not in the call").isTrue();

        creation.get().get(30, TimeUnit.SECONDS);
        assertThat(robot.lookup("#previewPlaceholder").tryQuery()).isEmpty();
        assertThat(robot.lookup("#preview").queryAll()).hasSize(1);
        WebView webView = webView(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(webView, "document.body.textContent").contains("Paragraph 2."));
        assertThat(text(webView, "document.title")).contains("Bridge reopens");

        robot.interact(() -> {
            article.set(edited(shown, 1));
            scheduler.advance(PreviewViewModel.DEBOUNCE);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(webView, "document.body.textContent").contains(" edited"));
    }

    @Test
    void creatingThePreviewAtOnceWhileTheWarmUpRunsMakesOneWebView(FxRobot robot) throws Exception {
        robot.interact(() -> article.set(story(2)));
        CompletableFuture<CompletableFuture<Void>> creation = new CompletableFuture<>();
        robot.interact(() -> {
            creation.complete(view.createWebViewAfterWarmUp());
            view.createWebView();
        });
        creation.get().get(30, TimeUnit.SECONDS);
        assertThat(robot.lookup("#preview").queryAll()).hasSize(1);
        WebView webView = webView(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(webView, "document.body.textContent").contains("Paragraph 1."));
    }

    @Test
    void whenWebKitCannotStartThePaneSaysWhyAndPrintingPointsToTheHtmlExport(FxRobot robot) throws Exception {
        PreviewView failing = new PreviewView(model, () -> {
            throw new UnsatisfiedLinkError("no jfxwebkit in java.library.path: /usr/java/packages/lib:/usr/lib");
        });
        robot.interact(() -> {
            Stage other = new Stage();
            other.setScene(new Scene(failing.node(), 600, 400));
            other.show();
        });
        CompletableFuture<CompletableFuture<Void>> creation = new CompletableFuture<>();
        robot.interact(() -> creation.complete(failing.createWebViewAfterWarmUp()));

        CompletableFuture<Void> created = creation.get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, created::isDone);
        assertThat(created).isCompletedExceptionally();
        String shown = robot.from(failing.node()).lookup("#previewPlaceholder").queryLabeled().getText();
        assertThat(shown).startsWith("The preview could not start")
                .contains("(no jfxwebkit in java.library.path)").doesNotContain("/usr/lib");
        robot.interact(() -> failing.print(stage));
        assertThat(model.messageProperty().get()).isEqualTo(PreviewView.CANNOT_PRINT);
        robot.interact(failing::createWebView);
        assertThat(robot.from(failing.node()).lookup("#preview").tryQuery()).isEmpty();
    }

    @Test
    void aWebKitFailureSeenFirstByItsWarmUpIsNamedByItsFirstCause() {
        Error first = new UnsatisfiedLinkError("no jfxwebkit in java.library.path: /a:/b");
        ExceptionInInitializerError recorded = new ExceptionInInitializerError(
                "Exception java.lang.UnsatisfiedLinkError: no jfxwebkit in java.library.path: /a:/b [in thread \"warm-up\"]");
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class com.sun.webkit.WebPage");
        later.initCause(recorded);

        assertThat(PreviewView.reason(first)).isEqualTo("no jfxwebkit in java.library.path");
        assertThat(PreviewView.reason(later)).isEqualTo("no jfxwebkit in java.library.path");
    }

    @Test
    void printingWithoutAPrinterSaysSoInsteadOfFailing(FxRobot robot) {
        robot.interact(() -> view.print(stage));
        assertThat(model.messageProperty().get()).isEqualTo(PreviewView.STILL_LOADING);
        robot.interact(view::createWebView);
        robot.interact(() -> view.print(stage));
        assertThat(model.messageProperty().get()).isEqualTo(PreviewView.NO_PRINTER);
    }

    // ---------------------------------------------------------------- helpers

    private static Article story(int paragraphs) {
        Block[] blocks = IntStream.range(0, paragraphs)
                .mapToObj(i -> Block.paragraph("Paragraph " + i + ". " + "The council met again to discuss the bridge. ".repeat(4)))
                .toArray(Block[]::new);
        return new Article(UUID.nameUUIDFromBytes(new byte[] {(byte) paragraphs}), "Bridge reopens", "Traffic returns.",
                "Jane Doe", "KYIV", LocalDate.of(2025, 7, 4), List.of("Local"), ArticleStatus.DRAFT,
                BodyDocument.of(blocks), NOW, NOW);
    }

    private static Article edited(Article article, int block) {
        List<Block> blocks = new ArrayList<>(article.body().blocks());
        blocks.set(block, Block.paragraph(blocks.get(block).text() + " edited"));
        return new Article(article.id(), article.headline(), article.dek(), article.byline(), article.dateline(),
                article.publishDate(), article.categories(), article.status(), BodyDocument.of(blocks.toArray(Block[]::new)),
                article.created(), article.modified());
    }

    private String withRemoteResources(String page, String tag) {
        String base = "http://127.0.0.1:" + server.port() + "/" + tag;
        return page.replace("</title>", "</title><link rel=\"stylesheet\" href=\"" + base + "/remote.css\">")
                .replace("<main class=\"content\">", "<main class=\"content\"><img alt=\"\" src=\"" + base + "/remote.png\">");
    }

    private static String withoutPolicy(String page) {
        return page.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    }

    private Point2D pointOnLink(FxRobot robot, WebView webView) throws Exception {
        double x = number(webView, "document.getElementById('away').getBoundingClientRect().left + 10");
        double y = number(webView, "document.getElementById('away').getBoundingClientRect().top + 10");
        Bounds screen = call(() -> webView.localToScreen(webView.getBoundsInLocal()));
        return new Point2D(screen.getMinX() + x, screen.getMinY() + y);
    }

    private WebView webView(FxRobot robot) {
        return robot.lookup("#preview").queryAs(WebView.class);
    }

    private static void waitUntilLoaded(WebView webView) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> call(() -> webView.getEngine().getLoadWorker().getState()) == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double number(WebView webView, String expression) throws Exception {
        return ((Number) call(() -> webView.getEngine().executeScript(expression))).doubleValue();
    }

    private static String text(WebView webView, String expression) throws Exception {
        return String.valueOf(call(() -> webView.getEngine().executeScript(expression)));
    }

    private static <T> T call(Callable<T> onFxThread) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFxThread).get(10, TimeUnit.SECONDS);
    }

    /** A local HTTP listener that writes down the first line of each request it receives. */
    private static final class RecordingServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<String> requests = new CopyOnWriteArrayList<>();

        RecordingServer() throws IOException {
            Thread accepter = new Thread(this::accept, "recording-server");
            accepter.setDaemon(true);
            accepter.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    StringBuilder line = new StringBuilder();
                    int c;
                    while ((c = client.getInputStream().read()) >= 0 && c != '\n') {
                        line.append((char) c);
                    }
                    requests.add(line.toString().strip());
                    client.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
