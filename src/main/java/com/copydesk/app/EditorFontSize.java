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
        apply(scene, size.get());
        ChangeListener<Number> resize = (obs, old, now) -> apply(scene, now.intValue());
        scene.getProperties().put(EditorFontSize.class, resize);
        size.addListener(new WeakChangeListener<>(resize));
    }

    static void apply(Scene scene, int size) {
        setSize(scene.lookup("#body"), size);
        setSize(scene.lookup("#dek"), size);
        setSize(scene.lookup("#headline"), (int) Math.round(size * HEADLINE_RATIO));
    }

    private static void setSize(Node node, int pixels) {
        if (node != null) {
            node.setStyle("-fx-font-size: " + pixels + "px;");
        }
    }
}
