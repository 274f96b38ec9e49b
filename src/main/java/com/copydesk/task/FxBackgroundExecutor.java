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

    private final ExecutorService worker;

    /** The storage thread: it keeps the process alive until its queue (the last save) is done. */
    public FxBackgroundExecutor() {
        this("copydesk-storage", false);
    }

    private FxBackgroundExecutor(String threadName, boolean daemon) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(daemon);
            return thread;
        });
    }

    /** A thread of its own for long work that must finish (an export): {@link #close} waits for it. */
    public static FxBackgroundExecutor ofThread(String threadName) {
        return new FxBackgroundExecutor(threadName, false);
    }

    /**
     * A thread of its own for long work that may be dropped when the app ends (see
     * {@link #closeWithoutWaiting}); it never keeps the process alive.
     */
    public static FxBackgroundExecutor droppable(String threadName) {
        return new FxBackgroundExecutor(threadName, true);
    }

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

    /** Takes no more work; what runs goes on while the process does, and nothing waits for it. */
    public void closeWithoutWaiting() {
        worker.shutdown();
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
