package com.copydesk.bench.list;

import com.copydesk.article.ArticleSummary;
import com.copydesk.article.ui.ArticleListView;
import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.Fx;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.task.SameThreadExecutor;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Scrolling the article list as a mouse wheel does: the app's list view (its cells, the app's
 * stylesheet, its view model reading further pages from the 100,000-article database on the
 * calling thread) scrolled by 40 pixels a step, each step's CSS and layout pass timed on the FX
 * thread, headless. Baseline: a plain ListView of the same headlines as strings, same window,
 * same steps. A step under 16.7 ms fits a 60 Hz frame.
 */
public final class ListCellsBenchmark implements Benchmark {

    private static final int STEPS = 600;
    private static final int WARMUPS = 100;
    private static final double STEP_PIXELS = 40;

    @Override
    public String name() {
        return "listcells";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.list.articles", 100_000);
        Path file = context.datasets().articles(count);
        Fx.start();
        try (Database database = Database.open(file)) {
            ArticleListViewModel model = new ArticleListViewModel(new ArticleStore(database), new SameThreadExecutor(),
                    problem -> { throw new IllegalStateException(problem); });
            model.useDesk(new DeskStore(database));
            model.refresh();
            ArticleListView view = Fx.call(() -> new ArticleListView(model, Clock.systemDefaultZone(), () -> { }, () -> { }));
            Stage ours = Fx.call(() -> show(view.node()));
            ListView<?> appList = Fx.call(() -> (ListView<?>) view.node().lookup("#articleList"));
            double[] oursMs = steps(ours, appList);
            int rowsReached = Fx.call(() -> model.items().size());
            Fx.call(() -> {
                ours.close();
                return null;
            });

            List<String> headlines = Fx.call(() -> model.items().stream().map(ArticleSummary::headline).toList());
            ListView<String> plain = Fx.call(() -> new ListView<>(FXCollections.observableArrayList(headlines)));
            Stage baseline = Fx.call(() -> show(new StackPane(plain)));
            double[] bareMs = steps(baseline, plain);
            Fx.call(() -> {
                baseline.close();
                return null;
            });
            return List.of(new Result(String.format("List scroll step (%.0f px, mouse wheel), the app's list on %,d articles",
                    STEP_PIXELS, count), "ms", Samples.median(oursMs), Samples.median(bareMs),
                    "plain ListView of the same headlines as strings", Target.atMost(16.7),
                    String.format("median of %d steps after %d; 95th percentile %.2f vs %.2f ms; %,d rows read by the end; "
                            + "CSS + layout on the FX thread, headless Monocle", STEPS, WARMUPS, percentile(oursMs, 0.95),
                            percentile(bareMs, 0.95), rowsReached)));
        }
    }

    /** Each step: scroll the list's flow by {@link #STEP_PIXELS}, then the CSS and layout pass of the window. */
    private static double[] steps(Stage stage, ListView<?> list) throws Exception {
        VirtualFlow<?> flow = Fx.call(() -> {
            layout(stage);
            return (VirtualFlow<?>) list.lookup(".virtual-flow");
        });
        double[] times = new double[STEPS];
        for (int i = -WARMUPS; i < STEPS; i++) {
            double ms = Fx.call(() -> {
                long start = System.nanoTime();
                flow.scrollPixels(STEP_PIXELS);
                layout(stage);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 0) {
                times[i] = ms;
            }
        }
        return times;
    }

    private static Stage show(Parent root) {
        Stage stage = new Stage();
        Scene scene = new Scene(root, 420, 800);
        scene.getStylesheets().add(com.copydesk.app.Main.class.getResource("copydesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static void layout(Stage stage) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
