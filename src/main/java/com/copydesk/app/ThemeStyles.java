package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.IdentityHashMap;
import java.util.Map;
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
            change.getRemoved().forEach(this::unfollow);
            change.getAddedSubList().forEach(this::follow);
        }
    };
    /** What this object put on each window it follows, so that closing takes it off again. */
    private final Map<Window, ChangeListener<Scene>> followed = new IdentityHashMap<>();
    private boolean closed;

    /** Call on the JavaFX thread. */
    ThemeStyles(ObservableBooleanValue dark) {
        this.dark = dark;
        dark.addListener(onDark);
        Window.getWindows().addListener(onWindows);
        Window.getWindows().forEach(this::follow);
    }

    private void follow(Window window) {
        followed.computeIfAbsent(window, w -> {
            ChangeListener<Scene> onScene = (obs, old, scene) -> apply(w);
            w.sceneProperty().addListener(onScene);
            return onScene;
        });
        apply(window);
    }

    /** A hidden window leaves the list; holding on to it would keep a closed dialog in memory. */
    private void unfollow(Window window) {
        ChangeListener<Scene> onScene = followed.remove(window);
        if (onScene != null) {
            window.sceneProperty().removeListener(onScene);
        }
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
        followed.forEach((window, onScene) -> window.sceneProperty().removeListener(onScene));
        followed.clear();
    }
}
