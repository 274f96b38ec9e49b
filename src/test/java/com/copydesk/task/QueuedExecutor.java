package com.copydesk.task;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A storage thread for tests: work waits in submission order until the test runs it, and its
 * outcome is handed back then, as the real one hands it back to the FX thread after the work.
 */
public final class QueuedExecutor implements BackgroundExecutor {

    private final ArrayDeque<Runnable> runs = new ArrayDeque<>();
    private final ArrayDeque<Consumer<Throwable>> failures = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        runs.add(() -> new SameThreadExecutor().submit(work, onSuccess, onFailure));
        failures.add(onFailure::accept);
    }

    /** Runs the oldest waiting work. */
    public void runNext() {
        failures.remove();
        runs.remove().run();
    }

    /** Fails the oldest waiting work with {@code failure} instead of running it. */
    public void failNext(Throwable failure) {
        runs.remove();
        failures.remove().accept(failure);
    }

    /** Runs everything waiting, including what it queues in turn. */
    public void runAll() {
        while (!runs.isEmpty()) {
            runNext();
        }
    }

    public int pending() {
        return runs.size();
    }
}
