package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Applies View → Larger/Smaller text to a window: the body editor's text (its CSS sizes are
 * relative to it), and the headline and dek in proportion to their usual sizes.
 */
final class EditorFontSize {

    private static final double HEADLINE_RATIO = 22.0 / ViewSettings.DEFAULT_FONT_SIZE;

    private EditorFontSize() {
    }

    /** Sizes {@code scene}'s editor now and whenever {@code size} changes, for as long as the scene lives. */
    static void follow(Scene scene, ObservableIntegerValue size) {
        if (!apply(scene, size.get())) {
            // The panes of a split pane become children only when its skin is made, in the first pulse,
            // and the body editor is built after the first frame. Styles changed during a pulse would
            // leave that pulse's layout stale, so they change after it.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (scene.lookup("#body") != null) {
                    scene.removePostLayoutPulseListener(once[0]);
                    javafx.application.Platform.runLater(() -> apply(scene, size.get()));
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
        ChangeListener<Number> resize = (obs, old, now) -> apply(scene, now.intValue());
        scene.getProperties().put(EditorFontSize.class, resize);
        size.addListener(new WeakChangeListener<>(resize));
    }

    /** False when the body editor is not part of the scene yet (it is built after the first frame). */
    static boolean apply(Scene scene, int size) {
        setSize(scene.lookup("#dek"), size);
        setSize(scene.lookup("#headline"), (int) Math.round(size * HEADLINE_RATIO));
        Node body = scene.lookup("#body");
        setSize(body, size);
        return body != null;
    }

    private static void setSize(Node node, int pixels) {
        if (node != null) {
            node.setStyle("-fx-font-size: " + pixels + "px;");
        }
    }
}
