package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.function.Consumer;

/**
 * Applies View → Larger/Smaller text to a window: the body editor's text (its CSS sizes are
 * relative to it), and the headline and dek in proportion to their usual sizes.
 */
final class EditorFontSize {

    private static final double HEADLINE_RATIO = 22.0 / ViewSettings.DEFAULT_FONT_SIZE;

    private EditorFontSize() {
    }

    /**
     * Sizes {@code scene}'s editor now and whenever {@code size} changes, for as long as the scene
     * lives. The body editor is built after the first frame: {@code whenBodyBuilt} runs its sizing
     * then, before the editor's first CSS pass, so its text is styled once.
     */
    static void follow(Scene scene, ObservableIntegerValue size, Consumer<Runnable> whenBodyBuilt) {
        apply(scene, size.get());
        whenBodyBuilt.accept(() -> apply(scene, size.get()));
        ChangeListener<Number> resize = (obs, old, now) -> apply(scene, now.intValue());
        scene.getProperties().put(EditorFontSize.class, resize);
        size.addListener(new WeakChangeListener<>(resize));
    }

    static void apply(Scene scene, int size) {
        setSize(scene.lookup("#dek"), size);
        setSize(scene.lookup("#headline"), (int) Math.round(size * HEADLINE_RATIO));
        setSize(scene.lookup("#body"), size);
    }

    private static void setSize(Node node, int pixels) {
        if (node != null) {
            node.setStyle("-fx-font-size: " + pixels + "px;");
        }
    }
}
