package com.copydesk.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
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
}
