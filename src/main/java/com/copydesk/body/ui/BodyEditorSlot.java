package com.copydesk.body.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the body editor goes, before and after it exists. Building a {@link BodyEditor} loads
 * RichTextFX (about 800 classes) and gives its area a first CSS and layout pass: about a second on
 * a busy machine, so Copydesk builds it right after the window's first frame (issue #8). Until
 * {@link #build()} the slot's body and toolbar are empty panes; everything to be wired to the
 * editor is handed to {@link #whenReady} and runs, in the order given, the moment it is built.
 */
public final class BodyEditorSlot {

    private final Supplier<BodyEditor> factory;
    private final StackPane body = new StackPane();
    private final StackPane toolbar = new StackPane();
    private final Queue<Consumer<? super BodyEditor>> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private BodyEditor editor;

    /** A slot whose editor {@code factory} makes when {@link #build()} is first called. */
    public BodyEditorSlot(Supplier<BodyEditor> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        body.setId("bodySlot");
        body.getStyleClass().add("body-slot");
        toolbar.setId("bodyToolbarSlot");
    }

    /** The editor (find bar, text, counts) once built; empty until then. A minimum height set on it holds for the editor. */
    public Node node() {
        return body;
    }

    /** The editor's formatting toolbar once built; empty until then. */
    public Node toolbar() {
        return toolbar;
    }

    /** True once the editor is built and everything waiting for it has been wired. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Runs {@code use} with the editor: now if it is built, else right after it is, after those given earlier. */
    public void whenReady(Consumer<? super BodyEditor> use) {
        Objects.requireNonNull(use, "use");
        if (editor != null) {
            use.accept(editor);
        } else {
            waiting.add(use);
        }
    }

    /** Runs {@code use} with the editor if it is built; does nothing otherwise (a command given too early). */
    public void ifReady(Consumer<? super BodyEditor> use) {
        if (editor != null) {
            use.accept(editor);
        }
    }

    /** Builds the editor (once; later calls do nothing), shows it in the slot and runs what waits for it. Call on the FX thread. */
    public void build() {
        if (editor != null) {
            return;
        }
        BodyEditor built = factory.get();
        if (built.node() instanceof Region region) {
            region.minHeightProperty().bind(body.minHeightProperty());
        }
        editor = built;
        body.getChildren().setAll(built.node());
        toolbar.getChildren().setAll(built.toolbar());
        while (!waiting.isEmpty()) {
            waiting.remove().accept(built);
        }
        ready.set(true);
    }
}
