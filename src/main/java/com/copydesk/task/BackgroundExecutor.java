package com.copydesk.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, database, export) away from the UI thread and hands the outcome back on it.
 * Work is run in submission order, so a save submitted before a load is on disk before the load reads.
 */
public interface BackgroundExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<? super Throwable> onFailure) {
        submit(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
