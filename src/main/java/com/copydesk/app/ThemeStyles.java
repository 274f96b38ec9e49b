package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.Objects;

/**
 * Puts the dark stylesheet on every window of the application while the theme is dark, and takes
 * it off again: the main window (whose scene is replaced on a database switch), its panels and
 * its dialogs alike. The preview's page is a WebView with its own stylesheet, so it stays light.
 */
final class ThemeStyles implements AutoCloseable {

    static final String DARK_STYLESHEET = Objects.requireNonNull(
            ThemeStyles.class.getResource("copydesk-dark.css"), "copydesk-dark.css").toExternalForm();

    private final ObservableBooleanValue dark;
    private final ChangeListener<Boolean> onDark = (obs, was, now) -> Window.getWindows().forEach(this::apply);
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private boolean closed;

    /** Call on the JavaFX thread. */
    ThemeStyles(ObservableBooleanValue dark) {
        this.dark = dark;
        dark.addListener(onDark);
        Window.getWindows().addListener(onWindows);
        Window.getWindows().forEach(this::follow);
    }

    private void follow(Window window) {
        if (window.getProperties().putIfAbsent(this, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((obs, old, scene) -> apply(window));
        }
        apply(window);
    }

    private void apply(Window window) {
        Scene scene = window.getScene();
        if (closed || scene == null) {
            return;
        }
        scene.getStylesheets().remove(DARK_STYLESHEET);
        if (dark.get()) {
            scene.getStylesheets().add(DARK_STYLESHEET);
        }
    }

    @Override
    public void close() {
        closed = true;
        dark.removeListener(onDark);
        Window.getWindows().removeListener(onWindows);
        Window.getWindows().forEach(window -> window.getProperties().remove(this));
    }
}
