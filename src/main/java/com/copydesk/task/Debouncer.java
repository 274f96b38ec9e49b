package com.copydesk.task;

import java.time.Duration;
import java.util.Objects;

/** Runs an action once things have been quiet for a while: each trigger restarts the wait. */
public final class Debouncer {

    private final Scheduler scheduler;
    private final Duration quiet;
    private final Runnable action;
    private Scheduler.Cancellable pending;

    public Debouncer(Scheduler scheduler, Duration quiet, Runnable action) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.quiet = Objects.requireNonNull(quiet);
        this.action = Objects.requireNonNull(action);
    }

    public void trigger() {
        cancel();
        pending = scheduler.schedule(quiet, () -> {
            pending = null;
            action.run();
        });
    }

    /** Runs the action now if a run is waiting. */
    public void flush() {
        if (pending != null) {
            cancel();
            action.run();
        }
    }

    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }
}
