package com.copydesk.bench.page;

import com.copydesk.article.Article;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Fx;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Run;
import com.copydesk.page.Logo;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.page.ui.PreviewView;
import com.copydesk.page.ui.PreviewViewModel;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.task.FxBackgroundExecutor;
import com.copydesk.task.FxScheduler;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Keystroke to preview for a 5,000-word article: from an edit of the body reaching the editor's
 * view model to the first pulse (layout of the window) after the preview's WebView holds the
 * edited paragraph. The whole chain runs as in the app: editor view model, the preview's debounce
 * (90 ms), page render, the in-place update of the WebView and its scroll anchoring, on the FX
 * thread of a shown window (headless Monocle). Baseline: the same finished page loaded into a
 * plain WebView with {@code loadContent}, timed to the same pulse, in the same run.
 */
public final class KeystrokePreviewBenchmark implements Benchmark {

    private static final int WORDS = 5_000;
    private static final int WARMUPS = 8;
    private static final int RUNS = 30;
    /** Pause between edits, as between bursts of typing; long enough for the debounce to fire. */
    private static final long PAUSE_MS = 250;

    @Override
    public String name() {
        return "preview";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        Fx.start();
        Article article = DatasetGenerator.standard().next(WORDS);
        Logo logo = noiseLogo();
        PageRenderer renderer = new PageRenderer();
        int paragraph = middleParagraph(article.body());
        List<Result> results = new ArrayList<>();
        try (Database db = Database.open(context.scratch("preview").resolve("bench.copydesk"));
             FxBackgroundExecutor executor = new FxBackgroundExecutor()) {
            ArticleStore store = new ArticleStore(db);
            store.save(article);
            for (Publication publication : List.of(Publication.DEFAULT, Publication.DEFAULT.withLogo(logo))) {
                IntFunction<BodyDocument> edit = i -> typed(article.body(), paragraph, " zq" + i);
                Preview preview = Fx.call(() -> new Preview(store, executor, article, publication, paragraph));
                preview.waitUntilLoaded();
                double ours = Samples.median(preview.measure(edit));
                preview.close();

                PlainWebView plain = Fx.call(PlainWebView::new);
                double baseline = Samples.median(plain.measure(i -> renderer.render(withBody(article, edit.apply(i)), publication)));
                plain.close();

                String html = renderer.render(article, publication);
                boolean withLogo = publication.logo() != null;
                results.add(new Result("Keystroke to preview, 5,000-word article"
                        + (withLogo ? " and a " + logo.size() / 1024 + " KiB logo" : "")
                        + " (" + html.length() / 1024 + " KiB page; 90 ms debounce included)", "ms",
                        ours, baseline, "loadContent of the same page into a WebView", Target.atMost(150),
                        "edit in the editor view model → WebView holds it → next pulse; median of " + RUNS
                                + " after " + WARMUPS + " warm-ups, headless Monocle"));
            }
        }
        return results;
    }

    /** The preview as the app builds it, following a real editor view model, in a shown window. */
    private static final class Preview {

        private final ArticleEditorViewModel editor;
        private final Stage stage;
        private final WebEngine engine;
        private final int paragraph;
        private CompletableFuture<Long> shown;
        private String marker;
        private boolean awaitingPulse;

        Preview(ArticleStore store, FxBackgroundExecutor executor, Article article, Publication publication, int paragraph) {
            this.paragraph = paragraph;
            FxScheduler scheduler = new FxScheduler();
            editor = new ArticleEditorViewModel(store, executor, scheduler, Clock.systemUTC(), saved -> { });
            PreviewViewModel model = new PreviewViewModel(new PageRenderer(), editor.currentProperty(), scheduler);
            model.publicationProperty().set(publication);
            PreviewView view = new PreviewView(model);
            view.createWebView();
            stage = show(view.node());
            engine = ((WebView) stage.getScene().lookup("#preview")).getEngine();
            // Registered after the view's own listener, so it runs once the view has shown the page.
            model.htmlProperty().addListener((obs, old, html) -> onPageShown());
            stage.getScene().addPostLayoutPulseListener(this::onPulse);
            editor.load(article);
            model.editedBlockProperty().set(paragraph);
        }

