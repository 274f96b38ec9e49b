package com.copydesk.app;

import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.ui.WhenTrue;
import javafx.scene.Scene;

import java.util.function.LongConsumer;

/** Reports the first frame drawn after the article list has been filled from the database. */
final class FirstFrame {

    private FirstFrame() {
    }

    static void whenListShown(Scene scene, ArticleListViewModel list, LongConsumer onFrame) {
        WhenTrue.once(list.loadedProperty(), () -> {
            StartupTrace.mark("list loaded");
            afterNextPulse(scene, onFrame);
        });
    }

    private static void afterNextPulse(Scene scene, LongConsumer onFrame) {
        afterNextPulse(scene, () -> {
            StartupTrace.mark(StartupTrace.ON ? "first frame, " + nodeCount(scene.getRoot()) + " nodes" : "");
            onFrame.accept(System.currentTimeMillis());
        });
    }

    private static int nodeCount(javafx.scene.Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                count += nodeCount(child);
            }
        }
        return count;
    }

    /** Runs {@code then} once, in the next pulse, after its layout. */
    static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }
}
