package com.copydesk.bench.editor;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Fx;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.ui.BodyEditor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.List;

/**
 * Opening a 20,000-word article with mixed formatting in the body editor: load plus the CSS and
 * layout pass that puts its first screen in place, on the FX thread of a shown window (headless
 * Monocle). Baseline: the same text in a plain JavaFX TextArea, measured the same way.
 */
public final class EditorLoadBenchmark implements Benchmark {

    private static final int WORDS = 20_000;
    private static final int WARMUPS = 5;
    private static final int RUNS = 15;

    @Override
    public String name() {
        return "editor";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        Fx.start();
        BodyDocument body = DatasetGenerator.standard().body(WORDS);
        String text = body.plainText();

        BodyEditor editor = Fx.call(BodyEditor::new);
        Stage editorStage = Fx.call(() -> show(new StackPane(editor.node())));
        double ours = onFxThread(() -> editor.load(BodyDocument.empty()), () -> {
            editor.load(body);
            layout(editorStage);
        });
        Fx.call(() -> {
            editorStage.close();
            return null;
        });

        TextArea area = Fx.call(TextArea::new);
        Stage areaStage = Fx.call(() -> show(new StackPane(area)));
        double baseline = onFxThread(() -> area.setText(""), () -> {
            area.setText(text);
            layout(areaStage);
        });
        Fx.call(() -> {
            areaStage.close();
            return null;
        });
        return List.of(new Result("Editor load, 20,000-word article with subheads, quotes, bold/italic", "ms", ours,
                baseline, "plain TextArea, same text", Target.atMost(300),
                "load + CSS + layout pass on the FX thread, headless Monocle"));
    }

    /** Median ms of {@code measured} on the FX thread, each run after an unmeasured {@code reset}. */
    private static double onFxThread(Runnable reset, Runnable measured) throws Exception {
        double[] times = new double[RUNS];
        for (int i = -WARMUPS; i < RUNS; i++) {
            Fx.call(() -> {
                reset.run();
                return null;
            });
            double ms = Fx.call(() -> {
                long start = System.nanoTime();
                measured.run();
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 0) {
                times[i] = ms;
            }
        }
        return Samples.median(times);
    }

    private static Stage show(Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 900, 800));
        stage.show();
        return stage;
    }

    private static void layout(Stage stage) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }
}
