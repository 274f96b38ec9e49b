package com.copydesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.Objects;

/**
 * A pane that holds a placeholder until a condition first holds, and from then on its content.
 * Content that is not in the window gets no skins, CSS or layout: a form with nothing to show
 * costs the window's first frame nothing. Once shown the content stays, so that it is not
 * restyled each time the condition flips.
 */
public final class PlaceholderUntil {

    private PlaceholderUntil() {
    }

    /** A pane showing {@code placeholder} until {@code condition} is first true, then {@code content}. */
    public static StackPane pane(ObservableBooleanValue condition, Node content, Node placeholder) {
        Objects.requireNonNull(content, "content");
        StackPane pane = new StackPane(Objects.requireNonNull(placeholder, "placeholder"));
        WhenTrue.once(condition, () -> pane.getChildren().setAll(content));
        return pane;
    }
}
