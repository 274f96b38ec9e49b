package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.function.Consumer;

/**
 * Applies View → Larger/Smaller text to a window's editor: the body editor's text (its CSS sizes
 * are relative to it), and the headline and dek in proportion to their usual sizes.
 */
final class EditorFontSize {

    private static final double HEADLINE_RATIO = 22.0 / ViewSettings.DEFAULT_FONT_SIZE;

    private EditorFontSize() {
    }

    /**
     * Sizes the editor's {@code form} now and whenever {@code size} changes, for as long as the form
     * lives. The nodes are found in the form, not in the window: the form joins the window only
     * when the first article opens, and the body editor, built after the first frame, may be in it
     * before that. {@code whenBodyBuilt} runs the body's sizing before its first CSS pass, so its
     * text is styled once.
     */
    static void follow(Parent form, ObservableIntegerValue size, Consumer<Runnable> whenBodyBuilt) {
        apply(form, size.get());
        whenBodyBuilt.accept(() -> apply(form, size.get()));
        ChangeListener<Number> resize = (obs, old, now) -> apply(form, now.intValue());
        form.getProperties().put(EditorFontSize.class, resize);
        size.addListener(new WeakChangeListener<>(resize));
    }

    private static void apply(Parent form, int size) {
        setSize(form.lookup("#dek"), size);
        setSize(form.lookup("#headline"), (int) Math.round(size * HEADLINE_RATIO));
        setSize(form.lookup("#body"), size);
    }

    private static void setSize(Node node, int pixels) {
        if (node != null) {
            node.setStyle("-fx-font-size: " + pixels + "px;");
        }
    }
}
