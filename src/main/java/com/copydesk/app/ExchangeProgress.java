package com.copydesk.app;

import com.copydesk.exchange.Progress;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress of the one running export or import, as properties for the status bar: whether
 * one runs, how far it is (-1 when the total is unknown), a count, and Cancel. The worker thread
 * reports through {@link #tracker}; the properties change on the UI thread only.
 */
final class ExchangeProgress {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private volatile Tracker current;

    ExchangeProgress() {
    }

    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }

    /** Starts following a new task of {@code total} articles (0 when unknown); call on the UI thread. */
    Progress start(String verb, int total) {
        Tracker tracker = new Tracker(verb, total);
        current = tracker;
        running.set(true);
        fraction.set(total > 0 ? 0 : -1);
        count.set(verb + "…");
        return tracker;
    }

    /** The task ended (done, failed or cancelled); call on the UI thread. */
    void finish() {
        current = null;
        running.set(false);
        fraction.set(-1);
        count.set("");
    }

    void cancel() {
        Tracker tracker = current;
        if (tracker != null) {
            tracker.cancelled.set(true);
            count.set("Cancelling…");
        }
    }

    private static void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private final class Tracker implements Progress {
        private final String verb;
        private final int total;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicBoolean updatePending = new AtomicBoolean();

        Tracker(String verb, int total) {
            this.verb = verb;
            this.total = total;
        }

        @Override
        public void advanced(int articlesDone) {
            done.set(articlesDone);
            // At most one update waits on the UI thread, however fast the articles go.
            if (updatePending.compareAndSet(false, true)) {
                onUiThread(this::show);
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        private void show() {
            updatePending.set(false);
            if (current != this || cancelled.get()) {
                return;
            }
            int n = done.get();
            fraction.set(total > 0 ? Math.min(1.0, (double) n / total) : -1);
            count.set(String.format("%s %,d%s", verb, n, total > 0 ? String.format(" of %,d", total) : "") + "…");
        }
    }
}
