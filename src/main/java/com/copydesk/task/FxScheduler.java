package com.copydesk.task;

import javafx.animation.PauseTransition;

import java.time.Duration;

/** A {@link Scheduler} on the JavaFX animation timer; must be used on the JavaFX application thread. */
public final class FxScheduler implements Scheduler {

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
