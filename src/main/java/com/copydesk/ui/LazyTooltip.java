package com.copydesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.Objects;

/**
 * A tooltip made when the pointer first reaches its control. Each {@link Tooltip} is a pop-up
 * window with a scene of its own, a few milliseconds to make: the two dozen on the main window
 * and the body editor's toolbar cost some 40 ms of start-up before the first frame, and again
 * when the body editor is built, for tips most sessions never show.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Gives {@code control} a tooltip saying {@code text}, made when the pointer first enters it. */
    public static void install(Control control, String text) {
        Objects.requireNonNull(text, "text");
        onFirstVisit(control, () -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }

    /**
     * Gives a folded pane's title bar a tooltip saying {@code text}. Not the whole pane: a tip shown
     * over its content would cover the fields being filled in, and a click meant for the button
     * next to them would land on the tip.
     */
    public static void onTitle(TitledPane pane, String text) {
        Objects.requireNonNull(text, "text");
        if (pane.getSkin() != null) {
            installOnTitle(pane, text);
            return;
        }
        pane.skinProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Skin<?>> skin, Skin<?> old, Skin<?> now) {
                if (now != null) {
                    pane.skinProperty().removeListener(this);
                    installOnTitle(pane, text);
                }
            }
        });
    }

    private static void installOnTitle(TitledPane pane, String text) {
        Node title = pane.lookup(".title");
        if (title == null) {
            throw new IllegalStateException("a TitledPane skin without a .title node");
        }
        onFirstVisit(title, () -> Tooltip.install(title, new Tooltip(text)));
    }

    /** Runs {@code install} when the pointer first enters {@code node}: installed then, a tip sees the pointer's next move and shows after the usual delay. */
    private static void onFirstVisit(Node node, Runnable install) {
        EventHandler<MouseEvent> firstVisit = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                install.run();
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstVisit);
    }
}
