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
        EventHandler<MouseEvent> firstVisit = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    // Installed now, it sees the pointer's next move and shows after the usual delay.
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, firstVisit);
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
        EventHandler<MouseEvent> firstVisit = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                title.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(title, new Tooltip(text));
            }
        };
        title.addEventHandler(MouseEvent.MOUSE_ENTERED, firstVisit);
    }
}
