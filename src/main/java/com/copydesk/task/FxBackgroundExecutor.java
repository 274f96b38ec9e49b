package com.copydesk.task;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One background thread for all storage work; outcomes are delivered on the JavaFX application thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxBackgroundExecutor.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copydesk-storage");
        thread.setDaemon(false);
        return thread;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (worker.isShutdown()) {
            // A callback of the last storage work (e.g. a save finishing while the window closes) may
            // ask for more; the database is closed by then, so there is nothing left to do it with.
            LOG.log(System.Logger.Level.DEBUG, "Ignoring storage work submitted after shutdown");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                LOG.log(System.Logger.Level.WARNING, "Background work failed", failure);
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    /** Lets queued work (such as the last save) finish, then stops the thread. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.ERROR, "Storage work did not finish within 30 seconds");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
