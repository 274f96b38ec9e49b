package com.copydesk.task;

import java.time.Duration;

/** Runs an action on the UI thread after a delay, unless cancelled first. */
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable action);

    interface Cancellable {
        void cancel();
    }
}