        void waitUntilLoaded() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Fx.call(() -> engine.getLoadWorker().getState() != Worker.State.SUCCEEDED)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the preview did not load");
                }
                Thread.sleep(20);
            }
        }

        double[] measure(IntFunction<BodyDocument> edit) throws Exception {
            double[] times = new double[RUNS];
            for (int i = -WARMUPS; i < RUNS; i++) {
                int run = i + WARMUPS;
                BodyDocument body = edit.apply(run);
                CompletableFuture<Long> done = new CompletableFuture<>();
                long start = Fx.call(() -> {
                    shown = done;
                    marker = "zq" + run;
                    long now = System.nanoTime();
                    editor.bodyProperty().set(body);
                    return now;
                });
                long end = done.get(30, TimeUnit.SECONDS);
                if (i >= 0) {
                    times[i] = (end - start) / 1e6;
                }
                Thread.sleep(PAUSE_MS);
            }
            return times;
        }

        private void onPageShown() {
            if (shown == null) {
                return;
            }
            if (engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && holdsMarker()) {
                awaitPulse();
            } else {
                // The view reloaded the page instead of updating it in place: wait for the load.
                engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                    if (state == Worker.State.SUCCEEDED && shown != null && holdsMarker()) {
                        awaitPulse();
                    }
                });
            }
        }

        private boolean holdsMarker() {
            Object found = engine.executeScript("(function () { var e = document.querySelector('[data-block=\""
                    + paragraph + "\"]'); return !!e && e.textContent.indexOf('" + marker + "') >= 0; })()");
            return Boolean.TRUE.equals(found);
        }

        private void awaitPulse() {
            awaitingPulse = true;
            Platform.requestNextPulse();
        }

        private void onPulse() {
            if (awaitingPulse && shown != null) {
                awaitingPulse = false;
                CompletableFuture<Long> done = shown;
                shown = null;
                done.complete(System.nanoTime());
            }
        }

        void close() throws Exception {
            Fx.call(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** The baseline: a bare WebView in a window of the same size, given each finished page. */
    private static final class PlainWebView {

        private final WebView view = new WebView();
        private final Stage stage = show(view);
        private CompletableFuture<Long> shown;
        private boolean awaitingPulse;

        PlainWebView() {
            view.getEngine().setJavaScriptEnabled(false);
            view.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED && shown != null) {
                    awaitingPulse = true;
                    Platform.requestNextPulse();
                }
            });
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (awaitingPulse && shown != null) {
                    awaitingPulse = false;
                    CompletableFuture<Long> done = shown;
                    shown = null;
                    done.complete(System.nanoTime());
                }
            });
        }

        double[] measure(IntFunction<String> page) throws Exception {
            double[] times = new double[RUNS];
            for (int i = -WARMUPS; i < RUNS; i++) {
                String html = page.apply(i + WARMUPS);
                CompletableFuture<Long> done = new CompletableFuture<>();
                long start = Fx.call(() -> {
                    shown = done;
                    long now = System.nanoTime();
                    view.getEngine().loadContent(html);
                    return now;
                });
                long end = done.get(30, TimeUnit.SECONDS);
                if (i >= 0) {
                    times[i] = (end - start) / 1e6;
                }
                Thread.sleep(PAUSE_MS);
            }
            return times;
        }

        void close() throws Exception {
            Fx.call(() -> {
                stage.close();
                return null;
            });
        }
    }

    private static Stage show(Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
        return stage;
    }

    /** A plain paragraph near the middle of the body: the one being typed into. */
    private static int middleParagraph(BodyDocument body) {
        List<Block> blocks = body.blocks();
        for (int i = blocks.size() / 2; i < blocks.size(); i++) {
            if (blocks.get(i).type() == BlockType.PARAGRAPH) {
                return i;
            }
        }
        throw new IllegalStateException("the body has no paragraph after its middle");
    }

    private static Article withBody(Article a, BodyDocument body) {
        return new Article(a.id(), a.headline(), a.dek(), a.byline(), a.dateline(), a.publishDate(), a.categories(),
                a.status(), body, a.created(), a.modified());
    }

    /** The body with {@code text} typed at the end of block {@code index}. */
    private static BodyDocument typed(BodyDocument body, int index, String text) {
        List<Block> blocks = new ArrayList<>(body.blocks());
        Block block = blocks.get(index);
        List<Run> runs = new ArrayList<>(block.runs());
        runs.add(Run.plain(text));
        blocks.set(index, new Block(block.type(), runs));
        return new BodyDocument(blocks);
    }

    /** A PNG of random pixels just under 1 MB: the largest logo the settings take. */
    private static Logo noiseLogo() throws Exception {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(560, 560, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new Logo(Logo.PNG, out.toByteArray());
    }
}
