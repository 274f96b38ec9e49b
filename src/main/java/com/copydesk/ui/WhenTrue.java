package com.copydesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.Objects;

/** Runs something once, the first time a condition holds: now if it holds already. */
public final class WhenTrue {

    private WhenTrue() {
    }

    /** Runs {@code then} now if {@code condition} is true, else once, when it first becomes true. */
    public static void once(ObservableValue<Boolean> condition, Runnable then) {
        Objects.requireNonNull(then, "then");
        if (Boolean.TRUE.equals(condition.getValue())) {
            then.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
