package com.copydesk.ui;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Content of a folded {@link TitledPane} that joins the window only when the pane is first
 * unfolded. Folded content still gets its skins, CSS and layout with the rest of the window; for
 * the panes folded at start-up that is work before the first frame for something not shown.
 */
public final class FoldedContent {

    private FoldedContent() {
    }

    /** Gives {@code pane} the content {@code make} returns, when it is first unfolded (now if it is). */
    public static void onFirstUnfold(TitledPane pane, Supplier<? extends Node> make) {
        Objects.requireNonNull(make, "make");
        if (pane.isExpanded()) {
            pane.setContent(make.get());
            return;
        }
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open && pane.getContent() == null) {
                pane.setContent(make.get());
            }
        });
    }
}
